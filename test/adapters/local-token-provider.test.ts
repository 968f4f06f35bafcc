// The workbench's token provider asks the emulator's control API for the scopes a request needs, as
// MSAL would, and keeps one token per scope set: a token for one scope set never serves another.
import { LocalTokenProvider } from "../../src/adapters/local-token-provider";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());

function counting() {
  const bodies: unknown[] = [];
  const fetchFn: typeof fetch = (input, init) => {
    if (typeof init?.body === "string") bodies.push(JSON.parse(init.body));
    return fetch(input, init);
  };
  return { bodies, provider: new LocalTokenProvider(`${g.origin}/v1.0`, fetchFn) };
}

test("POST /__emulator/token with { scopes }, and the token carries exactly those scopes", async () => {
  g.emulator.reset({});
  const { bodies, provider } = counting();
  const token = await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
  expect(bodies).toEqual([{ scopes: ["Calendars.ReadWrite"] }]);
  const auth = { Authorization: `Bearer ${token}` };
  expect((await fetch(`${g.origin}/v1.0/me/calendar`, { headers: auth })).status).toBe(200);
  const om = await fetch(`${g.origin}/v1.0/me/onlineMeetings/createOrGet`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({ externalId: "x" }),
  });
  expect(om.status).toBe(403);
});

test("one cached token per scope set; forceRefresh asks again", async () => {
  g.emulator.reset({});
  const { bodies, provider } = counting();
  const a = await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
  const b = await provider.getToken({ scopes: ["OnlineMeetings.ReadWrite"] });
  const a2 = await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
  expect(a2).toBe(a);
  expect(b).not.toBe(a);
  const a3 = await provider.getToken({ scopes: ["Calendars.ReadWrite"], forceRefresh: true });
  expect(a3).not.toBe(a);
  expect(bodies).toHaveLength(3);
});

describe("signing out in the workbench", () => {
  beforeAll(() => {
    Object.assign(globalThis, {
      Office: {
        context: {
          mailbox: { userProfile: { displayName: "Megan Bowen", emailAddress: "megan@contoso.com" } },
        },
      },
    });
  });
  afterAll(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("sign out forgets the account and the cached tokens; the next token signs in again", async () => {
    g.emulator.reset({});
    const { bodies, provider } = counting();
    expect(await provider.getSignedInAccount()).toEqual({
      name: "Megan Bowen",
      username: "megan@contoso.com",
    });
    await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
    await provider.signOut();
    expect(await provider.getSignedInAccount()).toBeNull();
    await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
    expect(bodies).toHaveLength(2);
    expect(await provider.getSignedInAccount()).toMatchObject({ username: "megan@contoso.com" });
  });
});
