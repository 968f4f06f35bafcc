// The checks Microsoft's runtime makes on `item.recurrence.setAsync` before it calls the host
// (outlook-web-16.01.debug.js: `setRecurrence`, `validateRecurrenceObject` and its helpers), in the
// same order and with the same exception names, so the stand-in throws what the runtime throws.
import { argumentError, nullArgument, typeError } from "./argument-checks";
import { StandInSeriesTime } from "./recurrence";

const TYPES = ["daily", "weekday", "weekly", "monthly", "yearly"];
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const GROUPED_DAYS = [...DAYS, "weekday", "weekendDay", "day"];
const WEEK_NUMBERS = ["first", "second", "third", "fourth", "last"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const absent = (v: unknown) => v === null || v === undefined;

function withMessage(e: Error, text: string): Error {
  e.message = `${e.name}: ${text}`;
  return e;
}

/** Outlook's "a single occurrence can't get a pattern" (l_Recurrence_Error_Instance_SetAsync_Text). */
export function checkNotAnOccurrence(seriesId: string | null | undefined): void {
  if (typeof seriesId === "string" && seriesId.length > 0)
    throw withMessage(
      argumentError(""),
      "A recurrence pattern can't be set for a single occurrence in a series.",
    );
}

function checkInterval(p: Record<string, unknown>): void {
  if (absent(p.interval)) throw nullArgument("interval");
  if (typeof p.interval !== "number") throw typeError("interval");
  if (p.interval <= 0) throw argumentError("interval");
}

/** Monthly and yearly: a day of the month, or a weekday with its week number. */
function checkDayInMonth(p: Record<string, unknown>): void {
  if (!absent(p.dayOfMonth)) {
    if (typeof p.dayOfMonth !== "number") throw typeError("dayOfMonth");
    if (p.dayOfMonth < 1 || p.dayOfMonth > 31) throw argumentError("dayOfMonth");
  } else if (!absent(p.dayOfWeek) && !absent(p.weekNumber)) {
    if (typeof p.dayOfWeek !== "string") throw typeError("dayOfWeek");
    if (!GROUPED_DAYS.includes(p.dayOfWeek)) throw argumentError("dayOfWeek");
    if (typeof p.weekNumber !== "string") throw typeError("weekNumber");
    if (!WEEK_NUMBERS.includes(p.weekNumber)) throw argumentError("weekNumber");
  } else {
    throw withMessage(
      argumentError(""),
      "The recurrence pattern isn't valid. Please check that the specified recurrence properties align with the recurrence type.",
    );
  }
}

function checkProperties(type: string, p: Record<string, unknown>): void {
  if (type === "daily") checkInterval(p);
  if (type === "weekly") {
    checkInterval(p);
    if (!Array.isArray(p.days)) throw typeError("days");
    if (!(p.days as unknown[]).every((d) => typeof d === "string" && DAYS.includes(d)))
      throw argumentError("days");
    if (!absent(p.firstDayOfWeek)) {
      if (typeof p.firstDayOfWeek !== "string") throw typeError("firstDayOfWeek");
      if (!DAYS.includes(p.firstDayOfWeek)) throw argumentError("firstDayOfWeek");
    }
  }
  if (type === "monthly") {
    if (absent(p.interval)) throw nullArgument("interval");
    if (typeof p.interval !== "number") throw typeError("interval");
    checkDayInMonth(p);
  }
  if (type === "yearly") {
    if (absent(p.interval)) throw nullArgument("interval");
    if (typeof p.interval !== "number") throw typeError("interval");
    if (absent(p.month)) throw nullArgument("month");
    if (typeof p.month !== "string") throw typeError("month");
    if (!MONTHS.includes(p.month)) throw argumentError("month");
    checkDayInMonth(p);
  }
}

/**
 * `recurrence.setAsync(pattern)`: null passes (the runtime sends it on as it is); anything else must
 * be a complete pattern whose `seriesTime` is this window's `Office.SeriesTime`.
 */
export function checkRecurrence(pattern: unknown): void {
  if (absent(pattern)) return;
  const r = pattern as Record<string, unknown>;
  if (absent(r.recurrenceType)) throw nullArgument("recurrenceType");
  if (absent(r.seriesTime)) throw nullArgument("seriesTime");
  if (!(r.seriesTime instanceof StandInSeriesTime) || !r.seriesTime.isValid())
    throw argumentError("seriesTime");
  if (!r.seriesTime.isEndAfterStart())
    throw withMessage(argumentError("seriesTime"), "The end date occurs before the start date.");
  const type = r.recurrenceType;
  if (typeof type !== "string" || !TYPES.includes(type)) throw argumentError("recurrenceType");
  const props = r.recurrenceProperties as Record<string, unknown> | null | undefined;
  if (type !== "weekday" && absent(props)) throw nullArgument("recurrenceType");
  const zone = r.recurrenceTimeZone as { name?: unknown } | null | undefined;
  if (!absent(zone)) {
    if (absent(zone.name)) throw nullArgument("name");
    if (typeof zone.name !== "string") throw typeError("name");
  }
  if (props) checkProperties(type, props);
}
