// Plain-text bodies: our block is its two marker lines, the join text between them and the line
// breaks we put around them. It is found, replaced and removed to the byte, in LF and in CRLF bodies
// (classic Outlook writes CRLF), and every other line — look-alike marker lines included — is the
// organizer's and is never cut.
import {
  blockKey,
  countBlocks,
  findBlock,
  insertBlock,
  readBlockContent,
  removeBlock,
  renderBlock,
  textEndMarker,
  textStartMarker,
  type BlockKey,
} from "../../src/core/body-block";
import { outlookClient } from "../../workbench/outlook-clients/profiles";

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_T%40thread.v2/0";
const JOIN_TEXT = `Join: ${JOIN_URL}\nMeeting ID: 1`;

// Made inside each test, not while the file loads (see body-block.test.ts).
const key = (externalId = "ext-text-block"): BlockKey => blockKey({ v: 1, externalId, joinUrl: JOIN_URL })!;
const crlf = (s: string) => s.replace(/\n/g, "\r\n");
/** Our block as we write it: a line break, the start line, the join text, the end line, a line break. */
const written = (k: BlockKey, text = JOIN_TEXT) =>
  `\n${textStartMarker(k.tag)}\n${text}\n${textEndMarker(k.tag)}\n`;

describe("the line breaks around a plain-text block are removed exactly as inserted", () => {
  const bodies: [string, string][] = [
    ["empty", ""],
    ["one line", "Agenda"],
    ["a trailing line break", "Agenda\n"],
    ["a trailing empty line", "Agenda\n\n"],
    ["a blank line only", "\n"],
    ["several lines", "Agenda\n  1. numbers\n  2. people\n"],
  ];

  test.each(bodies)("LF body, %s", (_name, body) => {
    const k = key();
    const out = insertBlock(body, "text", renderBlock(JOIN_TEXT, "text", k), k);
    expect(out).toBe(body + written(k));
    expect(readBlockContent(out, "text", k)).toBe(JOIN_TEXT);
    expect(removeBlock(out, "text", k)).toBe(body);
  });

  test.each(bodies)("CRLF body as classic Outlook reads it back, %s", (_name, body) => {
    const k = key();
    const readBack = outlookClient("classic").text(
      insertBlock(body, "text", renderBlock(JOIN_TEXT, "text", k), k),
    );
    expect(readBack).toBe(crlf(body + written(k)));
    expect(countBlocks(readBack, "text", k)).toBe(1);
    expect(readBlockContent(readBack, "text", k)).toBe(crlf(JOIN_TEXT));
    expect(removeBlock(readBack, "text", k)).toBe(crlf(body));
  });

  test.each([
    ["LF", (s: string) => s],
    ["CRLF", crlf],
  ])("%s: what the organizer writes after our block keeps its blank line and every byte", (_name, eol) => {
    const k = key();
    const inserted = insertBlock(eol("Agenda"), "text", renderBlock(JOIN_TEXT, "text", k), k);
    const edited = inserted + eol("\nNotes\n");
    expect(removeBlock(edited, "text", k)).toBe(eol("Agenda\nNotes\n"));
    // Replacing the block keeps it too.
    const newer = renderBlock(JOIN_TEXT.replace("ID: 1", "ID: 2"), "text", k);
    expect(insertBlock(edited, "text", newer, k)).toBe(eol("Agenda") + newer + eol("\nNotes\n"));
  });

  test("a block at the very start of the body (its leading line break trimmed) is found and goes whole", () => {
    const k = key();
    const body = `${textStartMarker(k.tag)}\n${JOIN_TEXT}\n${textEndMarker(k.tag)}\nNotes`;
    expect(findBlock(body, "text", k)?.start).toBe(0);
    expect(readBlockContent(body, "text", k)).toBe(JOIN_TEXT);
    expect(removeBlock(body, "text", k)).toBe("Notes");
    expect(countBlocks(body, "text")).toBe(1);
  });

  test("only the line breaks that are there are ours: text right against a marker line stays", () => {
    const k = key();
    const body = `Agenda${textStartMarker(k.tag)}${JOIN_TEXT}${textEndMarker(k.tag)}Notes`;
    expect(readBlockContent(body, "text", k)).toBe(JOIN_TEXT);
    expect(removeBlock(body, "text", k)).toBe("AgendaNotes");
  });
});

