// The ID token the identity platform hands out with an access token (rule P9): who signed in, for
// which app. Claims and their meaning: Microsoft identity platform, "ID token claims reference"
// (learn.microsoft.com/entra/identity-platform/id-token-claims-reference), v2.0 tokens. The real
// token is signed (RS256); this one is not (`alg: none`, empty signature): nothing here checks the
// signature — MSAL's nested app authentication only decodes the claims
// (@azure/msal-browser src/naa/mapping/NestedAppAuthAdapter.ts, fromNaaTokenResponse →
// msal-common AuthToken.extractTokenClaims, which accepts an empty signature part).
import { createHash } from "node:crypto";
import { now, type EmulatorState, type User } from "./state";

/** The lifetime the control API gives its tokens (`expires_in`). */
export const TOKEN_LIFETIME_SECONDS = 3600;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export function idTokenClaims(state: EmulatorState, user: User, clientId?: string): Record<string, unknown> {
  const issuedAt = Math.floor(now(state).getTime() / 1000);
  return {
    ...(clientId ? { aud: clientId } : {}),
    iss: `https://login.microsoftonline.com/${user.tenantId}/v2.0`,
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + TOKEN_LIFETIME_SECONDS,
    name: user.displayName,
    oid: user.id,
    preferred_username: user.mail,
    // Pairwise: the same user has another `sub` in another app.
    sub: createHash("sha256")
      .update(`${user.id}|${clientId ?? ""}`)
      .digest("base64url")
      .slice(0, 43),
    tid: user.tenantId,
    ver: "2.0",
  };
}

/** header.payload.signature with an empty signature. */
export function unsignedIdToken(claims: Record<string, unknown>): string {
  return `${base64url({ typ: "JWT", alg: "none" })}.${base64url(claims)}.`;
}
