// Microsoft Graph, as the use-cases need it. Implemented over fetch by src/adapters/graph-client.ts
// (auth → retry → fetch); faked in test/fakes/fake-graph.ts. Every method throws AppError.
import type { CalendarProviders, GraphEvent, OnlineMeeting, OnlineMeetingProvider } from "../core/types";

export interface MeetingTimes {
  subject: string;
  /** ISO 8601 instants (UTC). */
  startDateTime: string;
  endDateTime: string;
}

export interface GraphPort {
  /** GET /me/calendar (or /users/{owner}/calendar) → allowed and default providers. */
  getCalendarProviders(owner?: string): Promise<CalendarProviders>;
  /** GET /me/events/{id} with the online-meeting fields and body. */
  getEvent(restId: string, owner?: string): Promise<GraphEvent>;
  /** PATCH /me/events/{id} { isOnlineMeeting: true, onlineMeetingProvider } → the updated event. */
  enableOnlineMeeting(
    restId: string,
    provider: Exclude<OnlineMeetingProvider, "unknown">,
    owner?: string,
  ): Promise<GraphEvent>;
  // onlineMeetings take no owner: with a delegated token Graph serves them on /me only, and the
  // signed-in user is the organizer, also in someone else's calendar (emulator rule P6).
  /** POST /me/onlineMeetings/createOrGet with Accept-Language: the same externalId returns the same meeting. */
  createOrGetMeeting(
    request: MeetingTimes & { externalId: string },
    language: string,
  ): Promise<OnlineMeeting>;
  /** GET /me/onlineMeetings/{id} with Accept-Language: the join text in that language (documented). */
  getMeeting(meetingId: string, language: string): Promise<OnlineMeeting>;
  /** PATCH /me/onlineMeetings/{id} (subject, start, end). */
  updateMeeting(meetingId: string, times: MeetingTimes): Promise<OnlineMeeting>;
  /** DELETE /me/onlineMeetings/{id}; a 404 counts as deleted. */
  deleteMeeting(meetingId: string): Promise<void>;
}
