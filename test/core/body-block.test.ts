// Our block in real and generated bodies: insert/remove keep every other byte, insert is idempotent,
// and the block is found again after Outlook rewrites the HTML.
import fc from "fast-check";
import {
  blockKey,
  countBlocks,
  findBlock,
  insertBlock,
  readBlockContent,
  removeBlock,
  renderBlock,
  type BlockKey,
} from "../../src/core/body-block";
import type { BodyType } from "../../src/core/types";
import { realBodies } from "../fixtures/load";

const JOIN =
  '<div class="me-email-text"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q%40thread.v2/0">Join</a><div><span>ID: 1</span></div></div>';
const RUNS = { numRuns: 1500, seed: 20261123 };
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q%40thread.v2/0";
const TEXT_URL = "https://teams.microsoft.com/l/meetup-join/x";
// Keys, blocks and bodies are made inside each test, not while the file loads: a broken blockKey or
// insertBlock then fails the tests that use it instead of the whole file (and mutation testing
// attributes the code to those tests).
const key = (): BlockKey => blockKey({ v: 1, externalId: "ext-body-block", joinUrl: JOIN_URL })!;
const textKey = (): BlockKey => ({ ...key(), joinUrl: TEXT_URL });

const bodies = realBodies();
const snippets = [
  "Agenda",
  "جدول الأعمال",
  "שלום",
  "会议议程",
  "議題",
  "Повестка",
  "&amp; &lt;tag&gt;",
  "<table><tr><td>cell</td></tr></table>",
  '<img src="cid:image001.png@01D9">',
  "<div><div>nested</div></div>",
  "\r\n",
  '<p dir="rtl">مرحبا</p>',
  "<!-- comment -->",
  "🙂",
];

/** A real body with text inserted after random tag ends, and random wrappers. */
const realBodyArb = fc
  .tuple(
    fc.constantFrom(...bodies.map((b) => b.html)),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...snippets)), { maxLength: 6 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([html, inserts, dropBodyTag, upper]) => {
    let out = html;
    for (const [pos, snippet] of inserts) {
      const ends = [...out.matchAll(/>/g)].map((m) => m.index + 1);
      const at = ends.length ? ends[pos % ends.length]! : out.length;
      out = out.slice(0, at) + snippet + out.slice(at);
    }
    if (dropBodyTag) out = out.replace(/<\/body>|<\/html>/gi, "");
    if (upper) out = out.replace(/<\/body>/gi, "</BODY>");
    return out;
  });

/** Generated HTML-ish bodies from escaped text and well-formed fragments. */
const generatedBodyArb = fc
  .array(
    fc.oneof(fc.constantFrom(...snippets), fc.string({ unit: "grapheme", maxLength: 20 }).map(escapeHtml)),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(""));

const textBodyArb = fc
  .array(
    fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom("\r\n", "\n", "Agenda", "会议")),
    {
      maxLength: 10,
    },
  )
  .map((parts) => parts.join(""));

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

describe.each<[BodyType, fc.Arbitrary<string>, string, () => BlockKey]>([
  ["html", fc.oneof(realBodyArb, generatedBodyArb), JOIN, key],
  ["text", textBodyArb, `Join: ${TEXT_URL}\nMeeting ID: 1`, textKey],
])("%s bodies", (type, arb, content, keyOf) => {
  test("remove(insert(body)) returns the body byte for byte", () => {
    const key = keyOf();
    const block = renderBlock(content, type, key);
    fc.assert(
      fc.property(arb, (body) => {
        expect(removeBlock(insertBlock(body, type, block, key), type, key)).toBe(body);
      }),
      RUNS,
    );
  });

  test("insert is idempotent and leaves exactly one block", () => {
    const key = keyOf();
    const block = renderBlock(content, type, key);
    fc.assert(
      fc.property(arb, (body) => {
        const once = insertBlock(body, type, block, key);
        expect(insertBlock(once, type, block, key)).toBe(once);
        expect(countBlocks(once, type, key)).toBe(1);
      }),
      RUNS,
    );
  });

  test("a newer block replaces the old one in place", () => {
    const key = keyOf();
    const block = renderBlock(content, type, key);
    fc.assert(
      fc.property(arb, (body) => {
        const newer = renderBlock(content.replace("ID: 1", "ID: 2"), type, key);
        const twice = insertBlock(insertBlock(body, type, block, key), type, newer, key);
        expect(countBlocks(twice, type, key)).toBe(1);
        expect(removeBlock(twice, type, key)).toBe(body);
        expect(readBlockContent(twice, type, key)).toContain("2");
      }),
      RUNS,
    );
  });
});