describe("several blocks of ours collapse to one, and the text between them stays", () => {
  test("two copies (the organizer pasted one): insert keeps the first place, remove takes both", () => {
    const k = key();
    const block = renderBlock(JOIN_TEXT, "text", k);
    const body = `Agenda${block}Middle${block}Notes`;
    expect(countBlocks(body, "text", k)).toBe(2);
    expect(removeBlock(body, "text", k)).toBe("AgendaMiddleNotes");
    const newer = renderBlock(JOIN_TEXT.replace("ID: 1", "ID: 2"), "text", k);
    expect(insertBlock(body, "text", newer, k)).toBe(`Agenda${newer}MiddleNotes`);
  });

  test("two copies back to back", () => {
    const k = key();
    const block = renderBlock(JOIN_TEXT, "text", k);
    expect(removeBlock(`Agenda${block}${block}Notes`, "text", k)).toBe("AgendaNotes");
  });
});

describe("a copy of one marker line is the organizer's text, never the edge of a cut", () => {
  test("a copy of our start line above the block: the text between it and our block stays", () => {
    const k = key();
    const body = `Notes:\n${textStartMarker(k.tag)}\nMy own notes, with our link ${JOIN_URL}\n`;
    const out = insertBlock(body, "text", renderBlock(JOIN_TEXT, "text", k), k);
    expect(out).toBe(body + written(k));
    expect(readBlockContent(out, "text", k)).toBe(JOIN_TEXT);
    expect(removeBlock(out, "text", k)).toBe(body);
    const newer = renderBlock(JOIN_TEXT.replace("ID: 1", "ID: 2"), "text", k);
    expect(insertBlock(out, "text", newer, k)).toBe(body + newer);
  });

  test("a start line whose end line was deleted is no block: nothing is cut", () => {
    const k = key();
    const body = `Agenda for the planning meeting, please read before\n${textStartMarker(k.tag)}\n${JOIN_TEXT}\nNotes`;
    expect(findBlock(body, "text", k)).toBeNull();
    expect(countBlocks(body, "text")).toBe(0);
    expect(removeBlock(body, "text", k)).toBe(body);
    expect(insertBlock(body, "text", renderBlock(JOIN_TEXT, "text", k), k)).toBe(body + written(k));
  });

  test("a copy of our end line below the block stays", () => {
    const k = key();
    const tail = `\nNotes\n${textEndMarker(k.tag)}\nMore notes`;
    const out = insertBlock("Agenda", "text", renderBlock(JOIN_TEXT, "text", k), k) + tail;
    expect(removeBlock(out, "text", k)).toBe(`Agenda${tail}`);
  });
});

test("the end line is looked for after the whole start line: an end marker sharing its closing === closes nothing", () => {
  const k = key();
  // The start line runs on into an end marker that begins with the start line's own closing "===".
  const glued = `${textStartMarker(k.tag)} End of online meeting [${k.tag}] ===`;
  expect(glued.slice(0, textStartMarker(k.tag).length)).toBe(textStartMarker(k.tag));
  expect(glued.endsWith(textEndMarker(k.tag))).toBe(true);
  const body = `Agenda\n${glued}\n${JOIN_TEXT}\n${textEndMarker(k.tag)}\nNotes`;
  const content = ` End of online meeting [${k.tag}] ===\n${JOIN_TEXT}`;
  expect(readBlockContent(body, "text", k)).toBe(content);
  expect(removeBlock(body, "text", k)).toBe("AgendaNotes");
  expect(readBlockContent(body, "text")).toBe(content);
  expect(removeBlock(body, "text")).toBe("AgendaNotes");
});

