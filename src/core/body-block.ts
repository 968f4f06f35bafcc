// Our join block in an appointment body: one delimited element (HTML) or a pair of marker lines (plain
// text) that can be found again after Outlook rewrites the HTML, inserted and removed without touching
// a byte of the organizer's own content: removeBlock(insertBlock(b)) === b, and insertBlock is idempotent.
//
// A body is not ours: it can hold a forwarded invitation, pasted mail or another add-in's text, all of
// which can carry something shaped like our marker. A block counts as ours only when it is bound to the
// item (BlockKey): its marker carries the item's tag — a hash of the externalId, which lives only in
// the item's custom property and the createOrGet request, never in the body of another item — and its
// content holds the join link stored on the item. Anything else is the organizer's text and is never
// cut. Every scan is linear in the body's size (html-scan.ts, indexOf).
import { hash64 } from "./hash";
import { scanTags, tagAttributes, type TagToken } from "./html-scan";
import type { BodyType, StoredMeeting } from "./types";

export interface BlockSpan {
  start: number;
  end: number;
  /** Where the block's content starts and ends inside the span. */
  contentStart: number;
  contentEnd: number;
}

/** What binds a block to the open item: the marker's tag and the join link stored on the item. */
export interface BlockKey {
  tag: string;
  joinUrl: string;
}

export const BLOCK_ID = "omo-join-block";
const TAG_CLASS_PREFIX = "omo-k-";
const CLOSE_TAG = "</div>";

const TEXT_START_WORDS = "=== Online meeting";
const TEXT_END_WORDS = "=== End of online meeting";

/** The per-item tag: 16 hex digits of a hash of the externalId. */
export function blockTag(externalId: string): string {
  return hash64(`omo-block:${externalId}`);
}

/** The key for the item's record, or null when nothing in the body can be ours yet. */
export function blockKey(stored: StoredMeeting | null | undefined): BlockKey | null {
  if (!stored?.externalId || !stored.joinUrl) return null;
  return { tag: blockTag(stored.externalId), joinUrl: stored.joinUrl };
}

export function textStartMarker(tag: string): string {
  return `${TEXT_START_WORDS} [${tag}] ===`;
}

export function textEndMarker(tag: string): string {
  return `${TEXT_END_WORDS} [${tag}] ===`;
}

/** Wrap sanitized join HTML (or plain text for text bodies) into our delimited block. */
export function renderBlock(content: string, type: BodyType, key: BlockKey): string {
  if (type === "text") {
    // Content must never carry a marker line itself, or one block would read as two (or end early).
    const text = content
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .filter((line) => !isTextMarkerLine(line))
      .join("\n")
      .trim();
    return `\n${textStartMarker(key.tag)}\n${text}\n${textEndMarker(key.tag)}\n`;
  }
  // The tag goes into the id as well: Outlook on the web and new Outlook drop classes and data-
  // attributes but keep ids (office-js #5296, #6463; docs/platform.md).
  return `<div id="${BLOCK_ID}-${key.tag}" class="${BLOCK_ID} ${TAG_CLASS_PREFIX}${key.tag}" data-omo="${key.tag}">${neutralize(content)}${CLOSE_TAG}`;
}

/** Insert the block, replacing ours if present (and collapsing copies of ours to one). */
export function insertBlock(body: string, type: BodyType, block: string, key?: BlockKey): string {
  const spans = findAllBlocks(body, type, key);
  const first = spans[0];
  if (first) {
    let out = body.slice(0, first.start) + block;
    let cursor = first.end;
    // Stryker disable next-line MethodExpression: taking the first span again adds body.slice(first.end, first.start), which is empty
    for (const span of spans.slice(1)) {
      out += body.slice(cursor, span.start);
      cursor = span.end;
    }
    return out + body.slice(cursor);
  }
  const at = type === "html" ? insertionPoint(body) : body.length;
  return body.slice(0, at) + block + body.slice(at);
}

export function findBlock(body: string, type: BodyType, key?: BlockKey): BlockSpan | null {
  return findAllBlocks(body, type, key)[0] ?? null;
}

