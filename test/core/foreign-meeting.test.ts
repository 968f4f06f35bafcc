// Another service's join link in the body, from real Outlook bodies and Graph event bodies.
import { insertBlock, renderBlock } from "../../src/core/body-block";
import { detectForeignMeeting } from "../../src/core/foreign-meeting";
import { httpJson, realBodies, text } from "../fixtures/load";
import { meetingIdentity } from "../../src/core/meeting-identity";
import {
  MEETUP_JOIN,
  SHORT_LINK,
  teams2023Block,
  teams2025Block,
} from "../fixtures/templates/teams-join-blocks";

test.each([
  ["teams", '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0">Join</a>'],
  ["teams", "Join: https://teams.microsoft.com/meet/2912345678?p=AbCdEf"],
  ["teams", '<a href="https://teams.live.com/meet/9312345678">Join</a>'],
  ["zoom", '<a href="https://us02web.zoom.us/j/85012345678?pwd=abc">Zoom</a>'],
  ["zoom", "https://acme.zoomgov.us/j/1234567890"],
  ["webex", "https://acme.webex.com/acme/j.php?MTID=m1234"],
  ["webex", "https://acme.webex.com/meet/jdoe"],
  ["meet", "https://meet.google.com/abc-defg-hij"],
  ["jitsi", "https://meet.jit.si/WeeklySync"],
  ["skype", "https://join.skype.com/AbCdEf"],
  ["gotomeeting", "https://meet.goto.com/123456789"],
])("%s: %s", (service, body) => {
  expect(detectForeignMeeting(`<p>${body}</p>`, "html")?.service).toBe(service);
});

test.each([
  "We could use Zoom or Teams for this.",
  "https://zoom.us/pricing",
  "https://www.google.com/meet",
  "https://teams.microsoft.com/downloads",
])("no join link: %s", (body) => {
  expect(detectForeignMeeting(body, "html")).toBeNull();
});

test("the Zoom invite written by classic Outlook is recognized", () => {
  const body = text("body_classic_outlook_word15_zoom_invite_openbmc.html");
  expect(detectForeignMeeting(body, "html")?.service).toBe("zoom");
});

test("the Teams block Exchange adds to an event body is recognized", () => {
  const event = httpJson("graph_event_patch_200_teams_blob_en-US_graphdocs.http.txt") as {
    body: { content: string };
  };
  expect(detectForeignMeeting(event.body.content, "html")?.service).toBe("teams");
});

test("other real bodies hold no join link", () => {
  for (const { name, html } of realBodies().filter((b) => !b.name.includes("zoom"))) {
    expect([name, detectForeignMeeting(html, "html")]).toEqual([name, null]);
  }
});

test("our own block is not foreign", () => {
  const key = {
    tag: "0123456789abcdef",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0",
  };
  const ours = renderBlock(`<a href="${key.joinUrl}">Join</a>`, "html", key);
  expect(detectForeignMeeting(insertBlock("<p>Agenda</p>", "html", ours, key), "html", { key })).toBeNull();
});

// ---- The event's own meeting by any of its identities (issue #15.1) ----

describe("the 2025–26 template of the event's own meeting", () => {
  const eventBody = `<html><body><p>Agenda</p>${teams2025Block()}</body></html>`;
  const own = meetingIdentity(MEETUP_JOIN, eventBody);

  test("knows the short link, the meeting id and the passcode", () => {
    expect(own.urls).toEqual(expect.arrayContaining([MEETUP_JOIN, SHORT_LINK]));
    expect(own.meetingCodes).toContain("396464591835");
    expect(own.needles).toEqual(expect.arrayContaining(["396 464 591 835", "Z3GYtQ"]));
  });

  test("is not another service's link, though its first link is the short one", () => {
    expect(detectForeignMeeting(eventBody, "html")?.url).toBe(SHORT_LINK);
    expect(detectForeignMeeting(eventBody, "html", { own })).toBeNull();
  });

  test("an earlier invitation pasted beside it still is", () => {
    const body = eventBody.replace(
      "<p>Agenda</p>",
      `<p>Agenda</p>${teams2023Block("meeting_T0xEX01FRVRJTkdfVEhSRUFE")}`,
    );
    expect(detectForeignMeeting(body, "html", { own })).toMatchObject({ service: "teams" });
  });
});

