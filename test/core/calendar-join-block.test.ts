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
