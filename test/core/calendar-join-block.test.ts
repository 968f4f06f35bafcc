// The join block Exchange put into the event body, from real PATCH/POST responses.
import { extractCalendarJoinBlock } from "../../src/core/calendar-join-block";
import { httpJson, lenientJson, text } from "../fixtures/load";
import { MEETUP_JOIN, THREAD, teams2023Block, teams2025Block } from "../fixtures/templates/teams-join-blocks";

interface EventJson {
  body: { content: string };
  onlineMeeting: { joinUrl: string };
}

const cases: [string, EventJson, string][] = [
  [
    "2019 PATCH response (doc)",
    httpJson("graph_event_patch_200_teams_blob_en-US_graphdocs.http.txt") as EventJson,
    "Let's define our strategy.",
  ],
  [
    "2019 POST response (doc)",
    httpJson("graph_event_post_201_teams_blob_en-US_graphdocs.http.txt") as EventJson,
    "Does this time work for you?",
  ],
  [
    "2023 POST response (n8n)",
    lenientJson(text("graph_event_post_200_teams_blob_2023_n8n.json")) as EventJson,
    "event description",
  ],
];

test.each(cases)(
  "%s: the block holds the join link and none of the organizer's text",
  (_name, event, userText) => {
    const block = extractCalendarJoinBlock(event.body.content, event.onlineMeeting.joinUrl);
    expect(block).not.toBeNull();
    expect(block!.replace(/&amp;/g, "&")).toContain(event.onlineMeeting.joinUrl);
    expect(block).not.toContain(userText);
    expect(block).toMatch(/^<div/);
    expect(block).toMatch(/<\/div>$/);
    expect(event.body.content).toContain(block!);
  },
);

test("a 2024 template marked meet_invite_block is found without separators", () => {
  const url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Z%40thread.v2/0";
  const html = `<html><body><p>Hello</p><div id="meet_invite_block.container"><div><a href="${url}">Join the meeting now</a></div></div></body></html>`;
  expect(extractCalendarJoinBlock(html, url)).toBe(
    `<div id="meet_invite_block.container"><div><a href="${url}">Join the meeting now</a></div></div>`,
  );
});

test("a newer template is found by its join URL", () => {
  const url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N%40thread.v2/0?context=a&b";
  const html = `<html><body><div>Agenda</div><table><tr><td><a href="https://teams.microsoft.com/meet/123?p=x">Join</a> <a href="${url.replace("&", "&amp;")}">ref</a></td></tr></table></body></html>`;
  const block = extractCalendarJoinBlock(html, url);
  expect(block).toMatch(/^<table>/);
  expect(block).not.toContain("Agenda");
});

test("no block and no URL gives null", () => {
  expect(extractCalendarJoinBlock("<html><body><p>Hi</p></body></html>", null)).toBeNull();
});

// ---- An earlier invitation in the organizer's text is not copied (issue #15.16) ----

