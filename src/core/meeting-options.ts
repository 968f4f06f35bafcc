// Teams meeting options as Graph v1.0 defines them on an onlineMeeting: the values each option takes,
// which of them PATCH can change once the meeting exists, the PATCH body for only what changed, and
// reading them from a Graph payload (nothing in it trusted: a bad value reads as unknown, never as a
// default). Pure. Sources (Microsoft Learn, Graph v1.0):
// - Update onlineMeeting, "Request body": the properties PATCH accepts
//   https://learn.microsoft.com/graph/api/onlinemeeting-update
// - onlineMeetingBase resource type: the properties and the enum tables (onlineMeetingPresenters,
//   meetingChatMode, meetingLiveShareOptions, allowedLobbyAdmitterRoles, meetingChatHistoryDefaultMode)
//   https://learn.microsoft.com/graph/api/resources/onlinemeetingbase
// - lobbyBypassSettings resource type: lobbyBypassScope, and which of its members are evolvable
//   https://learn.microsoft.com/graph/api/resources/lobbybypasssettings
// - Evolvable enums: members after the `unknownFutureValue` sentinel are answered as `unknownFutureValue`
//   unless the request says `Prefer: include-unknown-enum-members`
//   https://github.com/microsoft/api-guidelines/blob/vNext/graph/patterns/evolvable-enums.md

/** The header that opts into evolvable enum members (and, for a PATCH, allows sending them). */
export const INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

/** lobbyBypassScope in the documented order; members after the sentinel are evolvable. */
export const LOBBY_BYPASS_SCOPES = [
  "organizer",
  "organization",
  "organizationAndFederated",
  "everyone",
  "invited",
  "organizationExcludingGuests",
] as const;
export type LobbyBypassScope = (typeof LOBBY_BYPASS_SCOPES)[number];

/**
 * The lobbyBypassScope members only a request with `Prefer: include-unknown-enum-members` gets (and,
 * as the emulator assumes, may send): the lobbyBypassSettings page names exactly these two.
 */
export const EVOLVABLE_LOBBY_BYPASS_SCOPES: ReadonlySet<LobbyBypassScope> = new Set([
  "invited",
  "organizationExcludingGuests",
]);

/**
 * onlineMeetingPresenters: all four come before `unknownFutureValue`, so none needs the Prefer header
 * (`roleIsPresenter` included).
 */
export const PRESENTERS = ["everyone", "organization", "roleIsPresenter", "organizer"] as const;
export type Presenters = (typeof PRESENTERS)[number];

export const CHAT_MODES = ["enabled", "disabled", "limited"] as const;
export type ChatMode = (typeof CHAT_MODES)[number];

export const LIVE_SHARE_OPTIONS = ["enabled", "disabled"] as const;
export type LiveShareOption = (typeof LIVE_SHARE_OPTIONS)[number];

export const LOBBY_ADMITTERS = ["organizerAndCoOrganizersAndPresenters", "organizerAndCoOrganizers"] as const;
export type LobbyAdmitters = (typeof LOBBY_ADMITTERS)[number];

export const CHAT_HISTORY_DEFAULTS = ["all", "none"] as const;
export type ChatHistoryDefault = (typeof CHAT_HISTORY_DEFAULTS)[number];

export interface LobbyBypass {
  scope?: LobbyBypassScope;
  isDialInBypassEnabled?: boolean;
}

/** Every option, as Graph names it; absent: not known (not sent, or a value we don't understand). */
export interface MeetingOptions {
  lobbyBypassSettings?: LobbyBypass;
  allowedPresenters?: Presenters;
  allowMeetingChat?: ChatMode;
  allowAttendeeToEnableMic?: boolean;
  allowAttendeeToEnableCamera?: boolean;
  recordAutomatically?: boolean;
  isEntryExitAnnounced?: boolean;
  allowTeamworkReactions?: boolean;
  allowBreakoutRooms?: boolean;
  allowCopyingAndSharingMeetingContent?: boolean;
  allowPowerPointSharing?: boolean;
  allowRecording?: boolean;
  allowTranscription?: boolean;
  allowWhiteboard?: boolean;
  allowLiveShare?: LiveShareOption;
  allowedLobbyAdmitters?: LobbyAdmitters;
  /** Read only after creation: not in the Update onlineMeeting request body table. */
  allowParticipantsToChangeName?: boolean;
  /** Read only after creation: not in the Update onlineMeeting request body table. */
  shareMeetingChatHistoryDefault?: ChatHistoryDefault;
}

