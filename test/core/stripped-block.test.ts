// Our block after a client stripped every marker: cut only when the text reads exactly as what we
// wrote (issue #15.3); anything else is left for the organizer.
import { blockKey, insertBlock, renderBlock, type BlockKey } from "../../src/core/body-block";
import { blockFingerprint, locateStrippedBlock } from "../../src/core/stripped-block";
import type { StoredMeeting } from "../../src/core/types";

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_S%40thread.v2/0?context=a&b";
const CONTENT = `<div class="me-email-text"><a href="${JOIN_URL.replace("&", "&amp;")}">Join</a><div>Meeting ID: 1</div></div>`;
const BASE: StoredMeeting = { v: 1, externalId: "ext-strip", joinUrl: JOIN_URL };
// Made before each test, not while the file loads (mutation testing sees only run-time calls).
let KEY: BlockKey;
beforeEach(() => {
  KEY = blockKey(BASE)!;
});

function stripMarkers(body: string): string {
  return body.replace(/<div id="omo-join-block"[^>]*>/, "<div>");
}

test("HTML: the marker-less block is found and cut exactly", () => {
  const body = "<html><body><div>Agenda</div><div>Notes</div></body></html>";
  const stored = { ...BASE, ...blockFingerprint(CONTENT, "html") };
  const stripped = stripMarkers(insertBlock(body, "html", renderBlock(CONTENT, "html", KEY), KEY));
  const span = locateStrippedBlock(stripped, "html", stored)!;
  expect(stripped.slice(0, span.start) + stripped.slice(span.end)).toBe(body);
});

test("HTML: a block the organizer edited is not cut", () => {
  const body = "<html><body><div>Agenda</div></body></html>";
  const stored = { ...BASE, ...blockFingerprint(CONTENT, "html") };
  const edited = stripMarkers(insertBlock(body, "html", renderBlock(CONTENT, "html", KEY), KEY)).replace(
    "Meeting ID: 1",
    "Meeting ID: 1 (bring the slides)",
  );
  expect(locateStrippedBlock(edited, "html", stored)).toBeNull();
});

test("HTML: the organizer's text around the link is never part of the cut", () => {
  const stored = { ...BASE, ...blockFingerprint(CONTENT, "html") };
  const body = `<html><body><div>Agenda and <a href="${JOIN_URL.replace("&", "&amp;")}">our link</a> in my text</div></body></html>`;
  expect(locateStrippedBlock(body, "html", stored)).toBeNull();
});

test("text: the lines we wrote are found and cut", () => {
  const text = `Join: ${JOIN_URL}\nMeeting ID: 1`;
  const stored = { ...BASE, ...blockFingerprint(text, "text") };
  const body = `Agenda\nline two\nJoin: ${JOIN_URL}\nMeeting ID: 1\nNotes`;
  const span = locateStrippedBlock(body, "text", stored)!;
  expect(body.slice(0, span.start) + body.slice(span.end)).toBe("Agenda\nline two\nNotes");
});

test("no fingerprint (a record from an older version): nothing can be proven", () => {
  const body = `<div><div><a href="${JOIN_URL}">Join</a></div></div>`;
  expect(locateStrippedBlock(body, "html", BASE)).toBeNull();
});

test("text: join lines that hold angle brackets and &nbsp; as text are still found by their fingerprint", () => {
  // Plain-text join information writes links as "<https://…>"; in a text body that is text, not a tag.
  const text = `Join: <${JOIN_URL}>\nDial-in:&nbsp;+1 555 0100`;
  const stored = { ...BASE, ...blockFingerprint(text, "text") };
  const body = `Agenda\nJoin: <${JOIN_URL}>\nDial-in:&nbsp;+1 555 0100\nNotes`;
  const span = locateStrippedBlock(body, "text", stored)!;
  expect(body.slice(0, span.start) + body.slice(span.end)).toBe("Agenda\nNotes");
});
