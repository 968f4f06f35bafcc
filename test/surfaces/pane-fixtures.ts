// Panes in given states for the model tests, and their sentences read in English.
import type { CalendarProviders, MeetingState, UserSettings } from "../../src/core/types";
import { joinLanguageOptions, translator } from "../../src/i18n";
import { translateMessage, type Label } from "../../src/surfaces/shared/messages";
import { describePane, type PaneModel } from "../../src/surfaces/taskpane/pane-model";
import {
  followMeetingLanguage,
  initialPaneState,
  withProviders,
  withSettings,
  type PaneState,
} from "../../src/surfaces/taskpane/pane-state";

const english = translator("en-US");

/** What a sentence (or several, shown one after the other) says in English; "" for none. */
export const read = (text: Label | Label[] | null | undefined): string =>
  text === null || text === undefined
    ? ""
    : Array.isArray(text)
      ? text.map((sentence) => translateMessage(english, sentence)).join(" ")
      : translateMessage(english, text);

export const TEAMS_ONLY: CalendarProviders = {
  allowed: ["teamsForBusiness"],
  defaultProvider: "teamsForBusiness",
};
export const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0";
export const OURS: Extract<MeetingState, { kind: "ours" }> = {
  kind: "ours",
  route: "standalone",
  joinUrl: JOIN,
  language: "en-US",
  organizer: "megan.bowen@contoso.com",
};
export const LANGUAGES = joinLanguageOptions("en-US", "en-US");

/** A pane that has read everything: settings, the meeting and the calendar. */
export function opened(
  meeting: MeetingState,
  providers: CalendarProviders | null = TEAMS_ONLY,
  settings: UserSettings = { route: "auto" },
): PaneState {
  const withMeeting = { ...withSettings(initialPaneState(), settings, LANGUAGES, "en-US"), meeting };
  return followMeetingLanguage(withProviders(withMeeting, providers));
}

export const show = (state: PaneState, uiLocale = "en-US"): PaneModel => describePane(state, { uiLocale });
