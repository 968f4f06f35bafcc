// Emulator rules T1–T4 (emulator/graph/README.md): the three Teams join templates, newest by default,
// for createOrGet's joinInformation and for the block Exchange writes into a PATCHed event.
import { decodeJoinInformation } from "../../src/core/join-info";
import type { JoinTemplate } from "../../emulator/graph/join-templates";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const OM = ["OnlineMeetings.ReadWrite"];

async function meeting(template?: JoinTemplate) {
  g.emulator.reset(template ? { joinTemplate: template } : {});
  const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "t" } });
  const html = decodeJoinInformation((res.json.joinInformation as { content: string }).content);
  return { json: res.json, html };
}

test("T1: by default the 2025–26 template: the short link first, printed as text; meetup-join only as System reference", async () => {
  const { json, html } = await meeting();
  const joinWebUrl = json.joinWebUrl as string;
  expect(joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/meet\/\d+\?p=[A-Za-z0-9]+$/);
  expect(html).toContain(`id="meet_invite_block.action.join_link"`);
  expect(html).toContain(`>${joinWebUrl}</a>`);
  const reference =
    /<a href="([^"]+)" id="meet_invite_block\.action\.join_link_compatibility"[^>]*>\r\nSystem reference<\/a>/.exec(
      html,
    );
  expect(reference?.[1]).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(html.indexOf(joinWebUrl)).toBeLessThan(html.indexOf("meetup-join"));
  const code = (json.joinMeetingIdSettings as { joinMeetingId: string }).joinMeetingId;
  expect(html).toContain(
    `Meeting ID:\r\n</span><span class="me-email-text" style="font-size:14px; color:#242424">${code.replace(/(\d{3})(?=\d)/g, "$1 ")}</span>`,
  );
  expect(html).toContain("Passcode:");
});

test("T2: the 2024 template: meet_invite_block, 'Join the meeting now' on the meetup-join URL", async () => {
  const { json, html } = await meeting("2024");
  expect(json.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(html).toContain("Join the meeting now</a>");
  expect(html).toContain(`href="${json.joinWebUrl as string}" id="meet_invite_block.action.join_link"`);
  expect(html).not.toContain("System reference");
});

test("T3: the 2022–23 template: 'Click here to join the meeting' on the meetup-join URL, no meet_invite_block", async () => {
  const { json, html } = await meeting("2022");
  expect(json.joinWebUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  expect(html).toContain("Click here to join the meeting");
  expect(html).not.toContain("meet_invite_block");
});

test.each([["2026"], ["2024"], ["2022"]] as const)(
  "T4: a PATCHed event gets the %s block in its body; onlineMeeting.joinUrl stays the meetup-join URL",
  async (template) => {
    g.emulator.reset(template === "2026" ? {} : { joinTemplate: template });
    await g.syncEvent("E1", {
      subject: "s",
      start: "2026-12-01T09:00:00Z",
      end: "2026-12-01T10:00:00Z",
      bodyHtml: "<html><body><p>Agenda</p></body></html>",
    });
    const res = await g.call("PATCH", "/me/events/E1", ["Calendars.ReadWrite"], {
      body: { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" },
      headers: { Prefer: 'outlook.body-content-type="html"' },
    });
    const body = (res.json.body as { content: string }).content;
    const joinUrl = (res.json.onlineMeeting as { joinUrl: string }).joinUrl;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(body.startsWith("<html><body><p>Agenda</p>")).toBe(true);
    expect(body).toContain(joinUrl);
    expect(body.includes("teams.microsoft.com/meet/")).toBe(template === "2026");
    expect(body.includes("meet_invite_block")).toBe(template !== "2022");
  },
);
