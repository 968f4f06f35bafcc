// The production MSAL: loaded on demand and created as a nestable public client (NAA) for the
// configured client and authority, its cache in localStorage; and msalLike, the adapter from
// msal-browser's client to what the provider uses. msal-browser is replaced by a fake here: the
// real one runs in msal-accounts.test.ts.
import { MsalTokenProvider, msalLike, type OfficeAuthHost } from "../../src/adapters/msal-token-provider";
import type { IPublicClientApplication } from "@azure/msal-browser";

const created: unknown[] = [];
const fakePca = {
  getAllAccounts: () => [],
  ssoSilent: () =>
    Promise.resolve({
      accessToken: "nested",
      account: { name: "Megan Bowen", username: "megan@contoso.com" },
      expiresOn: new Date(5000),
    }),
};
jest.mock("@azure/msal-browser", () => ({
  createNestablePublicClientApplication: (config: unknown) => {
    created.push(config);
    return Promise.resolve(fakePca);
  },
}));

const CLIENT = "11111111-2222-4333-8444-555555555555";
const AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";

const naaHost: OfficeAuthHost = {
  naaSupported: () => true,
  accountType: () => "enterprise",
  loginHint: () => Promise.resolve("megan@contoso.com"),
  openDialog: () => Promise.reject(new Error("no dialog under NAA")),
  canMessageChild: () => true,
  userActivated: () => false,
  origin: () => "https://addin.contoso.com",
  nonce: () => "n",
  now: () => 0,
  store: () => null,
};

test("NAA: a nestable client for this client id and authority, caching in localStorage", async () => {
  const provider = new MsalTokenProvider({ clientId: CLIENT, authority: AUTHORITY, host: naaHost });
  expect(await provider.getToken({ scopes: ["Calendars.ReadWrite"] })).toBe("nested");
  expect(created).toEqual([
    { auth: { clientId: CLIENT, authority: AUTHORITY }, cache: { cacheLocation: "localStorage" } },
  ]);
  expect(await provider.getSignedInAccount()).toEqual({ name: "Megan Bowen", username: "megan@contoso.com" });
});

describe("msalLike", () => {
  const result = (
    expiresOn: Date | null,
    account: unknown = { name: "Megan", username: "m@contoso.com", tenantId: "t" },
  ) => ({
    accessToken: "at",
    account,
    expiresOn,
    idToken: "not passed on",
  });
  const calls: [string, unknown][] = [];
  const pca = {
    getAllAccounts: () => [{ username: "m@contoso.com" }],
    acquireTokenSilent: (r: unknown) => (calls.push(["silent", r]), Promise.resolve(result(new Date(1000)))),
    ssoSilent: (r: unknown) => (calls.push(["sso", r]), Promise.resolve(result(null, null))),
    acquireTokenPopup: (r: unknown) => (calls.push(["popup", r]), Promise.resolve(result(new Date(2000)))),
    clearCache: () => (calls.push(["clear", undefined]), Promise.resolve()),
  } as unknown as IPublicClientApplication;
  // Made before each test, not while the file loads (mutation testing sees only run-time calls).
  let like: ReturnType<typeof msalLike>;
  beforeEach(() => {
    calls.length = 0;
    like = msalLike(pca);
  });

  test("each call reaches msal-browser's with the same request, and maps its answer", async () => {
    expect(like.getAllAccounts()).toEqual([{ username: "m@contoso.com" }]);
    await expect(
      like.acquireTokenSilent({ scopes: ["A"], account: { username: "m" }, forceRefresh: true }),
    ).resolves.toEqual({
      accessToken: "at",
      account: { name: "Megan", username: "m@contoso.com" },
      expiresOn: 1000,
    });
    await expect(like.acquireTokenPopup({ scopes: ["A"], loginHint: "m" })).resolves.toEqual({
      accessToken: "at",
      account: { name: "Megan", username: "m@contoso.com" },
      expiresOn: 2000,
    });
    expect(calls).toEqual([
      ["silent", { scopes: ["A"], account: { username: "m" }, forceRefresh: true }],
      ["popup", { scopes: ["A"], loginHint: "m" }],
    ]);
  });

  test("an answer without account or expiry maps to null and undefined", async () => {
    await expect(like.ssoSilent({ scopes: ["A"], claims: "c" })).resolves.toEqual({
      accessToken: "at",
      account: null,
      expiresOn: undefined,
    });
    expect(calls).toEqual([["sso", { scopes: ["A"], claims: "c" }]]);
  });

  test("clearCache clears msal-browser's cache", async () => {
    await like.clearCache?.();
    expect(calls).toEqual([["clear", undefined]]);
  });
});
