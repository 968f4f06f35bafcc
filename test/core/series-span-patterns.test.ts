// The last occurrence of every Outlook recurrence pattern (Office.Recurrence), checked against a
// reference that lays the series out month by month / week by week as the calendar shows it.
import { lastOccurrenceDate, type SeriesRecurrence, type Weekday } from "../../src/core/series-span";

const DAY = 86_400_000;
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
type WeekNumber = NonNullable<SeriesRecurrence["weekNumber"]>;

const base: SeriesRecurrence = {
  type: "monthly",
  interval: 1,
  startDate: "2026-12-01",
  endDate: "2027-12-31",
  startTime: "T09:00:00.000",
  durationMinutes: 60,
  offsetMinutes: 0,
};

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** The days of a month a "dayOfWeek" value accepts, as Outlook's pattern editor offers them. */
function fitting(y: number, m: number, kind: string): number[] {
  const out: number[] = [];
  for (let d = 1; d <= daysIn(y, m); d++) {
    const w = new Date(Date.UTC(y, m, d)).getUTCDay();
    const ok =
      kind === "day" ||
      (kind === "weekday" && w !== 0 && w !== 6) ||
      (kind === "weekendDay" && (w === 0 || w === 6)) ||
      WEEKDAYS[w] === kind;
    if (ok) out.push(d);
  }
  return out;
}

/** The series' day in month `m` of year `y`: "the second weekday", "the last Friday", "the 31st". */
function dayInMonth(y: number, m: number, r: SeriesRecurrence): number | undefined {
  if (r.dayOfMonth !== undefined) return Math.min(r.dayOfMonth, daysIn(y, m));
  const days = fitting(y, m, r.dayOfWeek!);
  const n = { first: 0, second: 1, third: 2, fourth: 3 } as Record<string, number>;
  return r.weekNumber === "last" ? days[days.length - 1] : days[n[r.weekNumber!]!];
}

/** Walks the series month by month from its start (every `interval` months or years) to its end date. */
function expectedLast(r: SeriesRecurrence): string {
  const start = Date.parse(r.startDate);
  const end = Date.parse(r.endDate!);
  const s = new Date(start);
  let last: string | null = null;
  const step = r.type === "yearly" ? 12 * r.interval : r.interval;
  const firstMonth = r.type === "yearly" ? MONTHS.indexOf(r.month!) : s.getUTCMonth();
  for (let k = 0; ; k += step) {
    const y = s.getUTCFullYear() + Math.floor((firstMonth + k) / 12);
    const m = (firstMonth + k) % 12;
    if (Date.UTC(y, m, 1) > end) break;
    const d = dayInMonth(y, m, r);
    if (d === undefined) continue;
    const t = Date.UTC(y, m, d);
    if (t >= start && t <= end) last = iso(t);
  }
  // Outlook would not save a series without an occurrence; the end date is the safe answer then.
  return last ?? r.endDate!;
}

