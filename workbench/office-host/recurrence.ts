// An appointment series as Outlook on the web hands it to an add-in (Mailbox 1.7). One form is kept in
// the emulated Outlook state: the runtime's wire form (what `recurrence.getAsync`, dispatch id 103,
// answers and `setAsync`, 104, sends: outlook-web-16.01.debug.js `seriesTimeJsonConverter` and
// `convertSeriesTime`), with the series' dates in `seriesTimeJson`. Both Office.js runtimes read it:
// Microsoft's over the wire as is, the stand-in through `StandInSeriesTime`, which behaves as the
// runtime's own `SeriesTime` class (`SeriesTime_SeriesTime`, ≈ line 14108).

/** The runtime's wire form of SeriesTime (`exportToSeriesTimeJson` / `importFromSeriesTimeJsonObject`). */
export interface SeriesTimeJson {
  startYear: number;
  startMonth: number;
  startDay: number;
  /** Absent with `noEndDate: true`: a series without an end. */
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  noEndDate?: true;
  /** Minutes after midnight, in the recurrence's time zone ("not in UTC": docs, Office.Recurrence). */
  startTimeMin: number;
  durationMin: number;
}

export interface RecurrenceTimeZoneWire {
  name: string;
  /** Local minus UTC in minutes at the series' start (docs, Office.RecurrenceTimeZone.offset). */
  offset?: number;
}

/** What dispatch id 103 answers (null: a single appointment) and 104 carries. */
export interface RecurrenceWire {
  recurrenceType: string;
  recurrenceProperties: Record<string, unknown> | null;
  recurrenceTimeZone: RecurrenceTimeZoneWire | null;
  seriesTimeJson: SeriesTimeJson;
}

