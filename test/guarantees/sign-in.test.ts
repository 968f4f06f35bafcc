// A token from the Office dialog (no nested app authentication) is reused only while it has more than a
// minute left: one that would expire on the way to Graph fails there as an expired sign-in.
import {
  MsalTokenProvider,
  type MsalLike,
  type OfficeAuthHost,
  type TokenResult,
} from "../../src/adapters/msal-token-provider";

const NOW = Date.parse("2026-12-02T09:00:00Z");

function dialogProvider(lifetimeMs: number) {
  const urls: string[] = [];
  let n = 0;
  const host: OfficeAuthHost = {
    naaSupported: () => false,
    accountType: () => "enterprise",
    loginHint: () => Promise.resolve("megan@contoso.com"),
    origin: () => "https://addin.contoso.com",
    openDialog: (url: string) => {
      urls.push(url);
      return Promise.resolve(
        JSON.stringify({
          ok: true,
          accessToken: `dialog-${++n}`,
          expiresOn: NOW + lifetimeMs,
          account: { username: "megan@contoso.com" },
        }),
      );
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

beforeEach(() => jest.spyOn(Date, "now").mockReturnValue(NOW));
afterEach(() => jest.restoreAllMocks());

test.each([
  [59_000, ["dialog-1", "dialog-2"], 2],
  [60_000, ["dialog-1", "dialog-2"], 2],
  [61_000, ["dialog-1", "dialog-1"], 1],
])("a dialog token with %i ms left: tokens %j, dialogs opened %i", async (lifetime, tokens, dialogs) => {
  const { provider, urls } = dialogProvider(lifetime);
  expect([await provider.getToken(req), await provider.getToken(req)]).toEqual(tokens);
  expect(urls).toHaveLength(dialogs);
});
