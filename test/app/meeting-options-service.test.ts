// The meeting options use-case against the fakes: which meeting (stored id, or the event's join URL),
// organizer only, only the changes sent, every change read back.
import { MeetingOptionsService } from "../../src/app/meeting-options-service";
import { AppError, ErrorCode } from "../../src/core/errors";
import type { StoredMeeting } from "../../src/core/types";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment } from "../fakes/fake-settings";

const ME = "megan.bowen@contoso.com";

function setup(stored: StoredMeeting | null, userAddress: string | undefined = ME) {
  const appointment = new FakeAppointment({ stored });
  const graph = new FakeGraph();
  const env = Object.assign(new FakeEnvironment(), { userAddress: () => userAddress });
  return { appointment, graph, service: new MeetingOptionsService({ appointment, graph, env }) };
}

async function standalone(graph: FakeGraph): Promise<StoredMeeting> {
  const m = await graph.createOrGetMeeting(
    {
      externalId: "ext-1",
      subject: "Plan",
      startDateTime: "2026-12-03T09:00:00Z",
      endDateTime: "2026-12-03T10:00:00Z",
    },
    "en-US",
  );
  graph.calls = [];
  return {
    v: 1,
    externalId: "ext-1",
    route: "standalone",
    meetingId: m.id,
    joinUrl: m.joinWebUrl,
    organizer: ME,
  };
}

function calendarEvent(graph: FakeGraph, joinUrl: string): StoredMeeting {
  graph.events.set("ev-1", {
    id: "ev-1",
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    joinUrl,
    bodyHtml: "",
  });
  return {
    v: 1,
    externalId: "ext-2",
    route: "calendar",
    provider: "teamsForBusiness",
    joinUrl,
    organizer: ME,
  };
}

const EVENT_JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_EV1%40thread.v2/0?context=%7b%7d";

describe("read", () => {
  test("no record, or a record without a meeting: nothing to show, and Graph isn't asked", async () => {
    const { graph, service } = setup(null);
    expect(await service.read()).toEqual({ kind: "none" });
    const noMeeting = setup({ v: 1, externalId: "e" });
    expect(await noMeeting.service.read()).toEqual({ kind: "none" });
    expect(graph.calls).toEqual([]);
    expect(noMeeting.graph.calls).toEqual([]);
  });

  test("standalone route: read by the stored meeting id", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    const read = await service.read();
    expect(read).toMatchObject({ kind: "ready", meeting: { meetingId: appointment.stored.meetingId } });
    expect(graph.calls.map((c) => c.method)).toEqual(["getMeetingOptions"]);
  });

  test("calendar route: found by the event's join URL", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = calendarEvent(graph, EVENT_JOIN);
    const read = await service.read();
    expect(read).toMatchObject({ kind: "ready", meeting: { joinWebUrl: EVENT_JOIN } });
    expect(graph.calls).toEqual([{ method: "findMeetingByJoinUrl", args: [EVENT_JOIN] }]);
  });

  test("calendar route: a join URL no meeting has is notFound", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = calendarEvent(graph, EVENT_JOIN);
    appointment.stored = { ...appointment.stored, joinUrl: EVENT_JOIN.replace("EV1", "GONE") };
    expect(await service.read()).toEqual({ kind: "notFound" });
  });

  test("only the organizer: a delegate in the owner's calendar isn't asked to Graph at all", async () => {
    const { appointment, graph, service } = setup(null, "delegate@contoso.com");
    appointment.stored = { ...calendarEvent(graph, EVENT_JOIN), organizer: "owner@contoso.com" };
    expect(await service.read()).toEqual({ kind: "notOrganizer", organizer: "owner@contoso.com" });
    expect(graph.calls).toEqual([]);
  });

  test("only the organizer: Graph naming someone else settles it even when the record didn't know", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = { ...calendarEvent(graph, EVENT_JOIN), organizer: undefined };
    graph.eventOrganizer = "owner@contoso.com";
    expect(await service.read()).toEqual({ kind: "notOrganizer", organizer: "owner@contoso.com" });
  });

  test("a Graph failure comes out as the AppError it is", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    graph.failNext("getMeetingOptions", new AppError(ErrorCode.throttled, "429"));
    await expect(service.read()).rejects.toMatchObject({ code: ErrorCode.throttled });
  });
});

