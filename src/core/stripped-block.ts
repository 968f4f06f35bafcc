// Our block after a client stripped every marker from it (id, class, data attribute, marker lines):
// found again by what we stored when we wrote it — the join link, and a fingerprint of the text the
// block read as — and cut only when a candidate reads exactly as that text. Anything less is no proof
// that we wrote it, and the caller keeps the meeting and tells the organizer which text to delete.
// Linear: one pass over the body's tags, and a bounded number of candidates.
import { containsUrl, type BlockSpan } from "./body-block";
import { hash64 } from "./hash";
import { scanTags, visibleText } from "./html-scan";
import type { BodyType, StoredMeeting } from "./types";

/** Enclosing elements tried around each occurrence of the join link, innermost first. */
const MAX_CANDIDATES = 32;
/** Occurrences of the join link looked at. */
const MAX_OCCURRENCES = 8;

export interface BlockFingerprint {
  blockHash: string;
  blockLines: number;
}

/** The fingerprint of the content we put into our block (HTML or the text lines). */
export function blockFingerprint(content: string, type: BodyType): BlockFingerprint {
  const lines = type === "text" ? contentLines(content).length : 1;
  const text = type === "html" ? visibleText(content) : normalized(content);
  return { blockHash: hash64(text), blockLines: Math.max(1, lines) };
}

/** Where our marker-less block is, proven by its fingerprint; null when it can't be cut exactly. */
export function locateStrippedBlock(body: string, type: BodyType, stored: StoredMeeting): BlockSpan | null {
  const { joinUrl, blockHash, blockLines } = stored;
  if (!joinUrl || !blockHash || !blockLines || !containsUrl(body, joinUrl)) return null;
  const occurrences = urlOccurrences(body, joinUrl);
  return type === "html"
    ? locateHtml(body, occurrences, blockHash)
    : locateText(body, occurrences, blockHash, blockLines);
}

/** Text lines as one line, whitespace collapsed (visibleText does the same for HTML). */
function normalized(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function contentLines(content: string): string[] {
  return content.replace(/\r\n?/g, "\n").trim().split("\n");
}

function urlOccurrences(body: string, url: string): number[] {
  const found: number[] = [];
  for (const variant of new Set([url, url.replace(/&/g, "&amp;")])) {
    for (
      let i = body.indexOf(variant);
      i >= 0 && found.length < MAX_OCCURRENCES;
      i = body.indexOf(variant, i + 1)
    )
      found.push(i);
  }
  return found;
}

/** The outermost of the div elements around an occurrence that read exactly as our content. */
function locateHtml(body: string, occurrences: number[], hash: string): BlockSpan | null {
  const spans = divSpans(body);
  for (const at of occurrences) {
    // Spans are listed as they close, so those around one offset (nested) come innermost first.
    const around = spans.filter((s) => holds(s, at));
    let best: BlockSpan | null = null;
    for (const span of around.slice(0, MAX_CANDIDATES)) {
      const inner = body.slice(span.contentStart, span.contentEnd);
      if (hash64(visibleText(inner)) === hash) {
        best = span;
        continue;
      }
      // Stryker disable next-line ConditionalExpression: (-> false; "-> true" is tested) past a mismatch no outer div can read as ours, as it holds the mismatch's extra text too: the break only saves work
      if (best) break;
    }
    if (best) return best;
  }
  return null;
}

/** Whether the occurrence at `at` is inside the span. */
function holds(span: BlockSpan, at: number): boolean {
  // Stryker disable next-line EqualityOperator: an occurrence of the join link starts with its "h", never at a div's "<"
  if (span.start > at) return false;
  return at < span.end;
}

function divSpans(body: string): BlockSpan[] {
  const stack: { start: number; contentStart: number }[] = [];
  // Stryker disable next-line ArrayDeclaration: an entry that is no span has no offsets, so it holds no occurrence
  const spans: BlockSpan[] = [];
  for (const tag of scanTags(body)) {
    if (tag.name !== "div") continue;
    if (!tag.closing) stack.push({ start: tag.start, contentStart: tag.end });
    else {
      const open = stack.pop();
      if (open)
        spans.push({
          start: open.start,
          end: tag.end,
          contentStart: open.contentStart,
          contentEnd: tag.start,
        });
    }
  }
  return spans;
}

/** A run of exactly `lines` lines around an occurrence whose text is our content. */
function locateText(body: string, occurrences: number[], hash: string, lines: number): BlockSpan | null {
  const starts = [0];
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) starts.push(i + 1);
  const lineOf = (at: number): number => {
    let lo = 0;
    // Stryker disable next-line ArithmeticOperator: past the end starts[mid] is undefined and `undefined <= at` is false, so the search ends on the same line
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const at of occurrences) {
    const line = lineOf(at);
    for (let first = Math.max(0, line - lines + 1); first <= line; first++) {
      const last = first + lines; // exclusive
      if (last > starts.length) break;
      const start = starts[first]!;
      const end = starts[last] ?? body.length;
      if (hash64(normalized(body.slice(start, end))) === hash) {
        return { start, end, contentStart: start, contentEnd: end };
      }
    }
  }
  return null;
}