export function removeBlock(body: string, type: BodyType, key?: BlockKey): string {
  let out = "";
  let cursor = 0;
  for (const span of findAllBlocks(body, type, key)) {
    out += body.slice(cursor, span.start);
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

export function countBlocks(body: string, type: BodyType, key?: BlockKey): number {
  return findAllBlocks(body, type, key).length;
}

/** The content of our (first) block: its inner HTML, or its text lines. */
export function readBlockContent(body: string, type: BodyType, key?: BlockKey): string | null {
  const span = findBlock(body, type, key);
  return span ? body.slice(span.contentStart, span.contentEnd) : null;
}

/**
 * Our blocks in the body. With a key: only blocks bound to the item (the product always passes one).
 * Without: every block shaped as ours, whoever wrote it — for tests and tooling that look at a body
 * from outside.
 */
export function findAllBlocks(body: string, type: BodyType, key?: BlockKey): BlockSpan[] {
  const spans = type === "html" ? findHtmlBlocks(body, key) : findTextBlocks(body, key);
  const bound = key
    ? spans.filter((s) => containsUrl(body.slice(s.contentStart, s.contentEnd), key.joinUrl))
    : spans;
  return outermost(bound);
}

/** The URL as written in text, or HTML-escaped in an attribute. */
export function containsUrl(text: string, url: string): boolean {
  return text.includes(url) || text.includes(url.replace(/&/g, "&amp;"));
}

/** Before the last </body> when there is one (after the organizer's content), else at the end. */
function insertionPoint(body: string): number {
  const lower = body.toLowerCase();
  const at = lower.lastIndexOf("</body");
  return at >= 0 ? at : body.length;
}

function findHtmlBlocks(body: string, key: BlockKey | undefined): BlockSpan[] {
  const spans: BlockSpan[] = [];
  // Every marker div still open, innermost last: one that is never closed hides no later block.
  // Stryker disable next-line ArrayDeclaration: an entry that is no marker has no depth, so it never matches a closing tag and is never popped
  const open: { start: number; contentStart: number; depth: number }[] = [];
  let depth = 0;
  for (const tag of scanTags(body)) {
    if (tag.name !== "div") continue;
    if (!tag.closing) {
      depth++;
      if (isMarker(body, tag, key)) open.push({ start: tag.start, contentStart: tag.end, depth });
    } else {
      const top = open[open.length - 1];
      if (top && depth === top.depth) {
        spans.push({ start: top.start, end: tag.end, contentStart: top.contentStart, contentEnd: tag.start });
        open.pop();
      }
      depth = Math.max(0, depth - 1);
    }
  }
  return spans;
}

/** The spans not inside another one, in order (a marker inside our block is part of its content). */
function outermost(spans: BlockSpan[]): BlockSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: BlockSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

/**
 * Whether a div start tag is our marker: bound to the key's tag (in data-omo, the id or a class, the
 * last two perhaps prefixed with x_ by Outlook), or without a key shaped as any of our markers.
 */
function isMarker(body: string, tag: TagToken, key: BlockKey | undefined): boolean {
  // A first look at the tag's text before parsing its attributes: most divs aren't markers. Only a
  // shortcut: every value the exact check below accepts is a slice of the tag's text holding the tag
  // (with a key) or "omo" (without), so a weaker first look changes no answer.
  // Stryker disable next-line MethodExpression: looking in the whole body only lets more tags through to the exact check
  const text = body.slice(tag.start, tag.end);
  // Stryker disable next-line ConditionalExpression: letting every tag through to the exact check changes no answer
  if (key ? !text.includes(key.tag) : !/omo/i.test(text)) return false;
  const attrs = tagAttributes(body, tag);
  const data = attrs.get("data-omo");
  const classAttr = attrs.get("class");
  const idAttr = attrs.get("id");
  // A missing attribute reads as an empty one: no mark of ours either way.
  // Stryker disable next-line StringLiteral,Regex: any fallback text holds no class of ours; splitting on each white-space character only adds empty names, which match nothing
  const classes = (classAttr ?? "").split(/\s+/).map(stripOwaPrefix);
  // Stryker disable next-line StringLiteral: any fallback text is no id of ours
  const id = stripOwaPrefix(idAttr ?? "");
  if (key)
    return (
      data === key.tag || id === `${BLOCK_ID}-${key.tag}` || classes.includes(TAG_CLASS_PREFIX + key.tag)
    );
  return (
    data !== undefined ||
    id === BLOCK_ID ||
    id.startsWith(`${BLOCK_ID}-`) ||
    classes.some((c) => c === BLOCK_ID || c.startsWith(TAG_CLASS_PREFIX))
  );
}

function stripOwaPrefix(name: string): string {
  let out = name;
  while (out.startsWith("x_")) out = out.slice(2);
  return out;
}

/** Join content with every marker attribute taken off its div tags. */
function neutralize(content: string): string {
  let out = "";
  let cursor = 0;
  for (const tag of scanTags(content)) {
    if (tag.name !== "div" || tag.closing || !isMarker(content, tag, undefined)) continue;
    out += content.slice(cursor, tag.start) + "<div>";
    cursor = tag.end;
  }
  return out + content.slice(cursor);
}

/**
 * A line that reads as one of our text markers (any tag, or none as older versions wrote), or holds a
 * tagged one anywhere: the scan finds markers with indexOf, not line by line.
 */
function isTextMarkerLine(line: string): boolean {
  if (line.includes(`${TEXT_START_WORDS} [`) || line.includes(`${TEXT_END_WORDS} [`)) return true;
  const t = line.trim();
  return (t.startsWith(TEXT_START_WORDS) || t.startsWith(TEXT_END_WORDS)) && t.endsWith("===");
}

function findTextBlocks(body: string, key: BlockKey | undefined): BlockSpan[] {
  const spans: BlockSpan[] = [];
  let from = 0;
  for (;;) {
    const start = nextTextStart(body, from, key);
    if (!start) break;
    const startMarker = textStartMarker(start.tag);
    const endMarker = textEndMarker(start.tag);
    const e = body.indexOf(endMarker, start.end);
    // Stryker disable next-line EqualityOperator: the end marker is looked for after the start marker, so it is never found at 0
    if (e < 0) break;
    // We write one start line per block: a copy of it above ours (the organizer duplicated or pasted
    // it) is their text, so the block starts at the last start marker before its end.
    const s = body.lastIndexOf(startMarker, e);
    // The line break we put before the start marker and after the end marker belong to the block.
    let spanStart = s;
    if (body[spanStart - 1] === "\n") spanStart--;
    if (body[spanStart - 1] === "\r") spanStart--;
    let end = e + endMarker.length;
    if (body[end] === "\r") end++;
    if (body[end] === "\n") end++;
    let contentStart = s + startMarker.length;
    if (body[contentStart] === "\r") contentStart++;
    if (body[contentStart] === "\n") contentStart++;
    let contentEnd = e;
    if (body[contentEnd - 1] === "\n") contentEnd--;
    if (body[contentEnd - 1] === "\r") contentEnd--;
    spans.push({ start: spanStart, end, contentStart, contentEnd: Math.max(contentStart, contentEnd) });
    from = end;
  }
  return spans;
}

/** The next start marker line (for the key's tag, or any tag without a key). */
function nextTextStart(
  body: string,
  from: number,
  key: BlockKey | undefined,
): { index: number; end: number; tag: string } | null {
  if (key) {
    const marker = textStartMarker(key.tag);
    const index = body.indexOf(marker, from);
    return index < 0 ? null : { index, end: index + marker.length, tag: key.tag };
  }
  const prefix = `${TEXT_START_WORDS} [`;
  for (let index = body.indexOf(prefix, from); index >= 0; index = body.indexOf(prefix, index + 1)) {
    const at = index + prefix.length;
    const tag = body.slice(at, at + 16);
    // Stryker disable next-line Regex: the tested text is a slice of at most 16 characters, so 16 hex digits are all of it, anchored or not
    if (/^[0-9a-f]{16}$/.test(tag) && body.startsWith("] ===", at + 16)) return { index, end: at + 21, tag };
  }
  return null;
}
