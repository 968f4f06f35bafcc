// The organizer's default meeting options on a meeting just made, by either route, with no UI: one
// PATCH with only the defaults the meeting doesn't hold yet, then the meeting read back (a 200
// doesn't prove an option took). Never throws: the meeting and the body are already in place, and a
// failure here is reported beside the added meeting, never instead of it. docs/meeting-options.md.
import { defaultsPatch, missedOptions, type OptionDefaults } from "../core/option-defaults";
import type { MeetingOptions, OptionName } from "../core/meeting-options";
import type { GraphPort } from "../ports/graph";

export type DefaultsOutcome =
  /** The meeting holds every default: from the creating request, or by the one PATCH. */
  | { kind: "applied"; patched: boolean }
  /** The read-back lacks these defaults. */
  | { kind: "notApplied"; options: OptionName[] }
  /** A Graph call failed (or the calendar route's meeting wasn't found): the meeting has Teams' own options. */
  | { kind: "failed" }
  /** Someone else organizes the meeting: the signed-in organizer's defaults aren't theirs to apply. */
  | { kind: "skipped" };

/** Whether the organizer should hear about it (a notification, a sentence in the pane). */
export function defaultsMissed(outcome: DefaultsOutcome | undefined): boolean {
  return outcome?.kind === "failed" || outcome?.kind === "notApplied";
}

/** Bring the meeting `meetingId`, holding `current` now, to the defaults. */
export async function applyDefaults(
  graph: Pick<GraphPort, "updateMeetingOptions" | "getMeetingOptions">,
  meetingId: string,
  current: MeetingOptions,
  defaults: OptionDefaults,
): Promise<DefaultsOutcome> {
  const plan = defaultsPatch(current, defaults);
  if (Object.keys(plan.body).length === 0) return { kind: "applied", patched: false };
  try {
    await graph.updateMeetingOptions(meetingId, plan.body);
    const readBack = await graph.getMeetingOptions(meetingId);
    const missed = missedOptions(readBack.options, plan.body);
    return missed.length > 0 ? { kind: "notApplied", options: missed } : { kind: "applied", patched: true };
  } catch {
    return { kind: "failed" };
  }
}
