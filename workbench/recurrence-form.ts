// The compose form's "Repeat" row: the series' pattern as the organizer sees and edits it in Outlook
// (type and end date; the time and length are the appointment's own). An occurrence shows its series'
// pattern read-only, as Outlook opens one occurrence of a series. Edits go through
// WorkbenchHost.setRecurrence, which raises RecurrenceChanged.
import type { AppointmentState } from "./office-host/workbench-host";
import { wireDates, type RecurrenceWire } from "./office-host/recurrence";

const WEEKDAY = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const CHOICES: [string, string][] = [
  ["", "Does not repeat"],
  ["daily", "Every day"],
  ["weekday", "Every weekday"],
  ["weekly", "Every week"],
  ["monthly", "Every month"],
];

/** The pattern the form's choice makes of the appointment: from its start, for its length. */
export function patternFromForm(type: string, until: string, a: AppointmentState): RecurrenceWire | null {
  if (!type) return null;
  const start = a.start;
  const keep = a.recurrence?.recurrenceType === type ? a.recurrence.recurrenceProperties : null;
  const properties =
    keep ??
    (type === "weekly"
      ? { interval: 1, days: [WEEKDAY[start.getUTCDay()]], firstDayOfWeek: "sun" }
      : type === "monthly"
        ? { interval: 1, dayOfMonth: start.getUTCDate() }
        : type === "weekday"
          ? null
          : { interval: 1 });
  const end = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  return {
    recurrenceType: type,
    recurrenceProperties: properties,
    recurrenceTimeZone: a.recurrence?.recurrenceTimeZone ?? { name: "UTC", offset: 0 },
    seriesTimeJson: {
      startYear: start.getUTCFullYear(),
      startMonth: start.getUTCMonth() + 1,
      startDay: start.getUTCDate(),
      ...(end
        ? { endYear: Number(end[1]), endMonth: Number(end[2]), endDay: Number(end[3]) }
        : { noEndDate: true as const }),
      startTimeMin: start.getUTCHours() * 60 + start.getUTCMinutes(),
      durationMin: Math.max(1, Math.round((a.end.getTime() - start.getTime()) / 60_000)),
    },
  };
}

export interface RecurrenceRow {
  /** Label and control pairs for the form's grid. */
  nodes: HTMLElement[];
  render(a: AppointmentState): void;
}

export function recurrenceRow(onChange: (type: string, until: string) => void): RecurrenceRow {
  const repeat = document.createElement("select");
  repeat.id = "wb-repeat";
  repeat.dataset.testid = "repeat";
  for (const [value, label] of CHOICES) repeat.append(new Option(label, value));
  const until = document.createElement("input");
  until.type = "date";
  until.id = "wb-repeat-until";
  until.dataset.testid = "repeat-until";
  until.setAttribute("aria-label", "Until (empty: no end date)");
  const note = document.createElement("span");
  note.dataset.testid = "repeat-note";
  const cell = document.createElement("div");
  cell.className = "repeat";
  cell.append(repeat, until, note);
  const label = document.createElement("label");
  label.htmlFor = "wb-repeat";
  label.textContent = "Repeat";
  const changed = () => onChange(repeat.value, until.value);
  repeat.addEventListener("change", changed);
  until.addEventListener("change", changed);
  return {
    nodes: [label, cell],
    render(a) {
      const r = a.recurrence;
      const type = r?.recurrenceType ?? "";
      if (![...repeat.options].some((o) => o.value === type)) repeat.append(new Option(type, type));
      if (document.activeElement !== repeat) repeat.value = type;
      const dates = r ? wireDates(r.seriesTimeJson) : null;
      if (document.activeElement !== until) until.value = dates?.endDate ?? "";
      // One occurrence of a series: Outlook edits the pattern only on the series.
      repeat.disabled = until.disabled = Boolean(a.seriesId);
      until.hidden = !r;
      note.textContent = a.seriesId
        ? "One occurrence of a series (the pattern is the series')."
        : r && !dates?.endDate
          ? "No end date."
          : "";
    },
  };
}
