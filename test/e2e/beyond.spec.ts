// Beyond the basics, through the workbench: a standalone meeting follows the appointment's time and
// subject, a delegate works in the owner's calendar, and a recurring series gets one meeting.
import { expect, test } from "@playwright/test";
import {
  appointment,
  graphLog,
  graphState,
  openWorkbench,
  ourBlocks,
  paneReady,
  runCommand,
  failOnConsoleErrors,
} from "./workbench";

// No flow may log an error in the pane or the function file, on either Office.js runtime.
failOnConsoleErrors();

test("changing the time updates the standalone meeting while the pane is open; the subject on the next open", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await page.evaluate(() =>
    (window as unknown as { omoWorkbench: { setAppointment(a: unknown): void } }).omoWorkbench.setAppointment(
      {
        start: "2026-12-01T13:00:00.000Z",
        end: "2026-12-01T14:30:00.000Z",
      },
    ),
  );
  await expect
    .poll(
      async () =>
        (await graphLog(page)).filter((r) => r.method === "PATCH" && r.path.startsWith("/me/onlineMeetings/"))
          .length,
    )
    .toBe(1);
  let meeting = (await graphState(page)).meetings[0] as unknown as {
    startDateTime: string;
    endDateTime: string;
    subject: string;
  };
  expect(meeting).toMatchObject({
    startDateTime: "2026-12-01T13:00:00.000Z",
    endDateTime: "2026-12-01T14:30:00.000Z",
  });

  await page.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { setAppointment(a: unknown): void; openPane(): void } }
    ).omoWorkbench.setAppointment({ subject: "Renamed review" }),
  );
  await page.evaluate(() =>
    (window as unknown as { omoWorkbench: { openPane(): void } }).omoWorkbench.openPane(),
  );
  await paneReady(p);
  await expect
    .poll(async () => ((await graphState(page)).meetings[0] as unknown as { subject: string }).subject)
    .toBe("Renamed review");
  meeting = (await graphState(page)).meetings[0] as unknown as typeof meeting;
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("a delegate gets the owner's providers and an online event in the owner's mailbox", async ({ page }) => {
  const p = await openWorkbench(page, "shared-calendar");
  await paneReady(p);
  await expect(p.locator("input[value='calendar:teamsForBusiness']")).toBeChecked();
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const log = await graphLog(page);
  expect(log.some((r) => r.method === "GET" && r.path === "/users/nestor.wilke%40contoso.com/calendar")).toBe(
    true,
  );
  expect(
    log.some((r) => r.method === "PATCH" && r.path.startsWith("/users/nestor.wilke%40contoso.com/events/")),
  ).toBe(true);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("a recurring series gets one meeting for the whole series", async ({ page }) => {
  const p = await openWorkbench(page, "recurring-series");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  expect((await graphState(page)).meetings).toHaveLength(1);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("the network down: a clear message, nothing changed, and Try again works once it is back", async ({
  page,
}) => {
  const p = await openWorkbench(page, "offline");
  await paneReady(p);
  const before = await appointment(page);
  await expect(p.getByTestId("error")).toContainText("offline");
  expect((await appointment(page)).body).toBe(before.body);
});

test("auto-add: a new appointment gets a standalone meeting as it opens, and is not saved", async ({
  page,
}) => {
  await openWorkbench(page, "auto-add");
  await expect.poll(async () => ourBlocks((await appointment(page)).body), { timeout: 15_000 }).toBe(1);
  const a = await appointment(page);
  expect(a.isNew).toBe(true);
  expect((a as unknown as { saves: number }).saves).toBe(0);
  expect((await graphState(page)).meetings).toHaveLength(1);
  expect((await graphState(page)).events).toHaveLength(0);
});

test("auto-add off: opening a new appointment changes nothing", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await page.waitForTimeout(500);
  expect(ourBlocks((await appointment(page)).body)).toBe(0);
  expect((await graphLog(page)).filter((r) => r.method !== "GET")).toHaveLength(0);
});

test("the mobile toggle adds a standalone meeting even where the calendar offers Teams", async ({ page }) => {
  await openWorkbench(page, "teams-calendar-new");
  const result = await runCommand(page, "addOnlineMeetingMobile");
  expect(result.completedCalls).toBe(1);
  const a = await appointment(page);
  expect(ourBlocks(a.body)).toBe(1);
  expect(a.isNew).toBe(true);
  expect((await graphLog(page)).some((r) => r.path.endsWith("/onlineMeetings/createOrGet"))).toBe(true);
  expect((await graphLog(page)).some((r) => r.method === "PATCH")).toBe(false);
});

test("settings persist in roaming settings and the ribbon command follows them", async ({ page }) => {
  const p = await openWorkbench(page, "teams-calendar-saved");
  await paneReady(p);
  await p.getByTestId("settings").locator("summary").click();
  await p.getByTestId("settings-route").selectOption("standalone");
  await expect(p.getByTestId("live")).toContainText("Settings saved");
  const result = await runCommand(page);
  expect(result.completedCalls).toBe(1);
  expect((await graphLog(page)).some((r) => r.path.endsWith("/onlineMeetings/createOrGet"))).toBe(true);
  expect((await graphLog(page)).some((r) => r.method === "PATCH" && r.path.includes("/events/"))).toBe(false);
});