export type OptionName = keyof MeetingOptions;

/** A meeting as the options need it: who organizes it, and its options as Graph answered them. */
export interface MeetingWithOptions {
  meetingId: string;
  joinWebUrl: string;
  /** The organizer's user principal name, when Graph gave one. */
  organizerUpn?: string;
  /** The organizer's directory id, when Graph gave one. */
  organizerId?: string;
  options: MeetingOptions;
}
type FlatOptionName = Exclude<OptionName, "lobbyBypassSettings">;

const BOOLEAN = "boolean" as const;
/** The flat options: a boolean or one of the enum's values (without the sentinel). */
const FLAT_OPTIONS: Record<FlatOptionName, typeof BOOLEAN | readonly string[]> = {
  allowedPresenters: PRESENTERS,
  allowMeetingChat: CHAT_MODES,
  allowAttendeeToEnableMic: BOOLEAN,
  allowAttendeeToEnableCamera: BOOLEAN,
  recordAutomatically: BOOLEAN,
  isEntryExitAnnounced: BOOLEAN,
  allowTeamworkReactions: BOOLEAN,
  allowBreakoutRooms: BOOLEAN,
  allowCopyingAndSharingMeetingContent: BOOLEAN,
  allowPowerPointSharing: BOOLEAN,
  allowRecording: BOOLEAN,
  allowTranscription: BOOLEAN,
  allowWhiteboard: BOOLEAN,
  allowLiveShare: LIVE_SHARE_OPTIONS,
  allowedLobbyAdmitters: LOBBY_ADMITTERS,
  allowParticipantsToChangeName: BOOLEAN,
  shareMeetingChatHistoryDefault: CHAT_HISTORY_DEFAULTS,
};

/** The options Update onlineMeeting (v1.0, "Request body") lists: what a PATCH may change. */
export const CHANGEABLE_OPTIONS: ReadonlySet<OptionName> = new Set<OptionName>([
  "lobbyBypassSettings",
  "allowedPresenters",
  "allowMeetingChat",
  "allowAttendeeToEnableMic",
  "allowAttendeeToEnableCamera",
  "recordAutomatically",
  "isEntryExitAnnounced",
  "allowTeamworkReactions",
  "allowBreakoutRooms",
  "allowCopyingAndSharingMeetingContent",
  "allowPowerPointSharing",
  "allowRecording",
  "allowTranscription",
  "allowWhiteboard",
  "allowLiveShare",
  "allowedLobbyAdmitters",
]);

export const ALL_OPTIONS: readonly OptionName[] = ["lobbyBypassSettings", ...keysOf(FLAT_OPTIONS)];

