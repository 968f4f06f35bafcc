// Microsoft Graph, as the use-cases need it. Implemented over fetch by src/adapters/graph-client.ts
// (auth → retry → fetch); faked in test/fakes/fake-graph.ts. Every method throws AppError.
import type { MeetingOptions, MeetingWithOptions } from "../core/meeting-options";
import type { OptionDefaults } from "../core/option-defaults";
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
  /**
   * POST /me/onlineMeetings/createOrGet with Accept-Language: the same externalId returns the same
   * meeting. `options` (the organizer's defaults) go in the same body, with `Prefer:
   * include-unknown-enum-members`; createOrGet doesn't document them (docs/meeting-options.md), so the
   * answer's `options` say what the meeting holds.
   */
  createOrGetMeeting(
    request: MeetingTimes & { externalId: string; options?: OptionDefaults | undefined },
    language: string,
  ): Promise<OnlineMeeting>;
  /**
   * GET /me/onlineMeetings/{id} with Accept-Language: the meeting with its join text in that language
   * (documented for this call, unlike createOrGet).
   */
  getMeeting(meetingId: string, language: string): Promise<OnlineMeeting>;
  /** PATCH /me/onlineMeetings/{id} (subject, start, end). */
  updateMeeting(meetingId: string, times: MeetingTimes): Promise<OnlineMeeting>;
  /** DELETE /me/onlineMeetings/{id}; a 404 counts as deleted. */
  deleteMeeting(meetingId: string): Promise<void>;
  // Meeting options: every call says `Prefer: include-unknown-enum-members`, since the add-in knows
  // the evolvable lobby scopes (src/core/meeting-options.ts): without it Graph reads them as
  // unknownFutureValue and refuses them in a PATCH.
  /** GET /me/onlineMeetings/{id}: the meeting's organizer and options. */
  getMeetingOptions(meetingId: string): Promise<MeetingWithOptions>;
  /**
   * GET /me/onlineMeetings?$filter=JoinWebUrl eq '{url}' (the calendar route knows only the event's
   * join URL); null when no meeting has it.
   */
  findMeetingByJoinUrl(joinUrl: string): Promise<MeetingWithOptions | null>;
  /** PATCH /me/onlineMeetings/{id} with only the options that change (planOptionsPatch's body). */
  updateMeetingOptions(meetingId: string, changes: Partial<MeetingOptions>): Promise<MeetingWithOptions>;
}
