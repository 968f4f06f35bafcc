// HTML bodies: our block is the one div that carries the item's tag — in its data-omo attribute, its
// id or a class, whichever the client kept — and holds the item's join link. Any one of those marks
// finds it (each Outlook client keeps a different one: workbench/outlook-clients/profiles.ts); a div
// whose mark is only close to ours is the organizer's text and is never cut; several copies of ours,
// side by side or one inside the other, go as whole blocks and leave every byte around them.
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
import { outlookClient } from "../../workbench/outlook-clients/profiles";

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_H%40thread.v2/0";
const JOIN = `<a href="${JOIN_URL}">Join the meeting</a><div>Meeting ID: 1</div>`;
const BEFORE = "<html><body><p>Agenda</p>";
const AFTER = "<p>Notes</p></body></html>";

// Made inside each test, not while the file loads (see body-block.test.ts).
const key = (externalId = "ext-html-block"): BlockKey => blockKey({ v: 1, externalId, joinUrl: JOIN_URL })!;
/** Our block as we write it. */
const written = (k: BlockKey, content = JOIN) =>
  `<div id="omo-join-block-${k.tag}" class="omo-join-block omo-k-${k.tag}" data-omo="${k.tag}">${content}</div>`;

describe("any one of our marks finds the block, as each client leaves it", () => {
  const marks: [string, (tag: string) => string][] = [
    ["data-omo alone (ids and classes renamed)", (t) => `data-omo="${t}"`],
    [
      "the id alone (Outlook on the web: classes and data- attributes dropped)",
      (t) => `id="omo-join-block-${t}"`,
    ],
    ["the id with an x_ prefix (Outlook mobile)", (t) => `id="x_omo-join-block-${t}"`],
    ["the id with the x_ prefix twice (quoted twice)", (t) => `id="x_x_omo-join-block-${t}"`],
    ["the classes alone (id renamed, data- dropped)", (t) => `class="omo-join-block omo-k-${t}"`],
    ["our tag class alone, among the editor's", (t) => `class="elementToProof  omo-k-${t}\tx"`],
    ["the classes with x_ prefixes", (t) => `class="x_omo-join-block x_omo-k-${t}"`],
    ["unquoted, upper-case", (t) => `DATA-OMO=${t}`],
  ];

  test.each(marks)("%s", (_name, mark) => {
    const k = key();
    const body = `${BEFORE}<div ${mark(k.tag)}>${JOIN}</div>${AFTER}`;
    expect(countBlocks(body, "html", k)).toBe(1);
    expect(readBlockContent(body, "html", k)).toBe(JOIN);
    expect(removeBlock(body, "html", k)).toBe(BEFORE + AFTER);
  });

  test.each([
    ["web", 'id="omo-join-block-'],
    ["mobile", 'id="x_omo-join-block-'],
    ["classic", "id=omo-join-block-"],
    ["mac", "id=omo-join-block-"],
  ] as const)(
    "%s: what the client kept of our marks finds the block, and removing it leaves the rest",
    (name, kept) => {
      const k = key();
      const client = outlookClient(name);
      const body = "<html><body><div>Agenda</div></body></html>";
      const readBack = client.html(insertBlock(body, "html", renderBlock(JOIN, "html", k), k));
      expect(readBack).toContain(kept + k.tag);
      expect(countBlocks(readBack, "html", k)).toBe(1);
      expect(client.html(removeBlock(readBack, "html", k))).toBe(client.html(body));
    },
  );
});

describe("a div whose mark is only close to ours is the organizer's, even around our join link", () => {
  const lookAlikes: [string, (tag: string) => string][] = [
    ["our tag with a digit more in data-omo", (t) => `data-omo="${t}0"`],
    ["our tag with a digit in front in data-omo", (t) => `data-omo="0${t}"`],
    ["our id with a digit more", (t) => `id="omo-join-block-${t}0"`],
    ["our id without its tag", () => 'id="omo-join-block"'],
    ["our tag class with a digit more", (t) => `class="omo-join-block omo-k-${t}0"`],
    ["our tag class behind another prefix", (t) => `class="x-omo-k-${t}"`],
    ["our tag in a title", (t) => `title="${t}"`],
    ["our tag in another data- attribute", (t) => `data-omo-ref="${t}"`],
    ["another item's marks", () => `id="omo-join-block-0123456789abcdef" data-omo="0123456789abcdef"`],
  ];

  test.each(lookAlikes)("%s", (_name, mark) => {
    const k = key();
    const body = `${BEFORE}<div ${mark(k.tag)}>${JOIN}</div>${AFTER}`;
    expect(findBlock(body, "html", k)).toBeNull();
    expect(removeBlock(body, "html", k)).toBe(body);
    const out = insertBlock(body, "html", renderBlock(JOIN, "html", k), k);
    expect(out).toBe(body.replace("</body>", `${written(k)}</body>`));
    expect(removeBlock(out, "html", k)).toBe(body);
  });

  test.each([
    ["a span", "span"],
    ["a paragraph", "p"],
  ])("our marks on %s (not a div) are not our block", (_name, tag) => {
    const k = key();
    const body = `${BEFORE}<${tag} id="omo-join-block-${k.tag}" data-omo="${k.tag}">${JOIN}</${tag}>${AFTER}`;
    expect(findBlock(body, "html", k)).toBeNull();
    expect(removeBlock(body, "html", k)).toBe(body);
  });
});

