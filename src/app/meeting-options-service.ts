// The Teams meeting options of the open appointment's meeting, before the invitation goes out: find the
// meeting (standalone route: the onlineMeeting id we stored; calendar route: the event's join URL, by
// Graph's JoinWebUrl filter), only for its organizer; change only what changed, then read the meeting
// back, since a 200 doesn't prove an option took (https://techcommunity.microsoft.com/tag/MeetingChatMode:
// allowMeetingChat answered 200 and kept its old value). Saved as the organizer's defaults, the options
// go to roaming settings beside the other settings (applied to new meetings: apply-defaults.ts). The
// values and rules: src/core/meeting-options.ts, src/core/option-defaults.ts; docs/meeting-options.md.
import {
  optionsApplied,
  planOptionsPatch,
  type MeetingOptions,
  type MeetingWithOptions,
  type OptionName,
  type OptionRefusal,
} from "../core/meeting-options";
import { toOptionDefaults, type OptionDefaults } from "../core/option-defaults";
import type { UserSettings } from "../core/types";
import type { SettingsPort } from "../ports/settings";
import { isOrganizer } from "./meeting-record";
import type { MeetingDeps } from "./operations";

export type OptionsRead =
  /** The item has no online meeting of ours (yet). */
  | { kind: "none" }
  /** Someone else organizes it (a delegate, an owner's calendar route): Graph lets only them change it. */
  | { kind: "notOrganizer"; organizer: string | undefined }
  /** The calendar route's join URL finds no meeting (not synced yet, or deleted in Teams). */
  | { kind: "notFound" }
  | { kind: "ready"; meeting: MeetingWithOptions };

export type OptionsChange =
  | Exclude<OptionsRead, { kind: "ready" }>
  /** Nothing asked for differs from what the meeting has: no PATCH was sent. */
  | { kind: "unchanged"; meeting: MeetingWithOptions; refused: OptionRefusal[] }
  | {
      kind: "changed";
      /** The meeting as read back after the PATCH. */
      meeting: MeetingWithOptions;
      refused: OptionRefusal[];
      /** Options the PATCH sent that the read-back doesn't carry. */
      notApplied: OptionName[];
    };

export class MeetingOptionsService {
  constructor(
    private readonly deps: Pick<MeetingDeps, "appointment" | "graph" | "env"> & { settings?: SettingsPort },
  ) {}

  /** The current meeting's options, for its organizer. */
  async read(): Promise<OptionsRead> {
    const stored = await this.deps.appointment.loadStoredMeeting();
    if (!stored) return { kind: "none" };
    const me = this.deps.env.userAddress?.();
    if (!isOrganizer(stored, me)) return { kind: "notOrganizer", organizer: stored.organizer };
    let meeting: MeetingWithOptions | null;
    if (stored.route === "calendar") {
      if (!stored.joinUrl) return { kind: "none" };
      meeting = await this.deps.graph.findMeetingByJoinUrl(stored.joinUrl);
    } else {
      if (!stored.meetingId) return { kind: "none" };
      meeting = await this.deps.graph.getMeetingOptions(stored.meetingId);
    }
    if (!meeting) return { kind: "notFound" };
    // Graph's word on the organizer settles what the record may not have known.
    if (meeting.organizerUpn && me && meeting.organizerUpn.toLowerCase() !== me.toLowerCase())
      return { kind: "notOrganizer", organizer: meeting.organizerUpn };
    return { kind: "ready", meeting };
  }

  /** Change the options to `wanted`: read fresh, PATCH only the differences, read back. */
  async change(wanted: Partial<MeetingOptions>): Promise<OptionsChange> {
    const current = await this.read();
    if (current.kind !== "ready") return current;
    const plan = planOptionsPatch(current.meeting.options, wanted);
    if (Object.keys(plan.body).length === 0)
      return { kind: "unchanged", meeting: current.meeting, refused: plan.refused };
    const id = current.meeting.meetingId;
    await this.deps.graph.updateMeetingOptions(id, plan.body);
    const readBack = await this.deps.graph.getMeetingOptions(id);
    const notApplied = (Object.keys(plan.body) as OptionName[]).filter(
      (name) => !optionsApplied(readBack.options, { [name]: plan.body[name] }),
    );
    return { kind: "changed", meeting: readBack, refused: plan.refused, notApplied };
  }

  /** The organizer's saved defaults (validated: what roaming settings hold may be anything). */
  async defaults(): Promise<OptionDefaults | undefined> {
    return toOptionDefaults((await this.settingsPort().load()).meetingOptions);
  }

  /**
   * Save the options a meeting holds as the defaults for every new meeting: only the known, valid,
   * defaultable ones (toOptionDefaults). The rest of the settings are read fresh and kept as they are.
   */
  async saveDefaults(options: MeetingOptions): Promise<OptionDefaults | undefined> {
    const defaults = toOptionDefaults(options);
    await this.saveSettings((s) => (defaults ? { ...s, meetingOptions: defaults } : withoutDefaults(s)));
    return defaults;
  }

  /** New meetings get Teams' own options again. */
  async clearDefaults(): Promise<void> {
    await this.saveSettings(withoutDefaults);
  }

  private async saveSettings(next: (s: UserSettings) => UserSettings): Promise<void> {
    const port = this.settingsPort();
    await port.save(next(await port.load()));
  }

  private settingsPort(): SettingsPort {
    if (!this.deps.settings) throw new Error("MeetingOptionsService: no settings port");
    return this.deps.settings;
  }
}

function withoutDefaults(settings: UserSettings): UserSettings {
  const rest = { ...settings };
  delete rest.meetingOptions;
  return rest;
}
