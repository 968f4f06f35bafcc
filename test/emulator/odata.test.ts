// Emulator rules Q1–Q2 and V1–V2 (emulator/graph/README.md): $select, Prefer: outlook.body-content-type,
// and what PATCH on an event allows.
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const CAL = ["Calendars.ReadWrite"];
const times = { subject: "s", start: "2026-12-01T09:00:00Z", end: "2026-12-01T10:00:00Z" };

test("Q1: $select returns only what was asked (plus id and @odata annotations)", async () => {
  g.emulator.reset({});
  await g.syncEvent("E1", { ...times, bodyHtml: "<p>x</p>" });
  const ev = await g.call("GET", "/me/events/E1?$select=isOnlineMeeting,onlineMeeting", CAL);
  expect(Object.keys(ev.json).sort()).toEqual(["@odata.context", "id", "isOnlineMeeting", "onlineMeeting"]);
  const cal = await g.call("GET", "/me/calendar?$select=allowedOnlineMeetingProviders", CAL);
  expect(Object.keys(cal.json).sort()).toEqual(["@odata.context", "allowedOnlineMeetingProviders", "id"]);
});

test("Q2: without Prefer the body comes in its stored type; Prefer html/text converts and says so", async () => {
  g.emulator.reset({});
  await g.syncEvent("T1", { ...times, bodyHtml: "Line 1\nLine <2>", bodyType: "text" });
  const plain = await g.call("GET", "/me/events/T1", CAL);
  expect(plain.json.body).toEqual({ contentType: "text", content: "Line 1\nLine <2>" });
  expect(plain.headers.get("Preference-Applied")).toBeNull();
  const html = await g.call("GET", "/me/events/T1", CAL, {
    headers: { Prefer: 'outlook.body-content-type="html"' },
  });
  expect(html.json.body).toMatchObject({ contentType: "html" });
  expect((html.json.body as { content: string }).content).toContain("Line 1<br>\r\nLine &lt;2&gt;");
  expect(html.headers.get("Preference-Applied")).toBe('outlook.body-content-type="html"');
  await g.syncEvent("H1", { ...times, bodyHtml: "<html><body><p>A &amp; B</p></body></html>" });
  const text = await g.call("GET", "/me/events/H1", CAL, {
    headers: { Prefer: 'outlook.body-content-type="text"' },
  });
  expect(text.json.body).toEqual({ contentType: "text", content: "A & B" });
});

test("V1: isOnlineMeeting can't be turned off, nor its provider changed, once on", async () => {
  g.emulator.reset({
    calendar: {
      allowedOnlineMeetingProviders: ["teamsForBusiness", "skypeForBusiness"],
      defaultOnlineMeetingProvider: "teamsForBusiness",
    },
  });
  await g.syncEvent("E1", { ...times, bodyHtml: "<p>x</p>" });
  const on = await g.call("PATCH", "/me/events/E1", CAL, { body: { isOnlineMeeting: true } });
  expect(on.json).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" });
  expect((await g.call("PATCH", "/me/events/E1", CAL, { body: { isOnlineMeeting: false } })).status).toBe(
    400,
  );
  const other = await g.call("PATCH", "/me/events/E1", CAL, {
    body: { isOnlineMeeting: true, onlineMeetingProvider: "skypeForBusiness" },
  });
  expect(other.status).toBe(400);
});

test("V2: a provider the calendar doesn't allow is a 400; an unknown event a 404 ErrorItemNotFound", async () => {
  g.emulator.reset({
    calendar: { allowedOnlineMeetingProviders: [], defaultOnlineMeetingProvider: "unknown" },
  });
  await g.syncEvent("E1", { ...times, bodyHtml: "<p>x</p>" });
  const res = await g.call("PATCH", "/me/events/E1", CAL, {
    body: { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" },
  });
  expect(res.status).toBe(400);
  expect(await g.call("GET", "/me/events/nope", CAL)).toMatchObject({
    status: 404,
    json: { error: { code: "ErrorItemNotFound" } },
  });
});
