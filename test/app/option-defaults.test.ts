/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The organizer's default meeting options on a new meeting, both routes, against the fakes: in the
// creating request where it takes them, one PATCH with only what didn't take, a read-back, and a
// failure that never costs the meeting or the body. Each test names the guarantee it keeps.
import { defaultsMissed } from "../../src/app/apply-defaults";
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks } from "../../src/core/body-block";
import { AppError, ErrorCode } from "../../src/core/errors";
import type { OptionDefaults } from "../../src/core/option-defaults";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const BODY = "<html><body><p>Agenda</p></body></html>";
const DEFAULTS: OptionDefaults = {
  lobbyBypassSettings: { scope: "everyone", isDialInBypassEnabled: false },
  allowMeetingChat: "enabled",
  recordAutomatically: true,
};

function setup(
  meetingOptions: unknown = DEFAULTS,
  init: ConstructorParameters<typeof FakeAppointment>[0] = {},
) {
  const appointment = new FakeAppointment({ body: BODY, ...init });
  const graph = new FakeGraph();
  graph.providers = { allowed: [], defaultProvider: "unknown" };
  const settings = new FakeSettings({ route: "auto", meetingOptions: meetingOptions as OptionDefaults });
  const env = Object.assign(new FakeEnvironment(), { userAddress: () => "megan.bowen@contoso.com" });
  const service = new MeetingService(
    { appointment, graph, settings, env },
    { syncRetry: { attempts: 2, delayMs: 1 } },
  );
  return { appointment, graph, service, env };
}

function optionCalls(graph: FakeGraph) {
  return graph.calls.filter((c) => /Options|findMeeting/.test(c.method)).map((c) => [c.method, c.args[1]]);
}

describe("standalone route", () => {
  test("the defaults go in the createOrGet body itself", async () => {
    const { graph, service } = setup();
    await service.add({ route: "standalone" });
    expect(graph.calls.find((c) => c.method === "createOrGetMeeting")?.args[0]).toMatchObject({
      options: DEFAULTS,
    });
  });

  test("createOrGet ignoring them: one PATCH with only the defaults that differ, then a read-back", async () => {
    const { graph, service } = setup();
    const result = await service.add({ route: "standalone" });
    expect(optionCalls(graph)).toEqual([
      ["updateMeetingOptions", { lobbyBypassSettings: { scope: "everyone" }, recordAutomatically: true }],
      ["getMeetingOptions", undefined],
    ]);
    expect(result).toMatchObject({ kind: "added", defaults: { kind: "applied", patched: true } });
    const id = [...graph.meetings.keys()][0]!;
    expect(graph.options.get(id)).toMatchObject({
      recordAutomatically: true,
      lobbyBypassSettings: { scope: "everyone" },
    });
  });

  test("createOrGet honouring them: no PATCH at all", async () => {
    const { graph, service } = setup();
    graph.optionsOnCreateOrGet = "honoured";
    const result = await service.add({ route: "standalone" });
    expect(optionCalls(graph)).toEqual([]);
    expect(result).toMatchObject({ defaults: { kind: "applied", patched: false } });
  });

  test("createOrGet refusing them (400): asked again without, the meeting made, the defaults PATCHed", async () => {
    const { appointment, graph, service } = setup();
    graph.optionsOnCreateOrGet = "rejected";
    const result = await service.add({ route: "standalone" });
    const creates = graph.calls.filter((c) => c.method === "createOrGetMeeting");
    expect(creates.map((c) => "options" in (c.args[0] as object))).toEqual([true, false]);
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(result).toMatchObject({ defaults: { kind: "applied", patched: true } });
  });

  test("another createOrGet failure is not retried without the defaults: it is the add's failure", async () => {
    const { graph, service } = setup();
    graph.failNext("createOrGetMeeting", new AppError(ErrorCode.forbidden, "no", { status: 403 }));
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({ code: ErrorCode.forbidden });
    expect(graph.count("createOrGetMeeting")).toBe(1);
  });

  test("a failed PATCH keeps the meeting, the record and the body; the outcome says failed", async () => {
    const { appointment, graph, service } = setup();
    graph.failNext(
      "updateMeetingOptions",
      new AppError(ErrorCode.serviceUnavailable, "503", { status: 503 }),
    );
    const result = await service.add({ route: "standalone" });
    expect(result).toMatchObject({ kind: "added", route: "standalone", defaults: { kind: "failed" } });
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.stored).toMatchObject({
      route: "standalone",
      meetingId: [...graph.meetings.keys()][0],
    });
  });

  test("a PATCH answered 200 that didn't take: the outcome names the option", async () => {
    const { graph, service } = setup();
    graph.keptOnPatch.add("recordAutomatically");
    const result = await service.add({ route: "standalone" });
    expect(result).toMatchObject({ defaults: { kind: "notApplied", options: ["recordAutomatically"] } });
  });

  test("no defaults (or only invalid ones stored): createOrGet as before, no options call at all", async () => {
    for (const stored of [null, { allowMeetingChat: "sometimes" }, "everyone"]) {
      const { graph, service } = setup(stored);
      const result = await service.add({ route: "standalone" });
      expect(graph.calls.find((c) => c.method === "createOrGetMeeting")?.args[0]).not.toHaveProperty(
        "options",
      );
      expect(optionCalls(graph)).toEqual([]);
      expect(result).not.toHaveProperty("defaults");
    }
  });
});

