// Delegated Graph access tokens. MSAL (NAA + dialog fallback) in production, a local provider in the
// workbench, a fake in tests.

export interface TokenRequest {
  scopes: string[];
  /** Bypass any cache: the last token was refused (401). */
  forceRefresh?: boolean | undefined;
  /** Claims challenge from WWW-Authenticate, passed back to the identity platform. */
  claims?: string | undefined;
}

/** Who the tokens are for, as the pane's account line names them. */
export interface SignedInAccount {
  name: string;
  username: string;
}

export interface TokenProvider {
  getToken(request: TokenRequest): Promise<string>;
  /** The account signed in now; null when no one is (never signed in, or signed out). */
  getSignedInAccount?(): Promise<SignedInAccount | null>;
  /**
   * Forget the signed-in account and its cached tokens, so the next token is asked for afresh (the
   * pane's "Sign in"). Outlook's own sign-in (NAA) stays: only what this add-in keeps is dropped.
   */
  signOut?(): Promise<void>;
}

/**
 * Scopes per route, least privilege and asked for incrementally (docs/sign-in.md): OnlineMeetings only
 * when the standalone route is used; `Calendars.ReadWrite.Shared` only when acting in another user's
 * mailbox (a shared or delegate calendar), since Graph lets only the `.Shared` permissions reach it.
 */
export const Scopes = {
  calendar: ["Calendars.ReadWrite"],
  sharedCalendar: ["Calendars.ReadWrite.Shared"],
  standalone: ["OnlineMeetings.ReadWrite"],
} as const;

/** The calendar scopes for the user's own mailbox, or for another user's (`owner`). */
export function calendarScopes(owner: string | undefined): readonly string[] {
  return owner ? Scopes.sharedCalendar : Scopes.calendar;
}
