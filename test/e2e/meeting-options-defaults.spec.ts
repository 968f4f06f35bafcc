// The organizer's default meeting options, through the workbench: saved from the pane's Meeting options
// into roaming settings, then applied to the next new meeting by auto-add (the launch event, no UI):
// in the createOrGet body, then one PATCH with only what the emulator's createOrGet didn't take
// (emulator rule O8: ignored by default, or honoured). A PATCH that fails leaves the meeting and the
// body, and the notification says the defaults weren't all applied. The calendar route: found by
// its join link, then the one PATCH; without defaults it never calls onlineMeetings.
import { expect, test, type Page } from "@playwright/test";
import { enUS } from "../../src/i18n/locales/en-US";
import {
  appointment,
  failOnConsoleErrors,
  graphLog,
  graphState,
  openWorkbench,
  ourBlocks,
  pane,
  paneReady,
} from "./workbench";

failOnConsoleErrors();

interface HeldMeeting {
  options: { lobbyBypassSettings: { scope: string }; recordAutomatically: boolean; allowMeetingChat: string };
}

const DEFAULTS = { lobbyBypassSettings: { scope: "everyone" }, recordAutomatically: true };

function roamingSettings(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      (window as unknown as { __omoWorkbench: { host: { roaming: Record<string, string> } } }).__omoWorkbench
        .host.roaming["omo.settings"],
  );
}

/** A new appointment opens with these roaming settings (auto-add on) and this Graph: the launch event runs. */
async function autoAdd(page: Page, settings: Record<string, unknown>, graph: Record<string, unknown> = {}) {
  // A saved item first: no launch event of its own still running when the new item's settings load.
  await openWorkbench(page, "teams-calendar-saved");
  const s = (await page.evaluate(
    async () => (await fetch("/scenarios/auto-add.json")).json() as Promise<unknown>,
  )) as Record<string, Record<string, unknown>>;
  s.settings = { "omo.settings": JSON.stringify({ route: "auto", autoAdd: true, ...settings }) };
  s.graph = { ...s.graph, ...graph };
  await page.evaluate(
    (x) =>
      (
        window as unknown as { omoWorkbench: { loadScenario(s: unknown): Promise<void> } }
      ).omoWorkbench.loadScenario(x),
    s,
  );
  await expect.poll(async () => ourBlocks((await appointment(page)).body), { timeout: 15_000 }).toBe(1);
}

function notifications(page: Page): Promise<{ type: string; message: string }[]> {
  return page.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { notifications(): { type: string; message: string }[] } }
    ).omoWorkbench.notifications(),
  );
}

const lastNotification = async (page: Page) => (await notifications(page)).at(-1)?.message;

test("saved from the pane, the defaults reach the next new meeting auto-add makes: createOrGet, then one PATCH", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await p.getByTestId("options-toggle").click();
  await p.getByTestId("options-lobby").selectOption("everyone");
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");
  await p.getByTestId("options-record").click();
  await expect(p.getByTestId("options-record")).toBeChecked();
  await p.getByTestId("options-defaults-save").click();
  await expect(p.getByTestId("options-defaults-message")).toHaveText(enUS["options.defaults.saved"]);
  const saved = JSON.parse((await roamingSettings(page)) ?? "{}") as {
    meetingOptions?: Record<string, unknown>;
  };
  expect(saved.meetingOptions).toMatchObject({ ...DEFAULTS, allowMeetingChat: "enabled" });

  await autoAdd(page, { meetingOptions: saved.meetingOptions });
  await expect.poll(() => lastNotification(page)).toBe(enUS["done.added"]);
  const meetings = (await graphState(page)).meetings as unknown as HeldMeeting[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options).toMatchObject({ ...DEFAULTS, allowMeetingChat: "enabled" });
  const log = await graphLog(page);
  const creates = log.filter((r) => r.path === "/me/onlineMeetings/createOrGet");
  expect(creates).toHaveLength(1);
  const create = creates[0]!;
  expect(create.body).toMatchObject(saved.meetingOptions!);
  expect(create.headers.prefer).toBe("include-unknown-enum-members");
  // The emulator's createOrGet ignores options by default (O8): only what differs is PATCHed.
  const patches = log.filter((r) => r.method === "PATCH");
  expect(patches.map((r) => r.body)).toEqual([
    { lobbyBypassSettings: { scope: "everyone" }, recordAutomatically: true },
  ]);
  expect((await appointment(page)).isNew).toBe(true);
});

test("auto-add where createOrGet honours the options: the meeting holds them and no PATCH is sent", async ({
  page,
}) => {
  await autoAdd(page, { meetingOptions: DEFAULTS }, { createOrGetOptions: "honoured" });
  await expect.poll(() => lastNotification(page)).toBe(enUS["done.added"]);
  const meetings = (await graphState(page)).meetings as unknown as HeldMeeting[];
  expect(meetings[0]!.options).toMatchObject(DEFAULTS);
  expect((await graphLog(page)).filter((r) => r.method === "PATCH")).toEqual([]);
});

