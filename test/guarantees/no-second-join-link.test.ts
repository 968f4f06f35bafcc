/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Guarantee: "No second join link. A Teams, Zoom, Webex, Google Meet, Jitsi, Skype or GoTo link
// already in the body is detected and you are warned before another is added." And: "Join text is
// sanitized (no scripts, event handlers or non-https links) before it reaches the body."
import { countBlocks, readBlockContent } from "../../src/core/body-block";
import { ErrorCode } from "../../src/core/errors";
import { encodeJoin } from "../fakes/fake-graph";
import { setup, USER_BODY } from "./harness";

const FOREIGN: [string, string][] = [
  ["teams", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTHER%40thread.v2/0"],
  ["teams", "https://teams.live.com/meet/9876543210"],
  ["zoom", "https://us02web.zoom.us/j/85012345678?pwd=abc"],
  ["webex", "https://contoso.webex.com/meet/adele"],
  ["meet", "https://meet.google.com/abc-defg-hij"],
  ["jitsi", "https://meet.jit.si/QuarterlyReview"],
  ["skype", "https://join.skype.com/AbCdEfGh"],
  ["gotomeeting", "https://global.gotomeeting.com/join/123456789"],
];

describe("No second join link", () => {
  test.each(FOREIGN)(
    "a %s link in the body stops the add before any Graph write: %s",
    async (service, url) => {
      const body = `<html><body><p>Join: <a href="${url}">${url}</a></p></body></html>`;
      const { appointment, graph, service: meetings } = setup({ body });
      expect(await meetings.getState()).toMatchObject({ kind: "foreign", meeting: { service, url } });
      await expect(meetings.add({ route: "standalone" })).rejects.toMatchObject({
        code: ErrorCode.foreignMeeting,
        details: { service },
      });
      expect(graph.count("createOrGetMeeting")).toBe(0);
      expect(appointment.body).toBe(body);
    },
  );

  test("a link in a plain-text body counts too", async () => {
    const body = "Dial in: https://meet.google.com/abc-defg-hij\r\n";
    const { graph, service } = setup({ body, bodyType: "text" });
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.foreignMeeting,
    });
    expect(graph.count("createOrGetMeeting")).toBe(0);
  });

  test("a product name without a link is not a meeting", async () => {
    const body = "<html><body><p>We could use Zoom or Teams next time.</p></body></html>";
    const { service } = setup({ body });
    expect(await service.getState()).toEqual({ kind: "none" });
  });

  test("after the warning, the organizer may add anyway: one block, the other link kept", async () => {
    const url = "https://us02web.zoom.us/j/85012345678";
    const body = `<html><body><p><a href="${url}">${url}</a></p></body></html>`;
    const { appointment, service } = setup({ body });
    await service.add({ route: "standalone", force: true });
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.body).toContain(url);
  });

  test("the calendar event's own Teams link is not someone else's: no warning, nothing added twice", async () => {
    const joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_EV%40thread.v2/0";
    const body = `<html><body><p>Agenda</p><a href="${joinUrl}">Join</a></body></html>`;
    const { graph, service } = setup({ body, itemId: "id9" });
    graph.events.set("id9", {
      id: "id9",
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      joinUrl,
      bodyHtml: body,
    });
    expect(await service.getState()).toMatchObject({ kind: "calendar-online", joinUrl });
    await expect(service.add({ route: "auto" })).resolves.toMatchObject({ kind: "already" });
    expect(graph.count("enableOnlineMeeting")).toBe(0);
  });

  test("an online event with another service's link in the body is still reported as foreign", async () => {
    const zoom = "https://us02web.zoom.us/j/85012345678";
    const body = `<html><body><a href="${zoom}">${zoom}</a></body></html>`;
    const { graph, service } = setup({ body, itemId: "id8" });
    graph.events.set("id8", {
      id: "id8",
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_EV8%40thread.v2/0",
      bodyHtml: body,
    });
    expect(await service.getState()).toMatchObject({ kind: "foreign", meeting: { service: "zoom" } });
  });
});

describe("Join text is sanitized before it reaches the body", () => {
  // Graph's join text carries the meeting's own join link (a join text without it is replaced by our
  // own link block), among what a hostile one may add.
  const HOSTILE = (joinWebUrl: string) =>
    '<div class="me-email-text">' +
    `<a href="${joinWebUrl}">Join</a>` +
    '<a href="javascript:alert(1)">a</a><a href="  JavaScript:alert(2)">b</a>' +
    '<a href="http://tracker.example/x">c</a><a href="//evil.example/y">d</a><a href="evil.example/z">e</a>' +
    '<a href="data:text/html,<script>alert(3)</script>">f</a>' +
    '<a href="tel:+15550100">g</a><a href="mailto:help@contoso.com">h</a>' +
    '<p onclick="alert(4)" onmouseover="alert(5)">Meeting ID: 123</p>' +
    '<script>alert(6)</script><img src="http://tracker.example/pixel.gif"><img src="https://statics.teams.cdn.office.net/x.png">' +
    "</div>";

  async function addWith(joinHtml: string | ((joinWebUrl: string) => string)) {
    const { appointment, graph, service } = setup();
    const original = graph.createOrGetMeeting.bind(graph);
    let joinWebUrl = "";
    graph.createOrGetMeeting = async (...args) => {
      const made = await original(...args);
      joinWebUrl = made.joinWebUrl;
      const html = typeof joinHtml === "string" ? joinHtml : joinHtml(joinWebUrl);
      return { ...made, joinInformationContent: encodeJoin(html) };
    };
    await service.add({ route: "standalone" });
    return { appointment, joinWebUrl, block: readBlockContent(appointment.body, "html") ?? "" };
  }

  test("only https, tel and mailto links, no scripts, handlers or http images reach the body", async () => {
    const { appointment, joinWebUrl, block } = await addWith(HOSTILE);
    expect(joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const hrefs = [...block.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([joinWebUrl, "tel:+15550100", "mailto:help@contoso.com"]);
    expect(block).not.toMatch(/<script|onclick|onmouseover|javascript:|tracker\.example|evil\.example/i);
    expect(block).toContain("Meeting ID: 123");
    // The http pixel goes with its element, the https image stays.
    expect(block.match(/<img\b[^>]*>/g)).toEqual([
      expect.stringContaining('src="https://statics.teams.cdn.office.net/x.png"'),
    ]);
    expect(appointment.body.startsWith('<html><head><meta charset="utf-8"></head><body>')).toBe(true);
    expect(appointment.body).toContain(
      USER_BODY.slice(USER_BODY.indexOf("<div dir")).replace("</body></html>", ""),
    );
  });

  test("join text that sanitizes to nothing falls back to our own escaped join link", async () => {
    const { appointment, block } = await addWith("<script>alert(1)</script>\n<style>p{}</style>");
    const meetingUrl = appointment.stored?.joinUrl ?? "";
    expect(block).toContain(`href="${meetingUrl}"`);
    expect(block).not.toMatch(/javascript:|<script/i);
  });
});
