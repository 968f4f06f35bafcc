// A linear tokenizer for the HTML of an appointment body: tags (with their attributes), comments and
// the raw text of script/style. Every scan of a body goes through here or through indexOf, never
// through a backtracking regular expression, so its cost is linear in the body's size whatever the
// body holds (an attacker writes the body: forwarded invitations, pasted mail, other add-ins).
// Pure string code; it follows the HTML tokenizer's rules closely enough to find tags the way a
// browser does (a `<div>` inside a comment is no tag).

export interface TagToken {
  /** Lower-case tag name. */
  name: string;
  closing: boolean;
  /** Offsets of `<` and one past `>`. */
  start: number;
  end: number;
}

export const RAW_TEXT: ReadonlySet<string> = new Set([
  "script",
  "style",
  "textarea",
  "title",
  "xmp",
  "iframe",
  "noembed",
  "noframes",
]);

/**
 * Every start and end tag in document order. Comments, doctypes and processing instructions are
 * skipped whole; the content of raw-text elements is skipped up to their end tag.
 */
export function* scanTags(html: string, from = 0): Generator<TagToken> {
  let i = from;
  const n = html.length;
  // Stryker disable next-line EqualityOperator: at i === n indexOf finds no "<" and the scan returns
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) return;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      if (html.startsWith("<!--", lt)) {
        const close = html.indexOf("-->", lt + 4);
        i = close === -1 ? n : close + 3;
      } else {
        const close = html.indexOf(">", lt + 2);
        // Stryker disable next-line ArithmeticOperator: going on from close - 1 finds no tag either (the "<" a tag needs is followed by this ">")
        i = close === -1 ? n : close + 1;
      }
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameAt = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameAt))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameAt + 1;
    // Stryker disable next-line EqualityOperator: past the end charCodeAt is NaN and tagEnd finds no ">" from there either
    while (nameEnd < n && !isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(html, nameEnd);
    if (end === -1) return;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    yield { name, closing, start: lt, end };
    i = end;
    if (!closing && RAW_TEXT.has(name)) {
      const close = rawTextEnd(html, name, end);
      i = close === -1 ? n : close;
    }
  }
}

/** Where a raw-text element's end tag starts (case-insensitive), or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}`, "gi");
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** One past the `>` that ends a tag whose name ends at `from`, honouring quoted values; -1 if none. */
const TAG_SPECIAL = /["'>]/g;

function tagEnd(html: string, from: number): number {
  const special = TAG_SPECIAL;
  special.lastIndex = from;
  for (let m = special.exec(html); m; m = special.exec(html)) {
    const c = m[0];
    if (c === ">") return m.index + 1;
    // Quotes open a value only after `=` (optionally spaced), as in the tokenizer.
    if (afterEquals(html, m.index)) {
      const close = html.indexOf(c, m.index + 1);
      if (close === -1) return -1;
      special.lastIndex = close + 1;
    }
  }
  return -1;
}

// Stryker disable EqualityOperator,BooleanLiteral: walking back from a quote in a tag always meets the tag name's letters before offset 0
function afterEquals(html: string, at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const c = html.charCodeAt(j);
    if (c === 0x3d) return true; // =
    if (!isSpace(c)) return false;
  }
  return false;
}
// Stryker restore EqualityOperator,BooleanLiteral

/** The attributes of a tag token, names lower-cased, values as written (entities not decoded). */
export function tagAttributes(html: string, tag: TagToken): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = tag.start + 1 + (tag.closing ? 1 : 0);
  // html[stop] is the tag's ">": a loop that stops at a space or at a name's end stops there anyway.
  const stop = tag.end - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: html[stop] is ">", a name end
  while (i < stop && !isNameEnd(html.charCodeAt(i))) i++;
  // Stryker disable next-line EqualityOperator: at i === stop no name starts, and the next step leaves the loop
  while (i < stop) {
    const nameStart = i;
    while (i < stop && !isSpace(html.charCodeAt(i)) && html[i] !== "=" && html[i] !== "/") i++;
    if (i === nameStart) {
      // A space, "/" or stray "=" between attributes.
      i++;
      continue;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: html[stop] is ">", no space
    while (i < stop && isSpace(html.charCodeAt(i))) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: html[stop] is ">", no space
      while (i < stop && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        // Stryker disable next-line EqualityOperator: the closing quote can't be at stop, where ">" is
        const valueEnd = close === -1 || close > stop ? stop : close;
        value = html.slice(i + 1, valueEnd);
        i = valueEnd + 1;
      } else {
        const valueStart = i;
        while (i < stop && !isSpace(html.charCodeAt(i))) i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

/**
 * The element whose start tag is `open`: its end offset (one past the matching end tag), counting
 * nested elements of the same name. -1 when it is never closed.
 */
export function elementEnd(html: string, open: TagToken): number {
  let depth = 0;
  for (const tag of scanTags(html, open.start)) {
    if (tag.name !== open.name) continue;
    // Stryker disable next-line AssignmentOperator: counting the other way round reaches 0 at the same tag
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return -1;
}

/** The text a reader sees: tags and comments dropped, whitespace collapsed. Linear. */
export function visibleText(html: string): string {
  let out = "";
  let cursor = 0;
  let inRawText = false;
  for (const tag of scanTags(html)) {
    // Script and style content is no text; scanTags goes straight to their end tag.
    if (!inRawText) out += textBetween(html, cursor, tag.start);
    out += " ";
    cursor = tag.end;
    inRawText = !tag.closing && RAW_TEXT.has(tag.name);
  }
  if (!inRawText) out += textBetween(html, cursor, html.length);
  return out
    .replace(/&nbsp;|&#160;|\u00a0/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Text between two offsets, with any comment or doctype inside it left out. */
export function textBetween(html: string, from: number, to: number): string {
  let out = "";
  let i = from;
  // Stryker disable next-line EqualityOperator: at i === to the "<" found is at or past to, and the loop breaks
  while (i < to) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt >= to) {
      out += html.slice(i, to);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      // Past `to` the loop ends just the same.
      i = close === -1 ? to : close + 3;
    } else if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const close = html.indexOf(">", lt + 2);
      i = close === -1 ? to : close + 1;
    } else {
      out += "<";
      i = lt + 1;
    }
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x2f /* / */ || c === 0x3e; /* > */
}
