// The single rewrites Outlook clients apply to HTML an add-in sets, as token passes. Each one is
// idempotent (a second pass changes nothing) and changes no content: text, line breaks, links,
// emphasis and images come through. Which client applies which, and the source of each, is in
// profiles.ts.
import { BLOCK, VOID, attr, isBlank, tokenize, type Attr, type Token } from "./html-tokens";

/** The editor's default font, which Outlook on the web writes on what it re-creates. */
export const WEB_EDITOR_STYLE =
  "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);";

const open = (name: string, attrs: Attr[] = []): Token => ({ kind: "open", name, attrs, selfClosing: false });
const close = (name: string): Token => ({ kind: "close", name });

function setAttr(t: Token, name: string, value: string | null): void {
  if (t.kind !== "open") return;
  const i = t.attrs.findIndex((a) => a.name === name);
  if (value === null) {
    if (i >= 0) t.attrs.splice(i, 1);
  } else if (i >= 0) t.attrs[i] = { name, value };
  else t.attrs.push({ name, value });
}

const clone = (tokens: Token[]): Token[] =>
  tokens.map((t) => (t.kind === "open" ? { ...t, attrs: t.attrs.map((a) => ({ ...a })) } : { ...t }));

/** The body's content only: no doctype, html, head (and what it holds) or body tags. */
export function bodyContentOnly(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let inHead = false;
  for (const t of tokens) {
    if (t.kind === "doctype") continue;
    if (t.kind === "open" && t.name === "head") inHead = true;
    if (t.kind === "close" && t.name === "head") {
      inHead = false;
      continue;
    }
    if (inHead) continue;
    if ((t.kind === "open" || t.kind === "close") && (t.name === "html" || t.name === "body")) continue;
    out.push(t);
  }
  // What sat between </head> and <body> (line breaks) is not content either.
  while (out[0] && isBlank(out[0])) out.shift();
  while (out.length && isBlank(out[out.length - 1]!)) out.pop();
  return out;
}

export function dropComments(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== "comment");
}

/** class attributes lose every class but those kept; data-* attributes go. */
export function stripClassesAndData(tokens: Token[], keep: string[]): Token[] {
  const out = clone(tokens);
  for (const t of out) {
    if (t.kind !== "open") continue;
    t.attrs = t.attrs.filter((a) => !a.name.startsWith("data-"));
    const cls = attr(t, "class");
    if (cls === undefined) continue;
    const kept = (cls ?? "").split(/\s+/).filter((c) => keep.includes(c));
    setAttr(t, "class", kept.length ? kept.join(" ") : null);
  }
  return out;
}

export function stripData(tokens: Token[]): Token[] {
  const out = clone(tokens);
  for (const t of out) if (t.kind === "open") t.attrs = t.attrs.filter((a) => !a.name.startsWith("data-"));
  return out;
}

/** Values of the named attributes get an "x_" prefix (once). */
export function prefixX(tokens: Token[], names: string[]): Token[] {
  const out = clone(tokens);
  for (const t of out) {
    if (t.kind !== "open") continue;
    for (const a of t.attrs) {
      if (!names.includes(a.name) || !a.value) continue;
      a.value = a.value
        .split(/\s+/)
        .map((v) => (v && !v.startsWith("x_") ? `x_${v}` : v))
        .join(" ");
    }
  }
  return out;
}

/** The first paragraph or div carries the editor's "elementToProof" class. */
export function firstBlockToProof(tokens: Token[]): Token[] {
  const out = clone(tokens);
  const first = out.find((t) => t.kind === "open" && (t.name === "p" || t.name === "div"));
  if (first) {
    const cls = attr(first, "class") ?? "";
    if (!cls.split(/\s+/).includes("elementToProof"))
      setAttr(first, "class", cls ? `elementToProof ${cls}` : "elementToProof");
  }
  return out;
}

/** Text that sits directly in a paragraph or div is re-created in a span with the editor's font. */
export function textInEditorSpans(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out.push(t);
    const next = tokens[i + 1];
    if (
      t.kind === "open" &&
      (t.name === "p" || t.name === "div") &&
      next?.kind === "text" &&
      !isBlank(next)
    ) {
      out.push(open("span", [{ name: "style", value: WEB_EDITOR_STYLE }]), next, close("span"));
      i++;
    }
  }
  return out;
}

function isTrailer(a: Token | undefined, b: Token | undefined, c: Token | undefined): boolean {
  return (
    a?.kind === "open" &&
    a.name === "div" &&
    (attr(a, "class") ?? "").includes("elementToProof") &&
    b?.kind === "open" &&
    b.name === "br" &&
    c?.kind === "close" &&
    c.name === "div"
  );
}

/** An empty line (a div with a br) right after the content, unless one is there. */
export function trailingEmptyLine(tokens: Token[]): Token[] {
  const out = [...tokens];
  while (out.length && isBlank(out[out.length - 1]!)) out.pop();
  const n = out.length;
  if (isTrailer(out[n - 3], out[n - 2], out[n - 1])) {
    const trailer = out.splice(n - 3, 3);
    while (out.length && isBlank(out[out.length - 1]!)) out.pop();
    return [...out, ...trailer];
  }
  return [
    ...out,
    open("div", [
      { name: "class", value: "elementToProof" },
      { name: "style", value: WEB_EDITOR_STYLE },
    ]),
    open("br"),
    close("div"),
  ];
}

