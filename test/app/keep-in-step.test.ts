/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Syncs fired while one is on its way (Outlook raises an event per changed field) run one after
// another, never two PATCHes of the same meeting at once, and each sees what the one before it wrote.
import { MeetingService } from "../../src/app/meeting-service";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

/** Lets every pending promise callback run (microtasks only: no timers involved). */
async function settle(): Promise<void> {
  for (let i = 0; i < 100; i++) await Promise.resolve();
}

test("three syncs in a row: never two updates in flight, the last one sees the last subject", async () => {
  const appointment = new FakeAppointment({ body: "<html><body><p>Agenda</p></body></html>" });
  const graph = new FakeGraph();
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  await service.add({ route: "standalone" });
  let inFlight = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  // Every update waits at a gate the test opens (FakeGraph's hook is one-shot: it sets itself again).
  const gated = async (): Promise<void> => {
    graph.beforeAnswer.updateMeeting = gated;
    most = Math.max(most, ++inFlight);
    await new Promise<void>((open) => gates.push(open));
    inFlight--;
  };
  graph.beforeAnswer.updateMeeting = gated;
  appointment.subject = "One";
  const first = service.syncIfChanged();
  await settle();
  appointment.subject = "Two";
  const second = service.syncIfChanged();
  await settle();
  gates.shift()!(); // the first update answers; the second sync starts its own
  await first;
  await settle();
  appointment.subject = "Three";
  const third = service.syncIfChanged();
  await settle();
  while (gates.length > 0) {
    gates.shift()!();
    await settle();
  }
  await Promise.all([second, third]);
  expect(most).toBe(1);
  const subjects = graph.calls
    .filter((c) => c.method === "updateMeeting")
    .map((c) => (c.args[1] as { subject: string }).subject);
  expect(subjects).toEqual(["One", "Two", "Three"]);
  expect(appointment.stored?.syncedSubject).toBe("Three");
});
