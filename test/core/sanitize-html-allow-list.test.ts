/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The join HTML sanitizer's allow-lists, element by element and attribute by attribute: the formatting
// of the join templates comes out exactly as it went in, and what the lists don't name goes — links and
// images with no allowed scheme, foreign schemes in any attribute, data attributes, empty styles.
import type { sanitizeJoinHtml as SanitizeJoinHtml } from "../../src/core/sanitize-html";

// Loaded afresh for each test: the lists are module constants and the purifier is made once per load
// (see sanitize-html.test.ts).
let sanitizeJoinHtml: typeof SanitizeJoinHtml;
beforeEach(async () => {
  jest.resetModules();
  ({ sanitizeJoinHtml } = await import("../../src/core/sanitize-html"));
});

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0";

// Each is written as the DOM serializes it (attribute order kept, double quotes), so "unchanged" is exact.
const safe: [string, string][] = [
  [
    "a paragraph with its language, direction, alignment, title, class and id",
    '<p lang="en-US" dir="ltr" align="center" title="Join" class="me-email-text" id="omo-join-text">Join</p>',
  ],
  [
    "inline emphasis",
    "<div><b>b</b><i>i</i><u>u</u><em>em</em><strong>st</strong><small>sm</small><sub>1</sub><sup>2</sup><span>sp</span></div>",
  ],
  ["headings", "<h1>Meeting</h1><h2>Join</h2><h3>Dial in</h3><h4>Options</h4>"],
  ["lists", "<ul><li>one</li></ul><ol><li>two</li></ol>"],
  ["line breaks and rules", "<p>Meeting ID: 1<br>Passcode: 2</p><hr>"],
  ["the template's font element", '<font color="#252424" face="Segoe UI" size="2">Meeting ID</font>'],
  [
    "a layout table",
    '<table width="100%" border="0" cellpadding="0" cellspacing="0"><thead><tr><th colspan="2">Dial in</th></tr></thead>' +
      '<tbody><tr><td rowspan="1" height="20">+1</td><td>Seattle</td></tr></tbody><tfoot><tr><td>Find a local number</td></tr></tfoot></table>',
  ],
  [
    "an https image with its size and text",
    '<img src="https://statics.teams.cdn.office.net/evergreen-assets/logo.png" alt="Teams" width="16" height="16">',
  ],
  [
    "a join link that opens a new window",
    `<a href="${JOIN}" target="_blank" rel="noreferrer noopener">Join</a>`,
  ],
  ["a mail link with its own rel and no target", '<a href="mailto:a@b.test" rel="nofollow">mail</a>'],
  ["a link with no target (no rel is added)", `<a href="${JOIN}">Join</a>`],
  ["a plain layout style", '<span style="font-size: 14px; color: #252424">Join</span>'],
  ["the template's data-tid", '<div data-tid="meeting-code">Meeting ID: 1</div>'],
];

test.each(safe)("%s comes out exactly as it went in", (_name, html) => {
  expect(sanitizeJoinHtml(html)).toBe(html);
});

test("only links get rel: a target on another element is left as it is", () => {
  expect(sanitizeJoinHtml('<span target="_blank">Join</span>')).toBe('<span target="_blank">Join</span>');
});

test.each([
  ["a relative link that mentions https: further on", '<a href="/redirect?to=https://evil.test/">Join</a>'],
  ["a fragment link", '<a href="#https:">Join</a>'],
  ["a link with no scheme at all", '<a href="evil.test/join">Join</a>'],
])("%s loses its href (links go only to https, tel and mailto)", (_name, html) => {
  expect(sanitizeJoinHtml(html)).toBe("<a>Join</a>");
});

test("a join link or image address written with spaces around it is kept, trimmed", () => {
  expect(sanitizeJoinHtml(`<a href="  ${JOIN} ">Join</a>`)).toBe(`<a href="${JOIN}">Join</a>`);
  expect(sanitizeJoinHtml('<img src=" https://statics.teams.cdn.office.net/logo.png" alt="Teams">')).toBe(
    '<img src="https://statics.teams.cdn.office.net/logo.png" alt="Teams">',
  );
});

test("an image whose address only mentions https: further on goes, element and all", () => {
  expect(sanitizeJoinHtml('<p>a<img src="/proxy?u=https://evil.test/pixel.gif">b</p>')).toBe("<p>ab</p>");
});

test("a style with nothing plain left in it leaves no empty style attribute", () => {
  expect(sanitizeJoinHtml('<div style="background:url(https://evil.test/a.png)">x</div>')).toBe(
    "<div>x</div>",
  );
});

test.each([
  ["javascript:", '<div lang="javascript:alert(1)">x</div>', "<div>x</div>"],
  ["vbscript: in a target", '<a target="vbscript:msgbox(1)">x</a>', "<a>x</a>"],
  ["http: in a direction", '<div dir="http://evil.test/">x</div>', "<div>x</div>"],
  ["a made-up scheme in an alignment", '<p align="ms-word:ofe|u|https://evil.test/a.docx">x</p>', "<p>x</p>"],
  [
    "a scheme split by a tab entity",
    '<table><tbody><tr><td width="java&#9;script:alert(1)">x</td></tr></tbody></table>',
    "<table><tbody><tr><td>x</td></tr></tbody></table>",
  ],
])("a foreign scheme (%s) is dropped from any attribute, not only from links", (_name, html, expected) => {
  expect(sanitizeJoinHtml(html)).toBe(expected);
});

test("data attributes other than the template's data-tid are dropped", () => {
  expect(sanitizeJoinHtml('<div data-omo="1" data-tid="x" data-href="javascript:1">x</div>')).toBe(
    '<div data-tid="x">x</div>',
  );
});

test("where the browser has Trusted Types, the result is still a plain string the body is built from", () => {
  // Edge and Chrome (new Outlook, Outlook on the web) expose trustedTypes; DOMPurify then makes a policy.
  class TrustedHtml {
    constructor(readonly html: string) {}
    toString(): string {
      return this.html;
    }
  }
  const trustedTypes = {
    createPolicy: (_name: string, rules: { createHTML: (s: string) => string }) => ({
      createHTML: (s: string) => new TrustedHtml(rules.createHTML(s)),
      createScriptURL: (s: string) => s,
    }),
  };
  Object.assign(window, { trustedTypes });
  try {
    expect(sanitizeJoinHtml("<p>Join</p>")).toBe("<p>Join</p>");
  } finally {
    Reflect.deleteProperty(window, "trustedTypes");
  }
});
