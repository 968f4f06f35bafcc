/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Opening one occurrence and choosing the calendar route turns the whole series online (Graph works on
// the series master): the confirmation is told so, and the one-click command never does it unasked.
import { MeetingService, type CalendarRouteInfo } from "../../src/app/meeting-service";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const BODY = "<html><body><p>Weekly sync</p></body></html>";

function setup(itemId: string, seriesId: string | null) {
  const appointment = new FakeAppointment({ body: BODY, itemId });
  appointment.seriesId = seriesId;
  const graph = new FakeGraph();
  const restId = appointment.toRestId(seriesId || itemId);
  graph.events.set(restId, {
    id: restId,
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: BODY,
  });
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  return { appointment, graph, service };
}

test("an occurrence: the confirmation learns that the whole series becomes online", async () => {
  const { graph, service } = setup("AAMk/occurrence+7", "AAMk/master+1");
  const asked: CalendarRouteInfo[] = [];
  await service.add(
    { route: "calendar", provider: "teamsForBusiness" },
    { confirmCalendarRoute: (info) => (asked.push(info), Promise.resolve(true)) },
  );
  expect(asked).toEqual([{ provider: "teamsForBusiness", needsSave: false, wholeSeries: true }]);
  expect(graph.events.get("AAMk-master_1")?.isOnlineMeeting).toBe(true);
});

test("declining the series confirmation changes nothing on the server", async () => {
  const { graph, service, appointment } = setup("AAMk/occurrence+7", "AAMk/master+1");
  const result = await service.add(
    { route: "calendar", provider: "teamsForBusiness" },
    { confirmCalendarRoute: () => Promise.resolve(false) },
  );
  expect(result).toEqual({ kind: "cancelled" });
  expect(graph.count("enableOnlineMeeting")).toBe(0);
  expect(appointment.body).toBe(BODY);
});

test.each([
  ["a single appointment", null],
  ["the series itself (its master)", ""],
  // Office.js gives a master no seriesId; a host that names the item itself is not a series either.
  ["a master whose series id is its own", "AAMk/single+2"],
])("%s is not called a whole series", async (_name, seriesId) => {
  const { service } = setup("AAMk/single+2", seriesId);
  const asked: CalendarRouteInfo[] = [];
  await service.add(
    { route: "calendar", provider: "teamsForBusiness" },
    { confirmCalendarRoute: (info) => (asked.push(info), Promise.resolve(true)) },
  );
  expect(asked[0]?.wholeSeries).toBe(false);
});
