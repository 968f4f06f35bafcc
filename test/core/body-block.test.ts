// Our block in real and generated bodies: insert/remove keep every other byte, insert is idempotent,
// and the block is found again after Outlook rewrites the HTML.
import fc from "fast-check";
import {
  countBlocks,
  findBlock,
  insertBlock,
  readBlockContent,
  removeBlock,
  renderBlock,
} from "../../src/core/body-block";
import type { BodyType } from "../../src/core/types";
import { realBodies } from "../fixtures/load";

const JOIN =
  '<div class="me-email-text"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q%40thread.v2/0">Join</a><div><span>ID: 1</span></div></div>';
const RUNS = { numRuns: 1500, seed: 20261123 };

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

describe.each<[BodyType, fc.Arbitrary<string>, string]>([
  ["html", fc.oneof(realBodyArb, generatedBodyArb), JOIN],
  ["text", textBodyArb, "Join: https://teams.microsoft.com/l/meetup-join/x\nMeeting ID: 1"],
])("%s bodies", (type, arb, content) => {
  const block = renderBlock(content, type);

  test("remove(insert(body)) returns the body byte for byte", () => {
    fc.assert(
      fc.property(arb, (body) => {
        expect(removeBlock(insertBlock(body, type, block), type)).toBe(body);
      }),
      RUNS,
    );
  });

  test("insert is idempotent and leaves exactly one block", () => {
    fc.assert(
      fc.property(arb, (body) => {
        const once = insertBlock(body, type, block);
        expect(insertBlock(once, type, block)).toBe(once);
        expect(countBlocks(once, type)).toBe(1);
      }),
      RUNS,
    );
  });

  test("a newer block replaces the old one in place", () => {
    fc.assert(
      fc.property(arb, (body) => {
        const newer = renderBlock(content.replace("1", "2"), type);
        const twice = insertBlock(insertBlock(body, type, block), type, newer);
        expect(countBlocks(twice, type)).toBe(1);
        expect(removeBlock(twice, type)).toBe(body);
        expect(readBlockContent(twice, type)).toContain("2");
      }),
      RUNS,
    );
  });
});

test.each(bodies.map((b) => [b.name, b.html] as const))(
  "real body %s: block goes before </body>",
  (_name, html) => {
    const out = insertBlock(html, "html", renderBlock(JOIN, "html"));
    const span = findBlock(out, "html")!;
    expect(out.slice(span.end).toLowerCase()).toMatch(/^\s*<\/body>/);
    expect(removeBlock(out, "html")).toBe(html);
  },
);

describe("found again after Outlook rewrites the HTML", () => {
  const body = "<html><body><div>Agenda</div></body></html>";
  const inserted = insertBlock(body, "html", renderBlock(JOIN, "html"));
  const rewrites: [string, (s: string) => string][] = [
    [
      "x_ prefixes on ids and classes (Outlook on the web)",
      (s) => s.replace(/id="/g, 'id="x_').replace(/class="/g, 'class="x_'),
    ],
    ["single quotes", (s) => s.replace(/"/g, "'")],
    [
      "unquoted attributes and upper-case tags",
      (s) =>
        s
          .replace(
            /<div id="omo-join-block" class="omo-join-block" data-omo="1">/,
            "<DIV class=omo-join-block>",
          )
          .replace(/<\/div>$/, "</DIV>"),
    ],
    [
      "an extra wrapper div",
      (s) =>
        s
          .replace('<div id="omo-join-block"', '<div class="elementToProof"><div id="omo-join-block"')
          .replace("</body>", "</div></body>"),
    ],
    ["id renamed, class kept", (s) => s.replace('id="omo-join-block"', 'id="x_divtagdefaultwrapper"')],
    ["whitespace and line breaks", (s) => s.replace(/></g, ">\r\n<")],
  ];
  test.each(rewrites)("%s", (_name, rewrite) => {
    const rewritten = rewrite(inserted);
    expect(countBlocks(rewritten, "html")).toBe(1);
    const removed = removeBlock(rewritten, "html");
    expect(removed).toContain("Agenda");
    expect(removed).not.toContain("meetup-join");
  });
});

test("join content carrying our marker cannot fake a second block", () => {
  const evil = '<div id="omo-join-block">x</div><div class="omo-join-block">y</div>';
  const out = insertBlock("<p>a</p>", "html", renderBlock(evil, "html"));
  expect(countBlocks(out, "html")).toBe(1);
  expect(removeBlock(out, "html")).toBe("<p>a</p>");
});

test("text blocks survive CRLF conversion", () => {
  const body = "Agenda\n1. numbers";
  const out = insertBlock(body, "text", renderBlock("Join: https://t.test/x", "text")).replace(/\n/g, "\r\n");
  expect(countBlocks(out, "text")).toBe(1);
  expect(removeBlock(out, "text")).toBe(body.replace(/\n/g, "\r\n"));
});
