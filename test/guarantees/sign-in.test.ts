// A token from the Office dialog (no nested app authentication) is reused only while it has more than a
// minute left: one that would expire on the way to Graph fails there as an expired sign-in. The product
// keeps a wider margin (five minutes), so a token is also not reused just above one minute.
import {
  MsalTokenProvider,
  type DialogChannel,
  type MsalLike,
  type OfficeAuthHost,
  type TokenResult,
} from "../../src/adapters/msal-token-provider";
import { DIALOG_SCOPES } from "../../src/adapters/sign-in-dialog-protocol";

const NOW = Date.parse("2026-12-02T09:00:00Z");
const ORIGIN = "https://addin.contoso.com";

function dialogProvider(lifetimeMs: number) {
  const urls: string[] = [];
  let n = 0;
  const host: OfficeAuthHost = {
    naaSupported: () => false,
    accountType: () => "enterprise",
    loginHint: () => Promise.resolve("megan@contoso.com"),
    origin: () => ORIGIN,
    // Before DialogApi 1.2 the dialog signs in on load and sends its result first, with the URL's nonce.
    canMessageChild: () => false,
    userActivated: () => true,
    nonce: () => `nonce-${urls.length + 1}`,
    now: () => NOW,
    store: () => null,
    openDialog: (url: string): Promise<DialogChannel> => {
      urls.push(url);
      const nonce = new URLSearchParams(new URL(url).hash.slice(1)).get("nonce");
      const inbox = [
        {
          origin: ORIGIN,
          message: JSON.stringify({
            v: 1,
            type: "result",
            nonce,
            ok: true,
            accessToken: `dialog-${++n}`,
            expiresOn: NOW + lifetimeMs,
            scopes: DIALOG_SCOPES,
            account: { username: "megan@contoso.com" },
          }),
        },
      ];
      return Promise.resolve({
        next: () => {
          const m = inbox.shift();
          return m ? Promise.resolve(m) : Promise.reject(new Error("the dialog has nothing more to say"));
        },
        send: () => {
          throw new Error("no messageChild before DialogApi 1.2");
        },
        close: () => undefined,
      });
    },
  };
  const unused = (): Promise<TokenResult> => Promise.reject(new Error("MSAL is not used without NAA"));
  const msal: MsalLike = {
    getAllAccounts: () => [],
    acquireTokenSilent: unused,
    ssoSilent: unused,
    acquireTokenPopup: unused,
    clearCache: () => Promise.resolve(),
  };
  const provider = new MsalTokenProvider({
    clientId: "11111111-2222-4333-8444-555555555555",
    authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    createMsal: () => Promise.resolve(msal),
    host,
  });
  return { provider, urls };
}

const req = { scopes: ["Calendars.ReadWrite"] };

test.each([
  [59_000, ["dialog-1", "dialog-2"], 2],
  [60_000, ["dialog-1", "dialog-2"], 2],
  [61_000, ["dialog-1", "dialog-2"], 2],
  [299_000, ["dialog-1", "dialog-2"], 2],
  [300_000, ["dialog-1", "dialog-2"], 2],
  [301_000, ["dialog-1", "dialog-1"], 1],
])("a dialog token with %i ms left: tokens %j, dialogs opened %i", async (lifetime, tokens, dialogs) => {
  const { provider, urls } = dialogProvider(lifetime);
  expect([await provider.getToken(req), await provider.getToken(req)]).toEqual(tokens);
  expect(urls).toHaveLength(dialogs);
});
