// New Teams meeting identities (thread, meetup-join URL, short link, meeting id, passcode) and the link
// lifetime: a scheduled meeting's link expires 60 days after its end, and every update pushes that out
// by another 60 days (MC772556; README.md rules L1, L2).
import { randomBytes } from "node:crypto";
import type { JoinDetails } from "./join-templates";
import { currentUser, type EmulatorState } from "./state";

export const LINK_LIFETIME_MS = 60 * 24 * 3_600_000;

export function newJoinDetails(state: EmulatorState): JoinDetails {
  const u = currentUser(state);
  const seq = ++state.seq;
  const thread = `19:meeting_${randomBytes(36).toString("base64url").slice(0, 48)}@thread.v2`;
  const lower = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  const context = lower(encodeURIComponent(JSON.stringify({ Tid: u.tenantId, Oid: u.id })));
  const digits = `${String(100 + (seq % 900))}${String(Date.now()).slice(-3)}${String(100 + ((seq * 37) % 900))}${String(100 + ((seq * 53) % 900))}${String(100 + ((seq * 71) % 900))}`;
  const passcode = randomBytes(6).toString("base64url").replace(/[-_]/g, "x").slice(0, 8);
  return {
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${lower(encodeURIComponent(thread))}/0?context=${context}`,
    // The short link's p= is a hashed passcode (graph-comms-samples #847), not the printed one.
    shortUrl: `https://teams.microsoft.com/meet/${digits}?p=${randomBytes(13).toString("base64url").replace(/[-_]/g, "Q")}`,
    meetingCode: digits.replace(/(\d{3})(?=\d)/g, "$1 "),
    passcode,
    organizerId: u.id,
    tenantId: u.tenantId,
    threadId: thread.replace(":", "_"),
  };
}

/** The link's expiry: 60 days after the end, or after the update that happens at `updatedAt`. */
export function linkExpiry(end: string, updatedAt?: Date): string {
  const fromEnd = Date.parse(end) + LINK_LIFETIME_MS;
  const fromUpdate = updatedAt ? updatedAt.getTime() + LINK_LIFETIME_MS : 0;
  return new Date(Math.max(fromEnd, fromUpdate)).toISOString();
}
