// Tokens from the local Graph emulator (workbench only): no tenant, no MSAL, same TokenProvider port.
import { AppError, ErrorCode } from "../core/errors";
import type { TokenProvider, TokenRequest } from "../ports/token-provider";

export class LocalTokenProvider implements TokenProvider {
  private token: Promise<string> | null = null;
  private readonly controlBase: string;

  /** `graphBaseUrl` is the emulator's Graph root, e.g. https://localhost:3000/graph/v1.0. */
  constructor(graphBaseUrl: string) {
    this.controlBase = graphBaseUrl.replace(/\/v1\.0\/?$/, "") + "/__emulator";
  }

  getToken(request: TokenRequest): Promise<string> {
    if (request.forceRefresh || !this.token) {
      this.token = this.fetchToken();
      this.token.catch(() => {
        this.token = null;
      });
    }
    return this.token;
  }

  getSignedInAccount(): Promise<{ name: string; username: string } | null> {
    const profile = Office.context.mailbox.userProfile;
    return Promise.resolve({ name: profile.displayName, username: profile.emailAddress });
  }

  private async fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await fetch(`${this.controlBase}/token`, { method: "POST" });
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
