// toSeriesRecurrence: Office.js's Recurrence (recurrence.getAsync, Mailbox 1.7) as the pattern
// src/core/series-span.ts reads. The value is outside data: documented spellings ('Mon') are
// normalized, unknown values dropped, and an unreadable series time is no recurrence, never a crash.
import { toSeriesRecurrence } from "../../src/adapters/office-appointment";
import { fakeRecurrence } from "../fakes/fake-office";

test("a weekly series with every field Outlook gives", () => {
  expect(
    toSeriesRecurrence(
      fakeRecurrence({
        recurrenceType: "weekly",
        recurrenceProperties: { interval: 2, days: ["Mon", "Wed"], firstDayOfWeek: "Sun" },
        recurrenceTimeZone: { name: "W. Europe Standard Time", offset: 60 },
        startDate: "2026-12-07",
        endDate: "2027-03-01",
        startTime: "T09:30:00.000",
        duration: 45,
      }),
    ),
  ).toEqual({
    type: "weekly",
    interval: 2,
    days: ["mon", "wed"],
    dayOfMonth: undefined,
    dayOfWeek: undefined,
    weekNumber: undefined,
    month: undefined,
    firstDayOfWeek: "sun",
    startDate: "2026-12-07",
    endDate: "2027-03-01",
    startTime: "T09:30:00.000",
    durationMinutes: 45,
    offsetMinutes: 60,
  });
});

test("a yearly series on the nth weekday of a month", () => {
  expect(
    toSeriesRecurrence(
      fakeRecurrence({
        recurrenceType: "yearly",
        recurrenceProperties: { interval: 1, dayOfWeek: "tue", weekNumber: "second", month: "mar" },
      }),
    ),
  ).toMatchObject({ type: "yearly", dayOfWeek: "tue", weekNumber: "second", month: "mar", days: undefined });
});

test("a monthly series on a day number", () => {
  expect(
    toSeriesRecurrence(
      fakeRecurrence({ recurrenceType: "monthly", recurrenceProperties: { interval: 3, dayOfMonth: 15 } }),
    ),
  ).toMatchObject({ type: "monthly", interval: 3, dayOfMonth: 15, days: undefined, dayOfWeek: undefined });
});

test.each(["first", "second", "third", "fourth", "last"])("the week number %s is kept", (weekNumber) => {
  const r = fakeRecurrence({ recurrenceType: "monthly", recurrenceProperties: { interval: 1, weekNumber } });
  expect(toSeriesRecurrence(r)?.weekNumber).toBe(weekNumber);
});

test("unknown days, week numbers and first days of the week are dropped", () => {
  expect(
    toSeriesRecurrence(
      fakeRecurrence({
        recurrenceProperties: {
          interval: 1,
          days: ["Tue", "holiday", "THU"],
          weekNumber: "fifth",
          firstDayOfWeek: "Moon",
        },
      }),
    ),
  ).toMatchObject({ days: ["tue", "thu"], weekNumber: undefined, firstDayOfWeek: undefined });
});

test("without recurrence properties or a time zone: an interval of 1, no days, no offset", () => {
  const r = {
    ...fakeRecurrence({ recurrenceType: "daily" }),
    recurrenceProperties: undefined,
    recurrenceTimeZone: undefined,
  };
  expect(toSeriesRecurrence(r)).toMatchObject({
    type: "daily",
    interval: 1,
    days: undefined,
    firstDayOfWeek: undefined,
    offsetMinutes: undefined,
  });
});

test("a series without an end has a null end date", () => {
  expect(toSeriesRecurrence(fakeRecurrence({ endDate: null }))?.endDate).toBeNull();
});

test("a series time without getEndDate or getStartTime: no end, and a start time left unknown", () => {
  const r = fakeRecurrence();
  const { getStartDate, getDuration } = r.seriesTime;
  expect(
    toSeriesRecurrence({ ...r, seriesTime: { getStartDate, getDuration } as Office.SeriesTime }),
  ).toMatchObject({
    startDate: "2026-12-07",
    endDate: null,
    startTime: "",
    durationMinutes: 30,
  });
});

test("no recurrence, an unknown type, or an unreadable series time is no recurrence", () => {
  expect(toSeriesRecurrence(null)).toBeNull();
  expect(toSeriesRecurrence(undefined)).toBeNull();
  expect(toSeriesRecurrence(fakeRecurrence({ recurrenceType: "fortnightly" }))).toBeNull();
  const r = fakeRecurrence();
  const { getStartDate, getDuration } = r.seriesTime;
  const broken: unknown[] = [
    undefined,
    { getDuration },
    { getStartDate },
    {
      getStartDate: () => {
        throw new Error("not loaded");
      },
      getDuration,
    },
  ];
  for (const seriesTime of broken) {
    expect(toSeriesRecurrence({ ...r, seriesTime: seriesTime as Office.SeriesTime })).toBeNull();
  }
});
