// MsalTokenProvider's remaining branches against fakes of MSAL and the Office host: what each MSAL
// request carries, how MSAL's failures map to product errors (and keep their cause), a failed MSAL
// load is tried again, sign-out without a store or a cache, and the dialog token: the tab's stored
// copy is taken only when well-typed, only for scopes it has, never expired.
import {
  MsalTokenProvider,
  type DialogChannel,
  type DialogEnvelope,
  type MsalLike,
  type OfficeAuthHost,
  type TokenResult,
  type TokenStore,
} from "../../src/adapters/msal-token-provider";
import { AppError, ErrorCode } from "../../src/core/errors";

const CLIENT = "11111111-2222-4333-8444-555555555555";
const AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com";
const ORIGIN = "https://addin.contoso.com";
const STORE_KEY = "omo.dialogToken";
const BOTH = ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"];
const ACCOUNT = { name: "Megan Bowen", username: "megan@contoso.com" };

const ok = (accessToken: string): TokenResult => ({ accessToken, account: ACCOUNT });

class FakeMsal implements MsalLike {
  accounts: { username: string; name?: string }[] = [];
  calls: [string, unknown][] = [];
  silent = (): Promise<TokenResult> => Promise.resolve(ok("silent"));
  sso = (): Promise<TokenResult> => Promise.resolve(ok("sso"));
  popup = (): Promise<TokenResult> => Promise.resolve(ok("popup"));
  getAllAccounts() {
    return this.accounts;
  }
  acquireTokenSilent(r: unknown) {
    this.calls.push(["silent", r]);
    return this.silent();
  }
  ssoSilent(r: unknown) {
    this.calls.push(["sso", r]);
    return this.sso();
  }
  acquireTokenPopup(r: unknown) {
    this.calls.push(["popup", r]);
    return this.popup();
  }
}

class MemoryStore implements TokenStore {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const envelope = (message: unknown): DialogEnvelope => ({ message: JSON.stringify(message), origin: ORIGIN });

class FakeHost implements OfficeAuthHost {
  naa = true;
  messageChild = true;
  clock = 1_000_000;
  tabStore: MemoryStore | null = new MemoryStore();
  hint: string | undefined = "megan@contoso.com";
  dialogs = 0;
  sent: string[] = [];
  /** What the dialog sends, in order, given its nonce (it answers whether or not it gets a request). */
  script: (nonce: string) => unknown[] = (nonce) => [
    { v: 1, type: "ready", nonce },
    result(nonce, this.clock),
  ];
  naaSupported() {
    return this.naa;
  }
  accountType() {
    return "enterprise";
  }
  loginHint() {
    return Promise.resolve(this.hint);
  }
  canMessageChild() {
    return this.messageChild;
  }
  userActivated() {
    return true;
  }
  origin() {
    return ORIGIN;
  }
  nonce() {
    return `nonce-${this.dialogs + 1}`;
  }
  now() {
    return this.clock;
  }
  store() {
    return this.tabStore;
  }
  openDialog(url: string): Promise<DialogChannel> {
    this.dialogs++;
    const nonce = new URLSearchParams(new URL(url).hash.slice(1)).get("nonce")!;
    const inbox = this.script(nonce).map(envelope);
    return Promise.resolve({
      next: () => {
        const m = inbox.shift();
        return m ? Promise.resolve(m) : Promise.reject(new AppError(ErrorCode.signInCancelled, "closed"));
      },
      send: (message: string) => {
        this.sent.push(message);
      },
      close: () => undefined,
    });
  }
}

function result(nonce: string, now: number, extra: Record<string, unknown> = {}) {
  return {
    v: 1,
    type: "result",
    nonce,
    ok: true,
    accessToken: "dialog",
    expiresOn: now + 3_600_000,
    scopes: BOTH,
    account: ACCOUNT,
    ...extra,
  };
}

function setup(createMsal?: MsalTokenProviderCreate) {
  const msal = new FakeMsal();
  const host = new FakeHost();
  const configs: unknown[] = [];
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: AUTHORITY,
    createMsal:
      createMsal ??
      ((config) => {
        configs.push(config);
        return Promise.resolve(msal);
      }),
    host,
  });
  return { msal, host, provider, configs };
}
type MsalTokenProviderCreate = (config: { clientId: string; authority: string }) => Promise<MsalLike>;

