// What each Outlook client does to a body an add-in sets with body.setAsync / prependAsync, and
// reads back with getAsync. Both workbench hosts (the Office.js stand-in and the host behind
// Microsoft's runtime) apply the chosen profile, through WorkbenchHost. Every rule names its source:
// an OfficeDev/office-js issue, a real body in test/fixtures/real (SOURCES.md there), the HTML
// standard, or "assumed" where nothing settles it. The table is in workbench/README.md and
// docs/platform.md.
import { serialize, tokenize, type Token } from "./html-tokens";
import {
  bodyContentOnly,
  dropComments,
  firstBlockToProof,
  linksTargetBlank,
  prefixX,
  stripClassesAndData,
  stripData,
  textInEditorSpans,
  trailingEmptyLine,
  wordDocument,
  wordLineBreaks,
  wordParagraphs,
} from "./rewrites";

export const OUTLOOK_CLIENTS = ["web", "classic", "mac", "mobile", "verbatim"] as const;
export type OutlookClientName = (typeof OUTLOOK_CLIENTS)[number];
/** The profile the workbench and every e2e test run under unless told otherwise. */
export const DEFAULT_OUTLOOK_CLIENT: OutlookClientName = "web";

export interface Rule {
  rewrite: string;
  source: string;
}

export interface OutlookClient {
  name: OutlookClientName;
  label: string;
  /** The HTML body the client holds after setAsync is given `html`. */
  html(html: string): string;
  /** The plain-text body it holds after setAsync is given `text`. */
  text(text: string): string;
  /** The first getAsync after a setAsync still answers the body from before it. */
  staleReadAfterSet: boolean;
  rules: Rule[];
}

const pipe =
  (...passes: ((t: Token[]) => Token[])[]) =>
  (tokens: Token[]): Token[] =>
    passes.reduce((t, pass) => pass(t), tokens);

const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

const WEB_RULES: Rule[] = [
  {
    rewrite:
      "getAsync answers the body's content only: doctype, <html>, <head> (and its styles) and <body> go",
    source: "office-js #2426 (Outlook on the web returns the content, the Mac the whole document)",
  },
  {
    rewrite: "class attributes go, except the editor's own elementToProof",
    source: "office-js #5296, #5320 (Outlook on the web and new Outlook), #817",
  },
  { rewrite: "data-* attributes go", source: "office-js #5296" },
  {
    rewrite: "id attributes are kept",
    source:
      "office-js #5296 (the reporter's move to ids), #6463 (ids come back from getAsync on every client)",
  },
  {
    rewrite: "the first paragraph or div gets class elementToProof",
    source: "office-js #5296, #5482",
  },
  {
    rewrite:
      "text directly in a paragraph or div is re-created in a <span> with the editor's font (Aptos, 12pt)",
    source: "office-js #5482, #5501",
  },
  {
    rewrite: 'an empty line (<div class="elementToProof"><br></div>) follows the content',
    source: "office-js #5482 (its output), #6778 (extra wrapper and <br> on setAsync)",
  },
  {
    rewrite:
      "serialized as a browser does: attribute values double-quoted, lower-case names, character references other than &amp; &lt; &gt; &nbsp; become characters",
    source:
      "HTML standard, serializing HTML fragments; the Outlook on the web bodies in test/fixtures/real (body_owa_*)",
  },
  { rewrite: "comments go", source: "assumed" },
  { rewrite: "plain-text bodies are kept as given", source: "assumed" },
];

const web: OutlookClient = {
  name: "web",
  label: "Outlook on the web / new Outlook for Windows",
  html: (html) =>
    serialize(
      pipe(
        bodyContentOnly,
        dropComments,
        (t) => stripClassesAndData(t, ["elementToProof"]),
        firstBlockToProof,
        textInEditorSpans,
        trailingEmptyLine,
      )(tokenize(html)),
      "dom",
    ),
  text: (text) => text,
  staleReadAfterSet: false,
  rules: WEB_RULES,
};

const wordContent = pipe(stripData, wordParagraphs, wordLineBreaks);

