// The core flows through the workbench, as a user clicks: both routes, removal, reopening, a double
// click, throttling, a personal account and a foreign join block.
import { expect, test } from "@playwright/test";
import {
  appointment,
  clientView,
  graphLog,
  graphState,
  openWorkbench,
  ourBlocks,
  paneReady,
  runCommand,
  failOnConsoleErrors,
} from "./workbench";

const graphWrites = (log: { method: string; path: string }[]) =>
  log.filter((r) => r.method !== "GET" && !r.path.includes("__emulator"));

// No flow may log an error in the pane or the function file, on either Office.js runtime.
failOnConsoleErrors();

test("standalone route: no provider on the calendar, the pane adds a Teams meeting and removes it again", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const before = await appointment(page);
  await expect(p.getByTestId("route-note")).toBeVisible();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  await expect(p.getByTestId("join-link")).toBeVisible();

  const after = await appointment(page);
  expect(ourBlocks(after.body)).toBe(1);
  expect(after.body).toContain("teams.microsoft.com/l/meetup-join/");
  expect(after.location).toMatch(/^https:\/\/teams\.microsoft\.com\//);
  const creates = (await graphLog(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"));
  expect(creates).toHaveLength(1);
  expect(creates[0]!.headers["accept-language"]).toBe("en-US");
  await page.screenshot({ path: "test-results/screenshots/workbench-standalone-en-US.png" });

  await p.getByTestId("switch").click();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  const removed = await appointment(page);
  // Exactly the organizer's body, as the Outlook client writes it back (Outlook on the web by default).
  expect(removed.body).toBe(await clientView(page, before.body));
  expect(removed.location).toBe(before.location);
  expect((await graphLog(page)).filter((r) => r.method === "DELETE")).toHaveLength(1);
});

test("calendar route: a new appointment is saved after confirmation and becomes an online event", async ({
  page,
}) => {
  const p = await openWorkbench(page, "teams-calendar-new");
  await paneReady(p);
  await expect(p.locator("input[value='calendar:teamsForBusiness']")).toBeChecked();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("confirm")).toBeVisible();
  expect((await appointment(page)).isNew).toBe(true);
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const after = await appointment(page);
  expect(after.isNew).toBe(false);
  expect(ourBlocks(after.body)).toBe(1);
  const patches = (await graphLog(page)).filter((r) => r.method === "PATCH" && r.path.includes("/events/"));
  expect(patches).toHaveLength(1);
  expect(patches[0]!.body).toEqual({ isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" });
  // The switch can't turn it off: Graph can't either.
  await expect(p.getByTestId("switch")).toBeDisabled();
});

test("calendar route: cancelling the confirmation saves nothing", async ({ page }) => {
  const p = await openWorkbench(page, "teams-calendar-new");
  await paneReady(p);
  const before = await appointment(page);
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-cancel").click();
  const after = await appointment(page);
  expect(after.isNew).toBe(true);
  expect(after.body).toBe(before.body);
  expect(graphWrites(await graphLog(page))).toHaveLength(0);
});

test("reopening an appointment that already has our meeting shows it and adds nothing", async ({ page }) => {
  const p = await openWorkbench(page, "already-ours");
  await paneReady(p);
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  await expect(p.getByTestId("join-link")).toBeVisible();
  const result = await runCommand(page);
  expect(result.completedCalls).toBe(1);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
  expect(graphWrites(await graphLog(page))).toHaveLength(0);
});

test("a double click makes one meeting and one block", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").dblclick();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const creates = (await graphLog(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"));
  expect(creates.length).toBeLessThanOrEqual(1);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("the command and the pane at once still make one meeting", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const [cmd] = await Promise.all([runCommand(page), p.getByTestId("switch").click()]);
  expect(cmd.completedCalls).toBe(1);
  await expect.poll(async () => ourBlocks((await appointment(page)).body)).toBe(1);
  // What Graph holds: exactly one meeting, and it is the one in the body.
  const state = await graphState(page);
  expect(state.meetings).toHaveLength(1);
  expect((await appointment(page)).body.replace(/&amp;/g, "&")).toContain(state.meetings[0]!.join.joinUrl);
});

test("throttling: a 429 is retried after Retry-After and succeeds", async ({ page }) => {
  const p = await openWorkbench(page, "throttled-429");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true", { timeout: 20_000 });
  const creates = (await graphLog(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"));
  expect(creates.map((r) => r.status)).toEqual([429, 201]);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("a personal account is told plainly and nothing changes", async ({ page }) => {
  const p = await openWorkbench(page, "personal-account");
  await paneReady(p);
  const before = await appointment(page);
  await p.locator("input[value=standalone]").check();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("error")).toContainText("Personal Microsoft accounts");
  const after = await appointment(page);
  expect(after.body).toBe(before.body);
  expect(after.location).toBe(before.location);
});

test("Outlook can't save the new appointment: a clear message, nothing changed, Try again works once it can", async ({
  page,
}) => {
  const p = await openWorkbench(page, "outlook-save-fails");
  await paneReady(p);
  const before = await appointment(page);
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("error")).toContainText("Outlook couldn't complete the action");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  const after = await appointment(page);
  expect([after.isNew, after.body, after.location]).toEqual([true, before.body, before.location]);
  expect((await graphLog(page)).filter((r) => r.method !== "GET")).toEqual([]);

  await page.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { setOutlookFaults(f: object): void } }
    ).omoWorkbench.setOutlookFaults({}),
  );
  await p.getByTestId("retry").click();
  // Already confirmed once for this appointment: the retry doesn't ask again.
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("confirm")).toBeHidden();
  const saved = await appointment(page);
  expect(saved.isNew).toBe(false);
  expect(ourBlocks(saved.body)).toBe(1);
});

test("a foreign join block is detected and nothing is added unless the user insists", async ({ page }) => {
  const p = await openWorkbench(page, "foreign-zoom");
  await paneReady(p);
  await expect(p.getByTestId("foreign")).toContainText("Zoom");
  const before = await appointment(page);
  const result = await runCommand(page);
  expect(result.completedCalls).toBe(1);
  expect((await appointment(page)).body).toBe(before.body);
  expect(graphWrites(await graphLog(page))).toHaveLength(0);
});

test("the one-click command run while the pane is open: back in the pane, it shows the meeting", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  expect((await runCommand(page)).completedCalls).toBe(1);
  // Back to the pane: a click on its text (not a control) gives its window the focus.
  await p.locator("h1, h2, p").first().click();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("the one-click command adds a standalone meeting with notifications", async ({ page }) => {
  await openWorkbench(page, "no-provider-standalone");
  const result = await runCommand(page);
  expect(result.completedCalls).toBe(1);
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});
