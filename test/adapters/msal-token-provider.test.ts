// Sign-in branches against fakes of the MSAL and Office boundaries: silent, interactive, cancel,
// the dialog fallback where nested app authentication is missing, claims, consent, account kinds.
import {
  MsalTokenProvider,
  type DialogChannel,
  type DialogEnvelope,
  type MsalLike,
  type OfficeAuthHost,
  type TokenResult,
  type TokenStore,
} from "../../src/adapters/msal-token-provider";
import { acceptDialogRequest } from "../../src/adapters/sign-in-dialog-protocol";
import { ErrorCode } from "../../src/core/errors";

const CLIENT = "11111111-2222-4333-8444-555555555555";
const ok = (token: string): TokenResult => ({
  accessToken: token,
  account: { name: "Megan Bowen", username: "megan@contoso.com" },
});

class FakeMsal implements MsalLike {
  accounts: { username: string; name?: string }[] = [];
  calls: string[] = [];
  requests: unknown[] = [];
  silent: () => Promise<TokenResult> = () => Promise.resolve(ok("silent"));
  sso: () => Promise<TokenResult> = () => Promise.resolve(ok("sso"));
  popup: () => Promise<TokenResult> = () => Promise.resolve(ok("popup"));
  getAllAccounts() {
    return this.accounts;
  }
  acquireTokenSilent(r: unknown) {
    this.calls.push("silent");
    this.requests.push(r);
    return this.silent();
  }
  ssoSilent(r: unknown) {
    this.calls.push("sso");
    this.requests.push(r);
    return this.sso();
  }
  acquireTokenPopup(r: unknown) {
    this.calls.push("popup");
    this.requests.push(r);
    return this.popup();
  }
  clearCache() {
    this.calls.push("clear");
    return Promise.resolve();
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

const ORIGIN = "https://addin.contoso.com";

/**
 * The Office dialog as the pane sees it: `dialogScript` plays the dialog page, answering each
 * message the pane sends it (messageChild) and starting with what it sends on load.
 */
class FakeHost implements OfficeAuthHost {
  naa = true;
  type = "enterprise";
  activated = true;
  messageChild = true;
  clock = 1_000_000;
  tabStore = new MemoryStore();
  dialogUrls: string[] = [];
  sentToDialog: unknown[] = [];
  closed = 0;
  nonces = 0;
  /** What the dialog page sends first, given the nonce in its URL. */
  onLoad: (nonce: string) => DialogEnvelope[] = (nonce) =>
    this.messageChild ? [envelope({ v: 1, type: "ready", nonce })] : [envelope(goodResult(nonce))];
  /** What it answers to the pane's request. */
  onRequest: (request: { nonce: string; loginHint?: string }) => DialogEnvelope[] = (r) => [
    envelope(goodResult(r.nonce)),
  ];
  naaSupported() {
    return this.naa;
  }
  accountType() {
    return this.type;
  }
  loginHint() {
    return Promise.resolve("megan@contoso.com");
  }
  origin() {
    return ORIGIN;
  }
  canMessageChild() {
    return this.messageChild;
  }
  userActivated() {
    return this.activated;
  }
  nonce() {
    return `nonce-${++this.nonces}`;
  }
  now() {
    return this.clock;
  }
  store() {
    return this.tabStore;
  }
  openDialog(url: string): Promise<DialogChannel> {
    this.dialogUrls.push(url);
    const nonce = new URLSearchParams(new URL(url).hash.slice(1)).get("nonce") ?? "";
    const inbox = [...this.onLoad(nonce)];
    return Promise.resolve({
      next: () => {
        const m = inbox.shift();
        return m
          ? Promise.resolve(m)
          : Promise.reject(Object.assign(new Error("closed"), { code: "sign_in_cancelled" }));
      },
      send: (message: string) => {
        const request = JSON.parse(message) as { nonce: string; loginHint?: string };
        this.sentToDialog.push(request);
        inbox.push(...this.onRequest(request));
      },
      close: () => {
        this.closed++;
      },
    });
  }
}

function envelope(message: unknown, origin: string | undefined = ORIGIN): DialogEnvelope {
  return { message: typeof message === "string" ? message : JSON.stringify(message), origin };
}

function goodResult(nonce: string, extra: Record<string, unknown> = {}) {
  return {
    v: 1,
    type: "result",
    nonce,
    ok: true,
    accessToken: "dialog",
    expiresOn: 1_000_000 + 3_600_000,
    scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
    account: { name: "Megan Bowen", username: "megan@contoso.com" },
    ...extra,
  };
}

function setup() {
  const msal = new FakeMsal();
  const host = new FakeHost();
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    createMsal: () => Promise.resolve(msal),
    host,
  });
  return { msal, host, provider };
}

