// Emulator rules P1–P7 (emulator/graph/README.md): tokens carry scopes and the user; every route checks
// them; another user's mailbox needs the .Shared scope and a share; onlineMeetings are /me only.
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());

const BOSS = "boss@contoso.com";
const providers = {
  allowedOnlineMeetingProviders: ["teamsForBusiness"],
  defaultOnlineMeetingProvider: "teamsForBusiness",
};
const event = {
  subject: "Plan",
  start: "2026-12-01T09:00:00.000Z",
  end: "2026-12-01T10:00:00.000Z",
  bodyHtml: "<html><body><p>Agenda</p></body></html>",
};
const DENIED = { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." };

test("P1: no token or an unknown token is 401 InvalidAuthenticationToken", async () => {
  g.emulator.reset({});
  const none = await fetch(`${g.origin}/v1.0/me/calendar`);
  expect(none.status).toBe(401);
  expect(((await none.json()) as { error: { code: string } }).error.code).toBe("InvalidAuthenticationToken");
  const forged = await fetch(`${g.origin}/v1.0/me/calendar`, { headers: { Authorization: "Bearer forged" } });
  expect(forged.status).toBe(401);
});

test("P2: a token without a calendar scope gets 403 ErrorAccessDenied on calendar and events", async () => {
  g.emulator.reset({});
  await g.syncEvent("E1", event);
  const cal = await g.call("GET", "/me/calendar", ["OnlineMeetings.ReadWrite"]);
  expect(cal).toMatchObject({ status: 403, json: { error: DENIED } });
  const read = await g.call("GET", "/me/events/E1", ["Calendars.Read"]);
  expect(read.status).toBe(200);
  const write = await g.call("PATCH", "/me/events/E1", ["Calendars.Read"], {
    body: { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" },
  });
  expect(write).toMatchObject({ status: 403, json: { error: DENIED } });
});

test("P3: /users/{own id} and /users/{own UPN} are /me", async () => {
  g.emulator.reset({ user: { id: "u-1", mail: "Megan@contoso.com" } });
  await g.syncEvent("E1", event);
  for (const who of ["u-1", "megan%40contoso.com"]) {
    expect((await g.call("GET", `/users/${who}/calendar`, ["Calendars.ReadWrite"])).status).toBe(200);
    expect((await g.call("GET", `/users/${who}/events/E1`, ["Calendars.ReadWrite"])).status).toBe(200);
    const m = await g.call("POST", `/users/${who}/onlineMeetings/createOrGet`, ["OnlineMeetings.ReadWrite"], {
      body: { externalId: `x-${who}` },
    });
    expect(m.status).toBe(201);
  }
});

test("P4: another user's calendar needs a .Shared scope, even with a share", async () => {
  g.emulator.reset({ sharedCalendars: { [BOSS]: { ...providers, access: "delegate" } } });
  const plain = await g.call("GET", `/users/${encodeURIComponent(BOSS)}/calendar`, ["Calendars.ReadWrite"]);
  expect(plain).toMatchObject({ status: 403, json: { error: DENIED } });
  const shared = await g.call("GET", `/users/${encodeURIComponent(BOSS)}/calendar`, [
    "Calendars.ReadWrite.Shared",
  ]);
  expect(shared).toMatchObject({ status: 200, json: { ...providers, canEdit: true } });
});

test.each([
  ["none", 403, 403, false],
  ["view", 200, 403, false],
  ["edit", 200, 200, true],
  ["delegate", 200, 200, true],
] as const)("P5: share %s: read %i, write %i", async (access, read, write, canEdit) => {
  g.emulator.reset({ sharedCalendars: { [BOSS]: { ...providers, access } } });
  await g.syncEvent("E1", { ...event, owner: BOSS });
  const scopes = ["Calendars.ReadWrite.Shared"];
  const owner = `/users/${encodeURIComponent(BOSS)}`;
  const cal = await g.call("GET", `${owner}/calendar`, scopes);
  expect(cal.status).toBe(read);
  if (read === 200) expect(cal.json.canEdit).toBe(canEdit);
  expect((await g.call("GET", `${owner}/events/E1`, scopes)).status).toBe(read);
  const patch = await g.call("PATCH", `${owner}/events/E1`, scopes, {
    body: { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" },
  });
  expect(patch.status).toBe(write);
  if (write === 403) expect(patch.json.error).toEqual(expect.objectContaining(DENIED));
});

test("P6: /users/{other}/onlineMeetings with a delegated token is refused as Graph refuses it", async () => {
  g.emulator.reset({
    user: { id: "09c82cfe-381d-4e5c-a658-993900b71db5" },
    sharedCalendars: { [BOSS]: { ...providers, access: "delegate" } },
  });
  const res = await g.call(
    "POST",
    `/users/${encodeURIComponent(BOSS)}/onlineMeetings/createOrGet`,
    ["OnlineMeetings.ReadWrite"],
    { body: { externalId: "x" } },
  );
  expect(res.status).toBe(400);
  expect(res.json.error).toMatchObject({
    code: "General",
    message:
      "Organizer ID in token(09c82cfe-381d-4e5c-a658-993900b71db5) does not match organizer ID in request url(boss@contoso.com). With delegated permission only /me endpoint is supported.",
  });
  expect(g.emulator.state().meetings).toHaveLength(0);
});

test("P7: onlineMeetings need OnlineMeetings.ReadWrite (Read is enough for GET)", async () => {
  g.emulator.reset({});
  const denied = await g.call("POST", "/me/onlineMeetings/createOrGet", ["Calendars.ReadWrite"], {
    body: { externalId: "x" },
  });
  expect(denied.status).toBe(403);
  const made = await g.call("POST", "/me/onlineMeetings/createOrGet", ["OnlineMeetings.ReadWrite"], {
    body: { externalId: "x" },
  });
  const id = made.json.id as string;
  expect((await g.call("GET", `/me/onlineMeetings/${id}`, ["OnlineMeetings.Read"])).status).toBe(200);
  expect((await g.call("DELETE", `/me/onlineMeetings/${id}`, ["OnlineMeetings.Read"])).status).toBe(403);
});

test("P8: the control API hands out tokens for the scopes asked, as MSAL does, and needs scopes", async () => {
  g.emulator.reset({});
  const post = (body: unknown) =>
    fetch(`${g.origin}/__emulator/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  expect((await post({})).status).toBe(400);
  const ok = (await (await post({ scopes: ["Calendars.ReadWrite"] })).json()) as Record<string, string>;
  expect(ok).toMatchObject({ token_type: "Bearer", scope: "Calendars.ReadWrite" });
  const cal = await fetch(`${g.origin}/v1.0/me/calendar`, {
    headers: { Authorization: `Bearer ${ok.access_token}` },
  });
  expect(cal.status).toBe(200);
  const om = await fetch(`${g.origin}/v1.0/me/onlineMeetings/createOrGet`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ok.access_token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ externalId: "x" }),
  });
  expect(om.status).toBe(403);
});

test("P9: the token comes with the user's ID token for the app that asked: its claims, unsigned", async () => {
  g.emulator.reset({
    user: { id: "u-1", displayName: "Megan Bowen", mail: "megan@contoso.com", tenantId: "t-1" },
  });
  const res = await fetch(`${g.origin}/__emulator/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ scopes: ["Calendars.ReadWrite"], clientId: "app-1" }),
  });
  const { id_token: idToken } = (await res.json()) as { id_token: string };
  const [header, payload, signature] = idToken.split(".");
  expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toEqual({ typ: "JWT", alg: "none" });
  expect(signature).toBe("");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString()) as Record<string, unknown>;
  expect(claims).toMatchObject({
    aud: "app-1",
    iss: "https://login.microsoftonline.com/t-1/v2.0",
    oid: "u-1",
    tid: "t-1",
    preferred_username: "megan@contoso.com",
    name: "Megan Bowen",
    ver: "2.0",
  });
  expect(claims.exp).toBe((claims.iat as number) + 3600);
});
