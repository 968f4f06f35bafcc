// Delegated Graph access tokens. MSAL (NAA + dialog fallback) in production, a local provider in the
// workbench, a fake in tests.

export interface TokenRequest {
  scopes: string[];
  /** Bypass any cache: the last token was refused (401). */
  forceRefresh?: boolean | undefined;
  /** Claims challenge from WWW-Authenticate, passed back to the identity platform. */
  claims?: string | undefined;
}

export interface TokenProvider {
  getToken(request: TokenRequest): Promise<string>;
}

/** Scopes per route: least privilege, OnlineMeetings only when the standalone route is used. */
export const Scopes = {
  calendar: ["Calendars.ReadWrite"],
  standalone: ["OnlineMeetings.ReadWrite"],
} as const;
