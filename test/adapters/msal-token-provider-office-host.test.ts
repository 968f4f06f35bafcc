/**
 * @jest-environment ./test/env/jsdom.cjs
 * @jest-environment-options {"url": "https://addin.contoso.com/taskpane.html"}
 */
// The provider over the product's own Office wrapper (no fake host), Office played by a stub global:
// which requirement sets decide NAA and messageChild, where the login hint comes from, the account
// type, the click, the tab's sessionStorage, and the Office dialog's events (failure to open, a
// dialog error, messages arriving before the pane asks for them).
import { MsalTokenProvider, type MsalLike, type TokenResult } from "../../src/adapters/msal-token-provider";
import { AppError, ErrorCode } from "../../src/core/errors";

const CLIENT = "11111111-2222-4333-8444-555555555555";
const ORIGIN = "https://addin.contoso.com";

type Handler = (arg: { message?: string; origin?: string; error?: number }) => void;

class StubDialog {
  handlers = new Map<string, Handler>();
  closeCalls = 0;
  childMessages: [string, unknown][] = [];
  /** What the dialog page answers to a message from the pane. */
  onChildMessage: (message: string) => void = () => undefined;
  addEventHandler(type: string, handler: Handler) {
    this.handlers.set(type, handler);
  }
  messageChild(message: string, options: unknown) {
    this.childMessages.push([message, options]);
    this.onChildMessage(message);
  }
  close() {
    this.closeCalls++;
  }
  say(message: unknown, origin = ORIGIN) {
    this.handlers.get("dialogMessageReceived")!({ message: JSON.stringify(message), origin });
  }
  fail(error: number) {
    this.handlers.get("dialogEventReceived")!({ error });
  }
}

interface OfficeSetup {
  sets?: string[];
  accountType?: string;
  emailAddress?: string;
  auth?: unknown;
  /** Runs right after the dialog opened (the pane hasn't asked for a message yet), given its nonce. */
  opened?: (dialog: StubDialog, nonce: string) => void;
  openFails?: boolean;
}

let urls: string[] = [];

function installOffice(o: OfficeSetup = {}): StubDialog {
  const dialog = new StubDialog();
  urls = [];
  const sets = new Set(o.sets ?? []);
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    ...(o.auth === undefined ? {} : { auth: o.auth }),
    context: {
      requirements: { isSetSupported: (set: string, version: string) => sets.has(`${set} ${version}`) },
      mailbox: {
        userProfile: {
          ...(o.accountType === undefined ? {} : { accountType: o.accountType }),
          emailAddress: o.emailAddress ?? "megan@contoso.com",
        },
      },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          urls.push(url);
          if (o.openFails) {
            callback({ status: "failed", error: { code: 12007, message: "A dialog is already open" } });
            return;
          }
          callback({ status: "succeeded", value: dialog });
          const nonce = new URLSearchParams(new URL(url).hash.slice(1)).get("nonce")!;
          o.opened?.(dialog, nonce);
        },
      },
    },
  };
  return dialog;
}

function clicked(active: boolean | undefined) {
  if (active === undefined) delete (navigator as { userActivation?: unknown }).userActivation;
  else
    Object.defineProperty(navigator, "userActivation", { value: { isActive: active }, configurable: true });
}

const result = (nonce: string, extra: Record<string, unknown> = {}) => ({
  v: 1,
  type: "result",
  nonce,
  ok: true,
  accessToken: "dialog",
  expiresOn: Date.now() + 3_600_000,
  scopes: ["Calendars.ReadWrite", "OnlineMeetings.ReadWrite"],
  account: { name: "Megan Bowen", username: "megan@contoso.com" },
  ...extra,
});

class FakeMsal implements MsalLike {
  calls: [string, unknown][] = [];
  getAllAccounts() {
    return [];
  }
  acquireTokenSilent(): Promise<TokenResult> {
    return Promise.reject(new Error("no account is cached"));
  }
  ssoSilent(r: unknown) {
    this.calls.push(["sso", r]);
    return Promise.resolve({ accessToken: "nested", account: null });
  }
  acquireTokenPopup(r: unknown) {
    this.calls.push(["popup", r]);
    return Promise.resolve({ accessToken: "popup", account: null });
  }
}

function provider() {
  const msal = new FakeMsal();
  const p = new MsalTokenProvider({
    clientId: CLIENT,
    authority: "https://login.microsoftonline.com/common",
    createMsal: () => Promise.resolve(msal),
  });
  return { msal, provider: p };
}

const req = { scopes: ["Calendars.ReadWrite"] };

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => new Error("expected a rejection"),
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeEach(() => {
  sessionStorage.clear();
  clicked(true);
});

