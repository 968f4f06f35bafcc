/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Hostile Graph payloads through the use-cases: nothing executable reaches the organizer's body, the
// pages carry a Content-Security-Policy, and the pane never renders HTML from outside.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks, removeBlock } from "../../src/core/body-block";
import { FakeAppointment } from "../fakes/fake-appointment";
import { encodeJoin, FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { ErrorCode } from "../../src/core/errors";
import { MEETUP_JOIN, teams2025Block } from "../fixtures/templates/teams-join-blocks";

const BODY = "<html><body><p>Agenda</p></body></html>";
const HOSTILE = [
  '<script>alert(1)</script><a href="https://teams.microsoft.com/l/meetup-join/x">Join</a>',
  '<img src=x onerror="alert(1)"><a href="javascript:alert(1)">Join</a>',
  '<a href="data:text/html,<script>alert(1)</script>">Join</a><style>body{display:none}</style>',
  '<base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test"><iframe src="https://evil.test"></iframe>',
  '<div id="omo-join-block" data-omo="1">fake</div><svg onload="alert(1)"></svg><form action="https://evil.test"><input></form>',
];
const FORBIDDEN =
  /<script|onerror|onload|javascript:|data:text|<style|<base|<meta|<iframe|<svg|<form|<input/i;

function setup() {
  const appointment = new FakeAppointment({ body: BODY, itemId: "AAMk-1" });
  const graph = new FakeGraph();
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  return { appointment, graph, service };
}

test.each(HOSTILE)("standalone joinInformation %#: sanitized before it reaches the body", async (html) => {
  const { appointment, graph, service } = setup();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const original = graph.createOrGetMeeting.bind(graph);
  graph.createOrGetMeeting = async (...args) => ({
    ...(await original(...args)),
    joinInformationContent: encodeJoin(html),
  });
  await service.add({ route: "standalone" });
  const ours = appointment.body.slice(BODY.indexOf("</body>"));
  expect(ours).not.toMatch(FORBIDDEN);
  expect(countBlocks(appointment.body, "html")).toBe(1);
  expect(removeBlock(appointment.body, "html")).toBe(BODY);
});

test.each(HOSTILE)("calendar event body %#: sanitized before it reaches the form", async (html) => {
  const { appointment, graph, service } = setup();
  graph.events.set("AAMk-1", {
    id: "AAMk-1",
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: BODY,
  });
  const original = graph.enableOnlineMeeting.bind(graph);
  graph.enableOnlineMeeting = async (...args) => {
    const ev = await original(...args);
    return {
      ...ev,
      bodyHtml: ev.bodyHtml.replace("</body>", `<div class="me-email-text">${html}</div></body>`),
    };
  };
  await service.add({ route: "auto" });
  const ours = appointment.body.slice(BODY.indexOf("</body>"));
  expect(ours).not.toMatch(FORBIDDEN);
  expect(removeBlock(appointment.body, "html")).toBe(BODY);
});

test("a 1 MB join information is handled without losing the body", async () => {
  const { appointment, graph, service } = setup();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const original = graph.createOrGetMeeting.bind(graph);
  graph.createOrGetMeeting = async (...args) => {
    const meeting = await original(...args);
    const html = `<p><a href="${meeting.joinWebUrl}">Join</a>${"x".repeat(1_100_000)}</p>`;
    return { ...meeting, joinInformationContent: encodeJoin(html) };
  };
  await expect(service.add({ route: "standalone" })).rejects.toMatchObject({ code: "body_too_large" });
  expect(appointment.body).toBe(BODY);
});

const root = join(__dirname, "../..");
function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
  });
}

// The pages' policies come from scripts/security-headers.js (the hosting headers use the same).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is CommonJS.
const securityHeaders = require("../../scripts/security-headers.js") as {
  metaPolicy(o: { kind: string; graphBaseUrl: string; authority: string }): string;
};
const policies = ["pane", "dialog"].map((kind) =>
  securityHeaders.metaPolicy({
    kind,
    graphBaseUrl: "https://graph.microsoft.com/v1.0",
    authority: "https://login.microsoftonline.com/common",
  }),
);