function keysOf<T extends object>(o: T): (keyof T)[] {
  return Object.keys(o) as (keyof T)[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Whether `value` is one of `list` (anything else, a non-string too, is not). */
function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

function validFlat(name: FlatOptionName, value: unknown): boolean {
  const rule = FLAT_OPTIONS[name];
  return rule === BOOLEAN ? typeof value === "boolean" : isOneOf(rule, value);
}

function parseLobby(value: unknown): LobbyBypass | undefined {
  if (!isRecord(value)) return undefined;
  const out: LobbyBypass = {};
  const scope = value.scope;
  if (isOneOf(LOBBY_BYPASS_SCOPES, scope)) out.scope = scope;
  if (typeof value.isDialInBypassEnabled === "boolean")
    out.isDialInBypassEnabled = value.isDialInBypassEnabled;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The options in a Graph onlineMeeting payload. Anything malformed, or `unknownFutureValue` (a value
 * this request couldn't see), is left out: unknown, never guessed.
 */
export function parseMeetingOptions(json: unknown): MeetingOptions {
  if (!isRecord(json)) return {};
  const out: Record<string, unknown> = {};
  const lobby = parseLobby(json.lobbyBypassSettings);
  if (lobby) out.lobbyBypassSettings = lobby;
  for (const name of keysOf(FLAT_OPTIONS)) {
    if (validFlat(name, json[name])) out[name] = json[name];
  }
  return out;
}

export type OptionRefusal =
  | { option: OptionName; reason: "notChangeable" }
  | { option: OptionName; reason: "invalidValue" }
  /** `roleIsPresenter` needs the full attendee list with roles in the same PATCH (Update onlineMeeting). */
  | { option: "allowedPresenters"; reason: "needsAttendeeRoles" };

export interface OptionsPatch {
  /** The PATCH body: only the options that change; `{}` when nothing does. */
  body: Partial<MeetingOptions>;
  /** The body sends an evolvable member: the request needs `Prefer: include-unknown-enum-members`. */
  needsUnknownEnumMembers: boolean;
  /** Asked-for changes left out of the body, and why. */
  refused: OptionRefusal[];
}

/**
 * The PATCH for going from `current` to `wanted`: only changeable options whose wanted value is valid
 * and differs from the current one (an unknown current value counts as different). In
 * lobbyBypassSettings only the changed member is sent, as Graph's own example sends only
 * isDialInBypassEnabled.
 */
export function planOptionsPatch(current: MeetingOptions, wanted: Partial<MeetingOptions>): OptionsPatch {
  const body: Record<string, unknown> = {};
  const refused: OptionRefusal[] = [];
  let needsUnknownEnumMembers = false;
  for (const name of keysOf(wanted)) {
    const value: unknown = wanted[name];
    if (value === undefined) continue;
    if (!(ALL_OPTIONS as readonly string[]).includes(name)) continue;
    if (!CHANGEABLE_OPTIONS.has(name)) {
      refused.push({ option: name, reason: "notChangeable" });
      continue;
    }
    if (name === "lobbyBypassSettings") {
      const lobby = lobbyChange(current.lobbyBypassSettings ?? {}, value);
      if (lobby === "invalid") refused.push({ option: name, reason: "invalidValue" });
      else if (lobby) {
        body.lobbyBypassSettings = lobby;
        if (lobby.scope && EVOLVABLE_LOBBY_BYPASS_SCOPES.has(lobby.scope)) needsUnknownEnumMembers = true;
      }
      continue;
    }
    if (!validFlat(name, value)) {
      refused.push({ option: name, reason: "invalidValue" });
      continue;
    }
    // Only allowedPresenters has this value (PRESENTERS), and validFlat has checked it.
    if (value === "roleIsPresenter") {
      refused.push({ option: "allowedPresenters", reason: "needsAttendeeRoles" });
      continue;
    }
    if (current[name] !== value) body[name] = value;
  }
  return { body: body, needsUnknownEnumMembers, refused };
}

function lobbyChange(current: LobbyBypass, wanted: unknown): LobbyBypass | "invalid" | undefined {
  if (!isRecord(wanted)) return "invalid";
  const out: LobbyBypass = {};
  if (wanted.scope !== undefined) {
    const scope = wanted.scope;
    if (!isOneOf(LOBBY_BYPASS_SCOPES, scope)) return "invalid";
    if (scope !== current.scope) out.scope = scope;
  }
  if (wanted.isDialInBypassEnabled !== undefined) {
    if (typeof wanted.isDialInBypassEnabled !== "boolean") return "invalid";
    if (wanted.isDialInBypassEnabled !== current.isDialInBypassEnabled)
      out.isDialInBypassEnabled = wanted.isDialInBypassEnabled;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Whether the options read back carry every change the PATCH body asked for. */
export function optionsApplied(readBack: MeetingOptions, body: Partial<MeetingOptions>): boolean {
  for (const name of keysOf(body)) {
    if (name === "lobbyBypassSettings") {
      const sent = body.lobbyBypassSettings ?? {};
      const got = readBack.lobbyBypassSettings ?? {};
      if (sent.scope !== undefined && got.scope !== sent.scope) return false;
      if (
        sent.isDialInBypassEnabled !== undefined &&
        got.isDialInBypassEnabled !== sent.isDialInBypassEnabled
      )
        return false;
    } else if (readBack[name] !== body[name]) return false;
  }
  return true;
}
