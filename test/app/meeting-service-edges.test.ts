/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The use-cases' smaller promises: "auto" asks for the organizer's route setting and an explicit
// choice wins over it; removal deletes the meeting even when the organizer already deleted our text,
// and cuts our text even when no meeting id was recorded; changing the join language changes nothing
// where there is no standalone block of ours; and the pane hears each step.
import { MeetingService } from "../../src/app/meeting-service";
import { ErrorCode } from "../../src/core/errors";
import { blockKey, countBlocks, insertBlock, renderBlock } from "../../src/core/body-block";
import type { StoredMeeting, UserSettings } from "../../src/core/types";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const BODY = "<html><body><p>Agenda</p></body></html>";

function setup(
  settings: Partial<UserSettings> = {},
  init: ConstructorParameters<typeof FakeAppointment>[0] = {},
) {
  const appointment = new FakeAppointment({ body: BODY, itemId: "AAMk/saved+1", ...init });
  const graph = new FakeGraph();
  graph.events.set("AAMk-saved_1", {
    id: "AAMk-saved_1",
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: BODY,
  });
  const service = new MeetingService(
    {
      appointment,
      graph,
      settings: new FakeSettings({ route: "auto", ...settings }),
      env: new FakeEnvironment(),
    },
    { syncRetry: { attempts: 2, delayMs: 1 } },
  );
  return { appointment, graph, service };
}
const confirm = { confirmCalendarRoute: () => Promise.resolve(true) };

describe("which route", () => {
  test("'auto' follows the organizer's setting: standalone though the calendar allows Teams", async () => {
    const { service } = setup({ route: "standalone" });
    await expect(service.add({ route: "auto" }, confirm)).resolves.toMatchObject({ route: "standalone" });
  });

  test("an explicit choice wins over the setting", async () => {
    const { service } = setup({ route: "standalone" });
    await expect(service.add({ route: "calendar" }, confirm)).resolves.toMatchObject({ route: "calendar" });
  });

  test("the standalone choice stands where the setting is 'auto' and the calendar allows Teams", async () => {
    const { service } = setup({ route: "auto" });
    await expect(service.add({ route: "standalone" }, confirm)).resolves.toMatchObject({
      route: "standalone",
    });
  });
});

describe("removal", () => {
  test("the organizer deleted our text already: the meeting is still deleted, the body left as it is", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    const meetingId = appointment.stored!.meetingId!;
    appointment.body = BODY;
    await expect(service.remove()).resolves.toEqual({ kind: "removed" });
    expect(graph.meetings.has(meetingId)).toBe(false);
    expect(appointment.body).toBe(BODY);
    expect(appointment.stored).toBeNull();
  });

  test("a record without a meeting id: our text is cut, no meeting is deleted", async () => {
    const joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NOID%40thread.v2/0";
    const stored: StoredMeeting = { v: 1, externalId: "ext-noid", route: "standalone", joinUrl };
    const key = blockKey(stored)!;
    const body = insertBlock(BODY, "html", renderBlock(`<a href="${joinUrl}">Join</a>`, "html", key), key);
    const { appointment, graph, service } = setup({}, { body, stored });
    const steps: string[] = [];
    await expect(service.remove({ onProgress: (s) => steps.push(s) })).resolves.toEqual({ kind: "removed" });
    expect(appointment.body).toBe(BODY);
    expect(graph.count("deleteMeeting")).toBe(0);
    expect(steps).toEqual(["removing", "writing"]);
  });
});

describe("changing the join language", () => {
  test("our block gone from the body: nothing changes, nothing is asked of Graph", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    appointment.body = BODY;
    const before = graph.calls.length;
    await expect(service.changeLanguage("ja-JP")).resolves.toEqual({ kind: "nothing" });
    expect(graph.calls.length).toBe(before);
    expect(appointment.body).toBe(BODY);
  });

  test("on the calendar route: nothing changes", async () => {
    const { graph, service } = setup();
    await service.add({ route: "calendar" }, confirm);
    const before = graph.calls.length;
    await expect(service.changeLanguage("ja-JP")).resolves.toEqual({ kind: "nothing" });
    expect(graph.calls.length).toBe(before);
  });

  test("a standalone block is rewritten in the language, and the pane hears each step", async () => {
    const { appointment, service } = setup();
    await service.add({ route: "standalone" });
    const steps: string[] = [];
    await expect(
      service.changeLanguage("ja-JP", { onProgress: (s) => steps.push(s) }),
    ).resolves.toMatchObject({
      kind: "changed",
    });
    expect(steps).toEqual(["contacting", "writing"]);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });
});

describe("the standalone route's own steps", () => {
  test("the pane hears each step of an add: contacting Teams, then writing the body", async () => {
    const { service } = setup();
    const steps: string[] = [];
    await service.add({ route: "standalone" }, { onProgress: (s) => steps.push(s) });
    expect(steps).toEqual(["contacting", "writing"]);
  });

  test("an item that doesn't keep the meeting id is refused before any meeting exists, body untouched", async () => {
    const { appointment, graph, service } = setup();
    appointment.saveStoredMeeting = () => Promise.resolve();
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({ code: ErrorCode.hostError });
    expect(graph.count("createOrGetMeeting")).toBe(0);
    expect(appointment.body).toBe(BODY);
  });

  test("the record cleared meanwhile (another surface removed it): our meeting stays, and is recorded", async () => {
    const { appointment, graph, service } = setup();
    const createOrGet = graph.createOrGetMeeting.bind(graph);
    graph.createOrGetMeeting = async (...args) => {
      const meeting = await createOrGet(...args);
      appointment.stored = null;
      return meeting;
    };
    await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
    expect(graph.count("deleteMeeting")).toBe(0);
    expect(graph.meetings.size).toBe(1);
    expect(appointment.stored?.meetingId).toBe([...graph.meetings.keys()][0]);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("a meeting Graph returns without join information gets our own join link, in the language asked", async () => {
    const { appointment, graph, service } = setup();
    const createOrGet = graph.createOrGetMeeting.bind(graph);
    graph.createOrGetMeeting = async (...args) => {
      const { joinInformationContent: _dropped, ...meeting } = await createOrGet(...args);
      return meeting;
    };
    await service.add({ route: "standalone" });
    expect(appointment.body).toContain("Join the online meeting");
    expect(appointment.body).toContain(appointment.stored!.joinUrl!);
    expect(appointment.stored?.language).toBe("en-US");
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });
});
