// The pane's memory between clicks (pane-state.ts): what an add asks for, when the calendar route asks
// first, what an answer and a changed setting keep. Pure: no DOM, no Office.js.
import type { CalendarRouteInfo } from "../../src/app/meeting-service";
import type { MeetingState } from "../../src/core/types";
import { joinLanguageOptions } from "../../src/i18n";
import {
  addRequest,
  answered,
  followMeetingLanguage,
  initialPaneState,
  languageChangeWanted,
  needsConfirmation,
  withProviders,
  withSettings,
  withSettingsChange,
  type PaneState,
} from "../../src/surfaces/taskpane/pane-state";

const LANGUAGES = joinLanguageOptions("en-US", "en-US");
const OURS: MeetingState = { kind: "ours", route: "standalone", language: "en-US" };
const ASK: CalendarRouteInfo = { provider: "teamsForBusiness", needsSave: true, wholeSeries: false };

function opened(meeting: MeetingState = { kind: "none" }): PaneState {
  const read = { ...withSettings(initialPaneState(), { route: "auto" }, LANGUAGES, "en-US"), meeting };
  return withProviders(read, { allowed: ["teamsForBusiness"], defaultProvider: "teamsForBusiness" });
}

test("the switch adds by the checked route: the calendar route with its provider", () => {
  expect(addRequest(opened(), false)).toEqual({
    route: "calendar",
    provider: "teamsForBusiness",
    force: false,
  });
});

test("the standalone route asks for the join text in the language the list shows", () => {
  const state = { ...opened(), checkedRoute: "standalone" as const, joinLanguage: "ja-JP" };
  expect(addRequest(state, true)).toEqual({ route: "standalone", language: "ja-JP", force: true });
});

test("with no language shown, the standalone route leaves the language to the organizer's default", () => {
  const state = { ...opened(), checkedRoute: "standalone" as const, joinLanguage: "" };
  expect(addRequest(state, false)).toEqual({ route: "standalone", language: undefined, force: false });
});

test("before the calendar answers, an add takes the standalone route", () => {
  const state = { ...withSettings(initialPaneState(), { route: "auto" }, LANGUAGES, "en-US"), meeting: OURS };
  expect(addRequest(state, false).route).toBe("standalone");
});

test("the calendar route asks first, every time, until the organizer accepts it", () => {
  expect(needsConfirmation(opened(), ASK)).toBe(true);
});

test("a retry after a failure doesn't ask again for the provider already accepted; another one is asked", () => {
  const accepted = answered({ ...opened(), confirmation: ASK }, true, false).state;
  expect(needsConfirmation(accepted, ASK)).toBe(false);
  expect(needsConfirmation(accepted, { ...ASK, provider: "skypeForBusiness" })).toBe(true);
});

test("cancelling accepts nothing: the next click asks again", () => {
  const cancelled = answered({ ...opened(), confirmation: ASK }, false, true);
  expect(needsConfirmation(cancelled.state, ASK)).toBe(true);
  expect(cancelled.remembered).toBeNull();
  expect(cancelled.state.confirmation).toBeNull();
});

test("Turn on with 'Don't ask me again' is remembered in the settings, and asks no more", () => {
  const answer = answered({ ...opened(), confirmation: ASK }, true, true);
  expect(answer.remembered).toEqual({ route: "auto", calendarRouteConfirmed: true });
  expect(needsConfirmation({ ...answer.state, confirmedProvider: null }, ASK)).toBe(false);
});

test("'Don't ask me again' never turns a whole series online unasked", () => {
  const state = { ...opened(), settings: { route: "auto" as const, calendarRouteConfirmed: true } };
  expect(needsConfirmation(state, { ...ASK, wholeSeries: true })).toBe(true);
});

test("a changed setting keeps what was set elsewhere ('Don't ask me again')", () => {
  const state = { ...opened(), settings: { route: "auto" as const, calendarRouteConfirmed: true } };
  const changed = withSettingsChange(state, { autoAdd: true, route: "standalone", language: "" });
  expect(changed.settings).toEqual({
    route: "standalone",
    autoAdd: true,
    joinLanguage: undefined,
    calendarRouteConfirmed: true,
  });
});

test("picking another language for our standalone meeting changes it; its own language or a running change doesn't", () => {
  expect(languageChangeWanted(opened(OURS), "fr-FR")).toBe(true);
  expect(languageChangeWanted(opened(OURS), "en-us")).toBe(false);
  expect(languageChangeWanted({ ...opened(OURS), working: true }, "fr-FR")).toBe(false);
  expect(languageChangeWanted(opened(), "fr-FR")).toBe(false);
});

test("the list follows our meeting's language once work ends, not while it runs", () => {
  const ours = { ...opened({ ...OURS, language: "fr-FR" }), joinLanguage: "de-DE" };
  expect(followMeetingLanguage({ ...ours, working: true }).joinLanguage).toBe("de-DE");
  expect(followMeetingLanguage(ours).joinLanguage).toBe("fr-FR");
});

test("after a removal the list keeps the language it showed", () => {
  const removed = {
    ...followMeetingLanguage(opened({ ...OURS, language: "fr-FR" })),
    meeting: { kind: "none" as const },
  };
  expect(followMeetingLanguage(removed).joinLanguage).toBe("fr-FR");
});
