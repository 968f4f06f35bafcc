// One error class with stable string codes. Adapters turn foreign failures (Office AsyncResult
// errors, HTTP responses, MSAL errors) into an AppError at the boundary; the UI maps codes to
// localized messages (src/i18n) and never shows a raw message.

export const ErrorCode = {
  /** The network is down or the request never got an answer. Safe to retry. */
  offline: "offline",
  timeout: "timeout",
  /** 429/503/504 still failing after the bounded retries. */
  throttled: "throttled",
  serviceUnavailable: "service_unavailable",
  /** 401 that a fresh token did not cure. */
  unauthorized: "unauthorized",
  /** The user or admin has not consented to the scopes. */
  consentRequired: "consent_required",
  /** The user closed or cancelled sign-in. */
  signInCancelled: "sign_in_cancelled",
  signInFailed: "sign_in_failed",
  /** Signing in needs a click first (the Office dialog never opens on its own). */
  signInRequired: "sign_in_required",
  /** Outlook.com and Gmail mailboxes can't use nested app authentication. */
  signInUnsupportedAccount: "sign_in_unsupported_account",
  /** A personal Microsoft account cannot create Teams meetings (onlineMeetings 401/403 AuthenticationError). */
  personalAccount: "personal_account",
  /** A shared or delegate calendar the user may read but not edit (its owner decides). */
  sharedCalendarReadOnly: "shared_calendar_read_only",
  /** Someone else is the standalone meeting's Teams organizer: only they can change or remove it. */
  notOrganizer: "not_organizer",
  /** 403 for any other reason (license, policy, guest). */
  forbidden: "forbidden",
  /** The event (or meeting) is not (yet) known to Graph. */
  notFound: "not_found",
  conflict: "conflict",
  badRequest: "bad_request",
  /** Graph answered with something we cannot use (malformed JSON, missing fields). */
  malformedResponse: "malformed_response",
  graphError: "graph_error",
  /** A join block from another service is in the body already. */
  foreignMeeting: "foreign_meeting",
  /** The calendar-route meeting cannot be removed (Graph rule). */
  irreversible: "irreversible",
  /** An operation is already running on this appointment. */
  busy: "busy",
  /** The body did not read back as written. */
  bodyWriteFailed: "body_write_failed",
  /**
   * Our join text lost its markers and can't be cut exactly: the meeting is kept, and the organizer is
   * asked to delete the text with the join link (details.joinUrl) first.
   */
  joinTextNotRemovable: "join_text_not_removable",
  /** The body is too large for Outlook (1,000,000 characters). */
  bodyTooLarge: "body_too_large",
  /** An Office.js call failed (saveAsync, getItemIdAsync, setAsync...). */
  hostError: "host_error",
  itemNotSaved: "item_not_saved",
  /** Configuration missing or malformed (client id). */
  configuration: "configuration",
  unknown: "unknown",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AppErrorDetails {
  status?: number | undefined;
  /** Graph's error.code, when there is one. */
  graphCode?: string | undefined;
  /** Seconds the server asked us to wait, when known. */
  retryAfterSeconds?: number | undefined;
  /** For consent errors: the admin consent URL. */
  consentUrl?: string | undefined;
  /** For claims challenges: the decoded claims string. */
  claims?: string | undefined;
  /** For join text that can't be removed: the join link it shows. */
  joinUrl?: string | undefined;
  /** The calendar route would turn a whole series online (opened from one occurrence). */
  wholeSeries?: boolean | undefined;
  /** For foreign meetings: which service's join link is in the body. */
  service?: string | undefined;
  /** For another user's calendar: the owner's address. */
  owner?: string | undefined;
}

export class AppError extends Error {
  // Stryker disable next-line StringLiteral: the name is a diagnostic (stack traces), like the message: users see the localized message of the code
  override readonly name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /**
   * Whether doing the same thing again, as it is, may succeed: the pane then offers "Try again" (safe,
   * since adding and removing are idempotent). Not for what needs the user or an administrator first.
   */
  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.signInRequired,
  // The user closed the sign-in (the dialog, the popup): signing in again is theirs to choose.
  ErrorCode.signInCancelled,
  ErrorCode.offline,
  ErrorCode.timeout,
  ErrorCode.throttled,
  ErrorCode.serviceUnavailable,
  ErrorCode.notFound,
  ErrorCode.graphError,
  ErrorCode.malformedResponse,
  ErrorCode.bodyWriteFailed,
  // Outlook failing a call (a save without a connection, say): its message says "Try again".
  ErrorCode.hostError,
  ErrorCode.unknown,
]);

/** Wrap anything thrown into an AppError without losing the original. */
export function toAppError(e: unknown, fallback: ErrorCode = ErrorCode.unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError(fallback, message, {}, { cause: e });
}