/** A series as a scenario (or a script) writes it: dates "YYYY-MM-DD", the time "HH:mm". */
export interface ScenarioRecurrence {
  recurrenceType: "daily" | "weekday" | "weekly" | "monthly" | "yearly";
  recurrenceProperties?: Record<string, unknown>;
  /** Default: the mailbox's time zone, which is UTC in the workbench (assumed: docs say only
   * that the series time "defaults to the item's time zone"). */
  recurrenceTimeZone?: RecurrenceTimeZoneWire;
  seriesTime: { startDate: string; endDate: string | null; startTime: string; durationMinutes: number };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^T?(\d{1,2}):(\d{2})/;

/** A scenario's series in the wire form. Throws on a malformed date or time. */
export function recurrenceToWire(r: ScenarioRecurrence): RecurrenceWire {
  const start = DATE.exec(r.seriesTime.startDate);
  const end = r.seriesTime.endDate === null ? null : DATE.exec(r.seriesTime.endDate);
  const time = TIME.exec(r.seriesTime.startTime);
  if (!start || end === undefined || (r.seriesTime.endDate !== null && !end) || !time)
    throw new Error(`Malformed series time: ${JSON.stringify(r.seriesTime)}`);
  return {
    recurrenceType: r.recurrenceType,
    recurrenceProperties: r.recurrenceProperties ?? (r.recurrenceType === "weekday" ? null : { interval: 1 }),
    recurrenceTimeZone: r.recurrenceTimeZone ?? { name: "UTC", offset: 0 },
    seriesTimeJson: {
      startYear: Number(start[1]),
      startMonth: Number(start[2]),
      startDay: Number(start[3]),
      ...(end ? { endYear: Number(end[1]), endMonth: Number(end[2]), endDay: Number(end[3]) } : {}),
      ...(end ? {} : { noEndDate: true as const }),
      startTimeMin: Number(time[1]) * 60 + Number(time[2]),
      durationMin: r.seriesTime.durationMinutes,
    },
  };
}

/**
 * The pattern as Outlook keeps it: without a time zone, the mailbox's (UTC in the workbench), and
 * UTC's offset is 0. Both assumed: the docs say only that the series time "defaults to the item's
 * time zone"; another zone given without an offset keeps none (the add-in must cope: it is optional).
 */
export function asOutlookKeepsIt(wire: RecurrenceWire): RecurrenceWire {
  const copy = JSON.parse(JSON.stringify(wire)) as RecurrenceWire;
  copy.recurrenceTimeZone ??= { name: "UTC", offset: 0 };
  if (copy.recurrenceTimeZone.name === "UTC" && copy.recurrenceTimeZone.offset === undefined)
    copy.recurrenceTimeZone.offset = 0;
  return copy;
}

/** The wire form read back as a scenario writes it (omoWorkbench.getAppointment). */
export function toStandInView(wire: RecurrenceWire | null): ScenarioRecurrence | null {
  if (!wire) return null;
  const t = StandInSeriesTime.fromWire(wire.seriesTimeJson);
  return {
    recurrenceType: wire.recurrenceType as ScenarioRecurrence["recurrenceType"],
    ...(wire.recurrenceProperties ? { recurrenceProperties: wire.recurrenceProperties } : {}),
    ...(wire.recurrenceTimeZone ? { recurrenceTimeZone: wire.recurrenceTimeZone } : {}),
    seriesTime: {
      startDate: t.getStartDate(),
      endDate: t.getEndDate(),
      startTime: t.getStartTime().slice(1, 6),
      durationMinutes: t.getDuration(),
    },
  };
}

/** "YYYY-MM-DD" of the wire's start or end date (the end: null for a series without one). */
export function wireDates(json: SeriesTimeJson): { startDate: string; endDate: string | null } {
  const pad = (n: number) => String(n).padStart(2, "0");
  const ended = json.noEndDate !== true && (json.endYear ?? 0) !== 0;
  return {
    startDate: `${json.startYear}-${pad(json.startMonth)}-${pad(json.startDay)}`,
    endDate: ended ? `${json.endYear}-${pad(json.endMonth ?? 0)}-${pad(json.endDay ?? 0)}` : null,
  };
}

function invalid(text: string): Error {
  // The runtime's createArgumentError(SeriesTimeKey | undefined, text).
  const e = new Error(`Sys.ArgumentException: ${text}`);
  e.name = "Sys.ArgumentException";
  return e;
}
const INVALID_DATE = "The input doesn't resolve to a valid date.";
const INVALID_TIME = "The input doesn't resolve to a valid time.";

function two(n: number): string {
  return n < 10 ? `0${Math.max(n, 0)}` : String(n);
}

/**
 * The stand-in's `Office.SeriesTime`: the runtime's behaviour, written for the workbench. Months in
 * setters are 0-based and dates can be "YYYY-MM-DD"; an end date of null is "no end" (getEndDate
 * answers null); times are "THH:mm:ss.sss" and minutes count from midnight in the series' zone.
 */
export class StandInSeriesTime {
  startYear = 0;
  startMonth = 0;
  startDay = 0;
  endYear = 0;
  endMonth = 0;
  endDay = 0;
  startTimeMinutes = 0;
  durationMinutes = 0;