const req = { scopes: ["Calendars.ReadWrite"] };
const interactionRequired = Object.assign(new Error("interaction required"), {
  errorCode: "interaction_required",
  name: "InteractionRequiredAuthError",
});

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => new Error("expected a rejection"),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("what MSAL is asked", () => {
  test("MSAL is created for the configured client and authority", async () => {
    const { provider, configs } = setup();
    await provider.getToken(req);
    expect(configs).toEqual([{ clientId: CLIENT, authority: AUTHORITY }]);
  });

  test("ssoSilent (no cached account) carries the claims challenge", async () => {
    const { msal, provider } = setup();
    await provider.getToken({ ...req, claims: '{"access_token":{}}' });
    expect(msal.calls).toEqual([
      [
        "sso",
        { scopes: ["Calendars.ReadWrite"], loginHint: "megan@contoso.com", claims: '{"access_token":{}}' },
      ],
    ]);
  });

  test("the interactive sign-in carries the scopes, the login hint and the claims", async () => {
    const { msal, provider } = setup();
    msal.sso = () => Promise.reject(interactionRequired);
    expect(await provider.getToken({ ...req, claims: "c" })).toBe("popup");
    expect(msal.calls[1]).toEqual([
      "popup",
      { scopes: ["Calendars.ReadWrite"], loginHint: "megan@contoso.com", claims: "c" },
    ]);
  });

  test("without a login hint or claims the requests name neither", async () => {
    const { msal, host, provider } = setup();
    host.hint = undefined;
    msal.sso = () => Promise.reject(interactionRequired);
    await provider.getToken(req);
    expect(msal.calls).toEqual([
      ["sso", { scopes: ["Calendars.ReadWrite"] }],
      ["popup", { scopes: ["Calendars.ReadWrite"] }],
    ]);
  });

  test("MSAL that failed to load is loaded again on the next request", async () => {
    const msal = new FakeMsal();
    let loads = 0;
    const { provider } = setup(() => {
      loads++;
      return loads === 1 ? Promise.reject(new Error("ChunkLoadError")) : Promise.resolve(msal);
    });
    await expect(provider.getToken(req)).rejects.toThrow("ChunkLoadError");
    expect(await provider.getToken(req)).toBe("sso");
    expect(loads).toBe(2);
  });
});

describe("MSAL's failures as product errors", () => {
  test.each([
    ["user_cancelled", ErrorCode.signInCancelled],
    ["popup_window_error", ErrorCode.signInCancelled],
    ["no_network_connectivity", ErrorCode.offline],
    ["endpoints_resolution_error", ErrorCode.offline],
    ["invalid_request", ErrorCode.signInFailed],
    ["server_error", ErrorCode.signInFailed],
  ])("%s is %s, with MSAL's error as its cause", async (errorCode, code) => {
    const { msal, provider } = setup();
    const e = Object.assign(new Error(`${errorCode}: details`), { errorCode });
    msal.sso = () => Promise.reject(e);
    const error = await rejection(provider.getToken(req));
    expect(error.code).toBe(code);
    expect(error.cause).toBe(e);
    expect(msal.calls.map(([k]) => k)).toEqual(["sso"]);
  });

  test.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "interaction_required"],
    ["a number", 42],
  ])("a rejection with %s is signInFailed, not a crash, and opens no popup", async (_n, thrown) => {
    const { msal, provider } = setup();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error rejection is the case under test
    msal.sso = () => Promise.reject(thrown);
    expect((await rejection(provider.getToken(req))).code).toBe(ErrorCode.signInFailed);
    expect(msal.calls.map(([k]) => k)).toEqual(["sso"]);
  });

  test("a product error from the MSAL side is passed on as it is", async () => {
    const { msal, provider } = setup();
    const own = new AppError(ErrorCode.timeout, "the broker didn't answer");
    msal.sso = () => Promise.reject(own);
    expect(await rejection(provider.getToken(req))).toBe(own);
  });

  test("consent for an authority without a tenant goes to /common", async () => {
    const msal = new FakeMsal();
    msal.sso = () =>
      Promise.reject(Object.assign(new Error("AADSTS65001: consent"), { errorCode: "invalid_grant" }));
    const provider = new MsalTokenProvider({
      clientId: CLIENT,
      authority: "https://login.microsoftonline.com/",
      createMsal: () => Promise.resolve(msal),
      host: new FakeHost(),
    });
    expect((await rejection(provider.getToken(req))).details.consentUrl).toBe(
      `https://login.microsoftonline.com/common/adminconsent?client_id=${CLIENT}`,
    );
  });
});

