// What the "Meeting options" section shows, as plain data: describeMeetingOptions(state) decides
// whether the section is there, the message in it and the controls with the values the server holds.
// Pure (no DOM, no catalog): the transitions below are the state's only changes,
// meeting-options-view.ts does the calls and parts/meeting-options-section.ts renders the model;
// test/surfaces/meeting-options-model.test.ts holds it to what organizers rely on. The values and
// their meanings: src/core/meeting-options.ts, docs/meeting-options.md.
import { CHAT_MODES, LOBBY_BYPASS_SCOPES, PRESENTERS, type MeetingOptions } from "../../core/meeting-options";
import type { MessageKey } from "../../i18n";
import type { OptionsChange, OptionsRead } from "../../app/meeting-options-service";

export interface OptionsState {
  /** The appointment holds our meeting (either route): only then is there a section. */
  meetingExists: boolean;
  /** What the last read (or read-back) found. */
  phase: "idle" | "loading" | "ready" | "notOrganizer" | "notFound";
  /** The options as the server last answered them. */
  options: MeetingOptions | null;
  /** A change is under way. */
  working: boolean;
  /** What went wrong last: nothing, a failed read or change, or options the read-back doesn't carry. */
  problem: "failed" | "notApplied" | null;
  /** The pane can save defaults (it has the organizer's settings). */
  defaultsOffered: boolean;
  /** The organizer has saved defaults; null: not known yet. */
  hasDefaults: boolean | null;
  /** Saving or clearing the defaults is under way. */
  defaultsWorking: boolean;
  /** What the last save or clear did. */
  defaultsNote: "saved" | "cleared" | "failed" | null;
}

export const initialOptionsState = (defaultsOffered = false): OptionsState => ({
  meetingExists: false,
  phase: "idle",
  options: null,
  working: false,
  problem: null,
  defaultsOffered,
  hasDefaults: null,
  defaultsWorking: false,
  defaultsNote: null,
});

export interface ChoiceModel {
  value: string;
  label: MessageKey;
  /** Shown (when the server holds it) but not offered: PATCH can't set it on its own. */
  disabled: boolean;
}

export interface SelectModel {
  /** The server's value; "" when it is unknown. */
  value: string;
  choices: ChoiceModel[];
}

export interface OptionsControlsModel {
  lobby: SelectModel;
  /** null: the server didn't say (the checkbox shows unchecked and mixed). */
  dialIn: boolean | null;
  presenters: SelectModel;
  chat: SelectModel;
  mic: boolean | null;
  camera: boolean | null;
  record: boolean | null;
  announce: boolean | null;
}

/** "Save as my defaults" and "Clear my defaults", with what the last of them did. */
export interface DefaultsModel {
  busy: boolean;
  /** Clear is offered only when there are defaults to clear. */
  canClear: boolean;
  note: MessageKey | null;
  /** The note is a problem (shown as an alert). */
  alert: boolean;
}

export interface MeetingOptionsModel {
  /** null: no defaults controls (no controls at all, or a pane without the organizer's settings). */
  defaults: DefaultsModel | null;
  visible: boolean;
  busy: boolean;
  /** A sentence instead of, or above, the controls. */
  message: MessageKey | null;
  /** The message is a problem (shown as an alert). */
  alert: boolean;
  /** null: no controls (loading, not the organizer, not found). */
  controls: OptionsControlsModel | null;
}

const LOBBY_LABEL: Record<(typeof LOBBY_BYPASS_SCOPES)[number], MessageKey> = {
  organizer: "options.who.organizer",
  organization: "options.who.organization",
  organizationAndFederated: "options.who.federated",
  everyone: "options.who.everyone",
  invited: "options.who.invited",
  organizationExcludingGuests: "options.who.noGuests",
};

const PRESENTER_LABEL: Record<(typeof PRESENTERS)[number], MessageKey> = {
  everyone: "options.who.everyone",
  organization: "options.who.organization",
  roleIsPresenter: "options.who.chosen",
  organizer: "options.who.organizer",
};

const CHAT_LABEL: Record<(typeof CHAT_MODES)[number], MessageKey> = {
  enabled: "options.chat.enabled",
  disabled: "options.chat.disabled",
  limited: "options.chat.limited",
};

function select(
  values: readonly string[],
  labels: Record<string, MessageKey>,
  value: string | undefined,
  notOffered: readonly string[] = [],
): SelectModel {
  return {
    value: value ?? "",
    choices: values
      .filter((v) => !notOffered.includes(v) || v === value)
      .map((v) => ({ value: v, label: labels[v]!, disabled: notOffered.includes(v) })),
  };
}

