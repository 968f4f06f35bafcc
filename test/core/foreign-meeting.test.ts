// Another service's join link in the body, from real Outlook bodies and Graph event bodies.
import { insertBlock, renderBlock } from "../../src/core/body-block";
import { detectForeignMeeting } from "../../src/core/foreign-meeting";
import { httpJson, realBodies, text } from "../fixtures/load";

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