const classic: OutlookClient = {
  name: "classic",
  label: "Outlook for Windows (classic, Word editor)",
  html: (html) =>
    crlf(
      serialize(
        pipe(
          wordDocument("Microsoft Word 15 (filtered medium)"),
          wordContent,
          linksTargetBlank,
        )(tokenize(html)),
        "word",
      ),
    ),
  text: crlf,
  staleReadAfterSet: false,
  rules: [
    {
      rewrite:
        "the body becomes a Word document: Office namespaces on <html>, a <head> with Word's styles (MsoNormal, WordSection1), the content in <div class=WordSection1>",
      source: "body_classic_outlook_* in test/fixtures/real",
    },
    {
      rewrite:
        "text in divs is re-created as <p class=MsoNormal> paragraphs; every paragraph ends in <o:p></o:p>",
      source: "body_classic_outlook_* in test/fixtures/real; office-js-docs-reference #827",
    },
    {
      rewrite:
        "attribute values Word's way: simple values bare (class=MsoNormal), values with double quotes in single quotes",
      source:
        "body_classic_outlook_word15_2016_planer.html, body_classic_outlook_word_talon_ms_outlook_2007.html",
    },
    { rewrite: 'links get target="_blank"', source: "office-js-docs-reference #827" },
    {
      rewrite: "ids and classes are kept",
      source: "body_classic_outlook_* (id=edo-message, class=MsoNormal)",
    },
    { rewrite: "data-* attributes go", source: "assumed" },
    { rewrite: "white space between elements that spans lines becomes one line break", source: "assumed" },
    { rewrite: "line ends become CRLF, in HTML and plain-text bodies", source: "assumed" },
    {
      rewrite: "not modelled: Rich Text items, where setAsync adds spacing between elements",
      source: "office-js #5161",
    },
  ],
};

const mac: OutlookClient = {
  name: "mac",
  label: "new Outlook for Mac",
  html: (html) =>
    serialize(pipe(wordDocument("Microsoft Word 15 (filtered)"), wordContent)(tokenize(html)), "word"),
  text: (text) => text,
  staleReadAfterSet: true,
  rules: [
    {
      rewrite:
        'getAsync answers a whole Word document (<html>, a <head> with <meta name=Generator content="Microsoft Word 15 (filtered)">)',
      source: "office-js #2426",
    },
    {
      rewrite: "the first getAsync after a setAsync still answers the body from before it",
      source: "office-js #5983",
    },
    {
      rewrite: "paragraphs, quoting and data-* attributes as classic Outlook's Word editor",
      source: "assumed",
    },
  ],
};

const mobile: OutlookClient = {
  name: "mobile",
  label: "Outlook on iOS and Android",
  html: (html) =>
    serialize(
      pipe(
        bodyContentOnly,
        dropComments,
        (t) => stripClassesAndData(t, []),
        (t) => prefixX(t, ["id"]),
      )(tokenize(html)),
      "dom",
    ),
  text: (text) => text,
  staleReadAfterSet: false,
  rules: [
    {
      rewrite: "the body's content only, serialized as a browser does",
      source: "assumed (as Outlook on the web)",
    },
    { rewrite: "class and data-* attributes go", source: "assumed (as Outlook on the web)" },
    {
      rewrite: 'ids get an "x_" prefix',
      source:
        "assumed; Outlook prefixes ids so in quoted content (body_owa_2017_divtagdefaultwrapper_planer.html: x_divtagdefaultwrapper)",
    },
  ],
};

const verbatim: OutlookClient = {
  name: "verbatim",
  label: "no rewrite (reads back exactly what was set)",
  html: (html) => html,
  text: (text) => text,
  staleReadAfterSet: false,
  rules: [{ rewrite: "none: no real client behaves so", source: "a control for the workbench's own tests" }],
};

const PROFILES: Record<OutlookClientName, OutlookClient> = { web, classic, mac, mobile, verbatim };

export function isOutlookClientName(name: unknown): name is OutlookClientName {
  return typeof name === "string" && (OUTLOOK_CLIENTS as readonly string[]).includes(name);
}

export function outlookClient(name: OutlookClientName): OutlookClient {
  return PROFILES[name];
}
