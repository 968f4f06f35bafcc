// Our block after a client stripped its markers, in the bodies clients and organizers really make: Outlook
// rewriting our markup, the organizer's own copies of the join link or of our text, stray tags, Windows
// line endings, a block at either end of the body. It is cut only when a div (HTML) or a run of exactly
// the lines we wrote (text) reads as our content; anything else is no proof and is left alone.
import { blockKey, insertBlock, renderBlock, type BlockKey } from "../../src/core/body-block";
import { blockFingerprint, locateStrippedBlock } from "../../src/core/stripped-block";
import type { BodyType, StoredMeeting } from "../../src/core/types";

const URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_H%40thread.v2/0";
const BASE: StoredMeeting = { v: 1, externalId: "ext-hostile", joinUrl: URL };
const CONTENT = `<div class="me-email-text"><a href="${URL}">Join</a><div>Meeting ID: 1</div></div>`;
/** What reads exactly as CONTENT but holds no join link (an organizer's copy of our text). */
const COPY = `<div><div class="me-email-text"><a>Join</a><div>Meeting ID: 1</div></div></div>`;
const TEXT = `Join: ${URL}\nMeeting ID: 1`;

function stored(content: string, type: BodyType): StoredMeeting {
  return { ...BASE, ...blockFingerprint(content, type) };
}

/** The body with what locateStrippedBlock found cut out; null when it found nothing. */
function cut(body: string, type: BodyType, record: StoredMeeting): string | null {
  const span = locateStrippedBlock(body, type, record);
  return span ? body.slice(0, span.start) + body.slice(span.end) : null;
}

describe("HTML", () => {
  const record = (): StoredMeeting => stored(CONTENT, "html");

  test("Outlook's rewrite of our markup (classes gone, new lines, &nbsp;, spaces) still reads as ours", () => {
    const rewritten = `<div>\n<div>\n  <a href="${URL}" target="_blank">Join</a>\n  <div>Meeting&nbsp;ID:  1</div>\n</div>\n</div>`;
    expect(cut(`<html><body><div>Agenda</div>${rewritten}</body></html>`, "html", record())).toBe(
      "<html><body><div>Agenda</div></body></html>",
    );
  });

  test("the join link in a div of its own inside the block: the block around it is still found", () => {
    const content = `<div><div><a href="${URL}">Join</a></div><div>Meeting ID: 1</div></div>`;
    expect(cut(`<div>Agenda</div><div>${content}</div>`, "html", stored(content, "html"))).toBe(
      "<div>Agenda</div>",
    );
  });

  test("the organizer's own copy of the join link earlier in the body doesn't hide our block", () => {
    const body = `<div>Agenda: <a href="${URL}">${URL}</a></div><div>${CONTENT}</div>`;
    expect(cut(body, "html", record())).toBe(`<div>Agenda: <a href="${URL}">${URL}</a></div>`);
  });

  test.each([
    ["before our block", `<div>Agenda</div></div><div>${CONTENT}</div>`, "<div>Agenda</div></div>"],
    [
      "after our block at the start of the body",
      `<div>${CONTENT}</div></div><p>Notes</p>`,
      "</div><p>Notes</p>",
    ],
  ])("a stray </div> in the organizer's text %s: our block alone is cut", (_name, body, rest) => {
    expect(cut(body, "html", record())).toBe(rest);
  });

  test.each([
    ["after the organizer's join link", `<div>Agenda: <a href="${URL}">our link</a></div>${COPY}`],
    ["before the organizer's join link", `${COPY}<div>Agenda: <a href="${URL}">our link</a></div>`],
    ["right before a join link pasted as text", `${COPY}${URL}`],
  ])("a copy of our text without the link %s is not taken for our block", (_name, body) => {
    expect(locateStrippedBlock(body, "html", record())).toBeNull();
  });

  test("only a div is ever cut: our text in other elements is not ours to prove (we wrote a div)", () => {
    const content = `<a href="${URL}">Join</a><br>Meeting ID: 1`;
    const record = stored(content, "html");
    expect(
      locateStrippedBlock(`<html><body><p>Agenda</p><span>${content}</span></body></html>`, "html", record),
    ).toBeNull();
    expect(cut(`<html><body><p>Agenda</p><div>${content}</div></body></html>`, "html", record)).toBe(
      "<html><body><p>Agenda</p></body></html>",
    );
  });

  test("the search outwards from the join link stops after 32 divs", () => {
    const nested = (depth: number): string =>
      `${"<div>".repeat(depth)}<a href="${URL}">Join</a>${"</div>".repeat(depth)}<div>Meeting ID: 1</div>`;
    // The block's own div is the 32nd around the link: tried. One level deeper: not tried.
    expect(cut(`<p>Agenda</p><div>${nested(31)}</div>`, "html", stored(nested(31), "html"))).toBe(
      "<p>Agenda</p>",
    );
    expect(
      locateStrippedBlock(`<p>Agenda</p><div>${nested(32)}</div>`, "html", stored(nested(32), "html")),
    ).toBeNull();
  });

  test("only the first 8 occurrences of the join link are looked at", () => {
    const pasted = (n: number): string =>
      Array.from({ length: n }, (_, i) => `<p><a href="${URL}">link ${i}</a></p>`).join("");
    // Our block's link is the 8th occurrence: found. The 9th: not looked at.
    expect(cut(`${pasted(7)}<div>${CONTENT}</div>`, "html", record())).toBe(pasted(7));
    expect(locateStrippedBlock(`${pasted(8)}<div>${CONTENT}</div>`, "html", record())).toBeNull();
  });

  test("an HTML block's fingerprint counts one line, however its HTML is wrapped", () => {
    expect(
      blockFingerprint(`<div>\n<a href="${URL}">Join</a>\n<div>Meeting ID: 1</div>\n</div>`, "html")
        .blockLines,
    ).toBe(1);
  });

  test("an incomplete record proves nothing, and doesn't throw", () => {
    const body = `<div>Agenda</div><div>${CONTENT}</div>`;
    const { blockHash, blockLines } = record();
    expect(locateStrippedBlock(body, "html", { ...BASE, blockHash })).toBeNull();
    expect(
      locateStrippedBlock(body, "html", { v: 1, externalId: "ext-hostile", blockHash, blockLines }),
    ).toBeNull();
  });
});

