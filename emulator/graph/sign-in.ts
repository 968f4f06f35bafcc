// A stand-in for the Microsoft identity platform's v2.0 endpoints, as a single-page app uses them: the
// authorization code flow with PKCE (README.md rules S1–S7). `<base>/signin` is the authority:
// `GET /signin/oauth2/v2.0/authorize` answers at once with a code (the user is taken as signed in and
// consent as given), `POST /signin/oauth2/v2.0/token` redeems it against the PKCE verifier and hands
// out the emulator's own access tokens (permissions.ts) with an ID token (id-token.ts). Sources:
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
import { createHash, randomBytes } from "node:crypto";
import { issueToken } from "./permissions";
import { currentUser, type EmulatorState } from "./state";
import { idTokenClaims, TOKEN_LIFETIME_SECONDS, unsignedIdToken } from "./id-token";

interface PendingCode {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  nonce: string | undefined;
  challenge: string;
  expires: number;
}

/** Codes are single-use and short-lived (S4: "authorization codes are short lived… ~10 minutes"). */
const CODE_LIFETIME_MS = 10 * 60_000;
/** OpenID Connect scopes: they shape the ID token, they are not Graph permissions. */
const OIDC = new Set(["openid", "profile", "offline_access", "email"]);
const codes = new WeakMap<EmulatorState, Map<string, PendingCode>>();

export interface SignInResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const b64url = (s: string) => Buffer.from(s).toString("base64url");

function tokenError(origin: string | undefined, error: string, description: string): SignInResponse {
  return { status: 400, headers: cors(origin), body: { error, error_description: description } };
}

/** S6: the token endpoint answers a SPA's cross-origin request (its redirect URI's origin). */
function cors(origin: string | undefined): Record<string, string> {
  return origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
}

export function signIn(
  state: EmulatorState,
  method: string,
  path: string,
  query: URLSearchParams,
  raw: string,
  origin: string | undefined,
): SignInResponse {
  if (method === "OPTIONS")
    return {
      status: 204,
      headers: {
        ...cors(origin),
        "Access-Control-Allow-Methods": "POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
      },
      body: undefined,
    };
  if (path === "/oauth2/v2.0/authorize" && method === "GET") return authorize(state, query);
  if (path === "/oauth2/v2.0/token" && method === "POST")
    return token(state, new URLSearchParams(raw), origin);
  return { status: 404, headers: cors(origin), body: { error: "not_found" } };
}

function authorize(state: EmulatorState, q: URLSearchParams): SignInResponse {
  const redirectUri = q.get("redirect_uri") ?? "";
  let redirect: URL;
  try {
    redirect = new URL(redirectUri);
  } catch {
    // S1: with no valid redirect URI the error is shown, never redirected.
    return {
      status: 400,
      headers: {},
      body: { error: "invalid_request", error_description: "redirect_uri" },
    };
  }
  const mode = q.get("response_mode") === "query" ? "query" : "fragment";
  const back = (params: Record<string, string>): SignInResponse => {
    const target = new URL(redirect);
    const answer = new URLSearchParams({ ...params, ...(q.get("state") ? { state: q.get("state")! } : {}) });
    if (mode === "query") for (const [k, v] of answer) target.searchParams.set(k, v);
    else target.hash = answer.toString();
    return { status: 302, headers: { Location: target.toString() }, body: "" };
  };
  // S2: a SPA must use PKCE (S256) with response_type=code.
  if (q.get("response_type") !== "code")
    return back({ error: "unsupported_response_type", error_description: "response_type must be code" });
  const challenge = q.get("code_challenge");
  if (!challenge || q.get("code_challenge_method") !== "S256")
    return back({ error: "invalid_request", error_description: "PKCE (S256) is required" });
  const clientId = q.get("client_id");
  if (!clientId) return back({ error: "invalid_request", error_description: "client_id" });
  const scopes = (q.get("scope") ?? "").split(/\s+/).filter(Boolean);
  const code = `code.${randomBytes(18).toString("base64url")}`;
  let pending = codes.get(state);
  if (!pending) codes.set(state, (pending = new Map<string, PendingCode>()));
  pending.set(code, {
    clientId,
    redirectUri,
    scopes,
    nonce: q.get("nonce") ?? undefined,
    challenge,
    expires: Date.now() + CODE_LIFETIME_MS,
  });
  return back({ code, client_info: clientInfo(state) });
}

function clientInfo(state: EmulatorState): string {
  const user = currentUser(state);
  return b64url(JSON.stringify({ uid: user.id, utid: user.tenantId }));
}

function token(state: EmulatorState, form: URLSearchParams, origin: string | undefined): SignInResponse {
  if (form.get("grant_type") !== "authorization_code")
    return tokenError(origin, "unsupported_grant_type", "Only authorization_code is emulated.");
  const code = form.get("code") ?? "";
  const pending = codes.get(state)?.get(code);
  // S4: a code is redeemed once.
  codes.get(state)?.delete(code);
  if (!pending || pending.expires < Date.now())
    return tokenError(
      origin,
      "invalid_grant",
      "AADSTS70008: The provided authorization code has expired or was already redeemed.",
    );
  if (form.get("client_id") !== pending.clientId || form.get("redirect_uri") !== pending.redirectUri)
    return tokenError(
      origin,
      "invalid_grant",
      "AADSTS50148/50011: client_id or redirect_uri differs from the authorization request.",
    );
  // S3: base64url(SHA-256(code_verifier)) must be the code_challenge.
  const verifier = form.get("code_verifier") ?? "";
  if (createHash("sha256").update(verifier).digest("base64url") !== pending.challenge)
    return tokenError(
      origin,
      "invalid_grant",
      "AADSTS501481: The Code_Verifier does not match the code_challenge.",
    );
  const granted = pending.scopes.filter((s) => !OIDC.has(s.toLowerCase()));
  const record = issueToken(state, granted);
  const user = currentUser(state);
  return {
    status: 200,
    headers: { ...cors(origin), "Cache-Control": "no-store" },
    body: {
      access_token: record.token,
      token_type: "Bearer",
      expires_in: TOKEN_LIFETIME_SECONDS,
      ext_expires_in: TOKEN_LIFETIME_SECONDS,
      scope: record.scopes.join(" "),
      id_token: unsignedIdToken({
        ...idTokenClaims(state, user, pending.clientId),
        ...(pending.nonce ? { nonce: pending.nonce } : {}),
      }),
      client_info: clientInfo(state),
    },
  };
}
