// The calendar route: the event itself becomes an online meeting by the calendar's provider (PATCH
// isOnlineMeeting), confirmed first because Graph cannot turn it off again; the join block Exchange
// inserted is carried into the open form, which would otherwise overwrite it. The organizer's default
// meeting options follow: the event's Teams meeting is found by its join URL, then PATCHed (Graph's
// calendar API takes no meeting options; apply-defaults.ts).
import { extractCalendarJoinBlock } from "../core/calendar-join-block";
import { AppError, ErrorCode, toAppError } from "../core/errors";
import { meetingIdentity, type MeetingIdentity } from "../core/meeting-identity";
import type { OptionDefaults } from "../core/option-defaults";
import type { CalendarProviders, GraphEvent, OnlineMeetingProvider, StoredMeeting } from "../core/types";
import { applyDefaults, type DefaultsOutcome } from "./apply-defaults";
import type { BodyWriter } from "./body-writer";
import { joinHtmlOrOwnLink } from "./join-html";
import { putJoinUrlInEmptyLocation } from "./join-location";
import { sanitizeJoinHtml } from "./load-sanitizer";
import { isOrganizer } from "./meeting-record";
import type { AddHooks, AddResult, MeetingDeps, SyncRetry } from "./operations";

/** The Graph event state of a saved item, learned while the pane opens. */
export interface EventState {
  restId: string;
  isOnlineMeeting: boolean;
  provider: OnlineMeetingProvider;
  joinUrl: string | null;
  /** Every identity of the event's own meeting (links, meeting id, passcode), from its body. */
  identity: MeetingIdentity;
}

/** What the route asks of the service: the memoized calendar facts and how long to wait for a sync. */
export interface CalendarContext {
  owner(): Promise<string | undefined>;
  providers(): Promise<CalendarProviders>;
  syncRetry: SyncRetry;
}

export class CalendarRoute {
  private eventState: EventState | null = null;

  constructor(
    private readonly deps: MeetingDeps,
    private readonly bodyWriter: BodyWriter,
    private readonly context: CalendarContext,
  ) {}

  /** Saved items: is the event already online? Learned once, while the pane opens. */
  async loadEventState(): Promise<EventState | null> {
    if (this.eventState) return this.eventState;
    const { appointment, graph } = this.deps;
    // Stryker disable next-line ArrowFunction: equivalent, null and undefined both read as "no item id" below
    const itemId = await appointment.getItemId().catch(() => null);
    if (!itemId) return null;
    const restId = appointment.toRestId(itemId);
    try {
      const event = await graph.getEvent(restId, await this.context.owner());
      this.eventState = {
        restId,
        isOnlineMeeting: event.isOnlineMeeting,
        provider: event.onlineMeetingProvider,
        joinUrl: event.joinUrl,
        identity: meetingIdentity(event.joinUrl, event.bodyHtml),
      };
    } catch {
      // Not synced yet, offline or no permission: the state is unknown (null, unless an add running
      // meanwhile has learned it), and the add path will tell.
    }
    return this.eventState;
  }

  async add(
    provider: Exclude<OnlineMeetingProvider, "unknown">,
    hooks: AddHooks,
    defaults?: OptionDefaults,
  ): Promise<AddResult> {
    const { appointment, graph } = this.deps;
    // A calendar shared for viewing only: say so before anything is saved (the owner decides).
    const calendar = await this.context.providers();
    if (calendar.owner && calendar.canEdit === false) {
      throw new AppError(ErrorCode.sharedCalendarReadOnly, "The shared calendar is read-only", {
        owner: calendar.owner,
      });
    }
    let itemId = await appointment.getItemId();
    const needsSave = itemId === null;
    // An occurrence of a series: the series (its master) becomes online, not the one occurrence.
    const seriesId = (await appointment.read()).seriesId;
    const wholeSeries = Boolean(seriesId) && seriesId !== itemId;
    if (
      hooks.confirmCalendarRoute &&
      !(await hooks.confirmCalendarRoute({ provider, needsSave, wholeSeries }))
    ) {
      return { kind: "cancelled" };
    }
    if (itemId === null) {
      hooks.onProgress?.("saving");
      itemId = await appointment.save();
    }
    const restId = appointment.toRestId(seriesId || itemId);
    const owner = await this.context.owner();
    hooks.onProgress?.("contacting");
    const event = await this.retryWhileSyncing(
      () => graph.enableOnlineMeeting(restId, provider, owner),
      hooks,
    );
    return this.finish(restId, event, hooks, defaults);
  }