describe("nested app authentication", () => {
  test("NestedAppAuth 1.1 decides NAA; the hint is Office's UPN, before the mailbox address", async () => {
    installOffice({
      sets: ["NestedAppAuth 1.1"],
      auth: { getAuthContext: () => Promise.resolve({ userPrincipalName: "megan.upn@contoso.com" }) },
    });
    const { msal, provider: p } = provider();
    expect(await p.getToken(req)).toBe("nested");
    expect(msal.calls).toEqual([["sso", { scopes: req.scopes, loginHint: "megan.upn@contoso.com" }]]);
    expect(urls).toEqual([]);
  });

  test.each([
    ["an auth context without a UPN", { getAuthContext: () => Promise.resolve({}) }],
    ["an auth context that fails", { getAuthContext: () => Promise.reject(new Error("not supported")) }],
  ])("%s: the hint is the mailbox address", async (_n, auth) => {
    installOffice({ sets: ["NestedAppAuth 1.1"], auth });
    const { msal, provider: p } = provider();
    await p.getToken(req);
    expect(msal.calls[0]).toEqual(["sso", { scopes: req.scopes, loginHint: "megan@contoso.com" }]);
  });

  test("no Office.auth and no mailbox address: no hint at all", async () => {
    installOffice({ sets: ["NestedAppAuth 1.1"], emailAddress: "" });
    const { msal, provider: p } = provider();
    await p.getToken(req);
    expect(msal.calls[0]).toEqual(["sso", { scopes: req.scopes }]);
  });

  test("no Office.auth: the hint is the mailbox address", async () => {
    installOffice({ sets: ["NestedAppAuth 1.1"] });
    const { msal, provider: p } = provider();
    await p.getToken(req);
    expect(msal.calls[0]).toEqual(["sso", { scopes: req.scopes, loginHint: "megan@contoso.com" }]);
  });

  test("another NestedAppAuth version is no NAA: the dialog instead", async () => {
    installOffice({ sets: ["NestedAppAuth 1.0"], opened: (d, nonce) => d.say(result(nonce)) });
    const { msal, provider: p } = provider();
    expect(await p.getToken(req)).toBe("dialog");
    expect(msal.calls).toEqual([]);
  });

  test.each(["outlookCom", "gmail"])(
    "a %s mailbox, as Office names it, is refused before any sign-in",
    async (type) => {
      installOffice({ sets: ["NestedAppAuth 1.1"], accountType: type });
      const { msal, provider: p } = provider();
      expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInUnsupportedAccount);
      expect(msal.calls).toEqual([]);
    },
  );
});

describe("the Office dialog", () => {
  test("DialogApi 1.2: the URL says a request follows, and it goes by messageChild to our origin only", async () => {
    const dialog = installOffice({
      sets: ["DialogApi 1.2"],
      opened: (d, nonce) => {
        d.onChildMessage = () => d.say(result(nonce));
        d.say({ v: 1, type: "ready", nonce });
      },
    });
    const { provider: p } = provider();
    expect(await p.getToken(req)).toBe("dialog");
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^https:\/\/addin\.contoso\.com\/dialog\.html#nonce=[0-9a-f]{32}&wait=1$/);
    expect(dialog.childMessages).toHaveLength(1);
    const [message, options] = dialog.childMessages[0]!;
    expect(JSON.parse(message)).toMatchObject({ v: 1, type: "request", loginHint: "megan@contoso.com" });
    expect(options).toEqual({ targetOrigin: ORIGIN });
  });

  test("without DialogApi 1.2 no request is announced", async () => {
    installOffice({ opened: (d, nonce) => d.say(result(nonce)) });
    const { provider: p } = provider();
    await p.getToken(req);
    expect(urls[0]).not.toContain("wait=");
  });

  test.each([
    ["not active", false],
    ["unknown to the browser", undefined],
  ])("the user's click %s: no dialog, the pane shows Sign in", async (_n, active) => {
    installOffice({ opened: (d, nonce) => d.say(result(nonce)) });
    clicked(active);
    const { provider: p } = provider();
    expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInRequired);
    expect(urls).toEqual([]);
  });

  test("the token is kept for its lifetime, in this tab: the same pane and a reopened one need no dialog", async () => {
    installOffice({ opened: (d, nonce) => d.say(result(nonce)) });
    const { provider: p } = provider();
    await p.getToken(req);
    expect(await p.getToken(req)).toBe("dialog");
    expect(sessionStorage.getItem("omo.dialogToken")).not.toBeNull();
    clicked(false);
    expect(await provider().provider.getToken(req)).toBe("dialog");
    expect(urls).toHaveLength(1);
  });

  test("a token already expired by the clock is refused", async () => {
    installOffice({ opened: (d, nonce) => d.say(result(nonce, { expiresOn: Date.now() - 1000 })) });
    const { provider: p } = provider();
    expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInFailed);
  });

  test("a dialog that can't open is signInFailed", async () => {
    installOffice({ openFails: true });
    const { provider: p } = provider();
    expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInFailed);
  });

  test("messages arriving before the pane asks are kept, in order", async () => {
    installOffice({
      opened: (d, nonce) => {
        d.say(result(nonce, { accessToken: "forged" }), "https://evil.example");
        d.say(result(nonce));
      },
    });
    const { provider: p } = provider();
    expect(await p.getToken(req)).toBe("dialog");
  });

  test("a dialog error other than the user closing it is signInFailed, and the product closes the dialog", async () => {
    const dialog = installOffice({ opened: (d) => d.fail(12002) });
    const { provider: p } = provider();
    expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInFailed);
    expect(dialog.closeCalls).toBe(1);
  });

  test("the user closing it (12006) is signInCancelled, and it isn't closed again", async () => {
    const dialog = installOffice({ opened: (d) => d.fail(12006) });
    const { provider: p } = provider();
    expect((await rejection(p.getToken(req))).code).toBe(ErrorCode.signInCancelled);
    expect(dialog.closeCalls).toBe(0);
  });
});