const interactionRequired = Object.assign(new Error("interaction required"), {
  errorCode: "interaction_required",
  name: "InteractionRequiredAuthError",
});
const req = { scopes: ["Calendars.ReadWrite"] };

test("no account yet: ssoSilent with the login hint Outlook gives", async () => {
  const { msal, provider } = setup();
  expect(await provider.getToken(req)).toBe("sso");
  expect(msal.requests[0]).toMatchObject({ scopes: ["Calendars.ReadWrite"], loginHint: "megan@contoso.com" });
  expect(await provider.getSignedInAccount()).toEqual({ name: "Megan Bowen", username: "megan@contoso.com" });
});

test("a cached account: acquireTokenSilent, forceRefresh passed through", async () => {
  const { msal, provider } = setup();
  msal.accounts = [{ username: "megan@contoso.com" }];
  expect(await provider.getToken({ ...req, forceRefresh: true })).toBe("silent");
  expect(msal.requests[0]).toMatchObject({ forceRefresh: true });
});

test("silent needs interaction → popup (the host shows the UI under NAA)", async () => {
  const { msal, provider } = setup();
  msal.sso = () => Promise.reject(interactionRequired);
  expect(await provider.getToken(req)).toBe("popup");
  expect(msal.calls).toEqual(["sso", "popup"]);
});

test("a claims challenge reaches MSAL", async () => {
  const { msal, provider } = setup();
  msal.accounts = [{ username: "megan@contoso.com" }];
  await provider.getToken({ ...req, claims: '{"access_token":{}}' });
  expect(msal.requests[0]).toMatchObject({ claims: '{"access_token":{}}' });
});

test("the user cancels the interactive sign-in", async () => {
  const { msal, provider } = setup();
  msal.sso = () => Promise.reject(interactionRequired);
  msal.popup = () => Promise.reject(Object.assign(new Error("cancelled"), { errorCode: "user_cancelled" }));
  await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInCancelled });
});

test("missing consent gives the admin-consent link for the tenant", async () => {
  const { msal, provider } = setup();
  msal.sso = () => Promise.reject(interactionRequired);
  msal.popup = () =>
    Promise.reject(
      Object.assign(new Error("AADSTS65001: The user or administrator has not consented"), {
        errorCode: "invalid_grant",
      }),
    );
  await expect(provider.getToken(req)).rejects.toMatchObject({
    code: ErrorCode.consentRequired,
    details: {
      consentUrl: `https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=${CLIENT}`,
    },
  });
});

test("a non-interaction failure is not hidden behind a popup", async () => {
  const { msal, provider } = setup();
  msal.sso = () =>
    Promise.reject(Object.assign(new Error("network"), { errorCode: "no_network_connectivity" }));
  await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.offline });
  expect(msal.calls).toEqual(["sso"]);
});

