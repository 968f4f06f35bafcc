// What the task pane knows and remembers: the meeting, the calendar's providers, the settings, the
// organizer's choices in the pane and the work in progress. Plain data and pure steps from one state to
// the next — no DOM, no Office.js; pane-view.ts holds one of these and renders describePane() of it.
import type { AddRequest, CalendarRouteInfo, ProgressStep } from "../../app/meeting-service";
import type { AppError } from "../../core/errors";
import { sameLanguage } from "../../core/join-language";
import { decideRoute } from "../../core/route";
import type { CalendarProviders, MeetingState, OnlineMeetingProvider, UserSettings } from "../../core/types";
import { calendarRouteConfirmed, DEFAULT_SETTINGS, defaultJoinLanguage } from "../../core/user-settings";

/** A route as the route picker's radio values spell it. */
export type RouteValue = "standalone" | `calendar:${string}`;

/** A join-text language the pane offers (i18n joinLanguageOptions). */
export interface JoinLanguageOption {
  tag: string;
  /** The language's name in the pane's language. */
  name: string;
  /** Outlook's own language, offered first. */
  isDefault: boolean;
}

export interface PaneState {
  /** What the appointment holds; null until it was read. */
  meeting: MeetingState | null;
  /** The calendar's providers; null until they are in, or when they could not be read. */
  providers: CalendarProviders | null;
  /** The providers' answer (or failure) is in: the route choices are shown. */
  routesShown: boolean;
  settings: UserSettings;
  /** The join-text languages; none until the settings are read. */
  languageOptions: readonly JoinLanguageOption[];
  /**
   * The checked route: the preselected one as the choices show (later changes of the default in
   * Settings don't move it), then the organizer's pick. Null until the choices show.
   */
  checkedRoute: RouteValue | null;
  /** The join-text language the pane's list shows: one of the options, or "" when none matches. */
  joinLanguage: string;
  /** The default language the Settings list shows: one of the options, or "". */
  settingsLanguage: string;
  /** An add, a removal or a language change is running. */
  working: boolean;
  progress: ProgressStep | null;
  /** The calendar route waits for the organizer's answer to this. */
  confirmation: CalendarRouteInfo | null;
  /** The provider the organizer accepted the calendar route for in this pane (a retry asks no more). */
  confirmedProvider: OnlineMeetingProvider | null;
  /** `canRetry`: the pane has an action to try again (whether it may is the error's own `retryable`). */
  error: { error: AppError; canRetry: boolean } | null;
  account: { name: string; username: string } | null;
}

export function initialPaneState(): PaneState {
  return {
    meeting: null,
    providers: null,
    routesShown: false,
    settings: { ...DEFAULT_SETTINGS },
    languageOptions: [],
    checkedRoute: null,
    joinLanguage: "",
    settingsLanguage: "",
    working: false,
    progress: null,
    confirmation: null,
    confirmedProvider: null,
    error: null,
    account: null,
  };
}

/** A list shows the option with exactly this value, or none at all (as a <select> does). */
export function shownOption(options: readonly JoinLanguageOption[], wanted: string): string {
  return options.some((option) => option.tag === wanted) ? wanted : "";
}

/** The settings are in: both language lists start at the organizer's default join language. */
export function withSettings(
  state: PaneState,
  settings: UserSettings,
  languageOptions: readonly JoinLanguageOption[],
  displayLanguage: string,
): PaneState {
  const language = shownOption(languageOptions, defaultJoinLanguage(settings, displayLanguage));
  return { ...state, settings, languageOptions, joinLanguage: language, settingsLanguage: language };
}

/** The calendar's answer is in (null: it failed): the route choice starts at the preselected route. */
export function withProviders(state: PaneState, providers: CalendarProviders | null): PaneState {
  const shown = { ...state, providers, routesShown: true };
  return { ...shown, checkedRoute: preselectedRoute(shown) };
}

/**
 * The pane read the appointment: the meeting is in, and a failure to read it (shown with "Try again")
 * is over, so its error box goes.
 */
export function withMeetingRead(state: PaneState, meeting: MeetingState): PaneState {
  return followMeetingLanguage({ ...state, meeting, error: null });
}

/**
 * Our standalone meeting's join text is in some language: the pane's list shows that language, once
 * the meeting is read and whenever work ends (never while the organizer's own change of it runs).
 */
export function followMeetingLanguage(state: PaneState): PaneState {
  const { meeting } = state;
  if (meeting?.kind !== "ours" || meeting.route !== "standalone" || !meeting.language || state.working)
    return state;
  const language = meeting.language;
  const option = state.languageOptions.find((candidate) => sameLanguage(candidate.tag, language));
  return option ? { ...state, joinLanguage: option.tag } : state;
}

/** The route the add-in itself takes (core/route.ts), so the pane preselects what the command does. */
export function preselectedRoute(state: PaneState): RouteValue {
  if (!state.providers) return "standalone";
  const { route, provider } = state.settings;
  const decision = decideRoute(state.providers, { route, provider });
  return decision.route === "calendar" ? `calendar:${decision.provider}` : "standalone";
}

/** The route an add takes: the checked one; standalone before the choices show. */
export function selectedRoute(state: PaneState): RouteValue {
  return state.checkedRoute ?? "standalone";
}

/** What the switch (or "Add anyway", `force`) asks the use-case for. */
export function addRequest(state: PaneState, force: boolean): AddRequest {
  const route = selectedRoute(state);
  if (route.startsWith("calendar:"))
    return { route: "calendar", provider: route.slice("calendar:".length) as OnlineMeetingProvider, force };
  return { route: "standalone", language: state.joinLanguage || undefined, force };
}

/**
 * Whether the calendar route must ask first: not again for the provider already accepted in this pane
 * (a retry after a failure), nor where "Don't ask me again" covers it.
 */
export function needsConfirmation(state: PaneState, info: CalendarRouteInfo): boolean {
  if (state.confirmedProvider === info.provider) return false;
  return !calendarRouteConfirmed(state.settings, info.wholeSeries);
}

/** Picking a language puts our standalone meeting's join text into it, unless it is in it already. */
export function languageChangeWanted(state: PaneState, chosen: string): boolean {
  const { meeting } = state;
  if (meeting?.kind !== "ours" || meeting.route !== "standalone" || state.working) return false;
  return !meeting.language || !sameLanguage(chosen, meeting.language);
}

/** What a Settings control reports: its list's values ("" when the language list shows none). */
export interface SettingsChange {
  autoAdd: boolean;
  route: "auto" | "standalone";
  language: string;
}

/** A Settings control changed: the settings as they now read (what was set elsewhere, kept). */
export function withSettingsChange(state: PaneState, change: SettingsChange): PaneState {
  const settings: UserSettings = {
    ...state.settings,
    autoAdd: change.autoAdd,
    route: change.route,
    joinLanguage: change.language || undefined,
  };
  return { ...state, settings, settingsLanguage: change.language };
}

/**
 * The confirmation is answered. Going on remembers the provider for this pane and, with "Don't ask me
 * again", in the settings, which the caller saves (`remembered`).
 */
export function answered(
  state: PaneState,
  accepted: boolean,
  remember: boolean,
): { state: PaneState; remembered: UserSettings | null } {
  const asked = state.confirmation?.provider;
  const remembered = accepted && remember ? { ...state.settings, calendarRouteConfirmed: true } : null;
  return {
    state: {
      ...state,
      confirmation: null,
      confirmedProvider: accepted && asked ? asked : state.confirmedProvider,
      settings: remembered ?? state.settings,
    },
    remembered,
  };
}
