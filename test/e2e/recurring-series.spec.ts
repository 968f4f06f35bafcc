// Recurring series, end to end on both Office.js runtimes, with the workbench modelling a series as
// Outlook hands it over in compose mode (item.recurrence with its seriesTime, RecurrenceChanged,
// item.seriesId for an occurrence; workbench/README.md "Recurring series"). Guarantee: a Teams join
// link made for a series works until after its last occurrence (links expire 60 days after the
// meeting ends, MC772556), stays so when the pattern changes, and the pane says until when.
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, graphLog, graphState, openWorkbench, pane, paneReady } from "./workbench";

failOnConsoleErrors();

interface Meeting {
  startDateTime: string;
  endDateTime: string;
  linkExpiresAt: string;
}

async function onlyMeeting(page: Page): Promise<Meeting> {
  const { meetings } = (await graphState(page)) as unknown as { meetings: Meeting[] };
  expect(meetings).toHaveLength(1);
  return meetings[0]!;
}

const DAY = 86_400_000;
// The series in scenarios/recurring-series.json: every Tuesday, 1 December 2026 – 2 March 2027, 09:00–10:00 UTC.
const LAST_OCCURRENCE_ENDS = Date.parse("2027-03-02T10:00:00.000Z");

test("a series' standalone meeting lasts past its last occurrence, and the pane says until when the link works", async ({
  page,
}) => {
  const p = await openWorkbench(page, "recurring-series");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const meeting = await onlyMeeting(page);
  // Starts with the first occurrence, ends no earlier than the last one (the first ends 1 December).
  expect(meeting.startDateTime).toBe("2026-12-01T09:00:00.000Z");
  expect(Date.parse(meeting.endDateTime)).toBeGreaterThanOrEqual(LAST_OCCURRENCE_ENDS);
  // The emulator's own link lifetime (rule L1): still joinable for 60 days after the last occurrence.
  expect(Date.parse(meeting.linkExpiresAt)).toBeGreaterThanOrEqual(LAST_OCCURRENCE_ENDS + 60 * DAY);
  // The series ends 2 March 2027 (plus the hour the product allows for daylight saving): 1 May 2027.
  await expect(p.getByTestId("valid-until")).toHaveText(
    "The join link works until May 1, 2027, 60 days after the meeting ends.",
  );
});

test("changing the series' end in the form updates the meeting and the date the pane shows", async ({
  page,
}) => {
  const p = await openWorkbench(page, "recurring-series");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  // The organizer extends the series to 29 June 2027 (a Tuesday): Outlook raises RecurrenceChanged.
  await page.getByTestId("repeat-until").fill("2027-06-29");
  await expect(p.getByTestId("valid-until")).toHaveText(
    "The join link works until August 28, 2027, 60 days after the meeting ends.",
  );
  const patches = (await graphLog(page)).filter(
    (r) => r.method === "PATCH" && r.path.startsWith("/me/onlineMeetings/"),
  );
  expect(patches).toHaveLength(1);
  const meeting = await onlyMeeting(page);
  expect(Date.parse(meeting.endDateTime)).toBeGreaterThanOrEqual(Date.parse("2027-06-29T10:00:00.000Z"));
  expect(Date.parse(meeting.linkExpiresAt)).toBeGreaterThanOrEqual(
    Date.parse("2027-06-29T10:00:00.000Z") + 60 * DAY,
  );
  // Then without an end date: the meeting gets the far end (src/core/series-span.ts NO_END_YEARS).
  await page.getByTestId("repeat-until").fill("");
  await expect(p.getByTestId("valid-until")).toHaveText(
    "The join link works until January 30, 2032, 60 days after the meeting ends.",
  );
  expect((await onlyMeeting(page)).endDateTime).toBe("2031-12-01T11:00:00.000Z");
});

// Outlook on the web has answered a series that began in the past with its end date as 0/0/0
// (office-js #1978): the add-in then takes it for a series without an end, and the link still
// outlives the real last occurrence.
test("a series whose end date Outlook doesn't report: the meeting gets the far end, never the first occurrence's", async ({
  page,
}) => {
  await openWorkbench(page, "recurring-series");
  await page.evaluate(async () => {
    const wb = (
      window as unknown as {
        omoWorkbench: { loadScenario(s: unknown): Promise<void> };
      }
    ).omoWorkbench;
    const s = (await (await fetch("/scenarios/recurring-series.json")).json()) as Record<string, unknown>;
    await wb.loadScenario({ ...s, outlook: { recurrenceEndLost: true } });
  });
  const p = pane(page);
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  const meeting = await onlyMeeting(page);
  expect(meeting.endDateTime).toBe("2031-12-01T11:00:00.000Z");
  expect(Date.parse(meeting.linkExpiresAt)).toBeGreaterThan(LAST_OCCURRENCE_ENDS + 60 * DAY);
});

test("one occurrence of a series: the confirmation says the whole series goes online, then the series does", async ({
  page,
}) => {
  const p = await openWorkbench(page, "recurring-occurrence");
  await paneReady(p);
  await p.getByTestId("switch").click();
  await expect(p.getByTestId("confirm")).toBeVisible();
  await expect(p.getByTestId("confirm-series")).toBeVisible();
  await expect(p.getByTestId("confirm-series")).toContainText("whole series");
  await p.getByTestId("confirm-continue").click();
  await expect(p.getByTestId("live")).toHaveAttribute("data-done", "true");
  // The occurrence's seriesId is the master's EWS id; its REST form is what goes online.
  const masterRest = "AAMkADseries_master-0003=";
  const patches = (await graphLog(page)).filter((r) => r.method === "PATCH");
  expect(patches.map((r) => r.path)).toEqual([`/me/events/${encodeURIComponent(masterRest)}`]);
  const { events } = await graphState(page);
  expect(events.find((e) => e.id === masterRest)?.isOnlineMeeting).toBe(true);
});