describe("signing out", () => {
  test("without a tab store and with an MSAL that has no cache to clear", async () => {
    const { host, provider } = setup();
    host.tabStore = null;
    await provider.getToken(req);
    await expect(provider.signOut()).resolves.toBeUndefined();
    expect(await provider.getSignedInAccount()).toBeNull();
  });
});

describe("the dialog token", () => {
  const dialogSetup = () => {
    const ctx = setup();
    ctx.host.naa = false;
    return ctx;
  };
  const stored = (t: Record<string, unknown>) =>
    JSON.stringify({
      token: "stored",
      expiresOn: 1_000_000 + 3_600_000,
      scopes: BOTH,
      account: ACCOUNT,
      ...t,
    });

  test("a well-typed stored token is used and names the account", async () => {
    const { host, provider } = dialogSetup();
    host.tabStore!.setItem(STORE_KEY, stored({}));
    expect(await provider.getSignedInAccount()).toEqual(ACCOUNT);
    expect(await provider.getToken(req)).toBe("stored");
    expect(host.dialogs).toBe(0);
  });

  test.each([
    ["a token that isn't text", { token: 5 }],
    ["an expiry that isn't a number", { expiresOn: "soon" }],
    ["scopes that aren't a list", { scopes: "Calendars.ReadWrite" }],
    ["nothing but an account", { token: undefined, expiresOn: undefined, scopes: undefined }],
  ])("a stored token with %s is not believed: no account, and the dialog signs in", async (_n, change) => {
    const { host, provider } = dialogSetup();
    host.tabStore!.setItem(STORE_KEY, stored(change));
    expect(await provider.getSignedInAccount()).toBeNull();
    expect(await provider.getToken(req)).toBe("dialog");
    expect(host.dialogs).toBe(1);
  });

  test("a stored token that isn't JSON is ignored", async () => {
    const { host, provider } = dialogSetup();
    host.tabStore!.setItem(STORE_KEY, "{not json");
    expect(await provider.getSignedInAccount()).toBeNull();
    expect(await provider.getToken(req)).toBe("dialog");
  });

  test("a token lacking one of the requested scopes opens the dialog again", async () => {
    const { host, provider } = dialogSetup();
    host.script = (nonce) => [
      { v: 1, type: "ready", nonce },
      result(nonce, host.clock, { scopes: ["Calendars.ReadWrite"] }),
    ];
    await provider.getToken(req);
    await provider.getToken({ scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"] });
    expect(host.dialogs).toBe(2);
  });

  test("a token expiring the moment it arrives is refused", async () => {
    const { host, provider } = dialogSetup();
    host.script = (nonce) => [
      { v: 1, type: "ready", nonce },
      result(nonce, host.clock, { expiresOn: host.clock }),
    ];
    expect((await rejection(provider.getToken(req))).code).toBe(ErrorCode.signInFailed);
    expect(host.tabStore!.items.size).toBe(0);
  });

  test("the user cancelling in the dialog is signInCancelled", async () => {
    const { host, provider } = dialogSetup();
    host.script = (nonce) => [{ v: 1, type: "result", nonce, ok: false, code: "user_cancelled" }];
    expect((await rejection(provider.getToken(req))).code).toBe(ErrorCode.signInCancelled);
  });

  test("without DialogApi 1.2 the dialog's ready gets no request: nothing is sent to it", async () => {
    const { host, provider } = dialogSetup();
    host.messageChild = false;
    expect(await provider.getToken(req)).toBe("dialog");
    expect(host.sent).toEqual([]);
  });

  test("with DialogApi 1.2 the ready gets the request", async () => {
    const { host, provider } = dialogSetup();
    await provider.getToken(req);
    expect(host.sent.map((m) => JSON.parse(m) as unknown)).toEqual([
      { v: 1, type: "request", nonce: "nonce-1", scopes: BOTH, loginHint: "megan@contoso.com" },
    ]);
  });
});
