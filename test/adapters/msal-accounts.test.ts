/**
 * @jest-environment ./test/env/jsdom.cjs
 * @jest-environment-options {"url": "https://addin.contoso.com/taskpane.html"}
 */
// Several accounts in one browser profile (new Outlook, Outlook on the web): the token is the Outlook
// mailbox's, not whichever account MSAL lists first. Runs msal-browser itself, its cache in jsdom's
// localStorage holding two accounts (loaded with MSAL's own loadExternalTokens, no network).
import { TextDecoder, TextEncoder } from "node:util";
import { webcrypto } from "node:crypto";
import { BroadcastChannel as NodeBroadcastChannel } from "node:worker_threads";
import * as msal from "@azure/msal-browser";
import { MsalTokenProvider, msalLike, type OfficeAuthHost } from "../../src/adapters/msal-token-provider";

// What a browser has and jsdom lacks: Web Crypto, text codecs, BroadcastChannel (unref'd so jest can exit).
class QuietBroadcastChannel extends NodeBroadcastChannel {
  constructor(name: string) {
    super(name);
    this.unref();
  }
}
Object.assign(globalThis, { TextEncoder, TextDecoder, BroadcastChannel: QuietBroadcastChannel });
Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });

const CLIENT = "11111111-2222-4333-8444-555555555555";
const TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const config: msal.Configuration = {
  auth: {
    clientId: CLIENT,
    authority: AUTHORITY,
    knownAuthorities: ["login.microsoftonline.com"],
    // The metadata MSAL would fetch, given up front: no network in this test.
    authorityMetadata: JSON.stringify({
      token_endpoint: `${AUTHORITY}/oauth2/v2.0/token`,
      authorization_endpoint: `${AUTHORITY}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${AUTHORITY}/oauth2/v2.0/logout`,
      issuer: `${AUTHORITY}/v2.0`,
      jwks_uri: `${AUTHORITY}/discovery/v2.0/keys`,
    }),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${AUTHORITY}/v2.0/.well-known/openid-configuration`,
      "api-version": "1.1",
      metadata: [
        {
          preferred_network: "login.microsoftonline.com",
          preferred_cache: "login.windows.net",
          aliases: ["login.microsoftonline.com", "login.windows.net"],
        },
      ],
    }),
  },
  cache: { cacheLocation: "localStorage" },
};

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
/** An id token as Entra issues it (claims only; MSAL does not check the signature in the browser). */
const idToken = (oid: string, upn: string, name: string) =>
  `${b64({ alg: "none", typ: "JWT" })}.${b64({
    aud: CLIENT,
    iss: `${AUTHORITY}/v2.0`,
    tid: TENANT,
    oid,
    sub: oid,
    preferred_username: upn,
    name,
    iat: 1_700_000_000,
    exp: 4_000_000_000,
  })}.`;

async function signedIn(oid: string, upn: string, name: string) {
  await msal.loadExternalTokens(
    config,
    { scopes: ["Calendars.ReadWrite"], authority: AUTHORITY },
    {
      token_type: "Bearer",
      scope: "Calendars.ReadWrite",
      expires_in: 3600,
      id_token: idToken(oid, upn, name),
      access_token: `token-of-${upn}`,
      client_info: b64({ uid: oid, utid: TENANT }),
    },
    {},
  );
}

function host(mailbox: string): OfficeAuthHost {
  return {
    naaSupported: () => true,
    accountType: () => "enterprise",
    loginHint: () => Promise.resolve(mailbox),
    openDialog: () => Promise.reject(new Error("no dialog in this test")),
    canMessageChild: () => true,
    userActivated: () => false,
    origin: () => "https://addin.contoso.com",
    nonce: () => "n",
    now: () => Date.now(),
    store: () => null,
  };
}

beforeAll(async () => {
  // Two work accounts in the same profile; the first one listed is not the mailbox's.
  await signedIn("00000000-0000-4000-8000-000000000001", "adele@contoso.com", "Adele Vance");
  await signedIn("00000000-0000-4000-8000-000000000002", "megan@contoso.com", "Megan Bowen");
});

// Whichever order MSAL lists the two accounts in, one of the mailboxes below is not first: taking
// getAllAccounts()[0] fails for it.
test("MSAL's cache really holds both accounts", async () => {
  const pca = await msal.createStandardPublicClientApplication(config);
  expect(
    pca
      .getAllAccounts()
      .map((a) => a.username)
      .sort(),
  ).toEqual(["adele@contoso.com", "megan@contoso.com"]);
});

test.each([
  ["megan@contoso.com", "megan@contoso.com", "Megan Bowen"],
  ["Megan@Contoso.com", "megan@contoso.com", "Megan Bowen"],
  ["adele@contoso.com", "adele@contoso.com", "Adele Vance"],
  ["ADELE@contoso.com", "adele@contoso.com", "Adele Vance"],
])(
  "the token is for the Outlook mailbox (%s), not the first cached account",
  async (mailbox, username, name) => {
    const pca = await msal.createStandardPublicClientApplication(config);
    const provider = new MsalTokenProvider({
      clientId: CLIENT,
      authority: AUTHORITY,
      createMsal: () => Promise.resolve(msalLike(pca)),
      host: host(mailbox),
    });
    expect(await provider.getToken({ scopes: ["Calendars.ReadWrite"] })).toBe(`token-of-${username}`);
    expect(await provider.getSignedInAccount()).toEqual({ name, username });
  },
);

test("a mailbox with no cached account never borrows another account's token", async () => {
  const pca = await msal.createStandardPublicClientApplication(config);
  const calls: string[] = [];
  const real = msalLike(pca);
  const provider = new MsalTokenProvider({
    clientId: CLIENT,
    authority: AUTHORITY,
    createMsal: () =>
      Promise.resolve({
        ...real,
        acquireTokenSilent: (r) => (calls.push("silent"), real.acquireTokenSilent(r)),
        ssoSilent: (r) => (
          calls.push(`sso ${r.loginHint}`),
          Promise.resolve({ accessToken: "sso", account: null })
        ),
      }),
    host: host("lynne@contoso.com"),
  });
  expect(await provider.getToken({ scopes: ["Calendars.ReadWrite"] })).toBe("sso");
  expect(calls).toEqual(["sso lynne@contoso.com"]);
});
