/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The use-cases against fakes of every port: both routes, removal, state, failures, concurrency.
import { MeetingService } from "../../src/app/meeting-service";
import { countBlocks, removeBlock } from "../../src/core/body-block";
import { AppError, ErrorCode } from "../../src/core/errors";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const USER_BODY =
  '<html><head><meta charset="utf-8"></head><body><div dir="rtl">جدول الأعمال</div><p>Agenda &amp; notes</p></body></html>';

function setup(init: ConstructorParameters<typeof FakeAppointment>[0] = {}) {
  const appointment = new FakeAppointment({ body: USER_BODY, ...init });
  const graph = new FakeGraph();
  const settings = new FakeSettings();
  const env = new FakeEnvironment();
  const service = new MeetingService(
    { appointment, graph, settings, env },
    { syncRetry: { attempts: 4, delayMs: 100 } },
  );
  return { appointment, graph, settings, env, service };
}

function savedEvent(graph: FakeGraph, restId: string, body = USER_BODY) {
  graph.events.set(restId, {
    id: restId,
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: body,
  });
}

describe("standalone route", () => {
  test("a calendar without providers gets a standalone meeting in the display language", async () => {
    const { appointment, graph, env, service } = setup();
    graph.providers = { allowed: [], defaultProvider: "unknown" };
    env.language = "ja-JP";
    const result = await service.add({ route: "auto" });
    expect(result).toMatchObject({ kind: "added", route: "standalone" });
    expect(graph.count("createOrGetMeeting")).toBe(1);
    expect(graph.calls.find((c) => c.method === "createOrGetMeeting")?.args[1]).toBe("ja-JP");
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
    expect(appointment.body).toContain("Click here to join the meeting");
    const meeting = [...graph.meetings.values()][0]!;
    expect(appointment.location).toBe(meeting.joinWebUrl);
    expect(appointment.stored).toMatchObject({
      route: "standalone",
      meetingId: meeting.id,
      locationSetByUs: meeting.joinWebUrl,
    });
    expect(graph.count("enableOnlineMeeting")).toBe(0);
  });

  test("the organizer may choose standalone and a join language even when a provider is allowed", async () => {
    const { graph, service } = setup();
    await service.add({ route: "standalone", language: "ru-RU" });
    expect(graph.count("createOrGetMeeting")).toBe(1);
    expect(graph.calls.find((c) => c.method === "createOrGetMeeting")?.args[1]).toBe("ru-RU");
  });

  test("a location the organizer typed is left alone", async () => {
    const { appointment, service } = setup({ location: "Room 4" });
    await service.add({ route: "standalone" });
    expect(appointment.location).toBe("Room 4");
    expect(appointment.stored?.locationSetByUs).toBeUndefined();
  });

  test("a join URL longer than Outlook's 255-character location stays out of the location", async () => {
    const { appointment, graph, service } = setup();
    const original = graph.createOrGetMeeting.bind(graph);
    const long = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${"A".repeat(300)}%40thread.v2/0`;
    graph.createOrGetMeeting = async (...args) => ({ ...(await original(...args)), joinWebUrl: long });
    await service.add({ route: "standalone" });
    expect(appointment.location).toBe("");
    expect(appointment.stored?.locationSetByUs).toBeUndefined();
    expect(appointment.stored?.joinUrl).toBe(long);
  });

  test("subject and times of the appointment go to createOrGet", async () => {
    const { graph, service } = setup({
      subject: "Plan",
      start: new Date("2026-12-02T08:00:00Z"),
      end: new Date("2026-12-02T08:30:00Z"),
    });
    await service.add({ route: "standalone" });
    expect(graph.calls.find((c) => c.method === "createOrGetMeeting")?.args[0]).toMatchObject({
      subject: "Plan",
      startDateTime: "2026-12-02T08:00:00.000Z",
      endDateTime: "2026-12-02T08:30:00.000Z",
    });
  });

  test("a failure after the meeting was created does not create a second one on retry", async () => {
    const { appointment, graph, service } = setup();
    appointment.failSetBody = 1;
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({ code: ErrorCode.hostError });
    expect(appointment.body).toBe(USER_BODY);
    await service.add({ route: "standalone" });
    expect(graph.meetings.size).toBe(1);
    expect(graph.count("createOrGetMeeting")).toBe(2);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("Outlook refusing the location doesn't fail the meeting: the join details are in the body", async () => {
    const { appointment, graph, service } = setup();
    appointment.failSetLocation = 1;
    await expect(service.add({ route: "standalone" })).resolves.toMatchObject({ kind: "added" });
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.location).toBe("");
    expect(appointment.stored?.locationSetByUs).toBeUndefined();
    // Removal then leaves the location alone (it was never ours) and restores the body exactly.
    appointment.location = "Room 7";
    await service.remove();
    expect(appointment.location).toBe("Room 7");
    expect(appointment.body).toBe(USER_BODY);
  });

  test("a double click makes exactly one meeting", async () => {
    const { appointment, graph, service } = setup();
    const first = service.add({ route: "standalone" });
    const second = service.add({ route: "standalone" });
    await expect(second).rejects.toMatchObject({ code: ErrorCode.busy });
    await first;
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("two surfaces on the same appointment settle on one meeting", async () => {
    const { appointment, graph } = setup();
    const env = new FakeEnvironment();
    const a = new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
    const b = new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
    await a.add({ route: "standalone" });
    await b.add({ route: "standalone" });
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("two surfaces racing on a new appointment leave exactly one meeting", async () => {
    const { appointment, graph } = setup();
    const env = new FakeEnvironment();
    const a = new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
    const b = new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
    await Promise.all([a.add({ route: "standalone" }), b.add({ route: "standalone" })]);
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.stored?.meetingId).toBe([...graph.meetings.keys()][0]);
  });

  test("adding again when our meeting is there changes nothing and calls no Graph write", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    const body = appointment.body;
    const calls = graph.calls.length;
    const again = await service.add({ route: "standalone" });
    expect(again.kind).toBe("already");
    expect(appointment.body).toBe(body);
    expect(graph.calls.length).toBe(calls);
  });

  test("a personal account gets a typed error and an untouched body", async () => {
    const { appointment, graph, service } = setup();
    graph.failNext(
      "createOrGetMeeting",
      new AppError(ErrorCode.personalAccount, "AuthenticationError", { status: 403 }),
    );
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.personalAccount,
    });
    expect(appointment.body).toBe(USER_BODY);
    expect(appointment.location).toBe("");
  });

  test("malformed join information falls back to a descriptive join link", async () => {
    const { appointment, graph, service } = setup();
    const original = graph.createOrGetMeeting.bind(graph);
    graph.createOrGetMeeting = async (...args) => ({
      ...(await original(...args)),
      joinInformationContent: "data:text/html,%E0%A4%A",
    });
    await service.add({ route: "standalone" });
    expect(appointment.body).toContain("Join the online meeting");
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("text bodies get a plain-text block", async () => {
    const { appointment, service } = setup({ body: "Agenda\r\n1. numbers\r\n", bodyType: "text" });
    await service.add({ route: "standalone" });
    expect(appointment.body).not.toMatch(/<a\b/);
    expect(appointment.body).toContain("https://teams.microsoft.com/l/meetup-join/");
    expect(removeBlock(appointment.body, "text")).toBe("Agenda\r\n1. numbers\r\n");
  });

  test("a body that does not read back as written is restored and reported", async () => {
    const { appointment, service } = setup();
    appointment.rewriteOnSet = (b) => b.replace(/<div[^>]*omo[\s\S]*$/i, "</body></html>");
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.bodyWriteFailed,
    });
    appointment.rewriteOnSet = (b) => b;
    expect(countBlocks(appointment.body, "html")).toBe(0);
  });
});

describe("calendar route", () => {
  test("a saved appointment becomes an online event with one PATCH and the join block in the form", async () => {
    const { appointment, graph, service } = setup({ itemId: "AAMk/saved+1" });
    savedEvent(graph, "AAMk-saved_1");
    const result = await service.add(
      { route: "auto" },
      { confirmCalendarRoute: () => Promise.resolve(true) },
    );
    expect(result).toMatchObject({ kind: "added", route: "calendar", provider: "teamsForBusiness" });
    expect(graph.calls.find((c) => c.method === "enableOnlineMeeting")?.args.slice(0, 2)).toEqual([
      "AAMk-saved_1",
      "teamsForBusiness",
    ]);
    const event = graph.events.get("AAMk-saved_1")!;
    expect(appointment.body).toContain(event.joinUrl!);
    expect(appointment.body).not.toMatch(/Agenda[\s\S]*Agenda/);
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
    expect(appointment.stored).toMatchObject({ route: "calendar", provider: "teamsForBusiness" });
    expect(graph.count("createOrGetMeeting")).toBe(0);
  });

  test("the event went online but Outlook failed to take the join block: trying again writes it into the form", async () => {
    const { appointment, graph, service } = setup({ itemId: "AAMk/saved+1" });
    savedEvent(graph, "AAMk-saved_1");
    appointment.failSetBody = 1;
    const confirm = { confirmCalendarRoute: () => Promise.resolve(true) };
    await expect(service.add({ route: "auto" }, confirm)).rejects.toMatchObject({
      code: ErrorCode.hostError,
    });
    expect(graph.events.get("AAMk-saved_1")!.isOnlineMeeting).toBe(true);
    expect(appointment.body).toBe(USER_BODY);
    // Without the block the open form would overwrite the join details on the server when saved.
    const result = await service.add({ route: "auto" }, confirm);
    expect(result).toMatchObject({ kind: "added", route: "calendar" });
    expect(graph.count("enableOnlineMeeting")).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
    expect(appointment.body).toContain(graph.events.get("AAMk-saved_1")!.joinUrl!);
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
    expect(appointment.stored).toMatchObject({ route: "calendar" });
    await expect(service.getState()).resolves.toMatchObject({ kind: "ours", route: "calendar" });
  });

  test("an event already online whose join link the form shows is left alone", async () => {
    const { appointment, graph, service } = setup({ itemId: "id1" });
    savedEvent(graph, "id1");
    const event = graph.events.get("id1")!;
    Object.assign(event, { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" });
    event.joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0";
    appointment.body = USER_BODY.replace("</body>", `<p><a href="${event.joinUrl}">Join</a></p></body>`);
    const before = appointment.body;
    await expect(service.add({ route: "auto" })).resolves.toMatchObject({ kind: "already" });
    expect(appointment.body).toBe(before);
    expect(graph.count("enableOnlineMeeting")).toBe(0);
  });

  test("the organizer's provider choice wins when the calendar allows it", async () => {
    const { graph, service } = setup({ itemId: "id1" });
    graph.providers = {
      allowed: ["teamsForBusiness", "skypeForBusiness"],
      defaultProvider: "teamsForBusiness",
    };
    savedEvent(graph, "id1");
    await service.add({ route: "calendar", provider: "skypeForBusiness" });
    expect(graph.calls.find((c) => c.method === "enableOnlineMeeting")?.args[1]).toBe("skypeForBusiness");
  });

  test("a new appointment is saved only after the organizer confirms", async () => {
    const { appointment, graph, service } = setup();
    const asked: boolean[] = [];
    const cancelled = await service.add(
      { route: "auto" },
      {
        confirmCalendarRoute: ({ needsSave }) => {
          asked.push(needsSave);
          return Promise.resolve(false);
        },
      },
    );
    expect(cancelled.kind).toBe("cancelled");
    expect(asked).toEqual([true]);
    expect(appointment.saves).toBe(0);
    expect(appointment.body).toBe(USER_BODY);
    expect(graph.count("enableOnlineMeeting")).toBe(0);
  });

  test("the 404 that follows a save is retried, bounded", async () => {
    const { appointment, graph, env, service } = setup();
    savedEvent(graph, "AAMkAD_item-1==");
    graph.failNext(
      "enableOnlineMeeting",
      new AppError(ErrorCode.notFound, "ErrorItemNotFound", { status: 404 }),
      2,
    );
    const result = await service.add(
      { route: "auto" },
      { confirmCalendarRoute: () => Promise.resolve(true) },
    );
    expect(result.kind).toBe("added");
    expect(appointment.saves).toBe(1);
    expect(graph.count("enableOnlineMeeting")).toBe(3);
    expect(env.sleeps).toEqual([100, 200]);
  });

  test("the pane is told each step of a new appointment's add, the wait for its sync included", async () => {
    const { graph, service } = setup();
    savedEvent(graph, "AAMkAD_item-1==");
    graph.failNext(
      "enableOnlineMeeting",
      new AppError(ErrorCode.notFound, "ErrorItemNotFound", { status: 404 }),
      1,
    );
    const steps: string[] = [];
    await service.add(
      { route: "auto" },
      { confirmCalendarRoute: () => Promise.resolve(true), onProgress: (step) => steps.push(step) },
    );
    expect(steps).toEqual(["saving", "contacting", "waiting-for-sync", "writing"]);
  });

  test("the event's state is read from Graph once, not at every look", async () => {
    const { graph, service } = setup({ itemId: "AAMk/saved+1" });
    savedEvent(graph, "AAMk-saved_1");
    await service.getState();
    await service.getState();
    expect(graph.count("getEvent")).toBe(1);
  });

  test("an item that never syncs gives up after the bounded attempts, body untouched", async () => {
    const { appointment, graph, service } = setup();
    graph.failNext(
      "enableOnlineMeeting",
      new AppError(ErrorCode.notFound, "ErrorItemNotFound", { status: 404 }),
      10,
    );
    await expect(
      service.add({ route: "auto" }, { confirmCalendarRoute: () => Promise.resolve(true) }),
    ).rejects.toMatchObject({
      code: ErrorCode.notFound,
    });
    expect(graph.count("enableOnlineMeeting")).toBe(4);
    expect(appointment.body).toBe(USER_BODY);
  });

  test("an event already online is shown as such; adding only carries its join link into a form that lacks it", async () => {
    const { appointment, graph, service } = setup({ itemId: "id2" });
    graph.events.set("id2", {
      id: "id2",
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      joinUrl: "https://teams.microsoft.com/l/meetup-join/x",
      bodyHtml: USER_BODY,
    });
    expect(await service.getState()).toMatchObject({ kind: "calendar-online", provider: "teamsForBusiness" });
    const steps: string[] = [];
    const result = await service.add({ route: "auto" }, { onProgress: (step) => steps.push(step) });
    expect(result).toMatchObject({ kind: "added", route: "calendar" });
    expect(steps).toEqual(["contacting", "writing"]);
    expect(graph.count("enableOnlineMeeting")).toBe(0);
    expect(appointment.body).toContain("https://teams.microsoft.com/l/meetup-join/x");
    expect(removeBlock(appointment.body, "html")).toBe(USER_BODY);
    // Now the form shows it: a second add changes nothing.
    const body = appointment.body;
    await expect(service.add({ route: "auto" })).resolves.toMatchObject({ kind: "already" });
    expect(appointment.body).toBe(body);
  });

  test("cannot be removed", async () => {
    const { appointment, graph, service } = setup({ itemId: "id3" });
    savedEvent(graph, "id3");
    await service.add({ route: "auto" });
    const body = appointment.body;
    await expect(service.remove()).rejects.toMatchObject({ code: ErrorCode.irreversible });
    expect(appointment.body).toBe(body);
  });

  test("an occurrence of a series makes the series online, not the occurrence", async () => {
    const { appointment, graph, service } = setup({ itemId: "AAMk/occurrence+7" });
    appointment.seriesId = "AAMk/master+1";
    savedEvent(graph, "AAMk-master_1");
    await service.add({ route: "auto" });
    expect(graph.calls.find((c) => c.method === "enableOnlineMeeting")?.args[0]).toBe("AAMk-master_1");
    expect(graph.events.get("AAMk-master_1")?.isOnlineMeeting).toBe(true);
  });

  test("the settings' standalone preference applies to the one-click default", async () => {
    const { graph, settings, service } = setup({ itemId: "id4" });
    settings.value = { route: "standalone" };
    await service.add({ route: "auto" });
    expect(graph.count("createOrGetMeeting")).toBe(1);
    expect(graph.count("enableOnlineMeeting")).toBe(0);
  });
});

describe("removal", () => {
  test("removes exactly our block, deletes the meeting, restores the location, clears our record", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    await service.remove();
    expect(appointment.body).toBe(USER_BODY);
    expect(appointment.location).toBe("");
    expect(graph.meetings.size).toBe(0);
    expect(graph.count("deleteMeeting")).toBe(1);
    expect(appointment.stored).toBeNull();
    await service.add({ route: "standalone" });
    expect(graph.meetings.size).toBe(1);
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("a location the organizer changed since is kept", async () => {
    const { appointment, service } = setup();
    await service.add({ route: "standalone" });
    appointment.location = "Room 9";
    await service.remove();
    expect(appointment.location).toBe("Room 9");
  });

  test("a failed delete changes nothing", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    const body = appointment.body;
    graph.failNext("deleteMeeting", new AppError(ErrorCode.offline, "offline"));
    await expect(service.remove()).rejects.toMatchObject({ code: ErrorCode.offline });
    expect(appointment.body).toBe(body);
    expect(graph.meetings.size).toBe(1);
  });

  test("nothing to remove is not an error", async () => {
    const { service } = setup();
    expect(await service.remove()).toEqual({ kind: "nothing" });
  });
});

describe("state", () => {
  test("another service's join link is reported, and adding needs force", async () => {
    const body =
      '<html><body><p>Join Zoom Meeting <a href="https://us02web.zoom.us/j/85012345678?pwd=abc">https://us02web.zoom.us/j/85012345678</a></p></body></html>';
    const { appointment, graph, service } = setup({ body });
    expect(await service.getState()).toMatchObject({ kind: "foreign", meeting: { service: "zoom" } });
    await expect(service.add({ route: "standalone" })).rejects.toMatchObject({
      code: ErrorCode.foreignMeeting,
    });
    expect(graph.count("createOrGetMeeting")).toBe(0);
    await service.add({ route: "standalone", force: true });
    expect(countBlocks(appointment.body, "html")).toBe(1);
  });

  test("a client that strips every marker still doesn't get a second meeting", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    appointment.body = appointment.body.replace(/<div id="omo-join-block[^"]*"[^>]*>/, "<div>");
    expect(countBlocks(appointment.body, "html")).toBe(0);
    const again = await new MeetingService({
      appointment,
      graph,
      settings: new FakeSettings(),
      env: new FakeEnvironment(),
    }).add({
      route: "standalone",
    });
    expect(again.kind).toBe("already");
    expect(graph.meetings.size).toBe(1);
    expect(graph.count("createOrGetMeeting")).toBe(1);
  });

  test("our meeting is recognized when the pane reopens", async () => {
    const { appointment, graph, env } = setup();
    await new MeetingService({ appointment, graph, settings: new FakeSettings(), env }).add({
      route: "standalone",
    });
    const reopened = new MeetingService({ appointment, graph, settings: new FakeSettings(), env });
    expect(await reopened.getState()).toMatchObject({
      kind: "ours",
      route: "standalone",
      joinUrl: appointment.stored?.joinUrl,
    });
  });

  test("the calendar's providers are fetched once per pane, and again after a failure", async () => {
    const { graph, service } = setup();
    graph.failNext("getCalendarProviders", new AppError(ErrorCode.offline, "offline"));
    await expect(service.providers()).rejects.toMatchObject({ code: ErrorCode.offline });
    await service.providers();
    await service.add({ route: "standalone" });
    expect(graph.count("getCalendarProviders")).toBe(2);
  });
});

describe("keeping in step", () => {
  test("a changed subject or time updates the standalone meeting once", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    expect(await service.syncIfChanged()).toBe(false);
    appointment.subject = "Renamed";
    appointment.end = new Date("2026-12-01T11:00:00Z");
    expect(await service.syncIfChanged()).toBe(true);
    const meeting = [...graph.meetings.values()][0]!;
    expect(meeting).toMatchObject({ subject: "Renamed", endDateTime: "2026-12-01T11:00:00.000Z" });
    expect(await service.syncIfChanged()).toBe(false);
    expect(graph.count("updateMeeting")).toBe(1);
  });

  test("change events arriving together make one update", async () => {
    const { appointment, graph, service } = setup();
    await service.add({ route: "standalone" });
    appointment.start = new Date("2026-12-01T12:00:00Z");
    const results = await Promise.all([
      service.syncIfChanged(),
      service.syncIfChanged(),
      service.syncIfChanged(),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(graph.count("updateMeeting")).toBe(1);
  });
});