test("every page carries a Content-Security-Policy without unsafe-eval", () => {
  for (const page of files(join(root, "src/surfaces"), /\.html$/)) {
    const html = readFileSync(page, "utf8");
    expect([
      page,
      /http-equiv="Content-Security-Policy"\s+content="<%= htmlWebpackPlugin.options.csp %>"/.test(html),
    ]).toEqual([page, true]);
  }
  for (const csp of policies) {
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/object-src 'none'/);
  }
});

test("every page lets Outlook on the web's Office.js load the script it needs (MicrosoftAjax.js)", () => {
  // outlook-web-16.01.js fetches ASP.NET AJAX from this host at start-up (OsfMsAjaxFactory); a policy
  // without it stops Office.onReady in Outlook on the web. Found by running the real runtime.
  const runtime = readFileSync(
    join(root, "node_modules/@microsoft/office-js/dist/outlook-web-16.01.js"),
    "utf8",
  );
  expect(runtime).toContain("//ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js");
  for (const csp of policies) {
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect(scriptSrc.split(" ")).toEqual(expect.arrayContaining(["https://ajax.aspnetcdn.com"]));
  }
});

test("the pane and the command never render HTML from strings", () => {
  for (const file of files(join(root, "src/surfaces"), /\.ts$/)) {
    expect([
      file,
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, "utf8")),
    ]).toEqual([file, false]);
  }
});

// ---- Hostile bodies through the use-cases (issues #17.1, #15.1, #15.3, #15.4) ----

const FORGED_BODIES: [string, string][] = [
  [
    "the old marker",
    '<html><body><p>Agenda</p><div id="omo-join-block" class="omo-join-block" data-omo="1"><a href="https://evil.test/join">Join</a></div><p>Notes</p></body></html>',
  ],
  [
    "Outlook on the web's x_ copy from received mail",
    '<html><body><p>Agenda</p><div id="x_omo-join-block" class="x_omo-join-block"><a href="https://evil.test/join">Join</a></div><p>Notes</p></body></html>',
  ],
  [
    "comment-hidden div tags that would span the organizer's paragraph",
    '<html><body><div class="omo-join-block" data-omo="1"><!-- <div> --><a href="https://evil.test/join">Join</a></div><p>Organizer paragraph</p><!-- </div> --></body></html>',
  ],
];

describe.each(FORGED_BODIES)("a forged marker in the body (%s)", (_name, body) => {
  function forged(route: "standalone" | "auto") {
    const appointment = new FakeAppointment({ body, itemId: "AAMk-1" });
    const graph = new FakeGraph();
    if (route === "standalone") graph.providers = { allowed: [], defaultProvider: "unknown" };
    graph.events.set("AAMk-1", {
      id: "AAMk-1",
      isOnlineMeeting: false,
      onlineMeetingProvider: "unknown",
      joinUrl: null,
      bodyHtml: body,
    });
    const service = new MeetingService({
      appointment,
      graph,
      settings: new FakeSettings(),
      env: new FakeEnvironment(),
    });
    return { appointment, graph, service };
  }

  test("is not shown as our meeting and never as a Join link", async () => {
    const { service } = forged("standalone");
    const state = await service.getState();
    expect(state.kind).toBe("none");
  });

  test.each(["standalone", "auto"] as const)(
    "the %s route adds a real meeting beside it, and removal keeps it byte for byte",
    async (route) => {
      const { appointment, service } = forged(route);
      const result = await service.add({ route });
      expect(result.kind).toBe("added");
      const withOurs = appointment.body;
      expect(withOurs.slice(0, body.indexOf("</body>"))).toBe(body.slice(0, body.indexOf("</body>")));
      if (route === "standalone") {
        await service.remove();
        expect(appointment.body).toBe(body);
      }
    },
  );
});

test("the read-back check compares a forged block as the organizer's text: a host that drops it is caught", async () => {
  const body = FORGED_BODIES[0]![1];
  const appointment = new FakeAppointment({ body, itemId: "AAMk-1" });
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  // The host drops the organizer's marker-shaped text whenever our block is written beside it.
  appointment.rewriteOnSet = (b) =>
    b.includes("omo-k-")
      ? b.replace(/<div id="omo-join-block[^"]*" class="omo-join-block[^"]*" data-omo="[^"]*">.*?<\/div>/, "")
      : b;
  await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
    code: ErrorCode.bodyWriteFailed,
  });
  expect(appointment.body).toBe(body);
});

