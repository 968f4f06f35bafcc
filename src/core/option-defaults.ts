// The organizer's default meeting options: which options a default may hold, reading them back from
// roaming settings (JSON another client may have written: nothing trusted), what goes into the request
// that creates a meeting, and the one PATCH that follows when the new meeting doesn't hold them yet.
// Pure. The values and the PATCH rules: ./meeting-options.ts; the flow: docs/meeting-options.md.
import {
  parseMeetingOptions,
  planOptionsPatch,
  optionsApplied,
  type MeetingOptions,
  type OptionName,
} from "./meeting-options";

/** The options a default may hold: those the pane offers, each one a PATCH can set on its own. */
export const DEFAULTABLE_OPTIONS = [
  "lobbyBypassSettings",
  "allowedPresenters",
  "allowMeetingChat",
  "allowAttendeeToEnableMic",
  "allowAttendeeToEnableCamera",
  "recordAutomatically",
  "isEntryExitAnnounced",
] as const satisfies readonly OptionName[];

export type OptionDefaults = Partial<Pick<MeetingOptions, (typeof DEFAULTABLE_OPTIONS)[number]>>;

/**
 * Defaults from anything: a stored value (roaming settings) or the options a meeting holds now
 * ("Save as my defaults"). Only the defaultable options with a value Graph defines are kept; a
 * malformed or unknown value is dropped, never guessed. `roleIsPresenter` is dropped too: it needs
 * the meeting's own attendee list (planOptionsPatch refuses it). Nothing left: undefined.
 */
export function toOptionDefaults(value: unknown): OptionDefaults | undefined {
  const parsed = parseMeetingOptions(value);
  const out: Record<string, unknown> = {};
  for (const name of DEFAULTABLE_OPTIONS) {
    if (parsed[name] === undefined) continue;
    // Only allowedPresenters takes this value.
    if (parsed[name] === "roleIsPresenter") continue;
    out[name] = parsed[name];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** What the defaults ask a new meeting to change, and what it takes (planOptionsPatch's body). */
export interface DefaultsPlan {
  /** Only the defaults the meeting doesn't hold yet; `{}`: nothing to send. */
  body: Partial<MeetingOptions>;
  needsUnknownEnumMembers: boolean;
}

/**
 * The PATCH that brings a just-created meeting to the defaults: only those that differ from what the
 * server answered (the creating request may have applied some, all or none of them).
 */
export function defaultsPatch(created: MeetingOptions, defaults: OptionDefaults): DefaultsPlan {
  const plan = planOptionsPatch(created, defaults);
  return { body: plan.body, needsUnknownEnumMembers: plan.needsUnknownEnumMembers };
}

/** The options of `sent` the read-back doesn't hold (a 200 doesn't prove an option took). */
export function missedOptions(readBack: MeetingOptions, sent: Partial<MeetingOptions>): OptionName[] {
  return (Object.keys(sent) as OptionName[]).filter(
    (name) => !optionsApplied(readBack, { [name]: sent[name] }),
  );
}