  getDuration(): number {
    return this.durationMinutes;
  }
  getStartDate(): string {
    return `${this.startYear}-${two(this.startMonth)}-${two(this.startDay)}`;
  }
  getEndDate(): string | null {
    if (this.endYear === 0 && this.endMonth === 0 && this.endDay === 0) return null;
    return `${this.endYear}-${two(this.endMonth)}-${two(this.endDay)}`;
  }
  getStartTime(): string {
    return `T${two(Math.floor(this.startTimeMinutes / 60))}:${two(this.startTimeMinutes % 60)}:00.000`;
  }
  getEndTime(): string {
    const end = this.startTimeMinutes + this.durationMinutes;
    return `T${two(Math.floor(end / 60) % 24)}:${two(end % 60)}:00.000`;
  }
  setDuration(minutes: number): void {
    if (!(minutes >= 0)) throw invalid(INVALID_TIME);
    this.durationMinutes = minutes;
  }
  setStartDate(yearOrDate: number | string, month?: number, day?: number): void {
    const d = parseDate(yearOrDate, month, day);
    if (d) [this.startYear, this.startMonth, this.startDay] = d;
  }
  setEndDate(yearOrDate: number | string | null, month?: number, day?: number): void {
    if (yearOrDate === null || yearOrDate === undefined) {
      [this.endYear, this.endMonth, this.endDay] = [0, 0, 0];
      return;
    }
    const d = parseDate(yearOrDate, month, day);
    if (d) [this.endYear, this.endMonth, this.endDay] = d;
  }
  setStartTime(hoursOrTime: number | string, minutes?: number): void {
    if (typeof hoursOrTime === "number" && minutes !== undefined && minutes !== null) {
      const total = hoursOrTime * 60 + minutes;
      if (total < 0) throw invalid(INVALID_TIME);
      this.startTimeMinutes = total;
      return;
    }
    const m =
      typeof hoursOrTime === "string" ? /^T([0-2]\d):([0-5]\d):[0-5]\d\.\d{3}$/.exec(hoursOrTime) : null;
    if (!m || Number(m[1]) > 23) throw invalid(INVALID_TIME);
    this.startTimeMinutes = Number(m[1]) * 60 + Number(m[2]);
  }
  /** What the runtime's validateRecurrenceObject asks of it. */
  isValid(): boolean {
    if (!validDate(this.startYear, this.startMonth, this.startDay)) return false;
    const ended = this.endYear !== 0 && this.endMonth !== 0 && this.endDay !== 0;
    if (ended && !validDate(this.endYear, this.endMonth, this.endDay)) return false;
    return this.startTimeMinutes >= 0 && this.durationMinutes > 0;
  }
  isEndAfterStart(): boolean {
    if (this.endYear === 0 && this.endMonth === 0 && this.endDay === 0) return true;
    const key = (y: number, m: number, d: number) => y * 10_000 + m * 100 + d;
    return (
      key(this.endYear, this.endMonth, this.endDay) >= key(this.startYear, this.startMonth, this.startDay)
    );
  }
  toWire(): SeriesTimeJson {
    const noEnd = this.endYear === 0 && this.endMonth === 0 && this.endDay === 0;
    return {
      startYear: this.startYear,
      startMonth: this.startMonth,
      startDay: this.startDay,
      ...(noEnd
        ? { noEndDate: true as const }
        : { endYear: this.endYear, endMonth: this.endMonth, endDay: this.endDay }),
      startTimeMin: this.startTimeMinutes,
      durationMin: this.durationMinutes,
    };
  }
  static fromWire(json: SeriesTimeJson): StandInSeriesTime {
    const t = new StandInSeriesTime();
    [t.startYear, t.startMonth, t.startDay] = [json.startYear, json.startMonth, json.startDay];
    if (json.noEndDate !== true)
      [t.endYear, t.endMonth, t.endDay] = [json.endYear ?? 0, json.endMonth ?? 0, json.endDay ?? 0];
    t.startTimeMinutes = json.startTimeMin;
    t.durationMinutes = json.durationMin;
    return t;
  }
}

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1601 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** [year, month 1–12, day] from (year, month 0–11, day) or "YYYY-MM-DD"; throws on an invalid one. */
function parseDate(yearOrDate: number | string, month?: number, day?: number): [number, number, number] {
  if (typeof yearOrDate === "number" && month !== undefined && month !== null && day !== undefined) {
    if (!validDate(yearOrDate, month + 1, day)) throw invalid(INVALID_DATE);
    return [yearOrDate, month + 1, day];
  }
  const m = typeof yearOrDate === "string" ? /^(\d{4})-(0\d|1[0-2])-([0-2]\d|3[01])$/.exec(yearOrDate) : null;
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw invalid(INVALID_DATE);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The Office.Recurrence an add-in gets from the stand-in: the wire's fields, its series time a SeriesTime. */
export function officeRecurrence(wire: RecurrenceWire | null): Office.Recurrence | null {
  if (!wire) return null;
  const copy = JSON.parse(JSON.stringify(wire)) as RecurrenceWire;
  return {
    recurrenceType: copy.recurrenceType,
    recurrenceProperties: copy.recurrenceProperties,
    recurrenceTimeZone: copy.recurrenceTimeZone,
    seriesTime: StandInSeriesTime.fromWire(copy.seriesTimeJson),
  } as unknown as Office.Recurrence;
}
