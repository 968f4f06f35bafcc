// Guarantee: "Standalone meetings stay in step: when you change the subject or time, the meeting
// follows."
import { gate, setup } from "./harness";

async function added() {
  const s = setup();
  await s.service.add({ route: "standalone" });
  const meeting = () => [...s.graph.meetings.values()][0]!;
  return { ...s, meeting };
}

describe("Standalone meetings stay in step", () => {
  test("a changed end alone moves the meeting's end", async () => {
    const { appointment, graph, service, meeting } = await added();
    appointment.end = new Date("2026-12-01T10:30:00Z");
    expect(await service.syncIfChanged()).toBe(true);
    expect(meeting().endDateTime).toBe("2026-12-01T10:30:00.000Z");
    expect(graph.count("updateMeeting")).toBe(1);
  });

  test("a changed start alone moves the meeting's start", async () => {
    const { appointment, service, meeting } = await added();
    appointment.start = new Date("2026-12-01T08:30:00Z");
    expect(await service.syncIfChanged()).toBe(true);
    expect(meeting().startDateTime).toBe("2026-12-01T08:30:00.000Z");
  });

  test("a changed subject alone renames the meeting", async () => {
    const { appointment, service, meeting } = await added();
    appointment.subject = "Quarterly review (moved)";
    expect(await service.syncIfChanged()).toBe(true);
    expect(meeting().subject).toBe("Quarterly review (moved)");
  });

  test("what was sent is remembered: the same change is not sent twice, a further one is", async () => {
    const { appointment, graph, service, meeting } = await added();
    appointment.end = new Date("2026-12-01T10:30:00Z");
    await service.syncIfChanged();
    expect(await service.syncIfChanged()).toBe(false);
    appointment.end = new Date("2026-12-01T11:00:00Z");
    expect(await service.syncIfChanged()).toBe(true);
    expect(meeting().endDateTime).toBe("2026-12-01T11:00:00.000Z");
    expect(graph.count("updateMeeting")).toBe(2);
  });

  test("a change while the meeting is being removed sends no update to the meeting going away", async () => {
    const { appointment, graph, service } = await added();
    const held = gate();
    const remove = graph.deleteMeeting.bind(graph);
    graph.deleteMeeting = async (id) => {
      await held.wait;
      return remove(id);
    };
    const removal = service.remove();
    appointment.subject = "Renamed while removing";
    expect(await service.syncIfChanged()).toBe(false);
    held.open();
    await removal;
    expect(graph.count("updateMeeting")).toBe(0);
    expect(await service.syncIfChanged()).toBe(false);
  });

  test("a calendar-route meeting is the event itself: nothing to keep in step", async () => {
    const { appointment, graph, service } = setup({
      stored: { v: 1, externalId: "e1", route: "calendar", meetingId: "m1", syncedSubject: "old" },
    });
    appointment.subject = "new";
    expect(await service.syncIfChanged()).toBe(false);
    expect(graph.count("updateMeeting")).toBe(0);
  });
});