function controlsOf(options: MeetingOptions): OptionsControlsModel {
  const lobby = options.lobbyBypassSettings ?? {};
  return {
    lobby: select(LOBBY_BYPASS_SCOPES, LOBBY_LABEL, lobby.scope),
    dialIn: lobby.isDialInBypassEnabled ?? null,
    // roleIsPresenter needs the attendees' roles in the same PATCH (planOptionsPatch refuses it).
    presenters: select(PRESENTERS, PRESENTER_LABEL, options.allowedPresenters, ["roleIsPresenter"]),
    chat: select(CHAT_MODES, CHAT_LABEL, options.allowMeetingChat),
    mic: options.allowAttendeeToEnableMic ?? null,
    camera: options.allowAttendeeToEnableCamera ?? null,
    record: options.recordAutomatically ?? null,
    announce: options.isEntryExitAnnounced ?? null,
  };
}

const PROBLEM: Record<NonNullable<OptionsState["problem"]>, MessageKey> = {
  failed: "options.failed",
  notApplied: "options.notApplied",
};

const DEFAULTS_NOTE: Record<NonNullable<OptionsState["defaultsNote"]>, MessageKey> = {
  saved: "options.defaults.saved",
  cleared: "options.defaults.cleared",
  failed: "options.defaults.failed",
};

function defaultsOf(state: OptionsState): DefaultsModel | null {
  if (!state.defaultsOffered) return null;
  const note = state.defaultsNote
    ? DEFAULTS_NOTE[state.defaultsNote]
    : state.hasDefaults
      ? "options.defaults.active"
      : null;
  return {
    busy: state.defaultsWorking,
    canClear: state.hasDefaults === true,
    note,
    alert: state.defaultsNote === "failed",
  };
}

export function describeMeetingOptions(state: OptionsState): MeetingOptionsModel {
  const hidden = { visible: false, busy: false, message: null, alert: false, controls: null, defaults: null };
  if (!state.meetingExists) return hidden;
  const problem = state.problem ? PROBLEM[state.problem] : null;
  const shown = { ...hidden, visible: true, busy: state.working || state.phase === "loading" };
  if (state.phase === "notOrganizer") return { ...shown, message: "options.notOrganizer" };
  if (state.phase === "notFound") return { ...shown, message: "options.notFound" };
  if (!state.options) {
    if (problem) return { ...shown, message: problem, alert: true };
    return { ...shown, message: state.phase === "loading" ? "options.loading" : null };
  }
  return {
    ...shown,
    message: problem,
    alert: problem !== null,
    controls: controlsOf(state.options),
    defaults: defaultsOf(state),
  };
}

/** The pane's news: whether the appointment holds our meeting. A new (or gone) meeting starts afresh. */
export function withMeetingExists(state: OptionsState, exists: boolean): OptionsState {
  if (exists === state.meetingExists) return state;
  // The organizer's defaults are theirs, not the meeting's: known still.
  const { defaultsOffered, hasDefaults } = state;
  return { ...initialOptionsState(defaultsOffered), hasDefaults, meetingExists: exists };
}

export function readStarted(state: OptionsState): OptionsState {
  return { ...state, phase: "loading", problem: null };
}

/** What a read found: the server's values, or why there are none. */
export function withRead(state: OptionsState, read: OptionsRead): OptionsState {
  if (read.kind === "none")
    return { ...initialOptionsState(state.defaultsOffered), hasDefaults: state.hasDefaults };
  if (read.kind === "ready")
    return { ...state, phase: "ready", options: read.meeting.options, problem: null };
  return { ...state, phase: read.kind, options: null, problem: null };
}

export function changeStarted(state: OptionsState): OptionsState {
  return { ...state, working: true, problem: null };
}

/** A change's result: the read-back's values; what it didn't apply (or refused) is a problem. */
export function withChange(state: OptionsState, result: OptionsChange): OptionsState {
  const done = { ...state, working: false };
  if (result.kind !== "changed" && result.kind !== "unchanged") return withRead(done, result);
  const missed = result.refused.length > 0 || (result.kind === "changed" && result.notApplied.length > 0);
  return { ...done, phase: "ready", options: result.meeting.options, problem: missed ? "notApplied" : null };
}

/** A read or a change failed: the previous values stay. */
export function withFailure(state: OptionsState): OptionsState {
  return { ...state, working: false, phase: state.options ? "ready" : "idle", problem: "failed" };
}

/** Whether the organizer has saved defaults (read from their settings). */
export function withDefaultsKnown(state: OptionsState, hasDefaults: boolean): OptionsState {
  return { ...state, hasDefaults };
}

export function defaultsStarted(state: OptionsState): OptionsState {
  return { ...state, defaultsWorking: true, defaultsNote: null };
}

/** Saved (the meeting's options are the defaults now) or cleared (there are none). */
export function withDefaultsDone(state: OptionsState, saved: boolean): OptionsState {
  return { ...state, defaultsWorking: false, hasDefaults: saved, defaultsNote: saved ? "saved" : "cleared" };
}

/** Saving or clearing failed: the defaults are as they were. */
export function withDefaultsFailure(state: OptionsState): OptionsState {
  return { ...state, defaultsWorking: false, defaultsNote: "failed" };
}
