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
    bodyType: "html",
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
  graph.createOrGetMeeting = async (...args) => ({
    ...(await original(...args)),
    joinInformationContent: encodeJoin(`<p>${"x".repeat(1_100_000)}</p>`),
  });
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

test("every page carries a Content-Security-Policy without unsafe-eval", () => {
  for (const page of files(join(root, "src/surfaces"), /\.html$/)) {
    const html = readFileSync(page, "utf8");
    expect([page, /http-equiv="Content-Security-Policy"/.test(html)]).toEqual([page, true]);
    expect(html).not.toContain("unsafe-eval");
    expect(html).toMatch(/object-src 'none'/);
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
  for (const page of files(join(root, "src/surfaces"), /\.html$/)) {
    const csp =
      /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(readFileSync(page, "utf8"))?.[1] ?? "";
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    expect([page, scriptSrc.split(" ")]).toEqual([
      page,
      expect.arrayContaining(["https://ajax.aspnetcdn.com"]),
    ]);
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