describe("calendar route", () => {
  function calendar(
    meetingOptions: unknown = DEFAULTS,
    init: ConstructorParameters<typeof FakeAppointment>[0] = {},
  ) {
    const s = setup(meetingOptions, { itemId: "AAMk/saved+1", ...init });
    s.graph.providers = { allowed: ["teamsForBusiness"], defaultProvider: "teamsForBusiness" };
    s.graph.events.set("AAMk-saved_1", {
      id: "AAMk-saved_1",
      isOnlineMeeting: false,
      onlineMeetingProvider: "unknown",
      joinUrl: null,
      bodyHtml: BODY,
    });
    return s;
  }
  const confirm = { confirmCalendarRoute: () => Promise.resolve(true) };

  test("the event's meeting is found by its join URL, then one PATCH with only what differs", async () => {
    const { graph, service } = calendar();
    const result = await service.add({ route: "auto" }, confirm);
    const joinUrl = graph.events.get("AAMk-saved_1")!.joinUrl;
    expect(graph.calls.find((c) => c.method === "findMeetingByJoinUrl")?.args[0]).toBe(joinUrl);
    expect(optionCalls(graph).map(([m]) => m)).toEqual([
      "findMeetingByJoinUrl",
      "updateMeetingOptions",
      "getMeetingOptions",
    ]);
    expect(result).toMatchObject({ kind: "added", route: "calendar", defaults: { kind: "applied" } });
  });

  test("without defaults the calendar route never touches onlineMeetings (no OnlineMeetings scope)", async () => {
    const { graph, service } = calendar(null);
    await service.add({ route: "auto" }, confirm);
    expect(optionCalls(graph)).toEqual([]);
  });

  test("the meeting not found by its join URL: the event stays online with its block, the outcome failed", async () => {
    const { appointment, graph, service } = calendar();
    graph.findMeetingByJoinUrl = () => Promise.resolve(null);
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ kind: "added", route: "calendar", defaults: { kind: "failed" } });
    expect(appointment.body).toContain(graph.events.get("AAMk-saved_1")!.joinUrl!);
  });

  test("a failing find (403, 503) doesn't undo the add either", async () => {
    const { appointment, graph, service } = calendar();
    graph.failNext("findMeetingByJoinUrl", new AppError(ErrorCode.forbidden, "403", { status: 403 }));
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ kind: "added", defaults: { kind: "failed" } });
    expect(appointment.stored).toMatchObject({ route: "calendar" });
  });

  test("in someone else's calendar the owner organizes the meeting: their options stay, no onlineMeetings call", async () => {
    const { graph, service } = calendar(DEFAULTS, { sharedOwner: "nestor.wilke@contoso.com" });
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ kind: "added", route: "calendar", defaults: { kind: "skipped" } });
    expect(optionCalls(graph)).toEqual([]);
  });

  test("a meeting Graph names no organizer for still gets the defaults", async () => {
    const { graph, service } = calendar();
    graph.eventOrganizer = undefined as unknown as string;
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ defaults: { kind: "applied", patched: true } });
    expect(graph.count("updateMeetingOptions")).toBe(1);
  });

  test("a host that can't tell the signed-in address still adds the meeting with the defaults", async () => {
    const { graph, service, env } = calendar();
    delete (env as { userAddress?: unknown }).userAddress;
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ kind: "added", route: "calendar", defaults: { kind: "applied" } });
    expect(graph.count("updateMeetingOptions")).toBe(1);
  });

  test("a meeting someone else organizes (Graph says so) keeps its options", async () => {
    const { graph, service } = calendar();
    graph.eventOrganizer = "nestor.wilke@contoso.com";
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ defaults: { kind: "skipped" } });
    expect(graph.count("updateMeetingOptions")).toBe(0);
  });
});

test("the organizer hears about defaults exactly when one is missing: failed or not applied, never when applied or skipped", () => {
  expect(defaultsMissed({ kind: "failed" })).toBe(true);
  expect(defaultsMissed({ kind: "notApplied", options: ["allowMeetingChat"] })).toBe(true);
  expect(defaultsMissed({ kind: "applied", patched: true })).toBe(false);
  expect(defaultsMissed({ kind: "applied", patched: false })).toBe(false);
  expect(defaultsMissed({ kind: "skipped" })).toBe(false);
  expect(defaultsMissed(undefined)).toBe(false);
});
