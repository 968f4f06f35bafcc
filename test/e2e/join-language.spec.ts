// The invitation's join text in the language the organizer picks: at creation, whatever createOrGet
// does with Accept-Language, and afterwards on the same meeting (no new meeting, no new link).
import { expect, test } from "@playwright/test";
import {
  appointment,
  clientView,
  graphLog,
  graphState,
  openWorkbench,
  ourBlocks,
  paneReady,
  failOnConsoleErrors,
} from "./workbench";
import { readBlockContent, removeBlock } from "../../src/core/body-block";

failOnConsoleErrors();

// Our block as the Outlook client keeps it: found by its id (Outlook on the web drops classes and
// data- attributes and may prefix ids with x_; office-js #5296), by the product's own parser.
const block = (body: string) => readBlockContent(body, "html") ?? "";

test("an existing standalone meeting's join text is put into another language: same meeting, one request", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  const original = await appointment(page);
  await p.locator("input[value=standalone]").check();
  await p.getByTestId("language").selectOption("en-US");
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const added = await appointment(page);
  expect(block(added.body)).toContain("Microsoft Teams meeting");
  const [meeting] = (await graphState(page)).meetings;
  const logBefore = (await graphLog(page)).length;

  // The organizer picks Japanese for the meeting that is already in the invitation.
  await expect(p.getByTestId("language")).toBeEnabled();
  await p.getByTestId("language").selectOption("ja-JP");
  await expect(p.getByTestId("live")).toContainText("now in Japanese");
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");

  const changed = await appointment(page);
  expect(ourBlocks(changed.body)).toBe(1);
  expect(block(changed.body)).toContain("Microsoft Teams 会議");
  expect(block(changed.body)).not.toContain("Microsoft Teams meeting");
  // The organizer's own text is as it was, outside our block.
  expect(removeBlock(changed.body, "html")).toBe(removeBlock(added.body, "html"));
  expect(changed.location).toBe(added.location);
  const requests = (await graphLog(page)).slice(logBefore).filter((r) => !r.path.includes("__emulator"));
  expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
    `GET /me/onlineMeetings/${encodeURIComponent(meeting!.id)}`,
  ]);
  expect(requests[0]!.headers["accept-language"]).toBe("ja-JP");
  const after = await graphState(page);
  expect(after.meetings.map((m) => m.id)).toEqual([meeting!.id]);
  expect(changed.body.replace(/&amp;/g, "&")).toContain(meeting!.join.joinUrl);

  // Removing still takes exactly our block out.
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  // Exactly the organizer's body, as the Outlook client writes it back (Outlook on the web by default).
  expect((await appointment(page)).body).toBe(await clientView(page, original.body));
});

test("a new meeting's join text is in the chosen language, whether or not createOrGet honours Accept-Language", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.locator("input[value=standalone]").check();
  await p.getByTestId("language").selectOption("ja-JP");
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const body = (await appointment(page)).body;
  expect(block(body)).toContain("Microsoft Teams 会議");
  expect(block(body)).not.toContain("Microsoft Teams meeting");
  const calls = (await graphLog(page)).filter((r) => r.path.includes("/onlineMeetings"));
  // createOrGet, and a GET in the chosen language only where createOrGet answered in another one.
  expect(calls[0]!.path).toBe("/me/onlineMeetings/createOrGet");
  expect(calls.length).toBeLessThanOrEqual(2);
  expect(calls.every((r) => r.headers["accept-language"] === "ja-JP")).toBe(true);
});

test("the pane says until when the join link works: 60 days after the meeting ends, in the UI language", async ({
  page,
}) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await expect(p.getByTestId("valid-until")).toBeHidden();
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  // The appointment ends on 1 December 2026, 10:00 UTC.
  await expect(p.getByTestId("valid-until")).toHaveText(
    "The join link works until January 30, 2027, 60 days after the meeting ends.",
  );
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("switch")).toHaveAttribute("aria-checked", "false");
  await expect(p.getByTestId("valid-until")).toBeHidden();
});

test("moving the appointment moves the link's expiry with it", async ({ page }) => {
  const p = await openWorkbench(page, "no-provider-standalone");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  await page.evaluate(() =>
    (
      window as unknown as { omoWorkbench: { setAppointment(a: { start: string; end: string }): void } }
    ).omoWorkbench.setAppointment({ start: "2027-02-01T09:00:00.000Z", end: "2027-02-01T10:00:00.000Z" }),
  );
  await expect(p.getByTestId("valid-until")).toContainText("April 2, 2027");
});
