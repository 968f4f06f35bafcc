/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// A standalone meeting for a recurring series lasts as long as the series (Teams links expire 60 days
// after the meeting's end), follows changes of the recurrence, and the pane learns until when the link works.
import { MeetingService } from "../../src/app/meeting-service";
import type { SeriesRecurrence } from "../../src/core/series-span";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";
import { WEEKLY_SERIES } from "../fixtures/weekly-series";

const WEEKLY: SeriesRecurrence = WEEKLY_SERIES;

function setup(recurrence: SeriesRecurrence | null) {
  const appointment = new FakeAppointment({ itemId: "AAMk/series+1" });
  appointment.recurrence = recurrence;
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  return { appointment, graph, service };
}

const created = (graph: FakeGraph) =>
  graph.calls.find((c) => c.method === "createOrGetMeeting")!.args[0] as {
    startDateTime: string;
    endDateTime: string;
  };

test("the meeting of a weekly series ends with its last occurrence, not its first", async () => {
  const { graph, service } = setup(WEEKLY);
  await service.add({ route: "standalone" });
  expect(created(graph).startDateTime).toBe("2026-12-01T09:00:00.000Z");
  // Last Tuesday on or before 5 March 2027, 10:00, plus an hour for daylight saving.
  expect(created(graph).endDateTime).toBe("2027-03-02T11:00:00.000Z");
});

test("a series without an end gets a far end", async () => {
  const { graph, service } = setup({ ...WEEKLY, endDate: null });
  await service.add({ route: "standalone" });
  expect(created(graph).endDateTime).toBe("2031-12-01T11:00:00.000Z");
});

test("a single appointment's meeting ends when the appointment does", async () => {
  const { graph, service } = setup(null);
  await service.add({ route: "standalone" });
  expect(created(graph).endDateTime).toBe("2026-12-01T10:00:00.000Z");
});

test("a changed recurrence (the series now ends later) updates the meeting's end", async () => {
  const { appointment, graph, service } = setup(WEEKLY);
  await service.add({ route: "standalone" });
  appointment.recurrence = { ...WEEKLY, endDate: "2027-06-30" };
  expect(await service.syncIfChanged()).toBe(true);
  const update = graph.calls.find((c) => c.method === "updateMeeting")!.args[1] as { endDateTime: string };
  expect(update.endDateTime).toBe("2027-06-29T11:00:00.000Z");
  expect(appointment.stored?.syncedEnd).toBe("2027-06-29T11:00:00.000Z");
});

test("the state tells until when the join link works: 60 days after the meeting's end", async () => {
  const { service } = setup(WEEKLY);
  await service.add({ route: "standalone" });
  const state = await service.getState();
  expect(state.kind === "ours" && state.linkValidUntil?.toISOString()).toBe("2027-05-01T11:00:00.000Z");
});

test("a recurrence that ends before the appointment does (a stale pattern) never shortens the meeting", async () => {
  const { graph, service } = setup({ ...WEEKLY, startDate: "2026-11-03", endDate: "2026-11-10" });
  await service.add({ route: "standalone" });
  expect(created(graph).endDateTime).toBe("2026-12-01T10:00:00.000Z");
});