describe("no nested app authentication: the Office dialog", () => {
  const dialogSetup = () => {
    const ctx = setup();
    ctx.host.naa = false;
    return ctx;
  };

  test("the URL carries only a nonce, in its fragment; the login hint goes by messageChild", async () => {
    const { host, msal, provider } = dialogSetup();
    expect(await provider.getToken(req)).toBe("dialog");
    expect(host.dialogUrls).toEqual([`${ORIGIN}/dialog.html#nonce=nonce-1&wait=1`]);
    expect(host.dialogUrls[0]).not.toMatch(/megan|scopes|loginHint/);
    expect(host.sentToDialog).toEqual([
      {
        v: 1,
        type: "request",
        nonce: "nonce-1",
        scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
        loginHint: "megan@contoso.com",
      },
    ]);
    expect(host.closed).toBe(1);
    expect(msal.calls).toEqual([]);
  });

  test("without DialogApi 1.2 no hint at all: the URL still carries nothing about the user", async () => {
    const { host, provider } = dialogSetup();
    host.messageChild = false;
    expect(await provider.getToken(req)).toBe("dialog");
    expect(host.dialogUrls).toEqual([`${ORIGIN}/dialog.html#nonce=nonce-1`]);
  });

  test("a message from another origin or with another nonce is not taken, however well-formed", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [
      envelope(
        goodResult(r.nonce, { accessToken: "forged", account: { username: "mallory@evil.example" } }),
        "https://evil.example",
      ),
      envelope(goodResult("nonce-of-another-dialog", { accessToken: "replayed" })),
      envelope("<html>not json"),
      envelope(goodResult(r.nonce)),
    ];
    expect(await provider.getToken(req)).toBe("dialog");
    expect(await provider.getSignedInAccount()).toEqual({
      name: "Megan Bowen",
      username: "megan@contoso.com",
    });
  });

  test("only forged answers: nothing is cached or shown, the sign-in ends as cancelled when the dialog closes", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [
      envelope(goodResult(r.nonce, { accessToken: "forged" }), "https://evil.example"),
    ];
    await expect(provider.getToken(req)).rejects.toBeDefined();
    expect(await provider.getSignedInAccount()).toBeNull();
    expect(host.tabStore.items.size).toBe(0);
  });

  test("a token is kept no longer than a token can live, whatever expiresOn says", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [envelope(goodResult(r.nonce, { expiresOn: 8.64e15 }))];
    await provider.getToken(req);
    host.clock += 90 * 60_000;
    await provider.getToken(req);
    expect(host.dialogUrls).toHaveLength(2);
  });

  test("an expired or malformed expiry is refused", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [envelope(goodResult(r.nonce, { expiresOn: host.clock - 1 }))];
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInFailed });
    host.onRequest = (r) => [
      envelope(goodResult(r.nonce, { expiresOn: "soon" })),
      envelope(goodResult(r.nonce)),
    ];
    expect(await provider.getToken(req)).toBe("dialog");
  });

  test("one dialog signs in for both routes' scopes: the second scope opens no second dialog", async () => {
    const { host, provider } = dialogSetup();
    await provider.getToken({ scopes: ["Calendars.ReadWrite"] });
    await provider.getToken({ scopes: ["OnlineMeetings.ReadWrite"] });
    expect(host.dialogUrls).toHaveLength(1);
  });

  test("a scope the dialog reports beyond the product's is not believed", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [envelope(goodResult(r.nonce, { scopes: ["Calendars.ReadWrite", "Mail.Read"] }))];
    await provider.getToken(req);
    await provider.getToken({ scopes: ["Mail.Read"] });
    expect(host.dialogUrls).toHaveLength(2);
  });

  test("no click, no dialog: the pane is told to show Sign in", async () => {
    const { host, provider } = dialogSetup();
    host.activated = false;
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInRequired });
    expect(host.dialogUrls).toEqual([]);
  });

  test("a reopened pane (same tab) uses the token it got: no dialog, no click needed", async () => {
    const { host, provider } = dialogSetup();
    await provider.getToken(req);
    const reopened = new MsalTokenProvider({
      clientId: CLIENT,
      authority: "https://login.microsoftonline.com/common",
      host,
    });
    host.activated = false;
    expect(await reopened.getToken({ scopes: ["OnlineMeetings.ReadWrite"] })).toBe("dialog");
    expect(await reopened.getSignedInAccount()).toMatchObject({ username: "megan@contoso.com" });
    expect(host.dialogUrls).toHaveLength(1);
  });

  test("forceRefresh opens the dialog again", async () => {
    const { host, provider } = dialogSetup();
    await provider.getToken(req);
    await provider.getToken({ ...req, forceRefresh: true });
    expect(host.dialogUrls).toHaveLength(2);
  });

  test("the dialog reports an error", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [
      envelope({ v: 1, type: "result", nonce: r.nonce, ok: false, code: "access_denied" }),
    ];
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInFailed });
  });

  test("the dialog reports missing consent", async () => {
    const { host, provider } = dialogSetup();
    host.onRequest = (r) => [
      envelope({ v: 1, type: "result", nonce: r.nonce, ok: false, code: "consent_required" }),
    ];
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.consentRequired });
  });

  test("sign out forgets the tab's dialog token", async () => {
    const { host, provider } = dialogSetup();
    await provider.getToken(req);
    await provider.signOut();
    expect(host.tabStore.items.size).toBe(0);
    await provider.getToken(req);
    expect(host.dialogUrls).toHaveLength(2);
  });
});

