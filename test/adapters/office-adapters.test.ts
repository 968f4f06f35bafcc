/**
 * @jest-environment ./test/env/jsdom.cjs
 */
// The Office.js adapters against the workbench's emulated Outlook: ItemNotSaved before a save, ids
// after it, custom properties, body coercion, notification limits, roaming settings, environment.
import { OfficeAppointment } from "../../src/adapters/office-appointment";
import { OfficeEnvironment } from "../../src/adapters/office-environment";
import { fitNotification, OfficeNotifications } from "../../src/adapters/office-notifications";
import { OfficeSettings } from "../../src/adapters/office-settings";
import { ErrorCode } from "../../src/core/errors";
import { createOffice } from "../../workbench/office-host/office-facade";
import { WorkbenchHost } from "../../workbench/office-host/workbench-host";
import { STANDALONE_SCENARIO } from "../../workbench/office-host/standalone-scenario";
import type { Scenario } from "../../workbench/scenario";

function install(patch: (s: Scenario) => void = () => undefined): WorkbenchHost {
  const scenario = JSON.parse(JSON.stringify(STANDALONE_SCENARIO)) as Scenario;
  patch(scenario);
  const host = new WorkbenchHost(scenario, "http://emulator.test/__emulator");
  (globalThis as unknown as { Office: typeof Office }).Office = createOffice(host, window);
  return host;
}

beforeEach(() => {
  (globalThis as { fetch?: unknown }).fetch = jest.fn(() => Promise.resolve({ ok: true } as Response));
});

test("a new item has no id (ItemNotSaved is absorbed); saving gives an EWS id and a REST id", async () => {
  install();
  const a = new OfficeAppointment();
  expect(await a.getItemId()).toBeNull();
  expect((await a.read()).isNew).toBe(true);
  const id = await a.save();
  expect(id).toMatch(/^AAMkAD/);
  expect(await a.getItemId()).toBe(id);
  expect(a.toRestId("AA+b/c")).toBe("AA_b-c");
});

test("reads the appointment in its coercion type", async () => {
  install((s) => {
    s.appointment.bodyType = "text";
    s.appointment.body = "Agenda\r\n";
    s.appointment.requiredAttendees = [{ displayName: "Adele", emailAddress: "adele@contoso.com" }];
  });
  const snap = await new OfficeAppointment().read();
  expect(snap).toMatchObject({ subject: "Planning", bodyType: "text", body: "Agenda\r\n", location: "" });
  expect(snap.requiredAttendees).toEqual([{ displayName: "Adele", emailAddress: "adele@contoso.com" }]);
});

test("custom properties round-trip and clear; the 2,500-character limit is a host error", async () => {
  const host = install();
  const a = new OfficeAppointment();
  await a.saveStoredMeeting({ v: 1, externalId: "x1", route: "standalone", meetingId: "m1" });
  expect(await a.loadStoredMeeting()).toMatchObject({ externalId: "x1", meetingId: "m1" });
  expect(typeof host.appointment.customProperties.omo).toBe("string");
  await a.saveStoredMeeting(null);
  expect(await a.loadStoredMeeting()).toBeNull();
  await expect(a.saveStoredMeeting({ v: 1, externalId: "x".repeat(3000) })).rejects.toMatchObject({
    code: ErrorCode.hostError,
  });
});

test("a corrupt record on the item is ignored, not trusted", async () => {
  install((s) => {
    s.appointment.customProperties = { omo: "{not json" };
  });
  expect(await new OfficeAppointment().loadStoredMeeting()).toBeNull();
});

test("a hostile record is validated where it is read: no javascript: Join link, no '..' meeting id, no foreign location", async () => {
  install((s) => {
    s.appointment.customProperties = {
      omo: JSON.stringify({
        v: 1,
        externalId: "x1",
        route: "standalone",
        meetingId: "..",
        joinUrl: "javascript:alert(document.domain)",
        locationSetByUs: "Room 4.12",
      }),
    };
  });
  expect(await new OfficeAppointment().loadStoredMeeting()).toEqual({
    v: 1,
    externalId: "x1",
    route: "standalone",
  });
});