describe("join text can never carry a marker line into our block", () => {
  const starts = (k: BlockKey) => textStartMarker(k.tag);
  const ends = (k: BlockKey) => textEndMarker(k.tag);
  const lines: [string, (k: BlockKey) => string][] = [
    ["our own start line", starts],
    ["our own end line", ends],
    ["our end line, indented and with trailing spaces", (k) => `   ${ends(k)}  `],
    [
      "an old untagged end line, indented and with trailing spaces",
      () => "   === End of online meeting ===  ",
    ],
    ["our end line in the middle of a line", (k) => `see ${ends(k)} here`],
    ["our start line in the middle of a line", (k) => `see ${starts(k)} here`],
    ["another item's start line", () => textStartMarker("0123456789abcdef")],
    ["another item's end line", () => textEndMarker("0123456789abcdef")],
    ["an old untagged start line", () => "=== Online meeting ==="],
    ["an old untagged end line", () => "=== End of online meeting ==="],
  ];

  test.each(lines)("%s is dropped, the other lines are kept as they are", (_name, line) => {
    const k = key();
    const content = `Join: ${JOIN_URL}\n${line(k)}\nMeeting ID: 1`;
    expect(renderBlock(content, "text", k)).toBe(written(k, JOIN_TEXT));
    const out = insertBlock("Agenda", "text", renderBlock(content, "text", k), k);
    expect(countBlocks(out, "text", k)).toBe(1);
    expect(readBlockContent(out, "text", k)).toBe(JOIN_TEXT);
    expect(removeBlock(out, "text", k)).toBe("Agenda");
  });

  test.each([
    "=== Online meeting notes",
    "=== End of online meeting notes",
    "Dial in ===",
    "=== Agenda ===",
    "Online meeting ===",
  ])("a line that only looks like a marker is kept: %s", (line) => {
    const k = key();
    const content = `Join: ${JOIN_URL}\n${line}\nMeeting ID: 1`;
    expect(renderBlock(content, "text", k)).toBe(written(k, content));
  });

  test.each([
    ["CRLF", `Join: ${JOIN_URL}\r\n${"=== End of online meeting ==="}\r\nMeeting ID: 1`],
    ["CR (old Mac)", `Join: ${JOIN_URL}\r${"=== End of online meeting ==="}\rMeeting ID: 1`],
    ["LF", `Join: ${JOIN_URL}\n${"=== End of online meeting ==="}\nMeeting ID: 1`],
  ])("%s line ends in the join text are written as one line break each", (_name, content) => {
    const k = key();
    expect(renderBlock(content, "text", k)).toBe(written(k, JOIN_TEXT));
  });

  test("blank lines around the join text are not written", () => {
    const k = key();
    expect(renderBlock(`\r\n\n  ${JOIN_TEXT}  \n\n`, "text", k)).toBe(written(k, JOIN_TEXT));
  });
});

describe("without a key (tooling), a text block is a start line with 16 hex digits then `] ===`", () => {
  const shaped = (tag: string) => `${textStartMarker(tag)}\n${JOIN_TEXT}\n${textEndMarker(tag)}`;

  test("our block is found from the body's first character, its content exactly", () => {
    const k = key();
    const body = `${shaped(k.tag)}\nNotes`;
    expect(countBlocks(body, "text")).toBe(1);
    expect(readBlockContent(body, "text")).toBe(JOIN_TEXT);
  });

  test.each([
    ["words in the brackets", "=== Online meeting [Q4 planning] ==="],
    ["17 hex digits", "=== Online meeting [0123456789abcdef0] ==="],
    ["upper-case hex digits", "=== Online meeting [0123456789ABCDEF] ==="],
    ["15 hex digits", "=== Online meeting [0123456789abcde] ==="],
    ["16 hex digits without the closing `] ===`", "=== Online meeting [0123456789abcdef ==="],
    ["a start line cut off after four digits", "=== Online meeting [0123"],
  ])("a line with %s is no marker, and doesn't hide the block after it", (_name, line) => {
    const k = key();
    const body = `Agenda\n${line}\nNotes\n${shaped(k.tag)}\nMore`;
    expect(countBlocks(body, "text")).toBe(1);
    expect(readBlockContent(body, "text")).toBe(JOIN_TEXT);
    expect(removeBlock(body, "text")).toBe(`Agenda\n${line}\nNotesMore`);
  });

  test("blocks of two items are both found, in order", () => {
    const a = key("ext-a").tag;
    const b = key("ext-b").tag;
    const body = `Agenda\n${shaped(a)}\nMiddle\n${shaped(b)}\nNotes`;
    expect(countBlocks(body, "text")).toBe(2);
    expect(removeBlock(body, "text")).toBe("AgendaMiddleNotes");
  });
});
