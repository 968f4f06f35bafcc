// A meeting's Teams options as Graph v1.0 keeps them, written independently of src/core (the emulator
// checks the client, it doesn't share its logic): the defaults a new meeting gets, the answer with
// evolvable enum members hidden unless asked for, and a PATCH checked as Graph checks it. README.md
// rules O1–O7.
import { GraphHttpError } from "./http";

export type OptionValues = Record<string, unknown>;

/**
 * A new meeting's options. lobbyBypassSettings, isEntryExitAnnounced, allowedPresenters,
 * allowMeetingChat and allowTeamworkReactions as Graph docs' Get onlineMeeting examples answer them;
 * the others **assumed** (Teams' usual defaults).
 */
export function defaultOptions(): OptionValues {
  return {
    lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
    allowedPresenters: "everyone",
    allowMeetingChat: "enabled",
    allowAttendeeToEnableMic: true,
    allowAttendeeToEnableCamera: true,
    recordAutomatically: false,
    isEntryExitAnnounced: true,
    allowTeamworkReactions: true,
    allowBreakoutRooms: true,
    allowCopyingAndSharingMeetingContent: true,
    allowPowerPointSharing: true,
    allowRecording: true,
    allowTranscription: true,
    allowWhiteboard: true,
    allowLiveShare: "enabled",
    allowedLobbyAdmitters: "organizerAndCoOrganizersAndPresenters",
    allowParticipantsToChangeName: false,
    shareMeetingChatHistoryDefault: "all",
  };
}

/** Every option a meeting carries, by name (what createOrGet may be sent, README.md O8). */
export const OPTION_NAMES: ReadonlySet<string> = new Set(Object.keys(defaultOptions()));

/** The option properties of a request body, and nothing else. */
export function optionsIn(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => OPTION_NAMES.has(key)));
}

const BOOL = "Boolean";
/** Update onlineMeeting's request body table (v1.0): the options a PATCH may set, and their types. */
const PATCHABLE: Record<string, typeof BOOL | readonly string[]> = {
  allowAttendeeToEnableCamera: BOOL,
  allowAttendeeToEnableMic: BOOL,
  allowBreakoutRooms: BOOL,
  allowCopyingAndSharingMeetingContent: BOOL,
  allowedLobbyAdmitters: ["organizerAndCoOrganizersAndPresenters", "organizerAndCoOrganizers"],
  allowedPresenters: ["everyone", "organization", "roleIsPresenter", "organizer"],
  allowLiveShare: ["enabled", "disabled"],
  allowMeetingChat: ["enabled", "disabled", "limited"],
  allowPowerPointSharing: BOOL,
  allowRecording: BOOL,
  allowTeamworkReactions: BOOL,
  allowTranscription: BOOL,
  allowWhiteboard: BOOL,
  isEntryExitAnnounced: BOOL,
  recordAutomatically: BOOL,
};
/** Also in that table, handled by online-meetings.ts: times, subject, attendees. */
export const PATCHABLE_OTHER = new Set(["subject", "startDateTime", "endDateTime", "participants"]);

/** lobbyBypassScope: the first four before the sentinel, then the evolvable ones (lobbyBypassSettings page). */
const LOBBY_SCOPES = ["organizer", "organization", "organizationAndFederated", "everyone"];
const EVOLVABLE_LOBBY_SCOPES = ["invited", "organizationExcludingGuests"];

const badRequest = (message: string) => new GraphHttpError(400, "BadRequest", message);

/** The options as an answer: an evolvable member becomes `unknownFutureValue` unless the request opted in. */
export function optionsJson(options: OptionValues, includeUnknownEnumMembers: boolean): OptionValues {
  const lobby = options.lobbyBypassSettings as { scope: string; isDialInBypassEnabled: boolean };
  const hidden = !includeUnknownEnumMembers && EVOLVABLE_LOBBY_SCOPES.includes(lobby.scope);
  return {
    ...options,
    lobbyBypassSettings: { ...lobby, scope: hidden ? "unknownFutureValue" : lobby.scope },
  };
}

/**
 * Checks the option properties of a PATCH body and returns the options after it; nothing is applied
 * when anything is refused. Every other property is the caller's (PATCHABLE_OTHER) or refused here.
 */
export function patchedOptions(
  current: OptionValues,
  body: Record<string, unknown>,
  includeUnknownEnumMembers: boolean,
): OptionValues {
  const next: OptionValues = { ...current };
  for (const [key, value] of Object.entries(body)) {
    if (PATCHABLE_OTHER.has(key) || key.startsWith("@odata.")) continue;
    if (key === "lobbyBypassSettings") {
      next.lobbyBypassSettings = patchedLobby(current.lobbyBypassSettings, value, includeUnknownEnumMembers);
      continue;
    }
    const rule = PATCHABLE[key];
    if (!rule) {
      throw badRequest(
        key in current
          ? `Property '${key}' can't be updated after the meeting is created.`
          : `Property '${key}' is read-only or doesn't exist on onlineMeeting.`,
      );
    }
    if (rule === BOOL ? typeof value !== "boolean" : typeof value !== "string" || !rule.includes(value)) {
      throw badRequest(`Invalid value for '${key}'.`);
    }
    next[key] = value;
  }
  return next;
}

function patchedLobby(current: unknown, value: unknown, includeUnknownEnumMembers: boolean): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw badRequest("Invalid value for 'lobbyBypassSettings'.");
  const out = { ...(current as Record<string, unknown>) };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "isDialInBypassEnabled") {
      if (typeof v !== "boolean")
        throw badRequest("Invalid value for 'lobbyBypassSettings/isDialInBypassEnabled'.");
      out[key] = v;
    } else if (key === "scope") {
      const evolvable = typeof v === "string" && EVOLVABLE_LOBBY_SCOPES.includes(v);
      if (typeof v !== "string" || (!LOBBY_SCOPES.includes(v) && !evolvable))
        throw badRequest("Invalid value for 'lobbyBypassSettings/scope'.");
      // An evolvable member without the opt-in (README.md O4, assumed: refused, not coerced).
      if (evolvable && !includeUnknownEnumMembers)
        throw badRequest(
          `The value '${v}' of 'lobbyBypassSettings/scope' needs the header 'Prefer: include-unknown-enum-members'.`,
        );
      out[key] = v;
    } else if (!key.startsWith("@odata.")) {
      throw badRequest(`Property 'lobbyBypassSettings/${key}' doesn't exist.`);
    }
  }
  return out;
}

/** Whether a Prefer header carries `include-unknown-enum-members`. */
export function prefersUnknownEnumMembers(prefer: string | undefined): boolean {
  return (prefer ?? "").split(",").some((p) => p.trim().toLowerCase() === "include-unknown-enum-members");
}

/**
 * The join URL of `$filter=JoinWebUrl eq '…'` (the query already percent-decoded once, as Graph docs
 * require the URL to be encoded); OData doubles a quote inside a string. Undefined: another filter.
 */
export function joinWebUrlFilter(filter: string): string | undefined {
  const m = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  return m ? m[1]!.replace(/''/g, "'") : undefined;
}
