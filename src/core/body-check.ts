// Checks on a body after a write, and the fallback join link when Graph sends no usable join text.
import { removeBlock, type BlockKey } from "./body-block";
import type { BodyType } from "./types";
import { decodeEntities } from "./html-to-text";
import { joinLinkText } from "../i18n/join-text";

/** The organizer's own content is the same in both bodies (our block, bound to `key`, aside). */
export function sameUserContent(a: string, b: string, type: BodyType, key?: BlockKey): boolean {
  return userContentChange(a, b, type, key) === null;
}

/**
 * What changed in the organizer's own content between two bodies (our block aside), or null when
 * nothing did. Outlook clients re-serialize the HTML they are given (wrappers, re-quoted attributes,
 * renamed or dropped ids and classes, Word paragraphs, entities, CRLF; docs/platform.md): those
 * rewrites change no content and pass. Content is compared exactly: the text, where lines break,
 * every link's target, bold / italic / underline / strike-through, images. A lost link or lost bold
 * is a change, even though the visible text is the same.
 */
export function userContentChange(a: string, b: string, type: BodyType, key?: BlockKey): string | null {
  const ua = removeBlock(a, type, key);
  const ub = removeBlock(b, type, key);
  // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: equal bodies compare equal below too
  if (ua === ub) return null;
  if (type === "text") {
    const ta = plainContent(ua);
    const tb = plainContent(ub);
    // Stryker disable next-line ConditionalExpression: equivalent, a shortcut: describe() of equal lines is null
    return ta === tb ? null : describe(ta.split("\n"), tb.split("\n"));
  }
  return describe(htmlContent(ua), htmlContent(ub));
}

/** Plain text: line ends and trailing white space are the client's; everything else counts. */
function plainContent(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

function describe(a: string[], b: string[]): string | null {
  const n = Math.max(a.length, b.length);
  // Stryker disable next-line EqualityOperator: equivalent, past the end both sides are undefined
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i])
      return `was ${JSON.stringify(a[i] ?? "(end)")}, now ${JSON.stringify(b[i] ?? "(end)")}`;
  }
  return null;
}

// ---- HTML content, as a list of runs ----

/** Elements that start a new line. */
const LINE_BREAKING = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
const EMPHASIS: Record<string, string> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strike",
  strike: "strike",
  del: "strike",
};
const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr"]);
/** Emphasis written as style (Outlook on the web re-creates <b> as a styled span, Word the reverse). */
const STYLE_EMPHASIS: [RegExp, string][] = [
  [/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i, "bold"],
  [/font-style\s*:\s*(italic|oblique)\b/i, "italic"],
  [/text-decoration(?:-line)?\s*:[^;]*\bunderline\b/i, "underline"],
  [/text-decoration(?:-line)?\s*:[^;]*\bline-through\b/i, "strike"],
];

interface Open {
  name: string;
  marks: string[];
  href?: string;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function attribute(source: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(source);
  if (!m) return undefined;
  // Stryker disable next-line StringLiteral: equivalent, one of the three groups matched
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? "").trim();
}

/**
 * Drops what is no content: comments, head, style, script, title, and any other `<!…>` or `<?…?>`
 * (doctype, Word's conditional comments `<![if …]>`, processing instructions).
 */
function contentPart(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(head|style|script|title|xml)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<![^>]*>|<\?[^>]*>/g, "");
}

type Piece = { key: string; text: string } | " ";

/**
 * The body's content as lines; each line its words with their emphasis and link, e.g.
 * `«bold+link(https://x)»Agenda «»notes`, images as `img(src|alt)`. White space is collapsed, empty
 * lines dropped; wrappers (span, font, Word's o:p, divs around divs) are transparent.
 */
function htmlContent(html: string): string[] {
  const source = contentPart(html);
  // Stryker disable next-line ArrayDeclaration: equivalent, a first entry would be the same on both sides compared
  const lines: string[] = [];
  // Stryker disable next-line ArrayDeclaration: as above
  let pieces: Piece[] = [];
  const stack: Open[] = [];
  const key = () => {
    const marks = new Set<string>();
    let href: string | undefined;
    for (const o of stack) {
      for (const m of o.marks) marks.add(m);
      if (o.href !== undefined) href = o.href;
    }
    const parts = [...marks].sort();
    if (href !== undefined) parts.push(`link(${href})`);
    return parts.join("+");
  };
  const addText = (raw: string) => {
    const k = key();
    // decodeEntities turns no-break spaces into spaces.
    // Stryker disable next-line Regex: equivalent, any split into space runs and words gives these pieces
    for (const part of decodeEntities(raw).split(/(\s+)/)) {
      if (!part) continue;
      const last = pieces[pieces.length - 1];
      // Stryker disable next-line Regex: equivalent, a part is all space or holds none
      if (/^\s+$/.test(part)) {
        // A space carries no emphasis, and none leads a line.
        if (last && last !== " ") pieces.push(" ");
      } else if (typeof last === "object" && last.key === k) last.text += part;
      else pieces.push({ key: k, text: part });
    }
  };
  const breakLine = () => {
    while (pieces[pieces.length - 1] === " ") pieces.pop();
    if (pieces.length)
      lines.push(pieces.map((p) => (p === " " ? " " : `\u00ab${p.key}\u00bb${p.text}`)).join(""));
    pieces = [];
  };
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    addText(source.slice(at, m.index));
    at = m.index + m[0].length;
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    // Stryker disable next-line StringLiteral: equivalent, the group always takes part (maybe empty)
    const attrs = m[3] ?? "";
    if (LINE_BREAKING.has(name)) breakLine();
    if (name === "img" && !closing) {
      pieces.push({
        key: "img",
        text: `(${attribute(attrs, "src") ?? ""}|${attribute(attrs, "alt") ?? ""})`,
      });
      continue;
    }
    if (name === "hr") {
      breakLine();
      if (!closing) lines.push("hr");
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    if (closing) {
      const i = stack.map((o) => o.name).lastIndexOf(name);
      if (i >= 0) stack.splice(i, 1);
      continue;
    }
    const marks: string[] = [];
    const emphasis = EMPHASIS[name];
    if (emphasis) marks.push(emphasis);
    const style = attribute(attrs, "style");
    // Stryker disable next-line ConditionalExpression: equivalent, no pattern matches "undefined"
    if (style) for (const [re, mark] of STYLE_EMPHASIS) if (re.test(style)) marks.push(mark);
    const open: Open = { name, marks };
    if (name === "a") {
      const href = attribute(attrs, "href");
      // Stryker disable next-line ConditionalExpression: equivalent, an href set to undefined reads as none
      if (href !== undefined) open.href = href;
    }
    stack.push(open);
  }
  addText(source.slice(at));
  breakLine();
  return lines;
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
  // Stryker disable next-line StringLiteral: no join language's label holds <, > or & (test/core/body-check-rules.test.ts); escaped should one ever do
  const label = joinLinkText(language).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<div><a href="${href}">${label}</a></div>`;
}
