// Our join block in an appointment body: one delimited element (HTML) or a pair of marker lines (plain
// text) that can be found again after Outlook rewrites the HTML, inserted and removed without touching
// a byte of the organizer's own content: removeBlock(insertBlock(b)) === b, and insertBlock is idempotent.
import type { BodyType } from "./types";

export interface BlockSpan {
  start: number;
  end: number;
  /** Where the block's content starts and ends inside the span. */
  contentStart: number;
  contentEnd: number;
}

export const BLOCK_ID = "omo-join-block";
const OPEN_TAG = `<div id="${BLOCK_ID}" class="${BLOCK_ID}" data-omo="1">`;
const CLOSE_TAG = "</div>";

export const TEXT_START = "=== Online meeting ===";
export const TEXT_END = "=== End of online meeting ===";

// Outlook on the web prefixes ids and classes with "x_" and may re-quote attributes.
const MARKER_ATTR = new RegExp(
  `(?:\\bid|\\bclass)\\s*=\\s*["']?[^"'>]*?\\b(?:x_)*${BLOCK_ID}\\b|\\bdata-omo\\s*=`,
  "i",
);
const DIV_TOKEN = /<div\b[^>]*>|<\/div\s*>/gi;

/** Wrap sanitized join HTML (or plain text for text bodies) into our delimited block. */
export function renderBlock(content: string, type: BodyType): string {
  if (type === "text") {
    const text = content.replace(/\r\n?/g, "\n").trim();
    return `\n${TEXT_START}\n${text}\n${TEXT_END}\n`;
  }
  // Content must never carry our marker itself, or one block would read as two.
  const neutral = content.replace(/<div\b[^>]*>/gi, (tag) => (MARKER_ATTR.test(tag) ? "<div>" : tag));
  return `${OPEN_TAG}${neutral}${CLOSE_TAG}`;
}

/** Insert the block, replacing ours if present (and collapsing copies to one). */
export function insertBlock(body: string, type: BodyType, block: string): string {
  const spans = findAllBlocks(body, type);
  const first = spans[0];
  if (first) {
    let out = body.slice(0, first.start) + block;
    let cursor = first.end;
    for (const span of spans.slice(1)) {
      out += body.slice(cursor, span.start);
      cursor = span.end;
    }
    return out + body.slice(cursor);
  }
  const at = type === "html" ? insertionPoint(body) : body.length;
  return body.slice(0, at) + block + body.slice(at);
}

export function findBlock(body: string, type: BodyType): BlockSpan | null {
  return findAllBlocks(body, type)[0] ?? null;
}

export function removeBlock(body: string, type: BodyType): string {
  let out = "";
  let cursor = 0;
  for (const span of findAllBlocks(body, type)) {
    out += body.slice(cursor, span.start);
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

export function countBlocks(body: string, type: BodyType): number {
  return findAllBlocks(body, type).length;
}

/** The content of our (first) block: its inner HTML, or its text lines. */
export function readBlockContent(body: string, type: BodyType): string | null {
  const span = findBlock(body, type);
  return span ? body.slice(span.contentStart, span.contentEnd) : null;
}

export function findAllBlocks(body: string, type: BodyType): BlockSpan[] {
  return type === "html" ? findHtmlBlocks(body) : findTextBlocks(body);
}

/** Before the last </body> when there is one (after the organizer's content), else at the end. */
function insertionPoint(body: string): number {
  const lower = body.toLowerCase();
  const at = lower.lastIndexOf("</body");
  return at >= 0 ? at : body.length;
}

function findHtmlBlocks(body: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  DIV_TOKEN.lastIndex = 0;
  let open: { start: number; contentStart: number; depth: number } | null = null;
  let depth = 0;
  for (let m = DIV_TOKEN.exec(body); m; m = DIV_TOKEN.exec(body)) {
    const token = m[0];
    const closing = token[1] === "/";
    if (!closing) {
      depth++;
      if (!open && MARKER_ATTR.test(token)) {
        open = { start: m.index, contentStart: m.index + token.length, depth };
      }
    } else {
      if (open && depth === open.depth) {
        const end = m.index + token.length;
        spans.push({ start: open.start, end, contentStart: open.contentStart, contentEnd: m.index });
        open = null;
      }
      depth = Math.max(0, depth - 1);
    }
  }
  return spans;
}

function findTextBlocks(body: string): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let from = 0;
  for (;;) {
    const s = body.indexOf(TEXT_START, from);
    if (s < 0) break;
    const e = body.indexOf(TEXT_END, s + TEXT_START.length);
    if (e < 0) break;
    // The line break we put before the start marker and after the end marker belong to the block.
    let start = s;
    if (body[start - 1] === "\n") start--;
    if (body[start - 1] === "\r") start--;
    let end = e + TEXT_END.length;
    if (body[end] === "\r") end++;
    if (body[end] === "\n") end++;
    let contentStart = s + TEXT_START.length;
    if (body[contentStart] === "\r") contentStart++;
    if (body[contentStart] === "\n") contentStart++;
    let contentEnd = e;
    if (body[contentEnd - 1] === "\n") contentEnd--;
    if (body[contentEnd - 1] === "\r") contentEnd--;
    spans.push({ start, end, contentStart, contentEnd: Math.max(contentStart, contentEnd) });
    from = end;
  }
  return spans;
}