test("plain text: a stray end marker in Graph's join text doesn't make the add fail", async () => {
  const appointment = new FakeAppointment({ body: "Agenda\r\n", bodyType: "text", itemId: "AAMk-1" });
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const original = graph.createOrGetMeeting.bind(graph);
  graph.createOrGetMeeting = async (...args) => {
    const meeting = await original(...args);
    const html = `<div><a href="${meeting.joinWebUrl}">Join</a></div><div>=== End of online meeting ===</div><div>Meeting ID: 123</div>`;
    return { ...meeting, joinInformationContent: encodeJoin(html) };
  };
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
  expect(appointment.body).toContain("Meeting ID: 123");
  await service.remove();
  expect(appointment.body).toBe("Agenda\r\n");
});

test("join text the sanitizer leaves without the meeting's https link gets our own link block (issue #15.4)", async () => {
  const { appointment, graph, service } = setup();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const original = graph.createOrGetMeeting.bind(graph);
  graph.createOrGetMeeting = async (...args) => ({
    ...(await original(...args)),
    joinInformationContent: encodeJoin(
      '<div><a href="http://insecure.test/join">Join</a><p>Meeting ID: 1</p></div>',
    ),
  });
  const result = await service.add({ route: "standalone" });
  expect(result.kind).toBe("added");
  const joinUrl = (result as { joinUrl: string }).joinUrl;
  expect(appointment.body).toContain(`href="${joinUrl.replace(/&/g, "&amp;")}"`);
  expect(appointment.body).not.toContain("insecure.test");
});

describe("removal when a client stripped every marker (issue #15.3)", () => {
  function added() {
    const env = setup();
    env.graph.providers = { allowed: [], defaultProvider: "unknown" };
    return env;
  }

  test("the join text is found by what we stored and cut; the meeting goes", async () => {
    const { appointment, graph, service } = added();
    await service.add({ route: "standalone" });
    appointment.body = appointment.body.replace(/<div id="omo-join-block[^"]*"[^>]*>/, "<div>");
    expect(countBlocks(appointment.body, "html")).toBe(0);
    await expect(service.remove()).resolves.toEqual({ kind: "removed" });
    expect(appointment.body).toBe(BODY);
    expect(graph.meetings.size).toBe(0);
  });

  test("text that can't be cut exactly keeps the meeting and names the link to delete", async () => {
    const { appointment, graph, service } = added();
    const result = await service.add({ route: "standalone" });
    const joinUrl = (result as { joinUrl: string }).joinUrl;
    appointment.body = appointment.body
      .replace(/<div id="omo-join-block[^"]*"[^>]*>/, "<div>")
      .replace("Click here to join the meeting", "Click here to join the meeting (bring slides)");
    const before = appointment.body;
    await expect(service.remove()).rejects.toMatchObject({
      code: ErrorCode.joinTextNotRemovable,
      details: { joinUrl },
    });
    expect(graph.meetings.size).toBe(1);
    expect(graph.count("deleteMeeting")).toBe(0);
    expect(appointment.body).toBe(before);
  });
});

test("an event that already is a Teams meeting with the 2025–26 template is the event's own, not another service's (issue #15.1)", async () => {
  const body = `<html><body><p>Agenda</p>${teams2025Block()}</body></html>`;
  const appointment = new FakeAppointment({ body, itemId: "AAMk-1" });
  const graph = new FakeGraph();
  graph.events.set("AAMk-1", {
    id: "AAMk-1",
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    joinUrl: MEETUP_JOIN,
    bodyHtml: body,
  });
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  expect(await service.getState()).toMatchObject({ kind: "calendar-online", joinUrl: MEETUP_JOIN });
  await expect(service.add({ route: "auto" })).resolves.toMatchObject({ kind: "already" });
  expect(appointment.body).toBe(body);
});
