// A small HTML tokenizer and serializer for the emulated Outlook clients' body rewrites. Written for
// the workbench on its own (it shares no code with the add-in), so a mistake in the product's HTML
// handling is not repeated by the host that tests it.

export interface Attr {
  name: string;
  /** Decoded value; null for an attribute without one (`<td nowrap>`). */
  value: string | null;
}

export type Token =
  | { kind: "text"; text: string }
  | { kind: "comment"; raw: string }
  | { kind: "doctype"; raw: string }
  | { kind: "open"; name: string; attrs: Attr[]; selfClosing: boolean }
  | { kind: "close"; name: string };

/** Elements whose content is raw text, not markup. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea"]);
export const VOID = new Set(["br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr"]);
export const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "div",
  "dl",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
]);

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  eacute: "\u00e9",
};

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): Attr[] {
  const attrs: Attr[] = [];
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m; m = ATTR.exec(source)) {
    const raw = m[2] ?? m[3] ?? m[4];
    attrs.push({ name: m[1]!.toLowerCase(), value: raw === undefined ? null : decode(raw) });
  }
  return attrs;
}

export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = (t: string) => {
    if (t) tokens.push({ kind: "text", text: t });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(decode(html.slice(i)));
      break;
    }
    text(decode(html.slice(i, lt)));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      tokens.push({ kind: "comment", raw: html.slice(lt, stop) });
      i = stop;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?") {
      const end = html.indexOf(">", lt);
      const stop = end < 0 ? html.length : end + 1;
      tokens.push({ kind: "doctype", raw: html.slice(lt, stop) });
      i = stop;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(html.slice(lt));
    if (!tag) {
      text("<");
      i = lt + 1;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    i = lt + tag[0].length;
    if (tag[1]) {
      tokens.push({ kind: "close", name });
      continue;
    }
    const body = tag[3] ?? "";
    const selfClosing = /\/\s*$/.test(body);
    tokens.push({ kind: "open", name, attrs: parseAttrs(body.replace(/\/\s*$/, "")), selfClosing });
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close < 0 ? html.length : close;
      if (stop > i) tokens.push({ kind: "text", text: html.slice(i, stop) });
      i = stop;
    }
  }
  return tokens;
}

/** How a client writes attribute values. */
export type Quoting = "dom" | "word";

/** Text as the HTML standard's fragment serializer escapes it (&, <, > and U+00A0 only). */
export function escapeText(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00a0/g, "&nbsp;");
}

function attrValue(value: string, quoting: Quoting): string {
  if (quoting === "dom")
    return `"${value
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/\u00a0/g, "&nbsp;")}"`;
  // Word leaves simple values bare (class=MsoNormal) and single-quotes values holding double quotes
  // (style='font-family:"Calibri",sans-serif').
  if (/^[A-Za-z0-9_.-]+$/.test(value)) return value;
  const amp = value.replace(/&/g, "&amp;");
  if (value.includes('"') && !value.includes("'")) return `'${amp}'`;
  return `"${amp.replace(/"/g, "&quot;")}"`;
}

/**
 * Serializes tokens the way a client writes HTML: lower-case names, void elements without a slash,
 * text escaped as the HTML standard does; raw-text elements (style, script) verbatim.
 */
export function serialize(tokens: Token[], quoting: Quoting): string {
  let out = "";
  let raw: string | null = null;
  for (const t of tokens) {
    switch (t.kind) {
      case "text":
        out += raw ? t.text : escapeText(t.text);
        break;
      case "comment":
      case "doctype":
        out += t.raw;
        break;
      case "open": {
        const attrs = t.attrs
          .map((a) => (a.value === null ? ` ${a.name}` : ` ${a.name}=${attrValue(a.value, quoting)}`))
          .join("");
        out += `<${t.name}${attrs}>`;
        if (RAW_TEXT.has(t.name)) raw = t.name;
        break;
      }
      case "close":
        out += `</${t.name}>`;
        if (raw === t.name) raw = null;
        break;
    }
  }
  return out;
}

export function attr(t: Token, name: string): string | null | undefined {
  return t.kind === "open" ? t.attrs.find((a) => a.name === name)?.value : undefined;
}

export function isBlank(t: Token): boolean {
  return t.kind === "text" && t.text.trim() === "";
}
