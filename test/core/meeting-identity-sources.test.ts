// The identity of the event's own meeting: what its join URL alone tells, what the event's own join
// block adds, and that a block for another meeting adds nothing.
import { meetingIdentity } from "../../src/core/meeting-identity";
import {
  MEETING_CODE,
  MEETUP_JOIN,
  PASSCODE,
  SHORT_LINK,
  THREAD,
  teams2023Block,
  teams2025Block,
} from "../fixtures/templates/teams-join-blocks";

const sorted = (a: string[]): string[] => [...a].sort();
const OTHER_THREAD = "meeting_T0xEX01FRVRJTkdfVEhSRUFE";
const OTHER_JOIN = `https://teams.microsoft.com/l/meetup-join/19%3a${OTHER_THREAD}%40thread.v2/0`;

describe("with nothing to go on", () => {
  test.each([
    [null, null],
    ["", ""],
  ])("join URL %p and body %p give an empty identity", (joinUrl, body) => {
    expect(meetingIdentity(joinUrl, body)).toEqual({ urls: [], meetingCodes: [], threads: [], needles: [] });
  });
});

describe("the join URL alone", () => {
  test("a short link gives its meeting id and its passcode", () => {
    expect(meetingIdentity(SHORT_LINK, null)).toEqual({
      urls: [SHORT_LINK],
      meetingCodes: [MEETING_CODE],
      threads: [],
      needles: [SHORT_LINK, PASSCODE],
    });
  });

  test("a meetup-join URL gives its chat thread and no meeting id", () => {
    expect(meetingIdentity(MEETUP_JOIN, null)).toEqual({
      urls: [MEETUP_JOIN],
      meetingCodes: [],
      threads: [THREAD],
      needles: [MEETUP_JOIN],
    });
  });

  test("the passcode is read after & as after ?, up to the next parameter", () => {
    const url = `https://teams.microsoft.com/meet/${MEETING_CODE}?anon=true&p=${PASSCODE}&lang=de#x`;
    expect(meetingIdentity(url, null).needles).toEqual([url, PASSCODE]);
  });

  test("a parameter merely ending in p is no passcode", () => {
    const url = `https://teams.microsoft.com/meet/${MEETING_CODE}?wp=notapasscode`;
    expect(meetingIdentity(url, null).needles).toEqual([url]);
  });

  test("a /meet/ path without a numeric id gives no meeting id", () => {
    expect(meetingIdentity("https://acme.webex.com/meet/jdoe", null).meetingCodes).toEqual([]);
    expect(meetingIdentity("https://teams.live.com/meet/12345", null).meetingCodes).toEqual([]);
  });
});

describe("the event's own block adds what it prints", () => {
  test("2025–26 template: both links, one meeting id, one thread, each once", () => {
    const own = meetingIdentity(MEETUP_JOIN, `<html><body><p>Agenda</p>${teams2025Block()}</body></html>`);
    expect(own.urls).toEqual([MEETUP_JOIN, SHORT_LINK]);
    expect(own.meetingCodes).toEqual([MEETING_CODE]);
    expect(own.threads).toEqual([THREAD]);
    expect(sorted(own.needles)).toEqual(sorted([MEETUP_JOIN, SHORT_LINK, PASSCODE, "396 464 591 835"]));
  });

  test("2022–23 template: the printed meeting id and passcode", () => {
    const own = meetingIdentity(OTHER_JOIN, `<p>Agenda</p>${teams2023Block(OTHER_THREAD)}`);
    expect(own.urls).toEqual([OTHER_JOIN]);
    expect(own.meetingCodes).toEqual(["255123456789"]);
    expect(own.threads).toEqual([OTHER_THREAD]);
    expect(sorted(own.needles)).toEqual(sorted([OTHER_JOIN, "255 123 456 789", "Ab3dEf"]));
  });

  test("without a join URL, the block Exchange wrote is the identity", () => {
    const own = meetingIdentity(null, `<p>Agenda</p>${teams2025Block()}`);
    expect(own.urls).toEqual([SHORT_LINK, MEETUP_JOIN]);
    expect(own.meetingCodes).toEqual([MEETING_CODE]);
    expect(own.threads).toEqual([THREAD]);
  });

  test("a join URL with & found in the body as &amp; is the same link", () => {
    const joinUrl = `${SHORT_LINK}&anon=true`;
    const own = meetingIdentity(joinUrl, `<p>Agenda</p>${teams2025Block({ joinHref: joinUrl })}`);
    expect(own.urls).toEqual([joinUrl, MEETUP_JOIN]);
    expect(own.needles).toContain("396 464 591 835");
  });

  test("a six-digit id is a needle as printed, without the space before it", () => {
    const body = `<div class="me-email-text"><a href="${OTHER_JOIN}">Join</a><div>Conference ID: 904512#</div></div>`;
    const own = meetingIdentity(OTHER_JOIN, body);
    expect(own.meetingCodes).toEqual(["904512"]);
    expect(sorted(own.needles)).toEqual(sorted([OTHER_JOIN, "904512"]));
  });
});

test("a block for another meeting, without the event's join URL, adds nothing", () => {
  // A pasted invitation is all the body holds: the event's own meeting is known by its URL only.
  const own = meetingIdentity(MEETUP_JOIN, `<p>Notes from last time:</p>${teams2023Block(OTHER_THREAD)}`);
  expect(own).toEqual({ urls: [MEETUP_JOIN], meetingCodes: [], threads: [THREAD], needles: [MEETUP_JOIN] });
});
