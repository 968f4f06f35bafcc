// Sanitizing join HTML from Graph before it goes into the organizer's body, with DOMPurify: no
// scripts, styles, frames, forms or document-level elements, no event handlers, and links only to
// https, tel and mailto. Inline styles keep only plain layout and type declarations (css-style.ts). Needs a DOM window.
import DOMPurify, { type Config } from "dompurify";
import { cleanStyle } from "./css-style";

const ALLOWED_URL = /^(?:https:|tel:|mailto:)/i;
// DOMPurify tests every attribute value against this: allow our schemes and values with no scheme at
// all (e.g. target="_blank", dir="ltr"); anything else with a scheme (javascript:, data:, http:) goes.
const ALLOWED_URI_REGEXP = /^(?:(?:https|tel|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [
    "a",
    "b",
    "br",
    "div",
    "em",
    "font",
    "hr",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    // Stryker disable next-line StringLiteral: DOMPurify adds tbody to the allowed tags itself whenever table is allowed
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
  ],
  ALLOWED_ATTR: [
    "href",
    "target",
    "rel",
    "title",
    "style",
    "class",
    "id",
    "lang",
    "dir",
    "align",
    "width",
    "height",
    "alt",
    "src",
    "colspan",
    "rowspan",
    "cellpadding",
    "cellspacing",
    "border",
    "color",
    "face",
    "size",
    "data-tid",
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP,
  WHOLE_DOCUMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

function createPurifier(): ReturnType<typeof DOMPurify> {
  const p = DOMPurify(globalThis.window);
  // Without a usable window and document DOMPurify is a stub (isSupported false, no addHook, no sanitize).
  if (!p.isSupported) return p;
  p.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName === "A") {
      const href = node.getAttribute("href");
      // Stryker disable next-line MethodExpression: DOMPurify trims every attribute value but `value` before this hook runs
      if (href !== null && !ALLOWED_URL.test(href.trim())) node.removeAttribute("href");
      if (node.hasAttribute("target")) node.setAttribute("rel", "noreferrer noopener");
    }
    if (node.nodeName === "IMG") {
      const src = node.getAttribute("src");
      // Only https images; tracking pixels over http or data: URIs are dropped with the element.
      // Stryker disable next-line MethodExpression: DOMPurify trims every attribute value but `value` before this hook runs
      if (!src || !/^https:/i.test(src.trim())) node.remove();
    }
    // Styles are parsed and kept only as far as they are plain layout and type (core/css-style.ts).
    const style = node.getAttribute("style");
    if (style !== null) {
      const clean = cleanStyle(style);
      if (clean) node.setAttribute("style", clean);
      else node.removeAttribute("style");
    }
  });
  return p;
}

/**
 * Where there is no DOM (classic Outlook's JavaScript-only runtime for launch events) nothing can be
 * sanitized safely, so nothing passes: callers fall back to a join link built from escaped text.
 */
export function sanitizeJoinHtml(html: string): string {
  const p = (purifier ??= createPurifier());
  if (!p.isSupported) return "";
  return p.sanitize(html, CONFIG);
}
