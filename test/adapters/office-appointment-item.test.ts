// OfficeAppointment over a fake Office.js (test/fakes/fake-office.ts): what it reads from the open
// appointment and writes to it, what it asks of hosts below a requirement set, what it does without
// the APIs older or mobile clients lack, and which AppError each Office failure becomes.
import { OfficeAppointment } from "../../src/adapters/office-appointment";
import { ErrorCode } from "../../src/core/errors";
import { FakeOffice, fakeRecurrence, OUTLOOK_ERRORS, type OfficeFailure } from "../fakes/fake-office";

const GENERIC: OfficeFailure = { code: 9020, name: "GenericResponseError", message: "Outlook failed." };
const adele = { displayName: "Adele Vance", emailAddress: "adele@contoso.com" };
const alex = { displayName: "Alex Wilber", emailAddress: "alex@contoso.com" };

test("reads every field of a saved single appointment", async () => {
  new FakeOffice({
    item: {
      subject: "Budget review",
      start: new Date("2026-12-10T09:00:00Z"),
      end: new Date("2026-12-10T10:00:00Z"),
      location: "Room 4.12",
      // The runtime's recipients carry more than the two fields the product keeps.
      requiredAttendees: [{ ...adele, appointmentResponse: "accepted", recipientType: "user" }],
      optionalAttendees: [{ ...alex, appointmentResponse: "none", recipientType: "user" }],
      body: "<html><body><p>Agenda</p></body></html>",
      bodyType: "html",
      itemId: "AAMkADsaved",
    },
  }).install();
  expect(await new OfficeAppointment().read()).toEqual({
    subject: "Budget review",
    start: new Date("2026-12-10T09:00:00Z"),
    end: new Date("2026-12-10T10:00:00Z"),
    location: "Room 4.12",
    requiredAttendees: [adele],
    optionalAttendees: [alex],
    body: "<html><body><p>Agenda</p></body></html>",
    bodyType: "html",
    isNew: false,
    isRecurring: false,
    seriesId: null,
    recurrence: null,
  });
});

test("a plain-text body is read as its text, not converted to HTML", async () => {
  new FakeOffice({ item: { body: "Agenda\r\n1. numbers", bodyType: "text" } }).install();
  expect(await new OfficeAppointment().getBody()).toEqual({ body: "Agenda\r\n1. numbers", type: "text" });
});

test("a series is recurring by its pattern, an occurrence by its series id", async () => {
  const office = new FakeOffice({
    item: { recurrence: fakeRecurrence({ recurrenceType: "daily" }) },
  }).install();
  const master = await new OfficeAppointment().read();
  expect(master).toMatchObject({ isRecurring: true, seriesId: null, recurrence: { type: "daily" } });
  expect(office.calls).toContain("recurrence.getAsync");

  new FakeOffice({ item: { seriesId: "AAMkADmaster" } }).install();
  const occurrence = await new OfficeAppointment().read();
  expect(occurrence).toMatchObject({ isRecurring: true, seriesId: "AAMkADmaster", recurrence: null });
});

test("a recurrence Outlook fails to give is no recurrence: the single appointment stays single", async () => {
  const office = new FakeOffice().install();
  office.fail.set("recurrence.getAsync", GENERIC);
  expect(await new OfficeAppointment().read()).toMatchObject({ isRecurring: false, recurrence: null });
});

test("below Mailbox 1.7 neither the recurrence nor the series id is asked for, even where the library has them", async () => {
  const office = new FakeOffice({
    mailbox: "1.6",
    item: { recurrence: fakeRecurrence(), seriesId: "AAMkADmaster" },
  }).install();
  expect(await new OfficeAppointment().read()).toMatchObject({
    isRecurring: false,
    seriesId: null,
    recurrence: null,
  });
  expect(office.calls).not.toContain("recurrence.getAsync");
});

test("a client without item.recurrence reads the appointment as single", async () => {
  new FakeOffice({ missing: ["recurrence", "seriesId"] }).install();
  expect(await new OfficeAppointment().read()).toMatchObject({ isRecurring: false, recurrence: null });
});

describe("writes", () => {
  test("an HTML body is written as HTML", async () => {
    const office = new FakeOffice({ item: { body: "<p>old</p>", bodyType: "html" } }).install();
    await new OfficeAppointment().setBody("<p>new</p>", "html");
    expect(office.item).toMatchObject({ body: "<p>new</p>", bodyType: "html" });
  });

  test("a plain-text body is written as text (Outlook refuses HTML into a text body)", async () => {
    const office = new FakeOffice({ item: { body: "old", bodyType: "text" } }).install();
    await new OfficeAppointment().setBody("new\r\nline", "text");
    expect(office.item).toMatchObject({ body: "new\r\nline", bodyType: "text" });
  });

  test("the location is read and written", async () => {
    const office = new FakeOffice({ item: { location: "Room 1" } }).install();
    const a = new OfficeAppointment();
    expect(await a.getLocation()).toBe("Room 1");
    await a.setLocation("Microsoft Teams Meeting");
    expect(office.item?.location).toBe("Microsoft Teams Meeting");
  });

  test("clearing the stored meeting removes the property from the item", async () => {
    const office = new FakeOffice().install();
    const a = new OfficeAppointment();
    await a.saveStoredMeeting({ v: 1, externalId: "x1" });
    expect(JSON.parse(office.item?.customProperties.omo as string)).toEqual({ v: 1, externalId: "x1" });
    await a.saveStoredMeeting(null);
    expect(office.item?.customProperties).toEqual({});
  });
});