describe("what the dialog page accepts from the pane", () => {
  const expected = { origin: ORIGIN, nonce: "n1" };
  test("only the product's scopes, whatever the request names", () => {
    const request = acceptDialogRequest(
      JSON.stringify({
        v: 1,
        type: "request",
        nonce: "n1",
        scopes: ["Mail.ReadWrite", "Files.ReadWrite.All", "Calendars.ReadWrite.Shared"],
      }),
      ORIGIN,
      expected,
    );
    expect(request?.scopes).toEqual([
      "Calendars.ReadWrite",
      "OnlineMeetings.ReadWrite",
      "Calendars.ReadWrite.Shared",
    ]);
  });
  test("nothing from another origin or with another nonce", () => {
    const raw = JSON.stringify({ v: 1, type: "request", nonce: "n1", scopes: [], loginHint: "x@y.z" });
    expect(acceptDialogRequest(raw, "https://evil.example", expected)).toBeNull();
    expect(acceptDialogRequest(raw, ORIGIN, { ...expected, nonce: "n2" })).toBeNull();
    expect(acceptDialogRequest(raw, ORIGIN, expected)?.loginHint).toBe("x@y.z");
  });
});

test("a national cloud's consent link is on that cloud's sign-in host", async () => {
  const msal = new FakeMsal();
  msal.sso = () =>
    Promise.reject(Object.assign(new Error("AADSTS65001: consent"), { errorCode: "invalid_grant" }));
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.us/contoso.onmicrosoft.us",
    createMsal: () => Promise.resolve(msal),
    host: new FakeHost(),
  });
  await expect(provider.getToken(req)).rejects.toMatchObject({
    code: ErrorCode.consentRequired,
    details: {
      consentUrl: `https://login.microsoftonline.us/contoso.onmicrosoft.us/adminconsent?client_id=${CLIENT}`,
    },
  });
});

test.each(["outlookCom", "gmail"])(
  "%s mailboxes get a clear message, not a sign-in attempt",
  async (type) => {
    const { host, msal, provider } = setup();
    host.type = type;
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInUnsupportedAccount });
    expect(msal.calls).toEqual([]);
  },
);

test.each(["", "not-a-guid", "11111111-2222-4333-8444"])(
  "client id %p is a configuration error at once",
  (clientId) => {
    expect(
      () =>
        new MsalTokenProvider({
          clientId,
          authority: "https://login.microsoftonline.com/common",
          host: new FakeHost(),
        }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.configuration }) as Error);
  },
);

test("sign out clears the account and MSAL's cache", async () => {
  const { msal, provider } = setup();
  await provider.getToken(req);
  await provider.signOut();
  expect(await provider.getSignedInAccount()).toBeNull();
  expect(msal.calls).toContain("clear");
});