test("an earlier invitation pasted into the organizer's text stays out of the block", () => {
  const earlier = teams2023Block("meeting_RUFSTElFUl9JTlZJVEFUSU9OX1RIUkVBRA");
  const ours = teams2023Block(THREAD);
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3a${THREAD}%40thread.v2/0`;
  const html = `<html><body><p>See the old invite:</p>${earlier}<p>Agenda</p>${ours}</body></html>`;
  expect(extractCalendarJoinBlock(html, joinUrl)).toBe(ours);
  // Without a join URL: Exchange's block is the last one.
  expect(extractCalendarJoinBlock(html, null)).toBe(ours);
});

test("the 2025–26 template is found by its system-reference join URL", () => {
  const html = `<html><body><p>Agenda</p>${teams2025Block()}</body></html>`;
  const block = extractCalendarJoinBlock(html, MEETUP_JOIN);
  expect(block).toBe(teams2025Block());
});

// ---- Which block is taken: separators, marked elements, the element around the URL (issue #16) ----

const SEP =
  '<div style="margin-bottom:24px"><span style="white-space:nowrap">________________________________________________________________________________</span></div>';
const url = (id: string): string =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`;

test("a join URL the body does not hold still brings Exchange's last block, nothing of the agenda", () => {
  const ours = teams2023Block(THREAD);
  const html = `<html><body><p>Agenda</p>${teams2023Block("meeting_OLD")}<p>More agenda</p>${ours}</body></html>`;
  expect(extractCalendarJoinBlock(html, url("NOT_IN_THE_BODY"))).toBe(ours);
});

test("the URL in the first of two separator blocks takes that one, not the last", () => {
  const ours = teams2023Block(THREAD);
  const later = teams2023Block("meeting_LATER");
  const html = `<html><body>${ours}<p>Agenda</p>${later}</body></html>`;
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3a${THREAD}%40thread.v2/0`;
  expect(extractCalendarJoinBlock(html, joinUrl)).toBe(ours);
});

test("a single separator is no block: the join link still comes, with nothing of the agenda", () => {
  const link = `<div><a href="${url("ONE")}">Join the meeting now</a></div>`;
  const html = `<html><body><p>Agenda</p>${SEP}${link}</body></html>`;
  expect(extractCalendarJoinBlock(html, url("ONE"))).toBe(link);
  // Without a URL a lone separator brings nothing (and certainly not the agenda before it).
  expect(extractCalendarJoinBlock(html, null)).toBeNull();
});

test.each([
  ["a span of underscores without its div", "<p><span>________________________________________</span></p>"],
  ["text before the span", "<div>x<span>________________________________________</span></div>"],
  ["text after the span", "<div><span>________________________________________</span>x</div>"],
  ["a word before the underscores", "<div><span>x________________________________________</span></div>"],
  ["fewer than 20 underscores", "<div><span>___________________</span></div>"],
  ["another element inside", "<div><span>________________________________________</span><br></div>"],
  ["an element before the span", "<div><b></b><span>________________________________________</span></div>"],
  ["a b instead of a span", "<div><b>________________________________________</b></div>"],
  ["a nested span", "<div><span><span>________________________________________</span></span></div>"],
  ["a second span opened inside", "<div><span><span>________________________________________</span></div>"],
  ["an empty div", "<div></div>"],
  ["a span closed that was never opened", "<div>________________________________________</span></div>"],
  ["a span closed by another element", "<div><span>________________________________________</b></div>"],
  ["a b opened and a span closed", "<div><b>________________________________________</span></div>"],
  ["a word right after the underscores", "<div><span>________________________________________x</span></div>"],
  ["words after the underscores", "<div><span>________________________________________ Regards</span></div>"],
  ["the div closed by another element", "<div><span>________________________________________</span></p>"],
])("%s is no separator: the organizer's signature stays out", (_name, fake) => {
  const ours = teams2023Block(THREAD);
  const html = `<html><body><p>Agenda</p>${ours}<p>Regards</p>${fake}</body></html>`;
  expect(extractCalendarJoinBlock(html, null)).toBe(ours);
});

test("the outermost marked element around the URL is taken whole", () => {
  const block = `<div id="meet_invite_block.container"><div class="me-email-text"><a href="${url("M")}">Join</a></div><div class="me-email-text">Meeting ID</div></div>`;
  const html = `<html><body><p>Agenda</p>${block}<p>Regards</p></body></html>`;
  expect(extractCalendarJoinBlock(html, url("M"))).toBe(block);
});

test("of two marked blocks, the one holding the URL is taken", () => {
  const ours = `<div class="me-email-text"><a href="${url("OURS")}">Join</a></div>`;
  const other = `<div class="me-email-text"><a href="${url("OTHER")}">Join</a></div>`;
  const html = `<html><body>${ours}<p>Agenda</p>${other}</body></html>`;
  expect(extractCalendarJoinBlock(html, url("OURS"))).toBe(ours);
});

test("without a URL the last top-level marked block is taken whole, also right after another", () => {
  const first = `<div class="me-email-text"><div class="me-email-text">Old</div></div>`;
  const last = `<div id="x_meet_invite_block.container"><div class="x_me-email-text">Ours</div></div>`;
  expect(extractCalendarJoinBlock(`<html><body>${first}${last}</body></html>`, null)).toBe(last);
  expect(
    extractCalendarJoinBlock(`<html><body>${first}<p>Agenda</p>${last}<p>Bye</p></body></html>`, null),
  ).toBe(last);
});

test.each([
  ["by id", '<div id="meet_invite_block.container">Join</div>'],
  ["by id, forwarded (x_)", '<div id="x_meet_invite_block.container">Join</div>'],
  ["by class", '<div class="me-email-text">Join</div>'],
  ["by class among others", '<div class="big me-email-text other">Join</div>'],
  ["by class, forwarded (x_)", '<table class="x_me-email-text"><tr><td>Join</td></tr></table>'],
])("a block marked %s is found without a URL", (_name, block) => {
  expect(extractCalendarJoinBlock(`<html><body><p>Agenda</p>${block}<p>Bye</p></body></html>`, null)).toBe(
    block,
  );
});

test.each([
  ["the marker in another attribute", '<div title="meet_invite_block">Agenda</div>'],
  ["the marker as part of a longer class", '<div class="me-email-textual">Agenda</div>'],
  ["the marker inside the element, not on it", "<div>me-email-text</div>"],
  ["the marker on a span", '<span class="me-email-text">Agenda</span>'],
])("%s marks no block", (_name, html) => {
  expect(extractCalendarJoinBlock(`<html><body>${html}</body></html>`, null)).toBeNull();
});

test("the top-level element around the URL is taken whole, also at the very start of the body", () => {
  const link = `<div><p><a href="${url("T")}">Join</a></p></div>`;
  expect(extractCalendarJoinBlock(`<html><body>${link}<p>Agenda</p></body></html>`, url("T"))).toBe(link);
  expect(extractCalendarJoinBlock(`<html><body><p>Agenda</p>${link}</body></html>`, url("T"))).toBe(link);
});

test("a bare URL right after an element brings nothing of that element", () => {
  expect(extractCalendarJoinBlock(`<html><body><p>Agenda</p>${url("B")}</body></html>`, url("B"))).toBeNull();
  expect(
    extractCalendarJoinBlock(
      `<html><body><div class="me-email-text">Old</div>${url("B")}</body></html>`,
      url("B"),
    ),
  ).toBeNull();
});

test("only the body is searched: a block in the head or after </body> is not taken", () => {
  const ours = teams2023Block(THREAD);
  const after = teams2023Block("meeting_AFTER");
  expect(
    extractCalendarJoinBlock(`<html><head></head><body class="x">${ours}</body>${after}</html>`, null),
  ).toBe(ours);
  expect(extractCalendarJoinBlock(`<html><body>${ours}</BODY>${after}</html>`, null)).toBe(ours);
  expect(extractCalendarJoinBlock(`<html><body>${ours}</body></html>`, null)).toBe(ours);
  expect(extractCalendarJoinBlock(`${ours}`, null)).toBe(ours);
});

test("a stray </body> before any content ends no body: the block after it is still found", () => {
  const ours = teams2023Block(THREAD);
  expect(extractCalendarJoinBlock(`</body>${ours}`, null)).toBe(ours);
});

test("an invitation in the head is not taken, even for its own URL", () => {
  const ours = teams2023Block(THREAD);
  const head = teams2023Block("meeting_HEAD");
  const headUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HEAD%40thread.v2/0";
  const html = `<html><head><title>${head}</title></head><body class="x" lang="en">${ours}</body></html>`;
  expect(extractCalendarJoinBlock(html, headUrl)).toBe(ours);
});

test("a separator written over several lines (Outlook desktop's HTML) is still a separator", () => {
  const sep = "<div>\r\n<span>\r\n________________________________________\r\n</span>\r\n</div>";
  const block = `${sep}<div><a href="${url("LINES")}">Join</a></div>${sep}`;
  const html = `<html><body><p>Agenda</p>${block}<p>Regards</p></body></html>`;
  expect(extractCalendarJoinBlock(html, url("LINES"))).toBe(block);
  expect(extractCalendarJoinBlock(html, null)).toBe(block);
});

test("a join URL as bare text right after the first separator is inside the block", () => {
  const block = `${SEP}${url("BARE")}<br>Meeting ID: 255 123 456 789${SEP}`;
  const html = `<html><body><p>Agenda</p>${block}</body></html>`;
  expect(extractCalendarJoinBlock(html, url("BARE"))).toBe(block);
});

test("a marked block inside a wrapper is taken without the organizer's text around it", () => {
  const block = `<div class="me-email-text"><a href="${url("W")}">Join</a></div>`;
  const html = `<html><body><div class="wrapper"><p>Agenda</p>${block}<p>Regards</p></div></body></html>`;
  expect(extractCalendarJoinBlock(html, url("W"))).toBe(block);
});

test("without a URL the last marked block is taken, even after a bigger one", () => {
  const earlier = `<div class="me-email-text">${"<p>An earlier, much longer invitation</p>".repeat(5)}</div>`;
  const last = `<div class="me-email-text">Ours</div>`;
  expect(extractCalendarJoinBlock(`<html><body>${earlier}<p>Agenda</p>${last}</body></html>`, null)).toBe(
    last,
  );
});

test("the organizer's own paragraph with the join link takes that paragraph, not a later invitation", () => {
  const own = `<p>Join: <a href="${url("OWN")}">${url("OWN")}</a></p>`;
  const html = `<html><body>${own}${teams2023Block("meeting_OLD")}<p>Regards</p></body></html>`;
  expect(extractCalendarJoinBlock(html, url("OWN"))).toBe(own);
});

test("a bare URL between two elements brings neither", () => {
  const html = `<html><body><p>Agenda</p>${url("MID")}<p>Regards</p></body></html>`;
  expect(extractCalendarJoinBlock(html, url("MID"))).toBeNull();
});

test("a bare URL at the very start of the body brings no block it is not in", () => {
  const old = teams2023Block("meeting_OLD");
  expect(extractCalendarJoinBlock(`<html><body>${url("S")}${old}</body></html>`, url("S"))).toBeNull();
  const marked = `<div class="me-email-text">Old</div>`;
  expect(extractCalendarJoinBlock(`<html><body>${url("S")}${marked}</body></html>`, url("S"))).toBeNull();
});

test("a body that starts with its <body> tag is searched from there", () => {
  const ours = teams2023Block(THREAD);
  expect(extractCalendarJoinBlock(`<body>${ours}</body>`, null)).toBe(ours);
});
