// Another service's join link in the body, from real Outlook bodies and Graph event bodies.
import { insertBlock, renderBlock } from "../../src/core/body-block";
import { detectForeignMeeting, unwrapRedirect } from "../../src/core/foreign-meeting";
import { httpJson, realBodies, text } from "../fixtures/load";
import { meetingIdentity, type MeetingIdentity } from "../../src/core/meeting-identity";
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
  // Computed in each test, not while the file loads: mutation testing sees only run-time calls.
  let own: MeetingIdentity;
  beforeEach(() => {
    own = meetingIdentity(MEETUP_JOIN, eventBody);
  });

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

// ---- What belongs to the event's own meeting, and what is only near it ----

const OWN_JOIN =
  "https://teams.microsoft.com/l/meetup-join/19%3ameeting_T3duTWVldGluZ1RocmVhZA%40thread.v2/0";
const DIAL_IN = "https://dialin.teams.microsoft.com/8551f4c1?id=275984951";
const ownMeeting = (identity: Partial<MeetingIdentity>): MeetingIdentity => ({
  urls: [],
  meetingCodes: [],
  threads: [],
  needles: [],
  ...identity,
});
const ownJoin = ownMeeting({ urls: [OWN_JOIN], needles: [OWN_JOIN] });

test.each([
  ["after", 4000, null],
  ["after", 4001, "teams"],
  ["before", 4000, null],
  ["before", 4001, "teams"],
])(
  "a dial-in link %s the event's own join link, %i characters from it: %s is another meeting's",
  (where, distance, service) => {
    const body =
      where === "after"
        ? `<p>${OWN_JOIN}${" ".repeat(distance - OWN_JOIN.length)}${DIAL_IN}</p>`
        : `<p>${DIAL_IN}${" ".repeat(distance - DIAL_IN.length)}${OWN_JOIN}</p>`;
    expect(detectForeignMeeting(body, "html", { own: ownJoin })?.service ?? null).toBe(service);
  },
);

test("the event's own join link at the very start of a text body still claims its dial-in link", () => {
  expect(detectForeignMeeting(`${OWN_JOIN}\nLocal numbers: ${DIAL_IN}`, "text", { own: ownJoin })).toBeNull();
});

test("the event's meeting id at the very start of a text body claims the dial-in link beside it", () => {
  const own = ownMeeting({ meetingCodes: ["396464591835"], needles: ["396 464 591 835"] });
  expect(detectForeignMeeting(`396 464 591 835\nLocal numbers: ${DIAL_IN}`, "text", { own })).toBeNull();
});

test("a six-character passcode of the event's meeting claims the dial-in link beside it, whatever the needles' order", () => {
  const own = ownMeeting({ urls: [OWN_JOIN], needles: ["Z3GYtQ", OWN_JOIN] });
  const body = `<p>${OWN_JOIN}</p>${" ".repeat(5000)}<p>Passcode: Z3GYtQ ${DIAL_IN}</p>`;
  expect(detectForeignMeeting(body, "html", { own })).toBeNull();
});

test("a five-character string of the event's meeting is too short to claim anything", () => {
  const own = ownMeeting({ urls: [OWN_JOIN], needles: [OWN_JOIN, "Ab1x5"] });
  const body = `<p>${OWN_JOIN}</p>${" ".repeat(5000)}<p>Ab1x5 ${DIAL_IN}</p>`;
  expect(detectForeignMeeting(body, "html", { own })).toMatchObject({ service: "teams" });
});

test("the event's own link with '&', printed '&amp;' in HTML, claims the dial-in link beside it", () => {
  const link = "https://teams.microsoft.com/meet/2912345678?p=AbCdEf&anon=true";
  const own = ownMeeting({ urls: [link], needles: [link] });
  const body = `${link.replace("&", "&amp;")}<br>${DIAL_IN}`;
  expect(detectForeignMeeting(body, "html", { own })).toBeNull();
});

test("the event's meeting is recognised by any one of its links", () => {
  const short = "https://teams.microsoft.com/meet/2912345678?p=AbCdEf";
  const own = ownMeeting({ urls: [OWN_JOIN, short], needles: [OWN_JOIN, short] });
  expect(detectForeignMeeting(`<a href="${short}">Join</a>`, "html", { own })).toBeNull();
});

test("the event's meeting is recognised by its link in another percent-encoding", () => {
  const own = ownMeeting({ urls: ["https://teams.microsoft.com/l/meetup-join/19:meeting_X@thread.v2/0"] });
  const body = '<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0">Join</a>';
  expect(detectForeignMeeting(body, "html", { own })).toBeNull();
});

test("links that cannot be percent-decoded are the event's own only when they are the same link", () => {
  const own = ownMeeting({ urls: ["https://teams.microsoft.com/meet/2912345678?p=%ZZ"] });
  const body = '<a href="https://us02web.zoom.us/j/85012345678?pwd=%ZZ">Join</a>';
  expect(detectForeignMeeting(body, "html", { own })).toMatchObject({ service: "zoom" });
});

