/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// A delegate composing in someone else's calendar (issue: shared and delegate calendars): the calendar
// route makes the owner the organizer, the standalone route the delegate; a calendar shared for
// viewing only says so before anything is saved; the record names its organizer.
import { MeetingService } from "../../src/app/meeting-service";
import { ErrorCode } from "../../src/core/errors";
import { FakeAppointment } from "../fakes/fake-appointment";
import { FakeGraph } from "../fakes/fake-graph";
import { FakeEnvironment, FakeSettings } from "../fakes/fake-settings";

const OWNER = "nestor.wilke@contoso.com";

function setup(canEdit: boolean | undefined) {
  const appointment = new FakeAppointment({
    body: "<html><body><p>Agenda</p></body></html>",
    sharedOwner: OWNER,
  });
  const graph = new FakeGraph();
  graph.providers = { allowed: ["teamsForBusiness"], defaultProvider: "teamsForBusiness", canEdit };
  const service = new MeetingService(
    { appointment, graph, settings: new FakeSettings(), env: new FakeEnvironment() },
    { syncRetry: { attempts: 2, delayMs: 1 } },
  );
  return { appointment, graph, service };
}

test("a calendar shared for viewing only: the calendar route says exactly that, before saving anything", async () => {
  const { appointment, graph, service } = setup(false);
  await expect(service.add({ route: "auto" })).rejects.toMatchObject({
    code: ErrorCode.sharedCalendarReadOnly,
    details: { owner: OWNER },
  });
  expect(appointment.saves).toBe(0);
  expect(graph.count("enableOnlineMeeting")).toBe(0);
});

test("calendar route in the owner's calendar: the owner is the organizer, on the record and in the state", async () => {
  const { appointment, graph, service } = setup(true);
  // Saved already: Outlook synced it to the owner's calendar.
  appointment.itemId = "AAMkAD+item/1==";
  const restId = appointment.toRestId(appointment.itemId);
  graph.events.set(restId, {
    id: restId,
    isOnlineMeeting: false,
    onlineMeetingProvider: "unknown",
    joinUrl: null,
    bodyHtml: "<html><body><p>Agenda</p></body></html>",
  });
  await service.add({ route: "auto" });
  expect(appointment.stored).toMatchObject({ route: "calendar", organizer: OWNER });
  expect(await service.getState()).toMatchObject({ kind: "ours", organizer: OWNER });
});

test("standalone route in the owner's calendar: /me/onlineMeetings, the delegate is the organizer", async () => {
  const { appointment, graph, service } = setup(true);
  await service.add({ route: "standalone" });
  const call = graph.calls.find((c) => c.method === "createOrGetMeeting")!;
  expect(call.args).toHaveLength(2);
  expect(appointment.stored).toMatchObject({ route: "standalone", organizer: "megan.bowen@contoso.com" });
  expect(await service.getState()).toMatchObject({ kind: "ours", organizer: "megan.bowen@contoso.com" });
});

test("owner and delegate on one item: the one who isn't the organizer can't remove it silently", async () => {
  const { appointment, graph, service } = setup(true);
  await service.add({ route: "standalone" });
  // The owner opens the same item: the record names the delegate as organizer.
  const owner = new MeetingService(
    {
      appointment,
      graph,
      settings: new FakeSettings(),
      env: Object.assign(new FakeEnvironment(), { userAddress: () => OWNER }),
    },
    { syncRetry: { attempts: 2, delayMs: 1 } },
  );
  expect(await owner.getState()).toMatchObject({ kind: "ours", organizer: "megan.bowen@contoso.com" });
  await expect(owner.remove()).rejects.toMatchObject({
    code: ErrorCode.notOrganizer,
    details: { owner: "megan.bowen@contoso.com" },
  });
  expect(graph.count("deleteMeeting")).toBe(0);
  expect(graph.meetings.size).toBe(1);
});
