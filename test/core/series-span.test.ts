// A standalone meeting for a series must last as long as the series (Teams links expire 60 days after
// the meeting's end): the last occurrence of every Outlook recurrence pattern, never earlier.
import {
  lastOccurrenceDate,
  linkValidUntil,
  NO_END_YEARS,
  seriesEnd,
  type SeriesRecurrence,
} from "../../src/core/series-span";
import { WEEKLY_SERIES } from "../fixtures/weekly-series";

const base: SeriesRecurrence = WEEKLY_SERIES;

describe("the last occurrence of a series", () => {
  test.each<[string, Partial<SeriesRecurrence>, string | null]>([
    ["weekly on Tuesdays, ending on a Friday", {}, "2027-03-02"],
    ["weekly on Tuesday and Thursday", { days: ["tue", "thu"], endDate: "2027-03-05" }, "2027-03-04"],
    ["every second week", { interval: 2, endDate: "2026-12-14" }, "2026-12-01"],
    ["every third day", { type: "daily", interval: 3, endDate: "2026-12-10" }, "2026-12-10"],
    [
      "every third day, ending between two",
      { type: "daily", interval: 3, endDate: "2026-12-09" },
      "2026-12-07",
    ],
    ["every weekday, ending on a Sunday", { type: "weekday", endDate: "2027-01-10" }, "2027-01-08"],
    ["monthly on the 31st", { type: "monthly", dayOfMonth: 31, endDate: "2027-04-15" }, "2027-03-31"],
    [
      "every second month on the 31st (a short month takes its last day)",
      { type: "monthly", interval: 2, dayOfMonth: 31, startDate: "2026-12-31", endDate: "2027-04-15" },
      "2027-02-28",
    ],
    [
      "monthly on the last Friday",
      { type: "monthly", weekNumber: "last", dayOfWeek: "fri", endDate: "2027-02-20" },
      "2027-01-29",
    ],
    [
      "monthly on the second Tuesday",
      { type: "monthly", weekNumber: "second", dayOfWeek: "tue", endDate: "2027-01-31" },
      "2027-01-12",
    ],
    [
      "monthly on the first weekday",
      { type: "monthly", weekNumber: "first", dayOfWeek: "weekday", endDate: "2027-01-31" },
      "2027-01-01",
    ],
    [
      "yearly on 1 December",
      { type: "yearly", month: "dec", dayOfMonth: 1, endDate: "2029-06-01" },
      "2028-12-01",
    ],
    ["no end date", { endDate: null }, null],
  ])("%s", (_name, change, expected) => {
    expect(lastOccurrenceDate({ ...base, ...change })).toBe(expected);
  });

  test("never earlier than the real last occurrence: every weekly pattern checked day by day", () => {
    const all: SeriesRecurrence["days"] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    for (let mask = 1; mask < 128; mask += 7) {
      const days = all.filter((_, i) => mask & (1 << i));
      for (const interval of [1, 2, 3]) {
        for (const endDate of ["2026-12-20", "2027-01-31", "2027-02-14"]) {
          const r = { ...base, days, interval, endDate, firstDayOfWeek: "sun" as const };
          // Walk forward from the start as Outlook lays the series out.
          let expected: string | null = null;
          const start = Date.parse("2026-11-29"); // the Sunday of the start week
          for (let t = Date.parse(base.startDate); t <= Date.parse(endDate); t += 86_400_000) {
            const week = Math.floor((t - start) / (7 * 86_400_000));
            const day = all[new Date(t).getUTCDay()]!;
            if (week % interval === 0 && days.includes(day))
              expected = new Date(t).toISOString().slice(0, 10);
          }
          expect(lastOccurrenceDate(r) ?? "").toBe(expected ?? base.startDate);
        }
      }
    }
  });
});

describe("when the series ends, as an instant", () => {
  test("the end of the last occurrence, plus an hour for daylight saving", () => {
    expect(seriesEnd(base)?.toISOString()).toBe("2027-03-02T11:00:00.000Z");
  });

  test("the series' offset from UTC is applied (UTC+1: 09:00–10:00 local is 08:00–09:00 UTC)", () => {
    expect(seriesEnd({ ...base, offsetMinutes: 60 })?.toISOString()).toBe("2027-03-02T10:00:00.000Z");
  });

  test("an offset Outlook doesn't give counts as the latest there is (UTC−12)", () => {
    expect(seriesEnd({ ...base, offsetMinutes: undefined })?.toISOString()).toBe("2027-03-02T22:00:00.000Z");
  });

  test(`a series without an end: ${NO_END_YEARS} years after its start`, () => {
    expect(seriesEnd({ ...base, endDate: null })?.toISOString()).toBe(
      `${2026 + NO_END_YEARS}-12-01T11:00:00.000Z`,
    );
  });

  test("an unreadable start date gives no span", () => {
    expect(seriesEnd({ ...base, startDate: "soon" })).toBeNull();
  });
});

test("a join link works until 60 days after the meeting's end", () => {
  expect(linkValidUntil("2026-12-01T10:00:00.000Z").toISOString()).toBe("2027-01-30T10:00:00.000Z");
});
