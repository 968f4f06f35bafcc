// The host's end of nested app authentication (NAA), standing in for Outlook on the web's: it answers
// the requests MSAL sends over `window.nestedAppAuthBridge` with tokens the Graph emulator issues.
// For the production smoke test only: nothing of it is in src/ or the production build.
//
// What MSAL sends and expects, read from @azure/msal-browser 5.29.0's own source:
// - src/operatingcontext/NestedAppOperatingContext.ts `initialize`: NAA is available when
//   `window.nestedAppAuthBridge` exists (after an optional `window.__initializeNestedAppAuth()`) and
//   answers GetInitContext; otherwise MSAL falls back to its standard, redirect-based client.
// - src/naa/BridgeProxy.ts: requests are JSON strings `{ messageType: "NestedAppAuthRequest", method,
//   requestId, sendTime, clientLibrary, clientLibraryVersion, tokenParams? }` given to
//   `bridge.postMessage`; answers come back to the bridge's "message" listeners as a JSON string (or
//   `{ data }`), matched by `requestId`: `{ messageType: "NestedAppAuthResponse", requestId, success,
//   initContext? | token? + account? | error? }` (src/naa/BridgeResponseEnvelope.ts).
// - src/naa/BridgeRequestEnvelope.ts: the methods are GetInitContext, GetToken, GetTokenPopup.
//   ssoSilent and acquireTokenSilent (cache miss) send GetToken, acquireTokenPopup GetTokenPopup
//   (src/controllers/NestedAppAuthController.ts).
// - src/naa/TokenRequest.ts: `tokenParams.scope` is the scopes asked for, joined by spaces, exactly as
//   the app gave them (NestedAppAuthAdapter.toNaaTokenRequest adds none).
// - src/naa/mapping/NestedAppAuthAdapter.ts `fromNaaTokenResponse` / `fromNaaAccountInfo`: the token
//   needs `access_token` and a decodable `id_token`; `account.environment` is required.
// - src/naa/BridgeError.ts, BridgeStatusCode.ts: an error is `{ status, code?, description? }`.
//
// Assumed (no source): what Outlook on the web puts in `initContext` (here no account context, so
// MSAL asks the host on its first request), and that it grants what is asked without interaction
// (as the emulator's tokens do, rule P8).

/** A token from the Graph emulator's control API (`POST /__emulator/token`, rules P8–P9). */
export interface EmulatorToken {
  access_token: string;
  expires_in: number;
  scope: string;
  id_token: string;
}

export type IssueToken = (request: { scopes: string[]; clientId: string }) => Promise<EmulatorToken>;

/** One request the host answered, in order: what the product's MSAL asked for. */
export interface BridgeCall {
  method: string;
  /** The scopes of a token request. */
  scopes?: string[];
  /** The page that asked (its URL). */
  from: string;
}

interface BridgeRequest {
  messageType: "NestedAppAuthRequest";
  method: string;
  requestId: string;
  tokenParams?: { clientId?: string; scope?: string };
}

/** The identity platform's host name, which MSAL keeps as the account's `environment`. */
const ENVIRONMENT = "login.microsoftonline.com";

function parseRequest(message: string): BridgeRequest | null {
  try {
    const value = JSON.parse(message) as Partial<BridgeRequest>;
    return value.messageType === "NestedAppAuthRequest" &&
      typeof value.method === "string" &&
      typeof value.requestId === "string"
      ? (value as BridgeRequest)
      : null;
  } catch {
    return null;
  }
}

function claimsOf(idToken: string): Record<string, string> {
  const payload = idToken.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, string>;
}

export class NaaHostStandIn {
  readonly calls: BridgeCall[] = [];

  constructor(private readonly issueToken: IssueToken) {}

  /**
   * The answer to one message the add-in posted on its bridge, or null for one that is not an NAA
   * request (Microsoft's own in-frame bridge, teams-js nestedAppAuthUtils.ts, drops those too).
   */
  async answer(message: string, from: string): Promise<string | null> {
    const request = parseRequest(message);
    if (!request) return null;
    const reply = (body: Record<string, unknown>) =>
      JSON.stringify({ messageType: "NestedAppAuthResponse", requestId: request.requestId, ...body });
    if (request.method === "GetInitContext") {
      this.calls.push({ method: request.method, from });
      return reply({
        success: true,
        initContext: {
          sdkName: "omo-smoke-naa-host",
          sdkVersion: "1.0.0",
          capabilities: { queryAccount: false },
        },
      });
    }
    if (request.method === "GetToken" || request.method === "GetTokenPopup") {
      const scopes = (request.tokenParams?.scope ?? "").split(" ").filter(Boolean);
      this.calls.push({ method: request.method, scopes, from });
      try {
        const token = await this.issueToken({ scopes, clientId: request.tokenParams?.clientId ?? "" });
        return reply({ success: true, ...tokenAndAccount(token) });
      } catch (e) {
        return reply({
          success: false,
          error: { status: "TRANSIENT_ERROR", code: "token_unavailable", description: String(e) },
        });
      }
    }
    this.calls.push({ method: request.method, from });
    return reply({
      success: false,
      error: { status: "PERSISTENT_ERROR", code: "unsupported_method", description: request.method },
    });
  }
}

/** The bridge's token answer: MSAL's TokenResponse and AccountInfo (src/naa/). */
function tokenAndAccount(token: EmulatorToken): Record<string, unknown> {
  const claims = claimsOf(token.id_token);
  return {
    token: {
      access_token: token.access_token,
      expires_in: token.expires_in,
      id_token: token.id_token,
      scope: token.scope,
      properties: null,
    },
    account: {
      environment: ENVIRONMENT,
      homeAccountId: `${claims.oid}.${claims.tid}`,
      localAccountId: claims.oid,
      tenantId: claims.tid,
      username: claims.preferred_username,
      name: claims.name,
    },
  };
}
