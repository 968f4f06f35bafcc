// Tokens from the local Graph emulator (workbench only): no tenant, no MSAL, same TokenProvider port.
// Asked for as MSAL is asked: `POST <base>/__emulator/token` with the scopes the request needs, one
// cached token per scope set (emulator/graph/README.md, control API).
import { AppError, ErrorCode } from "../core/errors";
import type { SignedInAccount, TokenProvider, TokenRequest } from "../ports/token-provider";

export class LocalTokenProvider implements TokenProvider {
  private readonly tokens = new Map<string, Promise<string>>();
  private readonly controlBase: string;
  /** The workbench starts signed in as Outlook's user; signing out lasts until the next token. */
  private signedIn = true;

  /** `graphBaseUrl` is the emulator's Graph root, e.g. https://localhost:3001/v1.0. */
  constructor(
    graphBaseUrl: string,
    private readonly fetchFn: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {
    this.controlBase = graphBaseUrl.replace(/\/v1\.0\/?$/, "") + "/__emulator";
  }

  getToken(request: TokenRequest): Promise<string> {
    const scopes = [...new Set(request.scopes)].sort();
    const key = scopes.join(" ");
    let token = this.tokens.get(key);
    if (request.forceRefresh || !token) {
      token = this.fetchToken(scopes);
      this.tokens.set(key, token);
      const mine = token;
      token.then(
        () => {
          if (this.tokens.get(key) === mine) this.signedIn = true;
        },
        () => {
          if (this.tokens.get(key) === mine) this.tokens.delete(key);
        },
      );
    }
    return token;
  }

  getSignedInAccount(): Promise<SignedInAccount | null> {
    if (!this.signedIn) return Promise.resolve(null);
    const profile = Office.context.mailbox.userProfile;
    return Promise.resolve({ name: profile.displayName, username: profile.emailAddress });
  }

  /** Forget the cached tokens: the next request asks the emulator again, and signs in again. */
  signOut(): Promise<void> {
    this.tokens.clear();
    this.signedIn = false;
    return Promise.resolve();
  }

  private async fetchToken(scopes: string[]): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.controlBase}/token`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ scopes }),
      });
    } catch (e) {
      throw new AppError(ErrorCode.offline, "The local sign-in service can't be reached", {}, { cause: e });
    }
    if (!response.ok) throw new AppError(ErrorCode.signInFailed, `Local sign-in failed: ${response.status}`);
    const json = (await response.json()) as { access_token?: unknown };
    if (typeof json.access_token !== "string")
      throw new AppError(ErrorCode.signInFailed, "Local sign-in returned no token");
    return json.access_token;
  }
}
