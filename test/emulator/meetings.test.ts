// Emulator rules M1–M4 (emulator/graph/README.md): createOrGet identity and the meeting lifecycle.
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const OM = ["OnlineMeetings.ReadWrite"];

test("M1: createOrGet needs externalId; 201 new, 200 existing with the other fields ignored", async () => {
  g.emulator.reset({});
  expect((await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: {} })).status).toBe(400);
  const a = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "e", subject: "First" },
  });
  const b = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "e", subject: "Second" },
  });
  expect([a.status, b.status]).toEqual([201, 200]);
  expect(b.json).toMatchObject({ id: a.json.id, subject: "First" });
});

test("M2: identity is tenant + token user + externalId: another user with the same externalId gets another meeting", async () => {
  g.emulator.reset({ user: { id: "delegate-1", mail: "d@contoso.com" } });
  const mine = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "item-1" } });
  // Same mailbox item, opened by its owner: another signed-in user.
  g.emulator.reset({ user: { id: "owner-1", mail: "o@contoso.com" } });
  const theirs = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
    body: { externalId: "item-1" },
  });
  expect(theirs.status).toBe(201);
  expect(theirs.json.id).not.toBe(mine.json.id);
  expect(theirs.json).toMatchObject({
    participants: { organizer: { identity: { user: { id: "owner-1" } } } },
  });
});

test("M3: DELETE answers 204; afterwards the meeting is 404 for GET, PATCH and DELETE", async () => {
  g.emulator.reset({});
  const m = await g.call("POST", "/me/onlineMeetings", OM, { body: {} });
  const path = `/me/onlineMeetings/${m.json.id as string}`;
  expect((await g.call("DELETE", path, OM)).status).toBe(204);
  expect((await g.call("GET", path, OM)).status).toBe(404);
  expect((await g.call("PATCH", path, OM, { body: { subject: "x" } })).status).toBe(404);
  expect((await g.call("DELETE", path, OM)).status).toBe(404);
});

test("M4: a personal Microsoft account gets 403 AuthenticationError on onlineMeetings", async () => {
  g.emulator.reset({ account: "personal" });
  const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "p" } });
  expect(res).toMatchObject({ status: 403, json: { error: { code: "AuthenticationError" } } });
});
