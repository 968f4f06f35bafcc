// Checks on a body after a write, and the fallback join link when Graph sends no usable join text.
import { removeBlock, type BlockKey } from "./body-block";
import type { BodyType } from "./types";
import { joinLinkText } from "../i18n/join-text";

/** The organizer's own content is the same in both bodies (our block, bound to `key`, aside). */
export function sameUserContent(a: string, b: string, type: BodyType, key?: BlockKey): boolean {
  const ua = removeBlock(a, type, key);
  const ub = removeBlock(b, type, key);
  if (ua === ub) return true;
  // Outlook may re-serialize HTML it is given (quotes, whitespace, wrappers): compare what a reader sees.
  return visibleText(ua, type) === visibleText(ub, type);
}

function visibleText(body: string, type: BodyType): string {
  const text =
    type === "html"
      ? body
          .replace(/<!--[\s\S]*?-->/g, "")
          .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "")
          .replace(/<[^>]*>/g, " ")
          .replace(/&nbsp;|&#160;/gi, " ")
      : body;
  return text.replace(/\s+/g, " ").trim();
}

const URL_IN_HTML = /href\s*=\s*["']?(https:\/\/[^"'\s>]+)/i;
const URL_IN_TEXT = /https:\/\/\S+/i;

/** The first https link in a block's content (the join link leads every template). */
export function firstJoinUrl(content: string, type: BodyType): string | null {
  const m = type === "html" ? URL_IN_HTML.exec(content) : URL_IN_TEXT.exec(content);
  if (!m) return null;
  const url = m[1] ?? m[0];
  return url.replace(/&amp;/g, "&");
}

/** A minimal, descriptive join link, when Graph's join text is missing or unusable. */
export function joinLinkHtml(joinUrl: string, language: string): string {
  const href = joinUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const label = joinLinkText(language).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<div><a href="${href}">${label}</a></div>`;
}
