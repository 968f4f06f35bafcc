/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// Keeping a standalone meeting in step never undoes a removal that finished while the update was on
// its way (issue: a time/subject sync in flight brought back the record of a removed meeting).
import { MeetingService } from "../../src/app/meeting-service";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const USER_BODY = "<html><body><p>Agenda &amp; notes</p></body></html>";

function setup() {
  const appointment = new FakeAppointment({ body: USER_BODY });
  const graph = new FakeGraph();
  const service = new MeetingService({
    appointment,
    graph,
    settings: new FakeSettings(),
    env: new FakeEnvironment(),
  });
  return { appointment, graph, service };
}

test("a sync whose answer arrives after the meeting was removed leaves no record behind", async () => {
  const { appointment, graph, service } = setup();
  await service.add({ route: "standalone" });
  appointment.subject = "Moved";
  // The PATCH has reached Graph; before its answer comes back, the organizer removes the meeting.
  graph.beforeAnswer.updateMeeting = () => service.remove();
  await service.syncIfChanged();
  expect(appointment.stored).toBeNull();
  expect(graph.meetings.size).toBe(0);
  expect(appointment.body).toBe(USER_BODY);
  // Adding again makes a new meeting with a new identity, not the removed one.
  await service.add({ route: "standalone" });
  expect(graph.meetings.size).toBe(1);
  expect(graph.count("createOrGetMeeting")).toBe(2);
});

test("a sync finishing after the meeting was replaced doesn't overwrite the new record", async () => {
  const { appointment, graph, service } = setup();
  await service.add({ route: "standalone" });
  const first = appointment.stored!.meetingId;
  appointment.subject = "Moved";
  let replaced: typeof appointment.stored = null;
  graph.beforeAnswer.updateMeeting = async () => {
    await service.remove();
    await service.add({ route: "standalone" });
    replaced = appointment.stored;
  };
  // The sync reports no update of its own, and the new meeting's record stays exactly as added.
  expect(await service.syncIfChanged()).toBe(false);
  expect(appointment.stored?.meetingId).toBeDefined();
  expect(appointment.stored?.meetingId).not.toBe(first);
  expect(appointment.stored).toEqual(replaced);
  expect(graph.meetings.has(appointment.stored!.meetingId!)).toBe(true);
});

test("an ordinary sync still records what it synced", async () => {
  const { appointment, service } = setup();
  await service.add({ route: "standalone" });
  appointment.subject = "Moved";
  expect(await service.syncIfChanged()).toBe(true);
  expect(appointment.stored?.syncedSubject).toBe("Moved");
  expect(await service.syncIfChanged()).toBe(false);
});