test("body and location writes reach the item; an over-long body is refused", async () => {
  // The adapter's own write, without an Outlook client's rewrite (test/workbench/outlook-clients.test.ts).
  const host = install((s) => (s.outlook = { client: "verbatim" }));
  const a = new OfficeAppointment();
  await a.setBody("<p>x</p>", "html");
  await a.setLocation("Room 1");
  expect(host.appointment).toMatchObject({ body: "<p>x</p>", location: "Room 1" });
  await expect(a.setBody("x".repeat(1_000_001), "html")).rejects.toMatchObject({ code: ErrorCode.hostError });
  await expect(a.setLocation("x".repeat(256))).rejects.toMatchObject({ code: ErrorCode.hostError });
  expect(host.appointment.body).toBe("<p>x</p>");
});

test("the owner of a shared calendar", async () => {
  install((s) => {
    s.appointment.sharedOwner = "boss@contoso.com";
  });
  expect(await new OfficeAppointment().getSharedOwner()).toBe("boss@contoso.com");
  install();
  expect(await new OfficeAppointment().getSharedOwner()).toBeNull();
});

test("notifications: one key, cut to 150 characters, never over Outlook's limit of five", async () => {
  const host = install();
  const n = new OfficeNotifications();
  for (let i = 0; i < 8; i++) await n.progress(`step ${i}`);
  await n.error("x".repeat(400));
  expect(host.notifications).toHaveLength(1);
  expect(host.notifications[0]!.message).toHaveLength(150);
  expect(host.notifications[0]!.type).toBe("errorMessage");
  await n.clear();
  expect(host.notifications).toHaveLength(0);
  expect(fitNotification("a  b\n c")).toBe("a b c");
});

test("roaming settings persist; unknown or corrupt values fall back to defaults", async () => {
  const host = install();
  const s = new OfficeSettings();
  expect(await s.load()).toEqual({ route: "auto" });
  await s.save({ route: "standalone", joinLanguage: "ja-JP", autoAdd: true });
  expect(await s.load()).toEqual({ route: "standalone", joinLanguage: "ja-JP", autoAdd: true });
  host.roaming["omo.settings"] = '{"route":"bogus"}';
  expect((await s.load()).route).toBe("auto");
  host.roaming["omo.settings"] = "{";
  expect(await s.load()).toEqual({ route: "auto" });
});

test("default meeting options roam beside the other settings and are validated on read, never a crash", async () => {
  const host = install();
  const s = new OfficeSettings();
  const meetingOptions = { lobbyBypassSettings: { scope: "everyone" as const }, recordAutomatically: true };
  await s.save({ route: "auto", meetingOptions });
  expect(JSON.parse(host.roaming["omo.settings"] as string)).toEqual({ route: "auto", meetingOptions });
  expect((await s.load()).meetingOptions).toEqual(meetingOptions);
  // Another client (or a hand edit) wrote values the add-in doesn't know: only the valid ones survive.
  host.roaming["omo.settings"] = JSON.stringify({
    route: "standalone",
    meetingOptions: { allowMeetingChat: "sometimes", recordAutomatically: true, allowWhiteboard: false },
  });
  expect(await s.load()).toEqual({ route: "standalone", meetingOptions: { recordAutomatically: true } });
  for (const bad of ['"x"', "[1]", "null", '{"meetingOptions":[]}', '{"meetingOptions":"everyone"}']) {
    host.roaming["omo.settings"] = bad;
    const loaded = await s.load();
    expect(loaded.meetingOptions).toBeUndefined();
    expect("meetingOptions" in loaded).toBe(false);
  }
  host.roaming["omo.settings"] = '"x"';
  expect(await s.load()).toEqual({ route: "auto" });
});

test("environment: display language, account type, v4 ids", () => {
  install((s) => {
    s.mailbox.displayLanguage = "ru-RU";
    s.mailbox.accountType = "outlookCom";
  });
  const env = new OfficeEnvironment();
  expect(env.displayLanguage()).toBe("ru-RU");
  expect(env.accountType()).toBe("outlookCom");
  expect(env.newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test("the emulated host delivers AsyncResults asynchronously, with the runtime's status strings", async () => {
  install();
  const order: string[] = [];
  const result = new Promise<Office.AsyncResult<string>>((resolve) =>
    (Office.context.mailbox.item as Office.AppointmentCompose).subject.getAsync((r) => {
      order.push("callback");
      resolve(r);
    }),
  );
  order.push("after call");
  const r = await result;
  expect(order).toEqual(["after call", "callback"]);
  expect(r.status).toBe("succeeded");
  expect(Office.AsyncResultStatus.Succeeded).toBe("succeeded");
  expect(Office.CoercionType.Html).toBe("html");
  expect(Office.EventType.AppointmentTimeChanged).toBe("olkAppointmentTimeChanged");
});
