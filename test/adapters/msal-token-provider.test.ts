// Sign-in branches against fakes of the MSAL and Office boundaries: silent, interactive, cancel,
// the dialog fallback where nested app authentication is missing, claims, consent, account kinds.
import {
  MsalTokenProvider,
  type MsalLike,
  type OfficeAuthHost,
  type TokenResult,
} from "../../src/adapters/msal-token-provider";
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

class FakeHost implements OfficeAuthHost {
  naa = true;
  type = "enterprise";
  dialogUrls: string[] = [];
  dialog: () => Promise<string> = () =>
    Promise.resolve(
      JSON.stringify({
        ok: true,
        accessToken: "dialog",
        expiresOn: Date.now() + 3_600_000,
        account: { username: "megan@contoso.com" },
      }),
    );
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
    return "https://addin.contoso.com";
  }
  openDialog(url: string) {
    this.dialogUrls.push(url);
    return this.dialog();
  }
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
  test("gets the token from the dialog page, then from its cache", async () => {
    const { host, msal, provider } = setup();
    host.naa = false;
    expect(await provider.getToken(req)).toBe("dialog");
    expect(await provider.getToken(req)).toBe("dialog");
    expect(host.dialogUrls).toHaveLength(1);
    expect(host.dialogUrls[0]).toBe(
      "https://addin.contoso.com/dialog.html?scopes=Calendars.ReadWrite&loginHint=megan%40contoso.com",
    );
    expect(msal.calls).toEqual([]);
  });

  test("forceRefresh opens the dialog again", async () => {
    const { host, provider } = setup();
    host.naa = false;
    await provider.getToken(req);
    await provider.getToken({ ...req, forceRefresh: true });
    expect(host.dialogUrls).toHaveLength(2);
  });

  test("the dialog reports an error", async () => {
    const { host, provider } = setup();
    host.naa = false;
    host.dialog = () => Promise.resolve(JSON.stringify({ ok: false, code: "access_denied" }));
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInFailed });
  });

  test("the dialog reports missing consent", async () => {
    const { host, provider } = setup();
    host.naa = false;
    host.dialog = () => Promise.resolve(JSON.stringify({ ok: false, code: "consent_required" }));
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.consentRequired });
  });

  test("an unreadable dialog answer", async () => {
    const { host, provider } = setup();
    host.naa = false;
    host.dialog = () => Promise.resolve("<html>");
    await expect(provider.getToken(req)).rejects.toMatchObject({ code: ErrorCode.signInFailed });
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
