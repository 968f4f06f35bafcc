// A delegate in someone else's calendar, through the workbench against the emulator's permission
// rules (emulator/graph/README.md P4–P6): the calendar route makes the owner the organizer; the
// standalone route says first that the delegate will be; a view-only share says exactly that.
import { expect, test } from "@playwright/test";
import { appointment, failOnConsoleErrors, graphLog, openWorkbench, ourBlocks, paneReady } from "./workbench";

failOnConsoleErrors();
const OWNER = "nestor.wilke@contoso.com";

test("calendar route in the owner's calendar: the owner is the Teams organizer, shown in the pane", async ({
  page,
}) => {
  const p = await openWorkbench(page, "shared-calendar");
  await paneReady(p);
  await expect(p.getByTestId("route-note")).toBeHidden();
  await p.getByTestId("switch").click();
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("state")).toContainText(`Teams organizer: ${OWNER}`);
});

test("standalone route in the owner's calendar: told first that the delegate organizes it; /me/onlineMeetings", async ({
  page,
}) => {
  const p = await openWorkbench(page, "shared-calendar");
  await paneReady(p);
  await p.locator("input[value='standalone']").check();
  await expect(p.getByTestId("route-note")).toHaveText(
    `In ${OWNER}'s calendar a standalone meeting is created in your name: you, not ${OWNER}, will be its Teams organizer.`,
  );
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const creates = (await graphLog(page)).filter((r) => r.path.includes("/onlineMeetings"));
  expect(creates.map((r) => [r.method, r.path, r.status])).toEqual([
    ["POST", "/me/onlineMeetings/createOrGet", 201],
  ]);
  await expect(p.getByTestId("state")).toContainText("Teams organizer: megan.bowen@contoso.com");
  expect(ourBlocks((await appointment(page)).body)).toBe(1);
});

test("a calendar shared for viewing only: the pane says exactly that, and nothing is saved or changed", async ({
  page,
}) => {
  const p = await openWorkbench(page, "shared-calendar-view-only");
  await paneReady(p);
  const before = await appointment(page);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("error")).toContainText(
    `${OWNER} shared this calendar with you without permission to edit it. Ask ${OWNER} for edit or delegate access to add an online meeting here.`,
  );
  const after = await appointment(page);
  expect(after.itemId).toBeNull();
  expect(after.body).toBe(before.body);
  expect((await graphLog(page)).some((r) => r.method === "PATCH")).toBe(false);
});