test("the event's meeting is recognised by its meeting id in a short link; another meeting id is another meeting", () => {
  const own = ownMeeting({ meetingCodes: ["2912345678"] });
  expect(
    detectForeignMeeting("https://teams.microsoft.com/meet/2912345678?p=Other", "html", { own }),
  ).toBeNull();
  expect(
    detectForeignMeeting("https://teams.microsoft.com/meet/9912345678?p=Other", "html", { own }),
  ).toMatchObject({ service: "teams" });
});

test("the event's meeting is recognised by its chat thread in a join link", () => {
  const own = ownMeeting({ threads: ["meeting_T3duTWVldGluZ1RocmVhZA"] });
  expect(detectForeignMeeting(`${OWN_JOIN}?context=%7b%7d`, "html", { own })).toBeNull();
});

test("a Teams block recognised by its template marks alone, at the very start of a text body", () => {
  expect(
    detectForeignMeeting("Meeting ID: 396 464 591 835\nPasscode: Z3GYtQ\nMicrosoft Teams meeting", "text"),
  ).toEqual({ service: "teams", url: "" });
});

test("a join link is looked at up to 4096 characters; a longer 'link' is no join link", () => {
  const link = (length: number) => {
    const start = "https://us02web.zoom.us/j/85012345678?pwd=";
    return start + "a".repeat(length - start.length);
  };
  expect(detectForeignMeeting(link(4096), "text")).toMatchObject({ service: "zoom" });
  expect(detectForeignMeeting(link(4097), "text")).toBeNull();
});

// ---- Redirects: only the ones that send the reader to the link ----

const ZOOM = "https://us02web.zoom.us/j/85012345678";
const GOOGLE_MEET = "https://meet.google.com/abc-defg-hij";

test.each([
  ["Google's redirect without www", `https://google.com/url?q=${GOOGLE_MEET}`, "meet"],
  ["Google's redirect with url= instead of q=", `https://www.google.com/url?url=${GOOGLE_MEET}`, "meet"],
])("%s is followed", (_name, link, service) => {
  expect(detectForeignMeeting(`<a href="${link}">Join</a>`, "html")).toMatchObject({ service });
});

test.each(["gov.teams.microsoft.us", "dod.teams.microsoft.us"])(
  "the Teams launcher of the US government cloud %s is followed",
  (host) => {
    const target = encodeURIComponent("/_#/l/meetup-join/19:meeting_X@thread.v2/0");
    const link = `https://${host}/dl/launcher/launcher.html?url=${target}&amp;type=meetup-join`;
    expect(detectForeignMeeting(`<a href="${link}">Join</a>`, "html")).toEqual({
      service: "teams",
      url: `https://${host}/l/meetup-join/19:meeting_X@thread.v2/0`,
    });
  },
);

test.each([
  ["a Google search for a join link", `https://www.google.com/search?q=${ZOOM}`],
  [
    "an Outlook page other than safelink.html",
    `https://outlook.office.com/mail/deeplink/compose?url=${ZOOM}`,
  ],
  [
    "a lookalike of Outlook's host",
    `https://outlook.office.com.evil-site.test/mail/safelink.html?url=${ZOOM}`,
  ],
  ["a lookalike of Google's host", `https://www.google.com.evil-site.test/url?q=${ZOOM}`],
  ["a host that only ends in google.", `https://www.notgoogle.com/url?q=${ZOOM}`],
  [
    "a lookalike of the Teams launcher inside Safe Links",
    `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(
      `https://teams.microsoft.com.evil-site.test/dl/launcher/launcher.html?url=${encodeURIComponent("/_#/l/meetup-join/19:meeting_X@thread.v2/0")}`,
    )}`,
  ],
  [
    "the Teams launcher without a target",
    "https://teams.microsoft.com/dl/launcher/launcher.html?type=meetup-join",
  ],
  [
    "a Safe Links link that is no valid URL",
    `https://nam12.safelinks.protection.outlook.com:99999/?url=${ZOOM}`,
  ],
])("%s is not followed to the link it carries", (_name, link) => {
  expect(detectForeignMeeting(`<a href="${link}">Join</a>`, "html")).toBeNull();
});

test("redirects nested up to three deep are followed; deeper nesting is not unwound (bounded work)", () => {
  const wrap = (link: string, times: number): string =>
    times === 0 ? link : wrap(`https://www.google.com/url?q=${encodeURIComponent(link)}`, times - 1);
  expect(unwrapRedirect(wrap(ZOOM, 3))).toBe(ZOOM);
  expect(unwrapRedirect(wrap(ZOOM, 4))).toBe(wrap(ZOOM, 1));
});