describe("item ids", () => {
  test("on Mailbox 1.8 an opened saved item has its id, and a network failure is not taken for a new item", async () => {
    const office = new FakeOffice({ item: { itemId: "AAMkADsaved" } }).install();
    const a = new OfficeAppointment();
    expect(await a.getItemId()).toBe("AAMkADsaved");
    office.fail.set("getItemIdAsync", OUTLOOK_ERRORS.networkError);
    await expect(a.getItemId()).rejects.toMatchObject({ code: ErrorCode.offline });
    office.fail.set("getItemIdAsync", GENERIC);
    await expect(a.getItemId()).rejects.toMatchObject({ code: ErrorCode.hostError });
  });

  test("below Mailbox 1.8 getItemIdAsync is not called: the id is the one this add-in's save returned", async () => {
    const office = new FakeOffice({ mailbox: "1.7", item: { itemId: "AAMkADsaved" } }).install();
    const a = new OfficeAppointment();
    expect(await a.getItemId()).toBeNull();
    expect(await a.save()).toBe("AAMkADsaved");
    expect(await a.getItemId()).toBe("AAMkADsaved");
    expect(office.calls).not.toContain("getItemIdAsync");
  });

  test("a REST id is converted for REST v2.0; a client without convertToRestId (mobile) has REST ids already", () => {
    const office = new FakeOffice().install();
    expect(new OfficeAppointment().toRestId("AA+b/c")).toBe("AA_b-c");
    expect(office.restVersions).toEqual(["v2.0"]);
    new FakeOffice({ missing: ["convertToRestId"] }).install();
    expect(new OfficeAppointment().toRestId("AA_b-c")).toBe("AA_b-c");
  });
});

describe("shared calendars", () => {
  test("a failing getSharedPropertiesAsync means the user's own item", async () => {
    const office = new FakeOffice({ item: { sharedOwner: "boss@contoso.com" } }).install();
    office.fail.set("getSharedPropertiesAsync", GENERIC);
    expect(await new OfficeAppointment().getSharedOwner()).toBeNull();
  });

  test("a client without getSharedPropertiesAsync has no shared owner", async () => {
    new FakeOffice({
      item: { sharedOwner: "boss@contoso.com" },
      missing: ["getSharedPropertiesAsync"],
    }).install();
    expect(await new OfficeAppointment().getSharedOwner()).toBeNull();
  });
});

test("with no appointment open, every call fails as a host error, not a crash", async () => {
  new FakeOffice({ item: null }).install();
  const a = new OfficeAppointment();
  const noItem = { code: ErrorCode.hostError, message: "No appointment is open" };
  await expect(a.getSharedOwner()).rejects.toMatchObject(noItem);
  await expect(a.read()).rejects.toMatchObject(noItem);
  await expect(a.setBody("x", "text")).rejects.toMatchObject(noItem);
  await expect(a.loadStoredMeeting()).rejects.toMatchObject(noItem);
});

// Each Office call's failure is reported with the call's name (the diagnostic a support case needs).
const a = () => new OfficeAppointment();
test.each<[string, () => Promise<unknown>]>([
  ["subject.getAsync", () => a().read()],
  ["start.getAsync", () => a().read()],
  ["end.getAsync", () => a().read()],
  ["location.getAsync", () => a().read()],
  ["requiredAttendees.getAsync", () => a().read()],
  ["optionalAttendees.getAsync", () => a().read()],
  ["body.getTypeAsync", () => a().getBody()],
  ["body.getAsync", () => a().getBody()],
  ["body.setAsync", () => a().setBody("<p>x</p>", "html")],
  ["location.getAsync", () => a().getLocation()],
  ["location.setAsync", () => a().setLocation("Room 2")],
  ["getItemIdAsync", () => a().getItemId()],
  ["saveAsync", () => a().save()],
  ["loadCustomPropertiesAsync", () => a().loadStoredMeeting()],
  ["customProperties.saveAsync", () => a().saveStoredMeeting(null)],
])("a failed %s is a host error naming it", async (call, run) => {
  const office = new FakeOffice({ item: { itemId: "AAMkADsaved" } }).install();
  office.fail.set(call, GENERIC);
  await expect(run()).rejects.toMatchObject({
    code: ErrorCode.hostError,
    message: `${call} failed: ${GENERIC.name} ${GENERIC.message}`,
  });
});
