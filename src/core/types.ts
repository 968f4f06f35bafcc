// Domain types shared by core logic, ports and adapters. No Office.js, DOM, fetch or MSAL here.
import type { MeetingOptions } from "./meeting-options";
import type { OptionDefaults } from "./option-defaults";
import type { SeriesRecurrence } from "./series-span";

/** Values of Graph's onlineMeetingProviderType; anything else we receive is treated as "unknown". */
export const OnlineMeetingProvider = {
  unknown: "unknown",
  teamsForBusiness: "teamsForBusiness",
  skypeForBusiness: "skypeForBusiness",
  skypeForConsumer: "skypeForConsumer",
} as const;
export type OnlineMeetingProvider = (typeof OnlineMeetingProvider)[keyof typeof OnlineMeetingProvider];

/** What the organizer's calendar allows (GET /me/calendar). */
export interface CalendarProviders {
  allowed: OnlineMeetingProvider[];
  defaultProvider: OnlineMeetingProvider;
  /** Owner address when the calendar is not the signed-in user's own (shared/delegate). */
  owner?: string | undefined;
  /** Graph's calendar.canEdit: false for a calendar shared with the user for viewing only. */
  canEdit?: boolean | undefined;
}

/** The two ways to make an appointment an online meeting. */
export type Route = "calendar" | "standalone";

/** The organizer's choice in the pane (or the stored default for the one-click command). */
export interface RouteChoice {
  /** "auto": calendar route with the default provider when one is allowed, else standalone. */
  route: Route | "auto";
  /** Only for the calendar route; ignored unless allowed by the calendar. */
  provider?: OnlineMeetingProvider | undefined;
}

export type RouteDecision =
  | { route: "calendar"; provider: Exclude<OnlineMeetingProvider, "unknown"> }
  | { route: "standalone"; reason: "no-provider" | "chosen" };

export type BodyType = "html" | "text";

export interface Attendee {
  displayName: string;
  emailAddress: string;
}

/** The appointment as read from the compose form. Dates are absolute instants. */
export interface AppointmentSnapshot {
  subject: string;
  start: Date;
  end: Date;
  location: string;
  requiredAttendees: Attendee[];
  optionalAttendees: Attendee[];
  body: string;
  bodyType: BodyType;
  /** True while the item has never been saved (no item id yet). */
  isNew: boolean;
  /** True when the item is a recurring series (master) or has a recurrence pattern. */
  isRecurring: boolean;
  seriesId: string | null;
  /** The series' pattern when the item is a recurring series (its master) and Outlook gives it. */
  recurrence?: SeriesRecurrence | null | undefined;
}

/** What we keep on the appointment (custom properties) to find our meeting again. */
export interface StoredMeeting {
  v: 1;
  /** createOrGet identity; generated once per appointment, kept even before the meeting exists. */
  externalId: string;
  route?: Route | undefined;
  provider?: OnlineMeetingProvider | undefined;
  /** Standalone route: the onlineMeeting id, for PATCH/DELETE. */
  meetingId?: string | undefined;
  joinUrl?: string | undefined;
  /** Language tag the join text was requested in. */
  language?: string | undefined;
  /** The location we wrote (only set when the location was empty before). */
  locationSetByUs?: string | undefined;
  /**
   * Who the Teams organizer is: the calendar's owner on the calendar route, the signed-in user (also a
   * delegate) on the standalone route. Shown in the pane, so owner and delegate see whose meeting it is.
   */
  organizer?: string | undefined;
  /** Subject/start/end the standalone meeting was last synced to (ISO strings). */
  syncedSubject?: string | undefined;
  syncedStart?: string | undefined;
  syncedEnd?: string | undefined;
  /**
   * What our block's content reads as (blockFingerprint): lets removal find the exact text again when
   * a client stripped every marker from the body.
   */
  blockHash?: string | undefined;
  blockLines?: number | undefined;
}

/** The onlineMeeting resource fields the add-in uses. */
export interface OnlineMeeting {
  id: string;
  joinWebUrl: string;
  subject?: string | undefined;
  startDateTime?: string | undefined;
  endDateTime?: string | undefined;
  /** Decoded? No: the raw joinInformation.content string exactly as Graph sent it. */
  joinInformationContent?: string | undefined;
  externalId?: string | undefined;
  /** participants.organizer.upn: the signed-in user who created it. */
  organizer?: string | undefined;
  /** The meeting options the answer carried (createOrGet: what the new meeting holds). */
  options?: MeetingOptions | undefined;
}

/** The event fields the add-in uses (GET/PATCH /me/events/{id}). */
export interface GraphEvent {
  id: string;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: OnlineMeetingProvider;
  joinUrl: string | null;
  bodyHtml: string;
}

/** Per-user settings (roaming settings). */
export interface UserSettings {
  route: Route | "auto";
  provider?: OnlineMeetingProvider | undefined;
  /** BCP-47 tag for the join text; undefined = Outlook's display language. */
  joinLanguage?: string | undefined;
  /** The organizer confirmed once that the calendar route saves the item and cannot be undone. */
  calendarRouteConfirmed?: boolean | undefined;
  /** Add an online meeting to every new appointment (launch event). */
  autoAdd?: boolean | undefined;
  /** Teams meeting options every new meeting gets ("Save as my defaults"; src/core/option-defaults.ts). */
  meetingOptions?: OptionDefaults | undefined;
}

/** A join block already in the body that is not ours. */
export interface ForeignMeeting {
  service: "teams" | "zoom" | "webex" | "meet" | "jitsi" | "skype" | "gotomeeting" | "other";
  url: string;
}

/** What the pane shows when it opens. */
export type MeetingState =
  | { kind: "none" }
  | {
      kind: "ours";
      route: Route;
      provider?: OnlineMeetingProvider | undefined;
      joinUrl?: string | undefined;
      language?: string | undefined;
      organizer?: string | undefined;
      /** Standalone: when the join link stops working (60 days after the meeting's end). */
      linkValidUntil?: Date | undefined;
    }
  | { kind: "calendar-online"; provider: OnlineMeetingProvider; joinUrl: string | null }
  | { kind: "foreign"; meeting: ForeignMeeting };
