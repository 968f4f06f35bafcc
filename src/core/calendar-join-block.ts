// The join block Exchange inserted into the event body (the PATCH /me/events response), to carry into
// the open compose form. Templates change over time (docs/platform.md §8): 2019–2023 blocks sit between two
// "____" separator divs; 2024 blocks carry meet_invite_block ids; newer ones lead with a short
// teams.microsoft.com/meet link. The organizer's own text may hold an earlier invitation with the same
// shapes, so the block taken is the one that holds the event's join URL (else the last one: Exchange
// appends its block). Pure string code, linear in the body's size (html-scan.ts).
import { scanTags, tagAttributes, type TagToken } from "./html-scan";

const MARKED = /(?:^|\s)(?:x_)*(?:meet_invite_block|me-email-text)(?:\s|$)/i;
const MARKED_ID = /^(?:x_)*meet_invite_block/i;

interface Span {
  start: number;
  end: number;
}

export function extractCalendarJoinBlock(eventBodyHtml: string, joinUrl: string | null): string | null {
  const body = bodyContent(eventBodyHtml);
  // A URL not in the body as given (at = -1) takes Exchange's (last) block by its shape, as no URL does.
  const at = joinUrl ? lastIndexOfUrl(body, joinUrl) : -1;
  const span = betweenSeparators(body, at) ?? markedBlock(body, at) ?? enclosingElement(body, at);
  return span ? body.slice(span.start, span.end) : null;
}

function bodyContent(html: string): string {
  const open = /<body\b[^>]*>/i.exec(html);
  const start = open ? open.index + open[0].length : 0;
  const close = html.toLowerCase().lastIndexOf("</body");
  return html.slice(start, close > start ? close : html.length);
}

function lastIndexOfUrl(body: string, url: string): number {
  return Math.max(body.lastIndexOf(url), body.lastIndexOf(url.replace(/&/g, "&amp;")));
}

/**
 * The two separators around the join URL, both included (without a URL: the last two). A separator is
 * a div holding only a span of 20 or more underscores.
 */
function betweenSeparators(body: string, at: number): Span | null {
  const separators = findSeparators(body);
  if (separators.length < 2) return null;
  if (at < 0) {
    const first = separators[separators.length - 2]!;
    const last = separators[separators.length - 1]!;
    return { start: first.start, end: last.end };
  }
  for (let i = 0; i + 1 < separators.length; i++) {
    const before = separators[i]!;
    const after = separators[i + 1]!;
    if (
      before.end <= at &&
      // Stryker disable next-line EqualityOperator: equivalent, a separator starts with "<", the join URL never does
      at < after.start
    )
      return { start: before.start, end: after.end };
  }
  return null;
}

function findSeparators(body: string): Span[] {
  const found: Span[] = [];
  // The last tokens seen: <div>, <span>, </span>, each separated by whitespace only.
  let div: TagToken | null = null;
  let span: TagToken | null = null;
  let spanClosed: TagToken | null = null;
  let prevEnd = 0;
  for (const tag of scanTags(body)) {
    const between = body.slice(prevEnd, tag.start);
    prevEnd = tag.end;
    if (tag.name === "div" && !tag.closing) {
      div = tag;
      span = spanClosed = null;
    } else if (div && !span && tag.name === "span" && !tag.closing && isBlank(between)) {
      span = tag;
    } else if (span && !spanClosed && tag.name === "span" && tag.closing && /^\s*_{20,}\s*$/.test(between)) {
      spanClosed = tag;
    } else if (div && spanClosed && tag.name === "div" && tag.closing && isBlank(between)) {
      found.push({ start: div.start, end: tag.end });
      div = span = spanClosed = null;
    } else {
      div = span = spanClosed = null;
    }
  }
  return found;
}

function isBlank(s: string): boolean {
  return s.trim() === "";
}

/**
 * An element (div or table) whose id or class names the invite block: the outermost one around the
 * join URL, else the last top-level one.
 */
function markedBlock(body: string, at: number): Span | null {
  const spans = elementSpans(body, (tag) => {
    // Stryker disable next-line ConditionalExpression,MethodExpression: equivalent, a shortcut past the attribute parse below, which decides
    if (!/meet_invite_block|me-email-text/i.test(body.slice(tag.start, tag.end))) return false;
    const attrs = tagAttributes(body, tag);
    // Stryker disable next-line StringLiteral: equivalent, any text without the marker reads as "no marker"
    return MARKED_ID.test(attrs.get("id") ?? "") || MARKED.test(attrs.get("class") ?? "");
  });
  return pick(spans, at);
}

/** The outermost top-level element (div, table or p) that contains the join URL. */
function enclosingElement(body: string, at: number): Span | null {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, no element starts at or before -1 (or at 0 holding a URL at 0)
  if (at < 0) return null;
  let topEnd = -1;
  for (const s of elementSpans(body, () => true)) {
    // Stryker disable next-line ConditionalExpression: equivalent, an element inside one that misses `at` misses it too
    if (s.start < topEnd) continue; // inside the previous top-level element
    topEnd = s.end;
    if (holds(s, at)) return s;
  }
  return null;
}

/**
 * The outermost span around `at`, else (no position) the last span not inside another. Spans come in
 * order of their start, so a container always comes before what it holds.
 */
function pick(spans: Span[], at: number): Span | null {
  if (at >= 0) return spans.find((s) => holds(s, at)) ?? null;
  let last: Span | null = null;
  for (const s of spans) if (!last || s.start >= last.end) last = s;
  return last;
}

/** Whether the span holds the text at `at`. */
function holds(s: Span, at: number): boolean {
  // Stryker disable next-line EqualityOperator: equivalent, a span starts with "<", the join URL never does
  const startsBefore = s.start <= at;
  return startsBefore && at < s.end;
}

/**
 * The spans of div, table and p elements whose start tag passes `wanted`, in order of their start.
 * One pass with one stack per element name (same-name nesting, as the templates are written).
 */
function elementSpans(body: string, wanted: (tag: TagToken) => boolean): Span[] {
  const stacks = new Map<string, { start: number; wanted: boolean }[]>();
  const spans: Span[] = [];
  for (const tag of scanTags(body)) {
    if (tag.name !== "div" && tag.name !== "table" && tag.name !== "p") continue;
    let stack = stacks.get(tag.name);
    // Stryker disable next-line ArrayDeclaration: equivalent, an entry under the first is popped only by a stray end tag, as undefined would be
    if (!stack) stacks.set(tag.name, (stack = []));
    if (!tag.closing) stack.push({ start: tag.start, wanted: wanted(tag) });
    else {
      const open = stack.pop();
      if (open?.wanted) spans.push({ start: open.start, end: tag.end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
