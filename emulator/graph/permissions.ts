// Tokens and permissions: a token carries its delegated scopes and its user; every route names the
// scopes it accepts (least privileged first, from each API page's "Permissions" table) and, for another
// user's mailbox, the share it needs. README.md rules P1–P7.
import { randomBytes } from "node:crypto";
import { GraphHttpError, type Mailbox } from "./http";
import type { SharedCalendarScenario, ShareLevel } from "./scenario";
import { currentUser, type EmulatorState, type TokenRecord } from "./state";

export function issueToken(state: EmulatorState, scopes: readonly string[]): TokenRecord {
  const user = currentUser(state);
  const record: TokenRecord = {
    token: `emulator.${randomBytes(18).toString("base64url")}`,
    scopes: [...new Set(scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, "")))],
    userId: user.id,
    tenantId: user.tenantId,
  };
  state.tokens.set(record.token, record);
  return record;
}

/** The token of an Authorization header, or a 401 as Graph sends it (rule P1). */
export function authenticate(state: EmulatorState, authorization: string | undefined): TokenRecord {
  const token = authorization ? /^Bearer\s+(.+)$/i.exec(authorization)?.[1] : undefined;
  const record = token ? state.tokens.get(token) : undefined;
  if (record) return record;
  throw new GraphHttpError(
    401,
    "InvalidAuthenticationToken",
    token ? "Access token has expired or is not yet valid." : "Access token is empty.",
    {
      "WWW-Authenticate":
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
    },
  );
}

/** `/me` or `/users/{id | userPrincipalName}`; the user's own id or UPN is `/me` (rule P3). */
export function resolveMailbox(state: EmulatorState, segment: string | undefined): Mailbox {
  if (segment === undefined) return { kind: "me" };
  const decoded = decodeURIComponent(segment).toLowerCase();
  const user = currentUser(state);
  if (decoded === user.id.toLowerCase() || decoded === user.mail.toLowerCase()) return { kind: "me" };
  return { kind: "other", address: decoded, segment: decodeURIComponent(segment) };
}

/** Graph's answer to a token without the permission, on Outlook resources (rule P2). */
export function accessDenied(): GraphHttpError {
  return new GraphHttpError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
}

export function requireScope(token: TokenRecord, accepted: readonly string[]): void {
  if (!accepted.some((s) => token.scopes.includes(s))) throw accessDenied();
}

/** Scopes that read / write the user's own calendar (Get calendar, Get event, Update event). */
const OWN_READ = [
  "Calendars.ReadBasic",
  "Calendars.Read",
  "Calendars.ReadWrite",
  "Calendars.Read.Shared",
  "Calendars.ReadWrite.Shared",
];
const OWN_WRITE = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];
/** Another user's calendar: only the `.Shared` permissions reach it (rule P4). */
const SHARED_READ = ["Calendars.Read.Shared", "Calendars.ReadWrite.Shared"];
const SHARED_WRITE = ["Calendars.ReadWrite.Shared"];

function shareOf(state: EmulatorState, address: string): SharedCalendarScenario | undefined {
  const shared = state.scenario.sharedCalendars ?? {};
  return Object.entries(shared).find(
    ([key, value]) => key.toLowerCase() === address || value.id?.toLowerCase() === address,
  )?.[1];
}

export function shareLevel(state: EmulatorState, address: string): ShareLevel {
  const share = shareOf(state, address);
  return share ? (share.access ?? "delegate") : "none";
}

/**
 * Checks the token and, for another mailbox, the share: reading needs any share but `none`, writing
 * needs `edit` or `delegate` (rules P4, P5). Returns the shared calendar's scenario, if any.
 */
export function authorizeCalendar(
  state: EmulatorState,
  token: TokenRecord,
  mailbox: Mailbox,
  access: "read" | "write",
): SharedCalendarScenario | undefined {
  if (mailbox.kind === "me") {
    requireScope(token, access === "read" ? OWN_READ : OWN_WRITE);
    return undefined;
  }
  requireScope(token, access === "read" ? SHARED_READ : SHARED_WRITE);
  const level = shareLevel(state, mailbox.address);
  if (level === "none") throw accessDenied();
  if (access === "write" && level === "view") throw accessDenied();
  return shareOf(state, mailbox.address);
}

/**
 * onlineMeetings with a delegated token: `/me` only; `/users/{other}` fails with Graph's own text
 * (rule P6). Then the scope (rule P7).
 */
export function authorizeMeetings(
  state: EmulatorState,
  token: TokenRecord,
  mailbox: Mailbox,
  access: "read" | "write",
): void {
  if (mailbox.kind === "other") {
    throw new GraphHttpError(
      400,
      "General",
      `Organizer ID in token(${token.userId}) does not match organizer ID in request url(${mailbox.segment}). With delegated permission only /me endpoint is supported.`,
    );
  }
  const accepted =
    access === "read" ? ["OnlineMeetings.Read", "OnlineMeetings.ReadWrite"] : ["OnlineMeetings.ReadWrite"];
  if (!accepted.some((s) => token.scopes.includes(s))) {
    // Assumed wording: no published sample of this 403 (README.md, rule P7).
    throw new GraphHttpError(403, "Forbidden", `The token lacks the permission ${accepted.at(-1)}.`);
  }
}
