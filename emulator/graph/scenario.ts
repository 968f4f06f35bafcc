// What a scenario tells the Graph emulator: the account, the calendars, latency and scripted faults.

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

export interface GraphScenario {
  /** A personal Microsoft account cannot use onlineMeetings (403 AuthenticationError). */
  account?: "work" | "personal";
  user?: { id?: string; displayName?: string; mail?: string; tenantId?: string };
  calendar?: CalendarScenario;
  /** Calendars of other mailboxes the user can act for (delegate/shared), by owner address. */
  sharedCalendars?: Record<string, CalendarScenario>;
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