test("auto-add where createOrGet refuses the options (400): asked again without them, then one PATCH", async ({
  page,
}) => {
  await autoAdd(page, { meetingOptions: DEFAULTS }, { createOrGetOptions: "rejected" });
  await expect.poll(() => lastNotification(page)).toBe(enUS["done.added"]);
  const log = await graphLog(page);
  const creates = log.filter((r) => r.path === "/me/onlineMeetings/createOrGet");
  expect(creates.map((r) => [r.status, "recordAutomatically" in (r.body as object)])).toEqual([
    [400, true],
    [201, false],
  ]);
  expect(log.filter((r) => r.method === "PATCH").map((r) => r.body)).toEqual([DEFAULTS]);
  const meetings = (await graphState(page)).meetings as unknown as HeldMeeting[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options).toMatchObject(DEFAULTS);
});

test("auto-add whose defaults PATCH fails: the meeting and the body stay, the notification says so", async ({
  page,
}) => {
  await autoAdd(
    page,
    { meetingOptions: DEFAULTS },
    { faults: [{ method: "PATCH", path: "/me/onlineMeetings/*", status: 400, count: 9 }] },
  );
  await expect.poll(() => lastNotification(page), { timeout: 15_000 }).toBe(enUS["done.addedDefaultsMissed"]);
  const note = (await notifications(page)).at(-1)!;
  expect(note.type).toBe("errorMessage");
  const meetings = (await graphState(page)).meetings as unknown as HeldMeeting[];
  expect(meetings).toHaveLength(1);
  expect(meetings[0]!.options.lobbyBypassSettings.scope).toBe("organization");
  const a = await appointment(page);
  expect(ourBlocks(a.body)).toBe(1);
  expect(a.body).toContain("Q4 numbers");
});

test("malformed defaults in roaming settings are ignored: auto-add works as without them", async ({
  page,
}) => {
  await autoAdd(page, { meetingOptions: { allowMeetingChat: "sometimes", lobbyBypassSettings: "everyone" } });
  await expect.poll(() => lastNotification(page)).toBe(enUS["done.added"]);
  const log = await graphLog(page);
  const create = log.find((r) => r.path === "/me/onlineMeetings/createOrGet")!;
  expect(Object.keys(create.body as object).sort()).toEqual([
    "endDateTime",
    "externalId",
    "startDateTime",
    "subject",
  ]);
  expect(log.filter((r) => r.method === "PATCH")).toEqual([]);
});

/** A saved appointment on a Teams calendar, opened with these roaming settings. */
async function calendarItem(page: Page, settings: Record<string, unknown>) {
  await openWorkbench(page, "teams-calendar-saved");
  const s = (await page.evaluate(
    async () => (await fetch("/scenarios/teams-calendar-saved.json")).json() as Promise<unknown>,
  )) as Record<string, unknown>;
  s.settings = { "omo.settings": JSON.stringify({ route: "auto", ...settings }) };
  await page.evaluate(
    (x) =>
      (
        window as unknown as { omoWorkbench: { loadScenario(s: unknown): Promise<void> } }
      ).omoWorkbench.loadScenario(x),
    s,
  );
  const p = pane(page);
  await paneReady(p);
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  return p;
}

test("calendar route: the event's meeting, found by its join link, gets the defaults in one PATCH", async ({
  page,
}) => {
  const p = await calendarItem(page, { meetingOptions: DEFAULTS });
  await expect(p.getByTestId("live")).toHaveText(enUS["done.added"]);
  const log = await graphLog(page);
  const meetingCalls = log.filter((r) => r.path.startsWith("/me/onlineMeetings"));
  expect(meetingCalls.map((r) => r.method)).toEqual(["GET", "PATCH", "GET"]);
  expect(meetingCalls[0]!.query).toContain("JoinWebUrl");
  expect(meetingCalls[1]!.body).toEqual(DEFAULTS);
  const meetings = (await graphState(page)).meetings as unknown as HeldMeeting[];
  expect(meetings[0]!.options).toMatchObject(DEFAULTS);
});

test("calendar route without defaults never calls onlineMeetings", async ({ page }) => {
  await calendarItem(page, {});
  expect((await graphLog(page)).filter((r) => r.path.startsWith("/me/onlineMeetings"))).toEqual([]);
});

test("changing a setting afterwards keeps the saved defaults (the Settings panel doesn't own them)", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await p.getByTestId("options-toggle").click();
  await expect(p.getByTestId("options")).toHaveAttribute("aria-busy", "false");
  await p.getByTestId("options-defaults-save").click();
  await expect(p.getByTestId("options-defaults-message")).toHaveText(enUS["options.defaults.saved"]);
  await p.getByTestId("settings").locator("summary").click();
  await p.getByTestId("settings-route").selectOption("standalone");
  await expect(p.getByTestId("live")).toContainText("Settings saved");
  const stored = JSON.parse((await roamingSettings(page)) ?? "{}") as Record<string, unknown>;
  expect(stored).toMatchObject({ route: "standalone", meetingOptions: { allowMeetingChat: "enabled" } });
});