// ---- Redirected join links and dial-in marks (issue #15.2) ----

test.each<[string, string, string]>([
  [
    // Safe Links wraps every link in received mail (leits/MeetingBar#183 shows a wrapped Teams link).
    "Safe Links around a Teams link",
    `<a href="https://nam12.safelinks.protection.outlook.com/ap/t-59584e83/?url=${encodeURIComponent(MEETUP_JOIN)}&amp;data=05%7C01&amp;reserved=0">Join</a>`,
    "teams",
  ],
  [
    // Outlook on the web's own Safe Links page (wtimme/firefox-remove-safelinks#3).
    "Outlook on the web's safelink.html around a Zoom link",
    `<a href="https://outlook.office.com/mail/safelink.html?url=${encodeURIComponent("https://us02web.zoom.us/j/85012345678")}&amp;corid=1">Join</a>`,
    "zoom",
  ],
  [
    "the Teams launcher",
    `<a href="https://teams.microsoft.com/dl/launcher/launcher.html?url=${encodeURIComponent("/_#/l/meetup-join/19:meeting_X@thread.v2/0")}&amp;type=meetup-join">Join</a>`,
    "teams",
  ],
  [
    "Google's url redirect around Google Meet",
    '<a href="https://www.google.com/url?q=https://meet.google.com/abc-defg-hij&amp;sa=D">Join</a>',
    "meet",
  ],
  [
    "an aka.ms join link, recognised by the dial-in host",
    '<a href="https://aka.ms/abc123">Join</a> <a href="https://dialin.teams.microsoft.com/8551f4c1?id=275984951">Local numbers</a>',
    "teams",
  ],
  [
    "an aka.ms join link, recognised by the Meeting-options link",
    '<a href="https://aka.ms/abc123">Join</a> <a href="https://teams.microsoft.com/meetingOptions/?organizerId=1&amp;threadId=19_meeting_X@thread.v2">Meeting options</a>',
    "teams",
  ],
  [
    "meet_invite_block with a redirected link",
    '<div id="meet_invite_block.container"><a href="https://aka.ms/x">Join</a></div>',
    "teams",
  ],
  [
    "Meeting ID and Passcode lines beside Microsoft Teams (ja-JP)",
    "<p>Microsoft Teams 会議</p><p>会議 ID: 396 464 591 835</p><p>パスコード: Z3GYtQ</p>",
    "teams",
  ],
  [
    "Zoom's local-number page",
    '<a href="https://us02web.zoom.us/u/kdQ2gz5ZT">Find your local number</a>',
    "zoom",
  ],
  [
    "Google Meet's phone page",
    '<a href="https://tel.meet/abc-defg-hij?pin=1234567890">More phone numbers</a>',
    "meet",
  ],
])("%s is another service's meeting", (_name, html, service) => {
  expect(detectForeignMeeting(`<html><body><p>Agenda</p>${html}</body></html>`, "html")).toMatchObject({
    service,
  });
});

test("a mention of Meeting ID without Microsoft Teams is nothing", () => {
  expect(detectForeignMeeting("<p>Meeting ID: to be decided</p>", "html")).toBeNull();
});

test("a forged marker around another service's link doesn't hide it", () => {
  const body =
    '<div id="omo-join-block" class="omo-join-block" data-omo="1"><a href="https://us02web.zoom.us/j/85012345678">Join</a></div>';
  expect(detectForeignMeeting(body, "html")).toMatchObject({ service: "zoom" });
});
