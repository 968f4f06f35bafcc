// Hostile bodies through both routes and removal (issue #17.1): text shaped like our join block —
// Outlook on the web's x_ copy from received mail, the old marker with comment-hidden div tags
// around the organizer's paragraph — is the organizer's text. The pane never shows its link as
// Join, adds a real meeting beside it, and removal leaves it byte for byte.
import { expect, test } from "@playwright/test";
import { appointment, failOnConsoleErrors, graphLog, openWorkbench, paneReady } from "./workbench";

failOnConsoleErrors();

/** Our blocks: bound to the item by the tag class (omo-k-…), whatever else is marker-shaped. */
function boundBlocks(body: string): number {
  return (body.match(/class="omo-join-block omo-k-[0-9a-f]{16}"/g) ?? []).length;
}

/** The organizer's text as the scenario wrote it, up to where our block goes. */
function organizerText(body: string): string {
  return body.slice(0, body.toLowerCase().lastIndexOf("</body"));
}

test("standalone route: a forged block is neither our meeting nor a Join link; add and remove keep it", async ({
  page,
}) => {
  const p = await openWorkbench(page, "forged-marker");
  await paneReady(p);
  const before = await appointment(page);
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  await expect(p.getByTestId("join-link")).toBeHidden();
  await expect(p.getByTestId("state")).toHaveText("This appointment is not an online meeting yet.");

  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "true");
  await expect(p.getByTestId("join-link")).toHaveAttribute("href", /^https:\/\/teams\.microsoft\.com\//);
  const after = await appointment(page);
  expect(boundBlocks(after.body)).toBe(1);
  expect(after.body.startsWith(organizerText(before.body))).toBe(true);
  expect((await graphLog(page)).filter((r) => r.path.endsWith("/onlineMeetings/createOrGet"))).toHaveLength(
    1,
  );

  await p.getByTestId("switch").click();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  const removed = await appointment(page);
  expect(removed.body).toBe(before.body);
  expect((await graphLog(page)).filter((r) => r.method === "DELETE")).toHaveLength(1);
});

test("calendar route: the event's join block goes in beside the forged one, which stays as it was", async ({
  page,
}) => {
  const p = await openWorkbench(page, "forged-marker-calendar");
  await paneReady(p);
  const before = await appointment(page);
  await expect(p.getByTestId("join-link")).toBeHidden();
  await p.getByTestId("switch").click();
  const confirm = p.getByTestId("confirm-continue");
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const after = await appointment(page);
  expect(boundBlocks(after.body)).toBe(1);
  expect(after.body.startsWith(organizerText(before.body))).toBe(true);
  expect(after.body).toContain("evil.example/join2");
});