describe("monthly on the nth day of a kind", () => {
  test.each<[string, Partial<SeriesRecurrence>, string]>([
    // January 2027 ends on a Sunday: its last weekday is Friday the 29th.
    [
      "the last weekday, in a month ending on a weekend",
      { weekNumber: "last", dayOfWeek: "weekday" },
      "2027-01-29",
    ],
    // February 2027 starts on a Monday: Monday is a weekday.
    [
      "the first weekday, in a month starting on a Monday",
      { weekNumber: "first", dayOfWeek: "weekday" },
      "2027-02-01",
    ],
    // July 2027 ends on a Saturday: not a weekday.
    [
      "the last weekday, in a month ending on a Saturday",
      { weekNumber: "last", dayOfWeek: "weekday" },
      "2027-07-30",
    ],
    // January 2027: Fri 1, Mon 4, Tue 5: the third weekday is the 5th.
    ["the third weekday, across a weekend", { weekNumber: "third", dayOfWeek: "weekday" }, "2027-01-05"],
    // August 2027 starts on a Sunday.
    ["the first weekend day, a Sunday", { weekNumber: "first", dayOfWeek: "weekendDay" }, "2027-08-01"],
    // May 2027 starts on a Saturday: its second weekend day is Sunday the 2nd.
    ["the second weekend day", { weekNumber: "second", dayOfWeek: "weekendDay" }, "2027-05-02"],
    // July 2027 ends on a Saturday; October 2027 on a Sunday.
    ["the last weekend day, a Saturday", { weekNumber: "last", dayOfWeek: "weekendDay" }, "2027-07-31"],
    ["the last weekend day, a Sunday", { weekNumber: "last", dayOfWeek: "weekendDay" }, "2027-10-31"],
    ["the first day of the month", { weekNumber: "first", dayOfWeek: "day" }, "2027-03-01"],
    ["the last day of the month", { weekNumber: "last", dayOfWeek: "day" }, "2027-02-28"],
  ])("%s", (_name, change, expected) => {
    // The end date is the expected day's month end, or the day itself: the answer is in that month.
    const r = { ...base, ...change, endDate: expected };
    expect(lastOccurrenceDate(r)).toBe(expected);
    expect(lastOccurrenceDate(r)).toBe(expectedLast(r));
  });

  test("the last day of the month, with the series ending the day before a month's end", () => {
    // 30 January is not the last day of January: the last occurrence is 31 December.
    const r = { ...base, weekNumber: "last" as const, dayOfWeek: "day", endDate: "2027-01-30" };
    expect(lastOccurrenceDate(r)).toBe("2026-12-31");
  });

  test("the last Friday, with the series ending on a Friday that is not the month's last", () => {
    const r = { ...base, weekNumber: "last" as const, dayOfWeek: "fri", endDate: "2027-01-22" };
    expect(lastOccurrenceDate(r)).toBe("2026-12-25");
  });

  test("every kind, every week number, every end date of a year: as the calendar lays it out", () => {
    const wrong: string[] = [];
    const kinds = ["day", "weekday", "weekendDay", ...WEEKDAYS];
    const numbers: WeekNumber[] = ["first", "second", "third", "fourth", "last"];
    for (const dayOfWeek of kinds) {
      for (const weekNumber of numbers) {
        for (let t = Date.parse("2027-01-01"); t <= Date.parse("2027-12-31"); t += 5 * DAY) {
          const r = { ...base, dayOfWeek, weekNumber, endDate: iso(t) };
          const got = lastOccurrenceDate(r);
          const want = expectedLast(r);
          if (got !== want) wrong.push(`${weekNumber} ${dayOfWeek} to ${r.endDate}: ${got} not ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("monthly and yearly intervals", () => {
  test("every fifth month on the 1st, across a year end (December, May, October)", () => {
    const r = { ...base, interval: 5, dayOfMonth: 1, endDate: "2027-06-15" };
    expect(lastOccurrenceDate(r)).toBe("2027-05-01");
  });

  test("every n months on a day, every end date of two years: as the calendar lays it out", () => {
    const wrong: string[] = [];
    for (const interval of [1, 2, 3, 5, 7]) {
      for (const dayOfMonth of [1, 15, 29, 31]) {
        for (let t = Date.parse("2027-01-01"); t <= Date.parse("2028-12-31"); t += 5 * DAY) {
          const r = { ...base, interval, dayOfMonth, endDate: iso(t) };
          const got = lastOccurrenceDate(r);
          const want = expectedLast(r);
          if (got !== want)
            wrong.push(`every ${interval} on ${dayOfMonth} to ${r.endDate}: ${got} not ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test("every second year: the year between is skipped", () => {
    const r = {
      ...base,
      type: "yearly" as const,
      interval: 2,
      month: "dec",
      dayOfMonth: 1,
      endDate: "2028-06-01",
    };
    expect(lastOccurrenceDate(r)).toBe("2026-12-01");
  });

  test("every third year: the two years between are skipped", () => {
    const r = {
      ...base,
      type: "yearly" as const,
      interval: 3,
      month: "dec",
      dayOfMonth: 1,
      endDate: "2029-06-01",
    };
    expect(lastOccurrenceDate(r)).toBe("2026-12-01");
  });

  test("yearly on the last weekday of February", () => {
    // February 2028 ends on Tuesday the 29th (a leap year).
    const r: SeriesRecurrence = {
      ...base,
      type: "yearly",
      month: "feb",
      weekNumber: "last",
      dayOfWeek: "weekday",
      endDate: "2028-12-31",
    };
    expect(lastOccurrenceDate(r)).toBe("2028-02-29");
    expect(lastOccurrenceDate(r)).toBe(expectedLast(r));
  });

  test("a month spelled out or capitalised ('December', 'Dec') is read by its first three letters", () => {
    for (const month of ["December", "Dec", "DEC"]) {
      const r = { ...base, type: "yearly" as const, month, dayOfMonth: 1, endDate: "2029-06-01" };
      expect(lastOccurrenceDate(r)).toBe("2028-12-01");
    }
  });

  test("yearly without a month (Outlook didn't say): any month counts, so the answer is never too early", () => {
    const r = { ...base, type: "yearly" as const, dayOfMonth: 1, endDate: "2027-06-15" };
    expect(lastOccurrenceDate(r)).toBe("2027-06-01");
  });

  test("monthly without a day or week number (Outlook didn't say): the end date itself", () => {
    // Every second month from December: January is no month of the series, yet the end date stands.
    const r = { ...base, interval: 2, endDate: "2027-01-15" };
    expect(lastOccurrenceDate(r)).toBe("2027-01-15");
    expect(lastOccurrenceDate({ ...r, dayOfWeek: "fri" })).toBe("2027-01-15");
    expect(lastOccurrenceDate({ ...r, weekNumber: "first" })).toBe("2027-01-15");
  });
});

describe("weekly patterns", () => {
  const weekly: SeriesRecurrence = { ...base, type: "weekly", days: ["tue"] };

  test("without days (Outlook didn't say): the weekday of the series' start", () => {
    // 2026-12-01 is a Tuesday; 2027-01-14 a Thursday.
    expect(lastOccurrenceDate({ ...weekly, days: undefined, endDate: "2027-01-14" })).toBe("2027-01-12");
  });

  test("with an empty list of days: the weekday of the series' start", () => {
    expect(lastOccurrenceDate({ ...weekly, days: [], endDate: "2027-01-14" })).toBe("2027-01-12");
  });

  test("every seventh week: the six weeks between are skipped", () => {
    expect(lastOccurrenceDate({ ...weekly, interval: 7, endDate: "2027-01-12" })).toBe("2026-12-01");
    expect(lastOccurrenceDate({ ...weekly, interval: 7, endDate: "2027-01-19" })).toBe("2027-01-19");
  });

  test("every second week on the weekend, weeks starting on Sunday when Outlook doesn't say", () => {
    // Week of Sun 29 Nov: Sat 5 Dec. Week of Sun 6 Dec: none. The 6th is in the skipped week.
    const r = { ...weekly, interval: 2, days: ["sat", "sun"] as Weekday[], firstDayOfWeek: undefined };
    expect(lastOccurrenceDate({ ...r, endDate: "2026-12-06" })).toBe("2026-12-05");
    expect(lastOccurrenceDate({ ...r, endDate: "2026-12-13" })).toBe("2026-12-13");
  });

  test("every second week on Sunday and Monday, weeks starting on Monday", () => {
    // Weeks from Mon 30 Nov: Sun 6 Dec is in the start week; Mon 7 Dec and Sun 13 Dec are not.
    const r = { ...weekly, interval: 2, days: ["sun", "mon"] as Weekday[], firstDayOfWeek: "mon" as const };
    expect(lastOccurrenceDate({ ...r, endDate: "2026-12-13" })).toBe("2026-12-06");
    expect(lastOccurrenceDate({ ...r, endDate: "2026-12-14" })).toBe("2026-12-14");
  });

  test("every first day of week, every second or third week, every end date: as the calendar lays it out", () => {
    const wrong: string[] = [];
    for (const firstDayOfWeek of WEEKDAYS) {
      const fdw = WEEKDAYS.indexOf(firstDayOfWeek);
      const start = Date.parse(weekly.startDate);
      const startWeek = start - ((new Date(start).getUTCDay() - fdw + 7) % 7) * DAY;
      for (const interval of [2, 3]) {
        const days: Weekday[] = ["sun", "wed", "sat"];
        for (let end = start; end <= Date.parse("2027-02-28"); end += DAY) {
          let expected: string | null = null;
          for (let t = start; t <= end; t += DAY) {
            const week = Math.floor((t - startWeek) / (7 * DAY));
            if (week % interval === 0 && days.includes(WEEKDAYS[new Date(t).getUTCDay()]!)) expected = iso(t);
          }
          const r = { ...weekly, days, interval, firstDayOfWeek, endDate: iso(end) };
          // Before the first occurrence there is none: the end date stands.
          const got = lastOccurrenceDate(r);
          const want = expected ?? r.endDate;
          if (got !== want)
            wrong.push(`${firstDayOfWeek} every ${interval} to ${r.endDate}: ${got} not ${want}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("daily and weekday patterns", () => {
  test("every weekday, ending on a Monday: that Monday", () => {
    expect(lastOccurrenceDate({ ...base, type: "weekday", endDate: "2027-01-11" })).toBe("2027-01-11");
  });

  test("every weekday, ending on a Saturday: the Friday before", () => {
    expect(lastOccurrenceDate({ ...base, type: "weekday", endDate: "2027-01-09" })).toBe("2027-01-08");
  });

  test("an interval Outlook wouldn't give (0, negative, fractional, not a number) counts as every day", () => {
    for (const interval of [0, -3, 0.5, Number.NaN]) {
      expect(lastOccurrenceDate({ ...base, type: "daily", interval, endDate: "2027-01-09" })).toBe(
        "2027-01-09",
      );
    }
  });
});