describe("text", () => {
  const record = (): StoredMeeting => stored(TEXT, "text");

  test.each([
    ["at the very start of the body", `${TEXT}\nNotes`, "Notes"],
    ["after a first empty line", `\nAgenda\n${TEXT}\nNotes`, "\nAgenda\nNotes"],
    ["at the very end of the body", `Agenda\n${TEXT}`, "Agenda\n"],
  ])("our lines %s are found and cut", (_name, body, rest) => {
    expect(cut(body, "text", record())).toBe(rest);
  });

  test.each([
    ["after the organizer's text", "Agenda\n", "Agenda\nNotes"],
    ["at the very start of the body", "", "Notes"],
  ])("our lines whose first line is the join link itself, %s, are found and cut", (_name, before, rest) => {
    const text = `${URL}\nMeeting ID: 1`;
    expect(cut(`${before}${text}\nNotes`, "text", stored(text, "text"))).toBe(rest);
  });

  test("in a text body tags are text: a line that reads as ours only once its tags are taken out is not ours", () => {
    expect(
      locateStrippedBlock(`Agenda\nJoin: ${URL}\nMeeting ID: <b>1</b>\nNotes`, "text", record()),
    ).toBeNull();
  });

  test("lines that read as ours but don't hold the join link aren't cut, even right above it", () => {
    const text = "Meeting ID: 1\nPasscode: 2";
    expect(locateStrippedBlock(`${text}\n\n${URL}\nNotes`, "text", stored(text, "text"))).toBeNull();
  });

  test("a body with Windows line endings (CRLF) still has our lines found", () => {
    expect(cut(`Agenda\r\nJoin: ${URL}\r\nMeeting ID: 1\r\nNotes`, "text", record())).toBe("Agenda\r\nNotes");
  });

  test("the same words with the spaces taken out are not ours", () => {
    const text = `Join: ${URL}\nDial in: +1 425 555 0100`;
    expect(
      locateStrippedBlock(`Agenda\nJoin: ${URL}\nDial in: +14255550100\nNotes`, "text", stored(text, "text")),
    ).toBeNull();
  });

  test.each([
    ["alone in the body", `Join: ${URL}\nMeeting ID: 1`],
    ["after the organizer's text", `Agenda\nJoin: ${URL}\nMeeting ID: 1`],
  ])("the same words on fewer lines than we wrote (%s) are not cut", (_name, body) => {
    const text = `Join: ${URL}\n\nMeeting ID: 1`;
    expect(locateStrippedBlock(body, "text", stored(text, "text"))).toBeNull();
  });

  test("the fingerprint counts the lines the block is written with: blank lines around left out, CRLF and CR each one break", () => {
    expect(blockFingerprint(`\n\nJoin: ${URL}\nMeeting ID: 1\n\n`, "text").blockLines).toBe(2);
    expect(blockFingerprint(`Join: ${URL}\r\nDial in\rMeeting ID: 1`, "text").blockLines).toBe(3);
  });

  test("content with mixed line endings and blank lines around, written and stripped of its marker lines, is cut", () => {
    const key: BlockKey = blockKey(BASE)!;
    const content = `\r\nJoin: ${URL}\r\nDial in\rMeeting ID: 1\r\n`;
    const written = insertBlock("Agenda\nNotes", "text", renderBlock(content, "text", key), key);
    const stripped = written
      .split("\n")
      .filter((line) => !line.startsWith("=== "))
      .join("\n");
    const rest = cut(stripped, "text", stored(content, "text"));
    expect(rest).not.toBeNull();
    expect(rest).toContain("Agenda\nNotes");
    expect(rest).not.toMatch(/Join|Dial in|Meeting ID/);
  });
});
