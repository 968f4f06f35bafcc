// The stand-in's recurrence: its SeriesTime answers as the runtime's class does
// (outlook-web-16.01.debug.js SeriesTime), the scenario form converts to the runtime's wire form, and
// setAsync's argument checks throw what the runtime throws, in its order.
import { recurrenceToWire, StandInSeriesTime, wireDates } from "../../workbench/office-host/recurrence";
import { checkNotAnOccurrence, checkRecurrence } from "../../workbench/office-host/recurrence-checks";

const threw = (f: () => void): string => {
  try {
    f();
    return "nothing";
  } catch (e) {
    return (e as Error).name;
  }
};

test("SeriesTime: dates as YYYY-MM-DD (months 0-based in setters), no end is null, times THH:mm:00.000", () => {
  const t = new StandInSeriesTime();
  t.setStartDate(2026, 11, 1);
  t.setEndDate("2027-03-02");
  t.setStartTime(9, 30);
  t.setDuration(90);
  expect([t.getStartDate(), t.getEndDate(), t.getStartTime(), t.getEndTime(), t.getDuration()]).toEqual([
    "2026-12-01",
    "2027-03-02",
    "T09:30:00.000",
    "T11:00:00.000",
    90,
  ]);
  t.setEndDate(null);
  expect(t.getEndDate()).toBeNull();
  expect(t.toWire()).toEqual({
    startYear: 2026,
    startMonth: 12,
    startDay: 1,
    noEndDate: true,
    startTimeMin: 570,
    durationMin: 90,
  });
  expect(StandInSeriesTime.fromWire(t.toWire())).toEqual(t);
  expect(threw(() => t.setStartDate("2026-13-01"))).toBe("Sys.ArgumentException");
  expect(threw(() => t.setStartTime("T25:00:00.000"))).toBe("Sys.ArgumentException");
  expect(threw(() => t.setDuration(-1))).toBe("Sys.ArgumentException");
});

test("a scenario's series becomes the runtime's wire form, and back", () => {
  const wire = recurrenceToWire({
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: ["tue"] },
    seriesTime: { startDate: "2026-12-01", endDate: null, startTime: "09:00", durationMinutes: 60 },
  });
  expect(wire).toEqual({
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: ["tue"] },
    recurrenceTimeZone: { name: "UTC", offset: 0 },
    seriesTimeJson: {
      startYear: 2026,
      startMonth: 12,
      startDay: 1,
      noEndDate: true,
      startTimeMin: 540,
      durationMin: 60,
    },
  });
  expect(wireDates(wire.seriesTimeJson)).toEqual({ startDate: "2026-12-01", endDate: null });
  expect(() =>
    recurrenceToWire({
      recurrenceType: "daily",
      seriesTime: { startDate: "1 Dec", endDate: null, startTime: "09:00", durationMinutes: 60 },
    }),
  ).toThrow("Malformed series time");
});

test("setAsync's checks: an occurrence, then the pattern, each with the runtime's exception", () => {
  const time = new StandInSeriesTime();
  time.setStartDate("2026-12-01");
  time.setStartTime(9, 0);
  time.setDuration(60);
  const weekly = {
    recurrenceType: "weekly",
    recurrenceProperties: { interval: 1, days: ["tue"] },
    seriesTime: time,
  };
  expect(threw(() => checkNotAnOccurrence("AAMk+master="))).toBe("Sys.ArgumentException");
  expect(threw(() => checkNotAnOccurrence(null))).toBe("nothing");
  expect(threw(() => checkRecurrence(null))).toBe("nothing");
  expect(threw(() => checkRecurrence(weekly))).toBe("nothing");
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceType: undefined }))).toBe(
    "Sys.ArgumentNullException",
  );
  expect(threw(() => checkRecurrence({ ...weekly, seriesTime: { getStartDate: () => "x" } }))).toBe(
    "Sys.ArgumentException",
  );
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceType: "hourly" }))).toBe("Sys.ArgumentException");
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceProperties: null }))).toBe(
    "Sys.ArgumentNullException",
  );
  expect(threw(() => checkRecurrence({ recurrenceType: "weekday", seriesTime: time }))).toBe("nothing");
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceProperties: { interval: 0, days: [] } }))).toBe(
    "Sys.ArgumentException",
  );
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceProperties: { interval: 1 } }))).toBe(
    "Sys.ArgumentTypeException",
  );
  expect(threw(() => checkRecurrence({ ...weekly, recurrenceTimeZone: { name: 7 } }))).toBe(
    "Sys.ArgumentTypeException",
  );
  expect(
    threw(() =>
      checkRecurrence({ recurrenceType: "monthly", recurrenceProperties: { interval: 1 }, seriesTime: time }),
    ),
  ).toBe("Sys.ArgumentException");
  const ended = new StandInSeriesTime();
  Object.assign(ended, time, { endYear: 2026, endMonth: 11, endDay: 30 });
  expect(threw(() => checkRecurrence({ ...weekly, seriesTime: ended }))).toBe("Sys.ArgumentException");
});
