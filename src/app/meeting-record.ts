// What the record kept on the item (StoredMeeting) tells the use-cases: the pane's "ours" state, until
// when the join link works, and whether the signed-in user may change the meeting.
import { linkValidUntil } from "../core/series-span";
import type { MeetingState, StoredMeeting } from "../core/types";

/** Our meeting as the pane shows it, from its record. */
export function ourMeetingState(stored: StoredMeeting): Extract<MeetingState, { kind: "ours" }> {
  return {
    kind: "ours",
    route: stored.route ?? "standalone",
    provider: stored.provider,
    joinUrl: stored.joinUrl,
    language: stored.language,
    organizer: stored.organizer,
    linkValidUntil: validUntil(stored),
  };
}

/** A standalone meeting's link expiry, from the end it was last synced to. */
function validUntil(stored: StoredMeeting): Date | undefined {
  if (stored.route === "calendar" || !stored.syncedEnd) return undefined;
  return linkValidUntil(stored.syncedEnd);
}

/**
 * Whether the signed-in user is the stored meeting's organizer (true when either is unknown). Graph
 * serves a meeting to its organizer only.
 */
export function isOrganizer(stored: StoredMeeting, userAddress: string | undefined): boolean {
  return !stored.organizer || !userAddress || stored.organizer.toLowerCase() === userAddress.toLowerCase();
}
