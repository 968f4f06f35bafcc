// The record we keep on the appointment (custom property "omo"), checked field by field where it is
// read. The property is data from outside the add-in's memory (an item copied, an older version, a
// client or tool that edited it): nothing in it is trusted. A value that fails its rule is dropped, so
// a bad join URL never becomes the pane's Join link, a bad meeting id never becomes a Graph path, and
// a location we did not write is never cleared. Without a valid version and externalId there is no
// record at all. Hand-written: a schema library would cost more bundle than these rules.
import { OnlineMeetingProvider, type StoredMeeting } from "./types";

const EXTERNAL_ID = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
/** onlineMeeting ids are base64 (url-safe or not); no dot, so never a `.` or `..` path segment. */
const MEETING_ID = /^[A-Za-z0-9+/=_-]{1,1024}$/;
const LANGUAGE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const BLOCK_HASH = /^[0-9a-f]{16}$/;
const URL_MAX = 2048;
/** Printable ASCII without spaces, quotes or angle brackets (join links are percent-encoded). */
const PRINTABLE_URL = /^[!#-;=?-~]+$/;
const SUBJECT_MAX = 4096;
/** A user principal name or SMTP address (local part ≤ 64, domain ≤ 255), shown as the Teams organizer. */
const ORGANIZER = /^[^\s@<>"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$/;
const PROVIDERS: ReadonlySet<string> = new Set(Object.values(OnlineMeetingProvider));

/** The record in the property's JSON text, or null when there is none we can use. */
export function parseStoredMeeting(raw: unknown): StoredMeeting | null {
  if (typeof raw !== "string") return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } /* Stryker disable next-line BlockStatement: without the return, value stays undefined, which validateStoredMeeting turns into null too */ catch {
    return null;
  }
  return validateStoredMeeting(value);
}

export function validateStoredMeeting(value: unknown): StoredMeeting | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (o["v"] !== 1 || !matches(o["externalId"], EXTERNAL_ID)) return null;
  const record: StoredMeeting = { v: 1, externalId: o["externalId"] as string };
  const route = o["route"];
  if (route === "calendar" || route === "standalone") record.route = route;
  // Only strings are in the set, so the cast lets nothing else through.
  const provider = o["provider"] as OnlineMeetingProvider;
  if (PROVIDERS.has(provider)) record.provider = provider;
  if (matches(o["meetingId"], MEETING_ID)) record.meetingId = o["meetingId"] as string;
  const joinUrl = o["joinUrl"];
  if (isHttpsUrl(joinUrl)) record.joinUrl = joinUrl;
  if (matches(o["language"], LANGUAGE)) record.language = o["language"] as string;
  if (matches(o["organizer"], ORGANIZER)) record.organizer = o["organizer"] as string;
  // We only ever write the join URL into an empty location: anything else is not ours to clear.
  if (record.joinUrl !== undefined && o["locationSetByUs"] === record.joinUrl)
    record.locationSetByUs = record.joinUrl;
  const subject = o["syncedSubject"];
  if (typeof subject === "string" && subject.length <= SUBJECT_MAX) record.syncedSubject = subject;
  if (isInstant(o["syncedStart"])) record.syncedStart = o["syncedStart"] as string;
  if (isInstant(o["syncedEnd"])) record.syncedEnd = o["syncedEnd"] as string;
  const lines = o["blockLines"];
  if (matches(o["blockHash"], BLOCK_HASH) && Number.isInteger(lines) && (lines as number) > 0) {
    record.blockHash = o["blockHash"] as string;
    record.blockLines = lines as number;
  }
  return record;
}

/** An absolute https URL with a host and no credentials, as every join link is. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== "string" || value.length > URL_MAX || !PRINTABLE_URL.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "") return false;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the URL parser rejects an https URL without a host; kept as the rule's own statement
  return url.hostname !== "";
}

function matches(value: unknown, pattern: RegExp): boolean {
  return typeof value === "string" && pattern.test(value);
}

function isInstant(value: unknown): boolean {
  return matches(value, ISO_INSTANT) && !Number.isNaN(Date.parse(value as string));
}
