// Guarantee: "No duplicate meetings." An id kept on the appointment plus createOrGet means double
// clicks, reopening the item, the pane and the command at once, and retries all get the same meeting.
import { countBlocks } from "../../src/core/body-block";
import { AppError, ErrorCode } from "../../src/core/errors";
import { gate, secondSurface, setup } from "./harness";

describe("No duplicate meetings", () => {
  test("another surface's id landing on the item while createOrGet runs: its meeting stays, ours is deleted", async () => {
    const { appointment, graph, service } = setup();
    const command = secondSurface(appointment, graph, "cmd");
    const original = graph.createOrGetMeeting.bind(graph);
    let first = true;
    // The command read the item before the pane's id landed, claims its own id and makes its meeting
    // while the pane's createOrGet is on the wire; the item keeps the last id written: the command's.
    graph.createOrGetMeeting = async (request, language) => {
      const made = await original(request, language);
      if (first) {
        first = false;
        appointment.stored = { v: 1, externalId: "cmd-1" };
        await original({ ...request, externalId: "cmd-1" }, language);
      }
      return made;
    };
    await service.add({ route: "standalone" });
    await command.add({ route: "standalone" });

    expect([...graph.meetings.values()].map((m) => m.externalId)).toEqual(["cmd-1"]);
    const [meeting] = [...graph.meetings.values()];
    expect(appointment.stored).toMatchObject({ externalId: "cmd-1", meetingId: meeting!.id });
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.body).toContain(meeting!.joinWebUrl);
  });

  test("two surfaces that both saw an empty item settle on the id read back from the item", async () => {
    const { appointment, graph, service } = setup();
    const command = secondSurface(appointment, graph, "cmd");
    const held = gate();
    const load = appointment.loadStoredMeeting.bind(appointment);
    let loads = 0;
    // Hold the pane's read-back of its claim until the command has claimed too: the last write wins.
    appointment.loadStoredMeeting = async () => {
      const n = ++loads;
      const value = await load();
      if (n === 2) await held.wait;
      return n === 2 ? load() : value;
    };
    const pane = service.add({ route: "standalone" });
    await new Promise((r) => setTimeout(r, 0));
    const cmd = command.add({ route: "standalone" });
    await new Promise((r) => setTimeout(r, 0));
    held.open();
    await Promise.allSettled([pane, cmd]);
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.stored?.meetingId).toBe([...graph.meetings.keys()][0]);
  });

  test("a retry after a failed write reuses the meeting: createOrGet gets the same externalId", async () => {
    const { appointment, graph, service } = setup();
    appointment.failSetBody = 1;
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({ code: ErrorCode.hostError });
    await service.add({ route: "standalone" });
    const ids = graph.calls
      .filter((c) => c.method === "createOrGetMeeting")
      .map((c) => (c.args[0] as { externalId: string }).externalId);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(graph.meetings.size).toBe(1);
  });

  test("a retry after Graph failed once makes the meeting once", async () => {
    const { appointment, graph, service } = setup();
    graph.failNext("createOrGetMeeting", new AppError(ErrorCode.serviceUnavailable, "503"));
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.serviceUnavailable,
    });
    await service.add({ route: "standalone" });
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("a double click on the calendar route PATCHes once", async () => {
    const { graph, service } = setup({ itemId: "id1" });
    graph.events.set("id1", {
      id: "id1",
      isOnlineMeeting: false,
      onlineMeetingProvider: "unknown",
      joinUrl: null,
      bodyHtml: "<html><body></body></html>",
    });
    const first = service.add({ route: "auto" });
    await expect(service.add({ route: "auto" })).rejects.toMatchObject({ code: ErrorCode.busy });
    await first;
    expect(graph.count("enableOnlineMeeting")).toBe(1);
  });
});