describe("change", () => {
  test("only the changed options are PATCHed, then the meeting is read back", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    const result = await service.change({
      allowMeetingChat: "limited",
      allowAttendeeToEnableMic: true,
      lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: true },
    });
    expect(graph.calls.map((c) => c.method)).toEqual([
      "getMeetingOptions",
      "updateMeetingOptions",
      "getMeetingOptions",
    ]);
    expect(graph.calls[1]?.args[1]).toEqual({
      allowMeetingChat: "limited",
      lobbyBypassSettings: { isDialInBypassEnabled: true },
    });
    expect(result).toMatchObject({
      kind: "changed",
      notApplied: [],
      refused: [],
      meeting: {
        options: { allowMeetingChat: "limited", lobbyBypassSettings: { isDialInBypassEnabled: true } },
      },
    });
  });

  test("nothing differs: no PATCH at all", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    expect(await service.change({ allowMeetingChat: "enabled", recordAutomatically: false })).toMatchObject({
      kind: "unchanged",
    });
    expect(graph.count("updateMeetingOptions")).toBe(0);
  });

  test("an option Graph answered 200 for but kept is reported as not applied", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    graph.keptOnPatch.add("allowMeetingChat");
    const result = await service.change({ allowMeetingChat: "disabled", recordAutomatically: true });
    expect(result).toMatchObject({ kind: "changed", notApplied: ["allowMeetingChat"] });
  });

  test("calendar route: the meeting found by join URL is the one PATCHed", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = calendarEvent(graph, EVENT_JOIN);
    const result = await service.change({ isEntryExitAnnounced: false });
    expect(graph.calls[1]).toEqual({
      method: "updateMeetingOptions",
      args: ["event-meeting-ev-1", { isEntryExitAnnounced: false }],
    });
    expect(result).toMatchObject({ kind: "changed", meeting: { options: { isEntryExitAnnounced: false } } });
  });

  test("not the organizer: nothing is sent", async () => {
    const { appointment, graph, service } = setup(null, "someone@contoso.com");
    appointment.stored = await standalone(graph);
    expect(await service.change({ recordAutomatically: true })).toMatchObject({ kind: "notOrganizer" });
    expect(graph.count("updateMeetingOptions")).toBe(0);
  });

  test("refused options are reported and the rest still goes", async () => {
    const { appointment, graph, service } = setup(null);
    appointment.stored = await standalone(graph);
    const result = await service.change({ allowParticipantsToChangeName: true, recordAutomatically: true });
    expect(result).toMatchObject({
      kind: "changed",
      refused: [{ option: "allowParticipantsToChangeName", reason: "notChangeable" }],
    });
    expect(graph.calls[1]?.args[1]).toEqual({ recordAutomatically: true });
  });
});

describe("records and hosts that say less", () => {
  test("a host that can't tell the signed-in address still reads the options", async () => {
    const graph0 = new FakeGraph();
    const stored = await standalone(graph0);
    const appointment = new FakeAppointment({ stored });
    const service = new MeetingOptionsService({ appointment, graph: graph0, env: new FakeEnvironment() });
    await expect(service.read()).resolves.toMatchObject({ kind: "ready" });
  });

  test("a calendar-route record without a join link has no meeting to find: nothing asked of Graph", async () => {
    const { graph, service } = setup({ v: 1, externalId: "ext-3", route: "calendar", organizer: ME });
    await expect(service.read()).resolves.toEqual({ kind: "none" });
    expect(graph.calls).toEqual([]);
  });

  test("a meeting Graph names no organizer for is shown to the record's organizer", async () => {
    const { graph, service, appointment } = setup(null);
    graph.organizer = undefined as unknown as string;
    appointment.stored = await standalone(graph);
    await expect(service.read()).resolves.toMatchObject({ kind: "ready" });
  });

  test("defaults without a settings port is a wiring mistake, said so", async () => {
    const { service } = setup(null);
    await expect(service.defaults()).rejects.toThrow("MeetingOptionsService: no settings port");
  });
});