describe("several blocks of ours go whole, and the organizer's text between them stays", () => {
  test("two copies (the organizer pasted one): insert keeps the first place, remove takes both", () => {
    const k = key();
    const block = renderBlock(JOIN, "html", k);
    const body = `${BEFORE}${block}<p>Middle</p>${block}${AFTER}`;
    expect(countBlocks(body, "html", k)).toBe(2);
    expect(removeBlock(body, "html", k)).toBe(`${BEFORE}<p>Middle</p>${AFTER}`);
    const newer = renderBlock(JOIN.replace("ID: 1", "ID: 2"), "html", k);
    expect(insertBlock(body, "html", newer, k)).toBe(`${BEFORE}${newer}<p>Middle</p>${AFTER}`);
  });

  test("three copies back to back", () => {
    const k = key();
    const block = renderBlock(JOIN, "html", k);
    const body = `${BEFORE}${block}${block}${block}${AFTER}`;
    expect(countBlocks(body, "html", k)).toBe(3);
    expect(removeBlock(body, "html", k)).toBe(BEFORE + AFTER);
    expect(insertBlock(body, "html", block, k)).toBe(BEFORE + block + AFTER);
  });

  test.each([
    ["its start", (inner: string) => `${inner}<p>x</p>`],
    ["its middle", (inner: string) => `<p>x</p>${inner}<p>y</p>`],
    ["its end", (inner: string) => `<p>x</p>${inner}`],
  ])(
    "a copy of ours inside our block (at %s) goes with it: nothing of the outer one stays",
    (_name, place) => {
      const k = key();
      const inner = `<div data-omo="${k.tag}">${JOIN}</div>`;
      const outer = `<div id="omo-join-block-${k.tag}">${place(inner)}${JOIN}</div>`;
      const body = `${BEFORE}${outer}${AFTER}`;
      expect(countBlocks(body, "html", k)).toBe(1);
      expect(findBlock(body, "html", k)).toMatchObject({
        start: BEFORE.length,
        end: BEFORE.length + outer.length,
      });
      expect(removeBlock(body, "html", k)).toBe(BEFORE + AFTER);
      const newer = renderBlock(JOIN.replace("ID: 1", "ID: 2"), "html", k);
      expect(insertBlock(body, "html", newer, k)).toBe(BEFORE + newer + AFTER);
    },
  );

  test("nested copies inside two separate blocks: each outer block goes whole", () => {
    const k = key();
    const inner = `<div data-omo="${k.tag}">${JOIN}</div>`;
    const outer = `<div id="omo-join-block-${k.tag}"><div>${inner}</div>${inner}</div>`;
    const body = `${BEFORE}${outer}<p>Middle</p>${outer}${AFTER}`;
    expect(countBlocks(body, "html", k)).toBe(2);
    expect(removeBlock(body, "html", k)).toBe(`${BEFORE}<p>Middle</p>${AFTER}`);
  });
});

describe("the join content is written as given, marker-shaped div tags in it as plain <div>", () => {
  test("every shape of our marker in the join content is taken off, everything else kept byte for byte", () => {
    const k = key();
    const markers = [
      "<div data-omo>",
      '<div data-omo="1">',
      '<div id="omo-join-block">',
      '<div id="omo-join-block-abc">',
      '<div id="x_omo-join-block">',
      '<div class="omo-join-block">',
      '<div class="me-email-text omo-k-abc">',
      '<div class="x_omo-k-1" title="t">',
      `<DIV ID="omo-join-block-${k.tag}" CLASS="omo-k-${k.tag}">`,
    ];
    const kept = [
      '<div class="omo">k</div>',
      '<div title="omo">k</div>',
      '<div id="omo-join-blocker">k</div>',
      '<div id="omo">k</div>',
      '<div class="omo-join-blocks">k</div>',
      '<div class="not-omo-k-1">k</div>',
      '<div class="me-email-text">k</div>',
      '<span data-omo="1">k</span>',
      '<p id="omo-join-block">k</p>',
      '<a href="https://teams.microsoft.com/l/meetup-join/omo">Join</a>',
    ];
    const content = [...markers.map((m) => `${m}m</div>`), ...kept, JOIN].join("");
    const expected = [...markers.map(() => "<div>m</div>"), ...kept, JOIN].join("");
    expect(renderBlock(content, "html", k)).toBe(written(k, expected));
    const out = insertBlock(`${BEFORE}${AFTER}`, "html", renderBlock(content, "html", k), k);
    expect(readBlockContent(out, "html", k)).toBe(expected);
    expect(countBlocks(out, "html")).toBe(1);
    expect(removeBlock(out, "html", k)).toBe(BEFORE + AFTER);
  });
});

describe("where a new block goes", () => {
  test("before </body> even when the body starts with it", () => {
    const k = key();
    const block = renderBlock(JOIN, "html", k);
    expect(insertBlock("</body></html>", "html", block, k)).toBe(`${block}</body></html>`);
  });

  test("a plain-text body that mentions </body> gets the block after all of its text", () => {
    const k = key();
    const body = "Paste of the page source: </body></html>\nEnd of notes";
    const block = renderBlock(`Join: ${JOIN_URL}`, "text", k);
    expect(insertBlock(body, "text", block, k)).toBe(body + block);
  });
});
