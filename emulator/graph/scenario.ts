// What a scenario tells the Graph emulator: the account, the calendars and who may act in them, the
// Teams template, the behaviours no source settles (each a switch, README.md), latency and faults.
import type { JoinTemplate } from "./join-templates";

export interface GraphFault {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Path after /v1.0 without the query, e.g. "/me/onlineMeetings/createOrGet"; a trailing * matches a prefix. */
  path: string;
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; a string is sent as it is (malformed JSON, empty body). */
  body?: unknown;
  /** How many matching requests this fault answers (default 1). */
  count?: number;
  /** Extra delay before answering. */
  delayMs?: number;
  /** Destroy the connection instead of answering: the network failed. */
  drop?: boolean;
}

export interface CalendarScenario {
  allowedOnlineMeetingProviders: string[];
  defaultOnlineMeetingProvider: string;
}

/**
 * What the owner granted the signed-in user on their calendar (Outlook's sharing levels): `view` reads
 * it, `edit` and `delegate` also write events. `none`: the calendar is not shared at all.
 */
export type ShareLevel = "none" | "view" | "edit" | "delegate";

export interface SharedCalendarScenario extends CalendarScenario {
  /** Default "delegate". */
  access?: ShareLevel;
  /** The owner's directory id (default: derived from the address). */
  id?: string;
}

export interface GraphScenario {
  /** A personal Microsoft account cannot use onlineMeetings (403 AuthenticationError). */
  account?: "work" | "personal";
  user?: { id?: string; displayName?: string; mail?: string; tenantId?: string };
  calendar?: CalendarScenario;
  /** Calendars of other mailboxes the user can act for (delegate/shared), by owner address. */
  sharedCalendars?: Record<string, SharedCalendarScenario>;
  /** The Teams join template new meetings get (default: the newest, "2026"). */
  joinTemplate?: JoinTemplate;
  /**
   * Assumed (undocumented): whether createOrGet localizes its join text by Accept-Language. Default
   * "ignored": the join text comes in the organizer's language (mailboxLanguage, else en-US).
   */
  createOrGetAcceptLanguage?: "honoured" | "ignored";
  /**
   * Assumed (undocumented, README.md O8): what createOrGet does with meeting options in its body
   * (createOrGet's parameter table names only endDateTime, externalId, participants, startDateTime,
   * subject). Default "ignored": dropped, the new meeting gets the usual defaults; "honoured": applied
   * to a new meeting as a PATCH would; "rejected": 400, as an OData action refusing an unknown parameter.
   */
  createOrGetOptions?: "ignored" | "honoured" | "rejected";
  /**
   * Assumed: what GET /me/onlineMeetings/{id} answers once the meeting's link has expired. Default
   * "ok" (the meeting object is still there; only joining fails).
   */
  expiredMeetingGet?: "ok" | "notFound";
  /** The emulator's clock starts here (ISO instant); default the real clock. */
  now?: string;
  /** Delay on every Graph response. */
  latencyMs?: number;
  /** Language of the join block Exchange writes into events (the organizer's mailbox language). */
  mailboxLanguage?: string;
  faults?: GraphFault[];
}

export const DEFAULT_CALENDAR: CalendarScenario = {
  allowedOnlineMeetingProviders: ["teamsForBusiness"],
  defaultOnlineMeetingProvider: "teamsForBusiness",
};

export const PERSONAL_CALENDAR: CalendarScenario = {
  allowedOnlineMeetingProviders: ["skypeForConsumer"],
  defaultOnlineMeetingProvider: "skypeForConsumer",
};