test.each(bodies.map((b) => [b.name, b.html] as const))(
  "real body %s: block goes before </body>",
  (_name, html) => {
    const KEY = key();
    const out = insertBlock(html, "html", renderBlock(JOIN, "html", KEY), KEY);
    const span = findBlock(out, "html", KEY)!;
    expect(out.slice(span.end).toLowerCase()).toMatch(/^\s*<\/body>/);
    expect(removeBlock(out, "html", KEY)).toBe(html);
  },
);

describe("found again after Outlook rewrites the HTML", () => {
  const body = "<html><body><div>Agenda</div></body></html>";
  const rewrites: [string, (s: string) => string][] = [
    [
      "x_ prefixes on ids and classes (Outlook on the web)",
      (s) =>
        s
          .replace(/id="/g, 'id="x_')
          .replace(/class="/g, 'class="x_')
          .replace(/ omo-k-/, " x_omo-k-"),
    ],
    ["single quotes", (s) => s.replace(/"/g, "'")],
    [
      "unquoted attributes and upper-case tags",
      (s) =>
        s
          .replace(/<div id="omo-join-block[^"]*"[^>]*>/, `<DIV data-omo=${key().tag}>`)
          .replace(/<\/div>$/, "</DIV>"),
    ],
    [
      "an extra wrapper div",
      (s) =>
        s
          .replace('<div id="omo-join-block-', '<div class="elementToProof"><div id="omo-join-block-')
          .replace("</body>", "</div></body>"),
    ],
    ["id renamed, class kept", (s) => s.replace(/id="omo-join-block-[^"]*"/, 'id="x_divtagdefaultwrapper"')],
    [
      "classes and data attribute dropped, id kept (Outlook on the web)",
      (s) => s.replace(/ class="[^"]*"| data-omo="[^"]*"/g, ""),
    ],
    [
      "classes and data dropped, id prefixed x_ (mobile)",
      (s) => s.replace(/ class="[^"]*"| data-omo="[^"]*"/g, "").replace('id="', 'id="x_'),
    ],
    ["data attribute dropped, class kept", (s) => s.replace(/ data-omo="[^"]*"/, "")],
    ["whitespace and line breaks", (s) => s.replace(/></g, ">\r\n<")],
  ];
  test.each(rewrites)("%s", (_name, rewrite) => {
    const KEY = key();
    const rewritten = rewrite(insertBlock(body, "html", renderBlock(JOIN, "html", KEY), KEY));
    expect(countBlocks(rewritten, "html", KEY)).toBe(1);
    const removed = removeBlock(rewritten, "html", KEY);
    expect(removed).toContain("Agenda");
    expect(removed).not.toContain("meetup-join");
  });
});

test("join content carrying our marker cannot fake a second block", () => {
  const KEY = key();
  const evil = `<div id="omo-join-block">x</div><div class="omo-join-block omo-k-${KEY.tag}" data-omo="${KEY.tag}">y</div>${JOIN}`;
  const out = insertBlock("<p>a</p>", "html", renderBlock(evil, "html", KEY), KEY);
  expect(countBlocks(out, "html", KEY)).toBe(1);
  expect(countBlocks(out, "html")).toBe(1);
  expect(removeBlock(out, "html", KEY)).toBe("<p>a</p>");
});

test("text blocks survive CRLF conversion", () => {
  const TEXT_KEY = textKey();
  const body = "Agenda\n1. numbers";
  const out = insertBlock(body, "text", renderBlock(`Join: ${TEXT_URL}`, "text", TEXT_KEY), TEXT_KEY).replace(
    /\n/g,
    "\r\n",
  );
  expect(countBlocks(out, "text", TEXT_KEY)).toBe(1);
  expect(removeBlock(out, "text", TEXT_KEY)).toBe(body.replace(/\n/g, "\r\n"));
});

// ---- Forged markers (issue #17.1): only a block bound to the item is ours ----

/** Marker-shaped text a body can hold without our writing it: forwarded, pasted, another add-in. */
const otherTag = () => blockKey({ v: 1, externalId: "someone-elses-item", joinUrl: JOIN_URL })!.tag;
/** Each forged marker, given our tag and another item's. */
type Forged = (tags: { ours: string; other: string }) => string;
const tags = () => ({ ours: key().tag, other: otherTag() });
const FORGED_HTML: [string, Forged][] = [
  [
    "the old marker",
    () =>
      '<div id="omo-join-block" class="omo-join-block" data-omo="1"><a href="https://evil.test/j">Join</a></div>',
  ],
  [
    "Outlook on the web's x_ copy",
    () => '<div id="x_omo-join-block" class="x_omo-join-block"><a href="https://evil.test/j">Join</a></div>',
  ],
  [
    "a copy of a real block from another item (its tag, our join link)",
    ({ other }) =>
      `<div id="omo-join-block" class="omo-join-block omo-k-${other}" data-omo="${other}"><a href="${JOIN_URL}">Join</a></div>`,
  ],
  [
    "our tag guessed but without the item's join link",
    ({ ours }) =>
      `<div class="omo-join-block omo-k-${ours}" data-omo="${ours}"><a href="https://evil.test/j">Join</a></div>`,
  ],
  [
    "comment-hidden div tags spanning the organizer's text",
    () =>
      '<div class="omo-join-block" data-omo="1"><!-- <div> --><a href="https://evil.test/j">Join</a></div><p>Organizer paragraph</p><!-- </div> -->',
  ],
];

describe.each(FORGED_HTML)("forged HTML marker: %s", (_name, forged) => {
  const bodyWith = () => `<html><body><p>Agenda</p>${forged(tags())}<p>Notes</p></body></html>`;

  test("is not our block", () => {
    const KEY = key();
    const body = bodyWith();
    expect(findBlock(body, "html", KEY)).toBeNull();
    expect(removeBlock(body, "html", KEY)).toBe(body);
  });

  test("adding ours keeps it byte for byte, and removing ours gives the body back", () => {
    const KEY = key();
    const body = bodyWith();
    const out = insertBlock(body, "html", renderBlock(JOIN, "html", KEY), KEY);
    expect(out.startsWith(body.slice(0, body.indexOf("</body>")))).toBe(true);
    expect(countBlocks(out, "html", KEY)).toBe(1);
    expect(removeBlock(out, "html", KEY)).toBe(body);
  });
});

test("a comment holding div tags inside our own block doesn't move its end", () => {
  const KEY = key();
  const body = "<html><body><p>Agenda</p></body></html>";
  const content = `${JOIN}<!-- <div> <div> -->`;
  const out = insertBlock(body, "html", renderBlock(content, "html", KEY), KEY);
  const after = out.replace("</body>", "<div>Organizer's later text</div></body>");
  expect(removeBlock(after, "html", KEY)).toBe(
    body.replace("</body>", "<div>Organizer's later text</div></body>"),
  );
});

const FORGED_TEXT: [string, Forged][] = [
  [
    "the old marker lines",
    () => "=== Online meeting ===\nJoin: https://evil.test/j\n=== End of online meeting ===",
  ],
  [
    "another item's marker lines",
    ({ other }) =>
      `=== Online meeting [${other}] ===\nJoin: ${TEXT_URL}\n=== End of online meeting [${other}] ===`,
  ],
];

describe.each(FORGED_TEXT)("forged text marker: %s", (_name, forged) => {
  test("is not our block, and survives adding and removing ours", () => {
    const TEXT_KEY = textKey();
    const body = `Agenda\n${forged(tags())}\nNotes`;
    expect(findBlock(body, "text", TEXT_KEY)).toBeNull();
    const out = insertBlock(body, "text", renderBlock(`Join: ${TEXT_URL}`, "text", TEXT_KEY), TEXT_KEY);
    expect(countBlocks(out, "text", TEXT_KEY)).toBe(1);
    expect(removeBlock(out, "text", TEXT_KEY)).toBe(body);
  });
});

test("a stray end marker inside the join text doesn't end our text block early", () => {
  const TEXT_KEY = textKey();
  const content = `Join: ${TEXT_URL}\n=== End of online meeting ===\nMeeting ID: 1`;
  const out = insertBlock("Agenda", "text", renderBlock(content, "text", TEXT_KEY), TEXT_KEY);
  expect(readBlockContent(out, "text", TEXT_KEY)).toContain("Meeting ID: 1");
  expect(removeBlock(out, "text", TEXT_KEY)).toBe("Agenda");
});

test("the tag is per item: another externalId gives another tag", () => {
  const tags = new Set(
    ["a", "b", "ext-1", "ext-2", "550fae72-d251-43ec-868c-373732c2704f"].map(
      (externalId) => blockKey({ v: 1, externalId, joinUrl: JOIN_URL })!.tag,
    ),
  );
  expect(tags.size).toBe(5);
  expect(blockKey({ v: 1, externalId: "x" })).toBeNull();
});
