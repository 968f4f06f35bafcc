// What Outlook hands over for a series is read by the adapter from outside data: dates and times that
// are not in the documented shape, a series longer than the search, and the times the span is built of.
import {
  lastOccurrenceDate,
  linkValidUntil,
  seriesEnd,
  type SeriesRecurrence,
} from "../../src/core/series-span";
import { WEEKLY_SERIES } from "../fixtures/weekly-series";

const base: SeriesRecurrence = WEEKLY_SERIES;

describe("dates not in the shape YYYY-MM-DD", () => {
  test.each([
    ["a date with a time after it", "2026-12-01T09:00"],
    ["a date with text before it", "x2026-12-01"],
    ["a five-digit year", "12026-12-01"],
  ])("a start date that is %s gives no span (nothing is guessed)", (_name, startDate) => {
    expect(seriesEnd({ ...base, startDate })).toBeNull();
  });

  test.each([
    ["a date with a time after it", "2027-03-05T23:59"],
    ["a date with text before it", "on 2027-03-05"],
  ])("an end date that is %s is handed back as it is, and gives no span", (_name, endDate) => {
    expect(lastOccurrenceDate({ ...base, endDate })).toBe(endDate);
    expect(seriesEnd({ ...base, endDate })).toBeNull();
  });

  test("an unreadable end date is handed back as it is, even for a series starting on 1 January 1970", () => {
    const r = { ...base, type: "daily" as const, startDate: "1970-01-01", endDate: "soon" };
    expect(lastOccurrenceDate(r)).toBe("soon");
  });

  test("an unreadable start date: the end date itself is the last occurrence (the pattern can't be followed)", () => {
    // 2027-03-05 is a Friday: a weekly Tuesday series can't end on it, yet without a start nothing is known.
    expect(lastOccurrenceDate({ ...base, startDate: "soon" })).toBe("2027-03-05");
  });
});

describe("a series is searched back from its end for three years (3 × 366 days) at most", () => {
  // Every five years on 1 December, from 2026: 2029-12-03 is 1098 days after the start.
  const fiveYearly: SeriesRecurrence = {
    ...base,
    type: "yearly",
    interval: 5,
    month: "dec",
    dayOfMonth: 1,
    days: undefined,
  };

  test("an occurrence 1097 days before the end is found", () => {
    expect(lastOccurrenceDate({ ...fiveYearly, endDate: "2029-12-02" })).toBe("2026-12-01");
  });

  test("one 1098 days before the end is not looked for: the end date stands, never too early", () => {
    expect(lastOccurrenceDate({ ...fiveYearly, endDate: "2029-12-03" })).toBe("2029-12-03");
    expect(lastOccurrenceDate({ ...fiveYearly, endDate: "2030-06-30" })).toBe("2030-06-30");
  });
});

describe("the start time of an occurrence", () => {
  test('"HH:mm" without the T is read too', () => {
    // 09:30 + 60 minutes + an hour's margin at UTC+0.
    expect(seriesEnd({ ...base, startTime: "09:30" })?.toISOString()).toBe("2027-03-02T11:30:00.000Z");
  });

  test('"THH:mm:ss.sss" with minutes is read to the minute', () => {
    expect(seriesEnd({ ...base, startTime: "T14:45:00.000" })?.toISOString()).toBe(
      "2027-03-02T16:45:00.000Z",
    );
  });

  test("a one-digit hour is read", () => {
    expect(seriesEnd({ ...base, startTime: "T7:05" })?.toISOString()).toBe("2027-03-02T09:05:00.000Z");
  });

  test.each([
    ["text before the time", "at 09:30"],
    ["a date before the time", "2027-03-02T09:30"],
    ["no minutes", "T09"],
    ["nothing", ""],
  ])(
    "an unreadable start time (%s) counts as 23:59, the latest it can be: the end is never too early",
    (_name, startTime) => {
      // 23:59 + 60 minutes + an hour's margin at UTC+0, on the last occurrence's day.
      expect(seriesEnd({ ...base, startTime })?.toISOString()).toBe("2027-03-03T01:59:00.000Z");
    },
  );

  test("a negative duration counts as none", () => {
    expect(seriesEnd({ ...base, durationMinutes: -30 })?.toISOString()).toBe("2027-03-02T10:00:00.000Z");
  });
});

describe("how long the join link works", () => {
  test("from a Date: 60 days after it, to the millisecond", () => {
    const end = new Date("2026-12-01T10:00:00.250Z");
    expect(linkValidUntil(end).toISOString()).toBe("2027-01-30T10:00:00.250Z");
  });

  test("from an ISO string with an offset: 60 days after that instant", () => {
    expect(linkValidUntil("2026-12-01T10:00:00+01:00").toISOString()).toBe("2027-01-30T09:00:00.000Z");
  });
});