  /** The event is online already; write its join block into the form and record it as ours. */
  async carryJoinBlock(hooks: AddHooks, defaults?: OptionDefaults): Promise<AddResult> {
    // Stryker disable next-line OptionalChaining,ConditionalExpression: unreachable from MeetingService, which carries the block only after loadEventState found the event
    const restId = this.eventState?.restId;
    // Stryker disable next-line ConditionalExpression: as above
    if (!restId) throw new AppError(ErrorCode.notFound, "The event is not known yet");
    hooks.onProgress?.("contacting");
    const event = await this.deps.graph.getEvent(restId, await this.context.owner());
    return this.finish(restId, event, hooks, defaults);
  }

  private async finish(
    restId: string,
    event: GraphEvent,
    hooks: AddHooks,
    defaults: OptionDefaults | undefined,
  ): Promise<AddResult> {
    const { appointment, env } = this.deps;
    const joinUrl = event.joinUrl;
    if (!joinUrl) throw new AppError(ErrorCode.malformedResponse, "The event came back without a join URL");
    // The event is online from here on, whatever happens to the form: a retry must know it.
    this.eventState = {
      restId,
      isOnlineMeeting: true,
      provider: event.onlineMeetingProvider,
      joinUrl,
      identity: meetingIdentity(joinUrl, event.bodyHtml),
    };
    const stored: StoredMeeting = {
      v: 1,
      externalId: (await appointment.loadStoredMeeting())?.externalId ?? env.newId(),
      route: "calendar",
      provider: event.onlineMeetingProvider,
      joinUrl,
      // The calendar's owner is the organizer, as with Teams' own button in a shared calendar.
      organizer: (await this.context.owner()) ?? env.userAddress?.(),
    };
    await appointment.saveStoredMeeting(stored);
    // The open form overwrites the server body when it is saved or sent: carry the block Exchange
    // inserted into the form, or the event stops being an online meeting.
    const extracted = extractCalendarJoinBlock(event.bodyHtml, joinUrl);
    // Stryker disable next-line StringLiteral: equivalent, any text without the join link gets our own link block (joinHtmlOrOwnLink)
    const sanitized = extracted ? await sanitizeJoinHtml(extracted) : "";
    const { html } = joinHtmlOrOwnLink(sanitized, joinUrl, env.displayLanguage());
    hooks.onProgress?.("writing");
    const written = await this.bodyWriter.insert(html, stored);
    await putJoinUrlInEmptyLocation(appointment, written, joinUrl);
    // Last, once the event is online and the form holds its block: a failure here loses neither.
    const applied = defaults ? await this.applyDefaults(stored, joinUrl, defaults) : undefined;
    return {
      kind: "added",
      route: "calendar",
      provider: event.onlineMeetingProvider,
      joinUrl,
      ...(applied ? { defaults: applied } : {}),
    };
  }

  /**
   * The event's Teams meeting, found by its join URL (`$filter=JoinWebUrl eq`), brought to the
   * defaults. Asks for OnlineMeetings.ReadWrite only now, for organizers who saved defaults. In
   * someone else's calendar the owner organizes the meeting: their options, not the delegate's defaults.
   */
  private async applyDefaults(
    stored: StoredMeeting,
    joinUrl: string,
    defaults: OptionDefaults,
  ): Promise<DefaultsOutcome> {
    const me = this.deps.env.userAddress?.();
    if (!isOrganizer(stored, me)) return { kind: "skipped" };
    try {
      const meeting = await this.deps.graph.findMeetingByJoinUrl(joinUrl);
      // Stryker disable next-line ConditionalExpression: equivalent, a null meeting throws on the next line and is caught as failed
      if (!meeting) return { kind: "failed" };
      if (meeting.organizerUpn && me && meeting.organizerUpn.toLowerCase() !== me.toLowerCase())
        return { kind: "skipped" };
      return await applyDefaults(this.deps.graph, meeting.meetingId, meeting.options, defaults);
    } catch {
      return { kind: "failed" };
    }
  }

  /** Saving a new item is followed by 404s while it syncs to the server: wait and ask again, bounded. */
  private async retryWhileSyncing<T>(call: () => Promise<T>, hooks: AddHooks): Promise<T> {
    const { attempts, delayMs } = this.context.syncRetry;
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (thrown) {
        const error = toAppError(thrown);
        if (error.code !== ErrorCode.notFound || attempt >= attempts) throw error;
        hooks.onProgress?.("waiting-for-sync");
        await this.deps.env.sleep(delayMs * attempt);
      }
    }
  }
}
