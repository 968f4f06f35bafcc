// The join block Exchange inserted into the event body (the PATCH /me/events response), to carry into
// the open compose form. Templates change over time (docs/platform.md §8): 2019–2023 blocks sit between two
// "____" separator divs; 2024 blocks carry meet_invite_block ids; newer ones lead with a short
// teams.microsoft.com/meet link. Pure string code.

const SEPARATOR = /<div\b[^>]*>\s*<span\b[^>]*>\s*_{20,}\s*<\/span>\s*<\/div\s*>/gi;
const TAG = /<(\/?)(div|table|p)\b[^>]*>/gi;

export function extractCalendarJoinBlock(eventBodyHtml: string, joinUrl: string | null): string | null {
  const body = bodyContent(eventBodyHtml);
  return betweenSeparators(body) ?? markedBlock(body) ?? enclosingElement(body, joinUrl);
}

function bodyContent(html: string): string {
  const open = /<body\b[^>]*>/i.exec(html);
  const start = open ? open.index + open[0].length : 0;
  const close = html.toLowerCase().lastIndexOf("</body");
  return html.slice(start, close > start ? close : html.length);
}

/** From the first separator to the last one, both included. */
function betweenSeparators(body: string): string | null {
  const found = [...body.matchAll(SEPARATOR)];
  const first = found[0];
  const last = found[found.length - 1];
  if (!first || !last || found.length < 2) return null;
  return body.slice(first.index, last.index + last[0].length);
}

/** An element whose id or class names the invite block. */
function markedBlock(body: string): string | null {
  const m =
    /<(div|table)\b[^>]*(?:id|class)\s*=\s*["']?[^"'>]*(?:meet_invite_block|me-email-text)[^>]*>/i.exec(body);
  if (!m) return null;
  return elementAt(body, m.index);
}

/** The outermost top-level element that contains the join URL. */
function enclosingElement(body: string, joinUrl: string | null): string | null {
  if (!joinUrl) return null;
  const variants = [joinUrl, joinUrl.replace(/&/g, "&amp;")];
  const at = Math.min(...variants.map((v) => body.indexOf(v)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return null;
  // Walk top-level elements and return the one spanning the URL.
  TAG.lastIndex = 0;
  let depth = 0;
  let topStart = -1;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    if (m[1] === "") {
      if (depth === 0) topStart = m.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        const end = m.index + m[0].length;
        if (topStart <= at && at < end) return body.slice(topStart, end);
      }
    }
  }
  return null;
}

/** The element starting at `start`, up to its matching close tag. */
function elementAt(body: string, start: number): string | null {
  const name = /^<(\w+)/.exec(body.slice(start))?.[1]?.toLowerCase();
  if (!name) return null;
  const token = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  token.lastIndex = start;
  let depth = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    depth += m[1] === "" ? 1 : -1;
    if (depth === 0) return body.slice(start, m.index + m[0].length);
  }
  return null;
}
