// How long a standalone Teams meeting for a recurring appointment must last, and until when its join
// link works. Teams links of scheduled meetings expire 60 days after the meeting's end (Microsoft 365
// message MC772556); a standalone meeting made for a series must therefore end with the series: the end
// of its last occurrence, or a far end for a series without one. Pure: the recurrence comes in the
// shape Office.js describes it (Office.Recurrence: recurrenceType, recurrenceProperties, seriesTime,
// recurrenceTimeZone), read by the appointment adapter.

export type Weekday = "sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat";

export interface SeriesRecurrence {
  type: "daily" | "weekday" | "weekly" | "monthly" | "yearly";
  /** Every n days/weeks/months/years (1 = each). */
  interval: number;
  /** Weekly: the days it occurs on. */
  days?: Weekday[] | undefined;
  /** Monthly/yearly on a day number. */
  dayOfMonth?: number | undefined;
  /** Monthly/yearly on the nth weekday: a day, or "day" / "weekday" / "weekendDay". */
  dayOfWeek?: string | undefined;
  weekNumber?: "first" | "second" | "third" | "fourth" | "last" | undefined;
  /** Yearly: "jan" … "dec". */
  month?: string | undefined;
  firstDayOfWeek?: Weekday | undefined;
  /** Series dates, "YYYY-MM-DD", in the series' time zone; no end date: null. */
  startDate: string;
  endDate: string | null;
  /** Start time of an occurrence in the series' time zone, "THH:mm…" or "HH:mm"; "" when unknown. */
  startTime: string;
  durationMinutes: number;
  /** Local minus UTC, in minutes, at the series start, when Outlook says. */
  offsetMinutes?: number | undefined;
}

/** Teams: a scheduled meeting's link stops working this long after the meeting ends (MC772556). */
export const LINK_LIFETIME_DAYS = 60;
/**
 * A series without an end date gets a meeting ending this many years after the series starts.
 * Assumed: no source gives Graph's upper bound for an onlineMeeting's endDateTime.
 */
export const NO_END_YEARS = 5;

const DAY_MS = 86_400_000;
const WEEKDAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NTH = { first: 1, second: 2, third: 3, fourth: 4 } as const;
/** A series is searched back from its end date at most this far for its last occurrence. */
const SEARCH_DAYS = 3 * 366;

/** "YYYY-MM-DD" → days since 1970-01-01 (a calendar date, no time zone). */
function dayNumber(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function parts(day: number): { y: number; m: number; d: number; wd: number } {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), wd: t.getUTCDay() };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

/** Whether `day` is the day the monthly/yearly pattern picks in its month. */
function matchesDayInMonth(r: SeriesRecurrence, day: number): boolean {
  const { y, m, d, wd } = parts(day);
  if (r.dayOfMonth !== undefined) return d === Math.min(r.dayOfMonth, daysInMonth(y, m));
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; without a week number NTH[undefined] equals no count, without a day kind no day fits: false either way
  if (!r.weekNumber || !r.dayOfWeek) return false;
  const kind = r.dayOfWeek;
  const fits = (w: number) =>
    kind === "day"
      ? true
      : kind === "weekday"
        ? w >= 1 && w <= 5
        : kind === "weekendDay"
          ? w === 0 || w === 6
          : WEEKDAYS[w] === kind;
  if (!fits(wd)) return false;
  // The how-manieth fitting day of the month this is, counted from the start or from the end.
  let before = 0;
  for (let i = 1; i < d; i++) if (fits((wd - (d - i) + 7 * 6) % 7)) before++;
  if (r.weekNumber === "last") {
    for (let i = d + 1; i <= daysInMonth(y, m); i++) if (fits((wd + (i - d)) % 7)) return false;
    return true;
  }
  return before + 1 === NTH[r.weekNumber];
}

function occursOn(r: SeriesRecurrence, day: number, start: number): boolean {
  const interval = Math.max(1, Math.floor(r.interval) || 1);
  const s = parts(start);
  const p = parts(day);
  switch (r.type) {
    case "daily":
      return (day - start) % interval === 0;
    case "weekday":
      return p.wd >= 1 && p.wd <= 5;
    case "weekly": {
      const days = r.days && r.days.length > 0 ? r.days : [WEEKDAYS[s.wd]!];
      if (!days.includes(WEEKDAYS[p.wd]!)) return false;
      const first = WEEKDAYS.indexOf(r.firstDayOfWeek ?? "sun");
      const weekStart = (n: number) => n - ((parts(n).wd - first + 7) % 7);
      return ((weekStart(day) - weekStart(start)) / 7) % interval === 0;
    }
    case "monthly":
      return ((p.y - s.y) * 12 + (p.m - s.m)) % interval === 0 && matchesDayInMonth(r, day);
    case "yearly":
      return (
        (p.y - s.y) % interval === 0 &&
        (r.month === undefined || MONTHS.indexOf(r.month.toLowerCase().slice(0, 3)) === p.m) &&
        matchesDayInMonth(r, day)
      );
  }
}

/**
 * The date of the series' last occurrence ("YYYY-MM-DD"), or null for a series without an end. When
 * the pattern can't be followed, the end date itself: never earlier than the real last occurrence.
 */
export function lastOccurrenceDate(r: SeriesRecurrence): string | null {
  // Stryker disable next-line ConditionalExpression: a shortcut; a null end date reads as no date below and is handed back, null
  if (r.endDate === null) return null;
  const end = dayNumber(r.endDate);
  const start = dayNumber(r.startDate);
  if (end === null) return r.endDate;
  if (start === null) return r.endDate;
  for (let day = end; day >= start && day > end - SEARCH_DAYS; day--) {
    if (occursOn(r, day, start)) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  return r.endDate;
}

/** The latest minute of a day an occurrence can start at (23:59). */
const LAST_MINUTE_OF_DAY = 24 * 60 - 1;

/**
 * Minutes after midnight of "THH:mm…" / "HH:mm". Unreadable: the day's last minute, so that the end
 * computed from it is never earlier than the real one.
 */
function minutesOf(time: string): number {
  const m = /^T?(\d{1,2}):(\d{2})/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : LAST_MINUTE_OF_DAY;
}

/**
 * When the series ends: the end of its last occurrence as an instant, never earlier than the real one
 * (a time-zone offset Outlook doesn't give counts as the latest there is, UTC−12; one it gives allows
 * an hour for daylight saving). A series without an end: NO_END_YEARS after its start.
 */
export function seriesEnd(r: SeriesRecurrence): Date | null {
  const start = dayNumber(r.startDate);
  if (start === null) return null;
  const last = lastOccurrenceDate(r);
  const lastDay =
    last === null
      ? Date.UTC(parts(start).y + NO_END_YEARS, parts(start).m, parts(start).d) / DAY_MS
      : dayNumber(last);
  if (lastDay === null) return null;
  const localEndMinutes = minutesOf(r.startTime) + Math.max(0, r.durationMinutes);
  const marginMinutes = r.offsetMinutes === undefined ? 12 * 60 : 60 - r.offsetMinutes;
  return new Date(lastDay * DAY_MS + (localEndMinutes + marginMinutes) * 60_000);
}

/** The instant a Teams join link stops working, for a meeting ending at `end`. */
export function linkValidUntil(end: Date | string): Date {
  const t = typeof end === "string" ? Date.parse(end) : end.getTime();
  return new Date(t + LINK_LIFETIME_DAYS * DAY_MS);
}
