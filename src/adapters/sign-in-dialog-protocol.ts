// What the task pane and the sign-in dialog (src/surfaces/dialog) say to each other, and what each
// side accepts. Every message carries the nonce the pane made for this one dialog; the pane accepts
// messages only from its own origin (DialogOrigin 1.1 gives the sender's origin:
// https://learn.microsoft.com/javascript/api/office/office.dialogmessagereceivedeventargs) and with
// that nonce. The request (login hint, claims) travels by messageChild (DialogApi 1.2:
// https://learn.microsoft.com/javascript/api/office/office.dialog#office-office-dialog-messagechild-member(1)),
// never in the URL; the URL carries only the nonce, in its fragment (never sent to a server).
import { Scopes } from "../ports/token-provider";

/** What the dialog signs in for: every scope the product uses, consented together in one dialog. */
export const DIALOG_SCOPES: readonly string[] = [...Scopes.calendar, ...Scopes.standalone];
/** Scopes a request may add (incremental consent for another user's calendar). Nothing else. */
export const OPTIONAL_DIALOG_SCOPES: readonly string[] = ["Calendars.ReadWrite.Shared"];
/** Longest an access token from the dialog is kept: Entra's default lifetime is 60–90 minutes. */
export const MAX_TOKEN_LIFETIME_MS = 90 * 60_000;

/** The scopes a dialog asks for: the product's, plus the allowed optional ones requested. */
export function dialogScopes(requested: readonly string[]): string[] {
  return [...DIALOG_SCOPES, ...OPTIONAL_DIALOG_SCOPES.filter((s) => requested.includes(s))];
}

export interface DialogRequest {
  v: 1;
  type: "request";
  nonce: string;
  scopes: string[];
  loginHint?: string | undefined;
  claims?: string | undefined;
}

export interface DialogReady {
  v: 1;
  type: "ready";
  nonce: string;
}

export interface DialogResult {
  v: 1;
  type: "result";
  nonce: string;
  ok: boolean;
  accessToken?: string;
  expiresOn?: number;
  scopes?: string[];
  account?: { name?: string | undefined; username: string };
  code?: string;
}

export type DialogMessage = DialogReady | DialogResult;

/** A fresh nonce: 128 random bits, hex. */
export function newNonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The dialog's address: the page and, in the fragment, the nonce and whether a request will follow. */
export function dialogUrl(origin: string, nonce: string, requestFollows: boolean): string {
  const fragment = new URLSearchParams({ nonce, ...(requestFollows ? { wait: "1" } : {}) });
  return `${origin}/dialog.html#${fragment.toString()}`;
}

const isString = (x: unknown): x is string => typeof x === "string";
const shortString = (x: unknown, max: number): x is string => isString(x) && x.length > 0 && x.length <= max;

function parse(raw: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(raw);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, null is refused as !m and any other non-object has no v === 1: both callers refuse them next
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } /* Stryker disable next-line BlockStatement: equivalent, undefined is refused as !m like null */ catch {
    return null;
  }
}

/**
 * A message from the dialog, as the pane accepts it: from the pane's own origin (when the client
 * says, DialogOrigin 1.1), with this dialog's nonce, well-formed. Anything else is null (ignored).
 */
export function acceptDialogMessage(
  raw: string,
  senderOrigin: string | undefined,
  expected: { origin: string; nonce: string },
): DialogMessage | null {
  if (senderOrigin !== undefined && senderOrigin !== expected.origin) return null;
  const m = parse(raw);
  if (!m || m.v !== 1 || m.nonce !== expected.nonce) return null;
  if (m.type === "ready") return { v: 1, type: "ready", nonce: expected.nonce };
  if (m.type !== "result" || typeof m.ok !== "boolean") return null;
  if (!m.ok)
    return {
      v: 1,
      type: "result",
      nonce: expected.nonce,
      ok: false,
      code: shortString(m.code, 100) ? m.code : "unknown",
    };
  const account = m.account as { name?: unknown; username?: unknown } | undefined;
  if (
    !shortString(m.accessToken, 20_000) ||
    // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is false for every non-number (kept for the type)
    typeof m.expiresOn !== "number" ||
    !Number.isFinite(m.expiresOn) ||
    !Array.isArray(m.scopes) ||
    !m.scopes.every(isString) ||
    typeof account !== "object" ||
    account === null ||
    !shortString(account.username, 320) ||
    (account.name !== undefined && !shortString(account.name, 256))
  )
    return null;
  return {
    v: 1,
    type: "result",
    nonce: expected.nonce,
    ok: true,
    accessToken: m.accessToken,
    expiresOn: m.expiresOn,
    scopes: m.scopes,
    account: { username: account.username, ...(isString(account.name) ? { name: account.name } : {}) },
  };
}

/**
 * The pane's request, as the dialog accepts it: from its own origin, with the nonce from its URL.
 * Scopes outside the product's list are dropped: the dialog can't be made to ask for anything else.
 */
export function acceptDialogRequest(
  raw: string,
  senderOrigin: string | undefined,
  expected: { origin: string; nonce: string },
): DialogRequest | null {
  if (senderOrigin !== undefined && senderOrigin !== expected.origin) return null;
  const m = parse(raw);
  if (!m || m.v !== 1 || m.type !== "request" || m.nonce !== expected.nonce) return null;
  // Stryker disable next-line MethodExpression,ArrayDeclaration: equivalent, requested is only asked whether it includes an optional scope's name
  const requested = Array.isArray(m.scopes) ? m.scopes.filter(isString) : [];
  return {
    v: 1,
    type: "request",
    nonce: expected.nonce,
    scopes: dialogScopes(requested),
    loginHint: shortString(m.loginHint, 320) ? m.loginHint : undefined,
    claims: shortString(m.claims, 8_000) ? m.claims : undefined,
  };
}

/** The account among MSAL's that is the Outlook mailbox's (by login hint), or null. */
export function accountForMailbox<A extends { username: string }>(
  accounts: readonly A[],
  loginHint: string | undefined,
): A | null {
  if (!loginHint) return accounts.length === 1 ? accounts[0]! : null;
  const hint = loginHint.toLowerCase();
  return accounts.find((a) => a.username.toLowerCase() === hint) ?? null;
}
