// Keeping a standalone meeting's subject and times in step with the appointment (the calendar route's
// meeting is the event itself: nothing to keep in step).
import type { MeetingDeps } from "./operations";
import { isOrganizer } from "./meeting-record";
import { meetingTimes } from "./standalone-route";

export class KeepInStep {
  /** The last sync started: the next one waits for it (once settled, waiting for it costs nothing). */
  private syncing: Promise<unknown> = Promise.resolve();

  /** `isBusy`: whether an add or remove is rewriting the record now (a sync then stays out of it). */
  constructor(
    private readonly deps: MeetingDeps,
    private readonly isBusy: () => boolean,
  ) {}

  /** Returns true when the meeting was updated. */
  syncIfChanged(): Promise<boolean> {
    // One at a time: events can fire while a sync is in flight; the next one re-checks afterwards.
    const previous = this.syncing;
    const run = (async () => {
      await previous.catch(() => undefined);
      return this.syncOnce();
    })();
    this.syncing = run;
    return run;
  }

  private async syncOnce(): Promise<boolean> {
    if (this.isBusy()) return false;
    const { appointment, graph, env } = this.deps;
    const stored = await appointment.loadStoredMeeting();
    if (stored?.route !== "standalone" || !stored.meetingId || !isOrganizer(stored, env.userAddress?.()))
      return false;
    const snapshot = await appointment.read();
    const times = meetingTimes(snapshot);
    if (
      stored.syncedSubject === times.subject &&
      stored.syncedStart === times.startDateTime &&
      stored.syncedEnd === times.endDateTime
    ) {
      return false;
    }
    await graph.updateMeeting(stored.meetingId, times);
    // The meeting may have been removed (or replaced) while the update was on its way: its record
    // must not come back. Only the record of the meeting just updated is written, and not while an
    // add or remove is rewriting it.
    const current = await appointment.loadStoredMeeting();
    if (this.isBusy() || current?.route !== "standalone" || current.meetingId !== stored.meetingId)
      return false;
    await appointment.saveStoredMeeting({
      ...current,
      syncedSubject: times.subject,
      syncedStart: times.startDateTime,
      syncedEnd: times.endDateTime,
    });
    return true;
  }
}
