// Where there is no DOM to sanitize in, nothing passes — and nothing throws: the caller then writes a
// join link built from escaped text. Classic Outlook's launch-event runtime has no window at all (and
// gets the stand-in sanitize-html.no-dom.ts at build time); other runtimes may have a window without a
// document DOMPurify can use.
import type { sanitizeJoinHtml as SanitizeJoinHtml } from "../../src/core/sanitize-html";

const JOIN_HTML =
  '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0">Join the meeting</a></div>';

// Loaded afresh for each test: the purifier is made once per load, for the window there is then.
let sanitizeJoinHtml: typeof SanitizeJoinHtml;
beforeEach(async () => {
  jest.resetModules();
  ({ sanitizeJoinHtml } = await import("../../src/core/sanitize-html"));
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, "window");
});

test("with no window at all nothing passes", () => {
  expect(typeof globalThis.window).toBe("undefined");
  expect(sanitizeJoinHtml(JOIN_HTML)).toBe("");
});

test.each([
  ["a window without a document", {}],
  ["a window whose document is no document", { document: {} }],
])("%s: nothing passes, and nothing throws", (_name, window) => {
  Object.assign(globalThis, { window });
  expect(sanitizeJoinHtml(JOIN_HTML)).toBe("");
  // The answer stays the same on the next call.
  expect(sanitizeJoinHtml(JOIN_HTML)).toBe("");
});

test("the launch-event build's stand-in passes nothing either", async () => {
  const standIn = await import("../../src/core/sanitize-html.no-dom");
  expect(standIn.sanitizeJoinHtml(JOIN_HTML)).toBe("");
});
