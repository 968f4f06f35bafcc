// A plain-text rendering of join HTML, for appointments whose body is plain text. Pure string code.
import { RAW_TEXT, scanTags, tagAttributes, textBetween } from "./html-scan";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const LINE_BREAK_AFTER: ReadonlySet<string> = new Set([
  "p",
  "div",
  "tr",
  "li",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

/**
 * Plain text for join HTML: links as "label: URL" (https, tel and mailto only), a line break for
 * <br> and after block elements, no script, style or head content. One pass over the tags
 * (html-scan.ts), so linear in the input whatever it holds.
 */
export function htmlToText(html: string): string {
  let out = "";
  let cursor = 0;
  let skipping: string | null = null; // inside script/style (raw text) or head
  let anchor: { href: string; labelStart: number } | null = null;
  for (const tag of scanTags(html)) {
    if (skipping === null) out += textBetween(html, cursor, tag.start);
    cursor = tag.end;
    if (skipping !== null) {
      if (tag.closing && tag.name === skipping) skipping = null;
      continue;
    }
    if (!tag.closing && (RAW_TEXT.has(tag.name) || tag.name === "head")) {
      skipping = tag.name;
      continue;
    }
    if (tag.name === "a") {
      if (!tag.closing && !anchor) {
        const href = tagAttributes(html, tag).get("href");
        if (href !== undefined) anchor = { href: decodeEntities(href).trim(), labelStart: out.length };
      } else if (tag.closing && anchor) {
        out = out.slice(0, anchor.labelStart) + linkText(anchor.href, out.slice(anchor.labelStart));
        anchor = null;
      }
      continue;
    }
    // Inside a link too: the label's line breaks become spaces (linkText), and after an unclosed <a>
    // the rest of the body keeps its lines.
    if (tag.name === "br" || (tag.closing && LINE_BREAK_AFTER.has(tag.name))) out += "\n";
  }
  if (skipping === null) out += textBetween(html, cursor, html.length);
  const lines = decodeEntities(out)
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim());
  // A blank line stays only after a line of text: at most one between paragraphs. (A blank first
  // line, after lines[-1], which is undefined, goes with the trim below.)
  // Stryker disable next-line ArithmeticOperator: equivalent, keeping the last blank line of a run instead of the first keeps the same one blank line
  const kept = lines.filter((line, i) => line !== "" || lines[i - 1] !== "");
  return kept.join("\n").trim();
}

function linkText(href: string, rawLabel: string): string {
  const label = rawLabel.replace(/\s+/g, " ").trim();
  if (!/^(https:|tel:|mailto:)/i.test(href)) return label;
  const target = href.replace(/^(tel:|mailto:)/i, "");
  // A label that is the target itself, whatever its spacing, is printed once.
  return label && decodeEntities(label) !== target.replace(/\s+/g, " ") ? `${label}: ${target}` : target;
}