/** Word writes its own line breaks between elements: white space across lines becomes one. */
export function wordLineBreaks(tokens: Token[]): Token[] {
  return tokens.map((t) =>
    isBlank(t) && /[\r\n]/.test((t as { text: string }).text) ? { kind: "text", text: "\n" } : t,
  );
}

const INLINE_TEXT_CONTAINERS = new Set(["div", "body", "td", "th", "li", "blockquote"]);
const NOT_CONTENT = new Set(["o:p", "html", "head", "body", "meta", "style", "title", "link"]);

/**
 * Word keeps text in paragraphs: a run of text and inline elements directly in a div (or the body)
 * becomes a `<p class=MsoNormal>`, a bare `<p>` gets the class, and every paragraph ends in `<o:p>`.
 */
export function wordParagraphs(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const stack: string[] = [];
  /** Depth of the element stack where the open run started; -1: no run. */
  let runBase = -1;
  const endRun = () => {
    out.push(open("o:p"), close("o:p"), close("p"));
    runBase = -1;
  };
  for (const t of clone(tokens)) {
    const tag = t.kind === "open" || t.kind === "close" ? t.name : null;
    if (runBase >= 0 && stack.length === runBase && (t.kind === "close" || (tag !== null && BLOCK.has(tag))))
      endRun();
    const parent = stack[stack.length - 1];
    const inContainer = parent === undefined || INLINE_TEXT_CONTAINERS.has(parent);
    const startsInline =
      (t.kind === "text" && !isBlank(t)) ||
      (t.kind === "open" && !BLOCK.has(t.name) && !NOT_CONTENT.has(t.name));
    if (runBase < 0 && inContainer && startsInline) {
      out.push(open("p", [{ name: "class", value: "MsoNormal" }]));
      runBase = stack.length;
    }
    if (t.kind === "open" && t.name === "p" && attr(t, "class") === undefined)
      setAttr(t, "class", "MsoNormal");
    if (t.kind === "close" && t.name === "p") {
      const prev = out[out.length - 1];
      if (!(prev?.kind === "close" && prev.name === "o:p")) out.push(open("o:p"), close("o:p"));
    }
    out.push(t);
    if (t.kind === "open" && !VOID.has(t.name) && !t.selfClosing) stack.push(t.name);
    if (t.kind === "close") {
      const at = stack.lastIndexOf(t.name);
      if (at >= 0) stack.length = at;
    }
  }
  if (runBase >= 0) endRun();
  return out;
}

/** Links open in a new window (`target="_blank"`), as Outlook for Windows writes them. */
export function linksTargetBlank(tokens: Token[]): Token[] {
  const out = clone(tokens);
  for (const t of out)
    if (t.kind === "open" && t.name === "a" && attr(t, "href") != null && attr(t, "target") === undefined)
      setAttr(t, "target", "_blank");
  return out;
}

/** The head Word writes (styles for MsoNormal and WordSection1), with its generator's name. */
export function wordHead(generator: string): string {
  return [
    "<head>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    `<meta name="Generator" content="${generator}">`,
    "<style><!--",
    "/* Font Definitions */",
    "@font-face",
    '\t{font-family:"Cambria Math";',
    "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
    "@font-face",
    "\t{font-family:Aptos;}",
    "/* Style Definitions */",
    "p.MsoNormal, li.MsoNormal, div.MsoNormal",
    "\t{margin:0in;",
    "\tfont-size:12.0pt;",
    '\tfont-family:"Aptos",sans-serif;}',
    ".MsoChpDefault",
    "\t{mso-style-type:export-only;",
    "\tfont-size:10.0pt;}",
    "@page WordSection1",
    "\t{size:8.5in 11.0in;",
    "\tmargin:1.0in 1.0in 1.0in 1.0in;}",
    "div.WordSection1",
    "\t{page:WordSection1;}",
    "--></style>",
    "</head>",
  ].join("\n");
}

const WORD_HTML_OPEN =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">';

/**
 * Word's document around the content: the Office namespaces, a head with Word's styles, and the
 * content in `<div class=WordSection1>`. A document that has its WordSection1 keeps its shape.
 */
export function wordDocument(generator: string): (tokens: Token[]) => Token[] {
  return (tokens) => {
    const hasSection = tokens.some(
      (t) => t.kind === "open" && t.name === "div" && (attr(t, "class") ?? "").includes("WordSection1"),
    );
    if (hasSection) return tokens;
    const content = bodyContentOnly(tokens).filter((t) => t.kind !== "comment");
    const nl: Token = { kind: "text", text: "\n" };
    return [
      ...tokenize(`${WORD_HTML_OPEN}\n${wordHead(generator)}\n`),
      open("body", [
        { name: "lang", value: "EN-US" },
        { name: "link", value: "#467886" },
        { name: "vlink", value: "#96607D" },
        { name: "style", value: "word-wrap:break-word" },
      ]),
      nl,
      open("div", [{ name: "class", value: "WordSection1" }]),
      nl,
      ...content,
      nl,
      close("div"),
      nl,
      close("body"),
      nl,
      close("html"),
    ];
  };
}
