// Bodies built from the shapes attackers use against HTML scanners (unclosed comments and tags, long
// attributes, forged markers, comment-hidden div tags, stray marker lines): our block is still
// found exactly, forged ones never are, and the organizer's text survives byte for byte. Correctness
// only; the time each scan takes on 1 MB of such shapes is a benchmark row (bench/adversarial-bodies.ts).
import fc from "fast-check";
import {
  blockKey,
  countBlocks,
  findBlock,
  insertBlock,
  removeBlock,
  renderBlock,
  type BlockKey,
} from "../../src/core/body-block";
import { extractCalendarJoinBlock } from "../../src/core/calendar-join-block";
import { detectForeignMeeting } from "../../src/core/foreign-meeting";
import { htmlToText } from "../../src/core/html-to-text";
import { scanTags, visibleText } from "../../src/core/html-scan";
import type { BodyType } from "../../src/core/types";

const RUNS = { numRuns: 1000, seed: 20261202 };
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ADV%40thread.v2/0";
// Keys, shapes and bodies are made inside each test, not while the file loads: a broken blockKey then
// fails the tests instead of the whole file (and mutation testing attributes the code to them).
const keyOf = (externalId: string): BlockKey => blockKey({ v: 1, externalId, joinUrl: JOIN_URL })!;

const htmlShapes = (KEY: BlockKey, OTHER: BlockKey) => [
  "<!--",
  "-->",
  "<!-- <div> -->",
  "<div>",
  "</div>",
  "<div",
  '<div title="',
  "id=id=id=",
  '"',
  "'",
  "<script>",
  "</script>",
  "<style>",
  "<a href=",
  `<a href="${JOIN_URL}">`,
  "</a>",
  '<div id="omo-join-block" class="omo-join-block" data-omo="1">',
  '<div class="x_omo-join-block">',
  `<div class="omo-k-${OTHER.tag}" data-omo="${OTHER.tag}">`,
  `<div data-omo="${KEY.tag}">`, // our tag, but what follows need not hold our join link
  "<div><span>________________________________</span></div>",
  '<div id="meet_invite_block">',
  "Agenda",
  "&amp;",
  "<p>",
  "</body>",
];
const textShapes = (KEY: BlockKey, OTHER: BlockKey) => [
  "=== Online meeting ===",
  "=== End of online meeting ===",
  `=== Online meeting [${OTHER.tag}] ===`,
  `=== End of online meeting [${OTHER.tag}] ===`,
  `=== End of online meeting [${KEY.tag}] ===`,
  "\n",
  "\r\n",
  "Agenda",
  JOIN_URL,
];

const bodyOf = (shapes: string[]) =>
  fc.array(fc.constantFrom(...shapes), { maxLength: 30 }).map((p) => p.join(""));
const CONTENT: Record<BodyType, string> = {
  html: `<div class="me-email-text"><a href="${JOIN_URL}">Join</a><!-- <div> --></div>`,
  text: `Join: ${JOIN_URL}\n=== End of online meeting ===\nMeeting ID: 1`,
};

/**
 * Where the body leaves the insertion point inside a comment, a tag or a script the organizer never
 * closed, any inserted element is swallowed by it (a browser would hide it too): the write's read-back
 * check refuses such an add and restores the body. The exactness property is for the other bodies.
 */
function insertionPointIsMarkup(body: string, type: BodyType, KEY: BlockKey): boolean {
  if (type === "text") return true;
  const probe = "<p data-probe>";
  const out = insertBlock(body, type, probe, KEY);
  const at = out.lastIndexOf(probe);
  return [...scanTags(out)].some((t) => t.start === at && t.name === "p");
}

/** Bodies that already hold our block are excluded where the property is about foreign text. */
function withoutOurs(body: string, type: BodyType, KEY: BlockKey): boolean {
  return countBlocks(body, type, KEY) === 0;
}

describe.each<[BodyType, typeof htmlShapes]>([
  ["html", htmlShapes],
  ["text", textShapes],
])("adversarial %s bodies", (type, shapes) => {
  const setup = () => {
    const KEY = keyOf("ext-adversarial");
    return { KEY, arb: bodyOf(shapes(KEY, keyOf("ext-other"))) };
  };

  test("our block is found exactly as written, and removing it gives the body back", () => {
    const { KEY, arb } = setup();
    const block = renderBlock(CONTENT[type], type, KEY);
    fc.assert(
      fc.property(arb, (body) => {
        fc.pre(withoutOurs(body, type, KEY) && insertionPointIsMarkup(body, type, KEY));
        const out = insertBlock(body, type, block, KEY);
        const span = findBlock(out, type, KEY);
        expect(span && out.slice(span.start, span.end)).toBe(block);
        expect(countBlocks(out, type, KEY)).toBe(1);
        expect(removeBlock(out, type, KEY)).toBe(body);
        expect(insertBlock(out, type, block, KEY)).toBe(out);
      }),
      RUNS,
    );
  });

  test("nothing in a body we did not write is cut", () => {
    const { KEY, arb } = setup();
    fc.assert(
      fc.property(arb, (body) => {
        fc.pre(withoutOurs(body, type, KEY));
        expect(removeBlock(body, type, KEY)).toBe(body);
      }),
      RUNS,
    );
  });

  test("every other scan ends with an answer", () => {
    const { KEY, arb } = setup();
    fc.assert(
      fc.property(arb, (body) => {
        expect(() => {
          detectForeignMeeting(body, type, { key: KEY });
          extractCalendarJoinBlock(body, JOIN_URL);
          htmlToText(body);
          visibleText(body);
        }).not.toThrow();
      }),
      RUNS,
    );
  });
});
