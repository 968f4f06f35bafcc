// The use-cases: read the state, add an online meeting by the right route, take it back out, keep a
// standalone meeting in step with the appointment. Written only against ports (src/ports).
import { blockKey, containsUrl, findBlock } from "../core/body-block";
import { BodyWriter } from "./body-writer";
import { extractCalendarJoinBlock } from "../core/calendar-join-block";
import { AppError, ErrorCode, toAppError } from "../core/errors";
import { detectForeignMeeting } from "../core/foreign-meeting";
import { decodeJoinInformation } from "../core/join-info";
import { joinTextLanguage, sameLanguage } from "../core/join-language";
import { meetingIdentity, type MeetingIdentity } from "../core/meeting-identity";
import { decideRoute } from "../core/route";
import { linkValidUntil, seriesEnd } from "../core/series-span";
import { defaultJoinLanguage } from "../core/user-settings";
import { sanitizeJoinHtml } from "./load-sanitizer";
import { joinLinkHtml } from "../core/body-check";
import type {
  AppointmentSnapshot,
  CalendarProviders,
  GraphEvent,
  MeetingState,
  OnlineMeeting,
  OnlineMeetingProvider,
  RouteChoice,
  RouteDecision,
  StoredMeeting,
  UserSettings,
} from "../core/types";
import type { AppointmentPort } from "../ports/appointment";
import type { EnvironmentPort } from "../ports/environment";
import type { GraphPort, MeetingTimes } from "../ports/graph";
import type { SettingsPort } from "../ports/settings";

export interface MeetingDeps {
  appointment: AppointmentPort;
  graph: GraphPort;
  settings: SettingsPort;
  env: EnvironmentPort;
}

export type ProgressStep = "saving" | "contacting" | "waiting-for-sync" | "writing" | "removing";

export interface AddRequest extends RouteChoice {
  /** Join text language (standalone route); default: settings, then Outlook's display language. */
  language?: string | undefined;
  /** Add even though another service's join link is in the body. */
  force?: boolean | undefined;
}

export interface CalendarRouteInfo {
  provider: OnlineMeetingProvider;
  /** A new appointment is saved to the calendar first. */
  needsSave: boolean;
  /** The open item is one occurrence of a series: the whole series becomes online (its master). */
  wholeSeries: boolean;
}

export interface AddHooks {
  /**
   * Called before anything irreversible happens on the calendar route: saving a new appointment puts it
   * on the calendar, and Graph cannot turn an online event off again. Resolve false to stop.
   */
  confirmCalendarRoute?: (info: CalendarRouteInfo) => Promise<boolean>;
  onProgress?: (step: ProgressStep) => void;
}

export type AddResult =
  | { kind: "added"; route: "calendar" | "standalone"; provider?: OnlineMeetingProvider; joinUrl: string }
  | { kind: "already"; state: MeetingState }
  | { kind: "cancelled" };

export interface ServiceOptions {
  /** Retries of the 404 that follows saving a new item while it syncs to the server. */
  syncRetry?: { attempts: number; delayMs: number };
}

const DEFAULT_SYNC_RETRY = { attempts: 6, delayMs: 1500 };
const LOCATION_MAX = 255;

/** The Graph event state of a saved item, learned while the pane opens. */
interface EventState {
  restId: string;
  isOnlineMeeting: boolean;
  provider: OnlineMeetingProvider;
  joinUrl: string | null;
  /** Every identity of the event's own meeting (links, meeting id, passcode), from its body. */
  identity: MeetingIdentity;
}

export class MeetingService {
  private providersPromise: Promise<CalendarProviders> | null = null;
  private ownerPromise: Promise<string | undefined> | null = null;
  private eventState: EventState | null = null;
  private busy = false;
  private syncing: Promise<boolean> | null = null;
  private readonly syncRetry: { attempts: number; delayMs: number };
  private readonly bodyWriter: BodyWriter;

  constructor(
    private readonly deps: MeetingDeps,
    options: ServiceOptions = {},
  ) {
    this.syncRetry = options.syncRetry ?? DEFAULT_SYNC_RETRY;
    this.bodyWriter = new BodyWriter(deps.appointment);
  }

  /** Whether an add or remove is running now. */
  get isBusy(): boolean {
    return this.busy;
  }

  /** The owner's mailbox when composing in a shared/delegate calendar (memoized). */
  owner(): Promise<string | undefined> {
    this.ownerPromise ??= this.deps.appointment
      .getSharedOwner()
      .then((o) => o ?? undefined)
      .catch(() => undefined);
    return this.ownerPromise;
  }

  /**
   * The calendar's providers. Started as the pane opens so the click costs no extra round trip;
   * a failed fetch is forgotten so the next call tries again.
   */
  providers(): Promise<CalendarProviders> {
    if (!this.providersPromise) {
      const p = this.owner().then((owner) => this.deps.graph.getCalendarProviders(owner));
      this.providersPromise = p;
      p.catch(() => {
        if (this.providersPromise === p) this.providersPromise = null;
      });
    }
    return this.providersPromise;
  }

  async settings(): Promise<UserSettings> {
    return this.deps.settings.load();
  }

  /** The route the given choice leads to, with the calendar's providers. */
  async decide(choice: RouteChoice): Promise<RouteDecision> {
    return decideRoute(await this.providers(), choice);
  }

  /** What the appointment holds now: nothing, our meeting, an online event, or another service's link. */
  async getState(): Promise<MeetingState> {
    const { appointment } = this.deps;
    const [{ body, type }, stored] = await Promise.all([
      appointment.getBody(),
      appointment.loadStoredMeeting(),
    ]);
    // Only a block bound to this item's record is ours; a forged or copied marker is the organizer's text.
    const key = blockKey(stored) ?? undefined;
    if (key && stored && findBlock(body, type, key)) {
      return {
        kind: "ours",
        route: stored.route ?? "standalone",
        provider: stored.provider,
        joinUrl: stored.joinUrl,
        language: stored.language,
        organizer: stored.organizer,
        linkValidUntil: validUntil(stored),
      };
    }
    // A client that stripped every marker (id, class, data attribute) still shows our join link:
    // recognize the meeting by it, so it is never added twice.
    if (stored?.joinUrl && containsUrl(body, stored.joinUrl)) {
      return {
        kind: "ours",
        route: stored.route ?? "standalone",
        provider: stored.provider,
        joinUrl: stored.joinUrl,
        language: stored.language,
        organizer: stored.organizer,
        linkValidUntil: validUntil(stored),
      };
    }
    const event = await this.loadEventState();
    // The event's own online meeting (Outlook's toggle, another client, or our calendar route whose
    // form write failed) is not someone else's: recognised by any of its identities, not the first link.
    const own = event?.isOnlineMeeting ? event.identity : undefined;
    const foreign = detectForeignMeeting(body, type, { key, own });
    if (event?.isOnlineMeeting && !foreign) {
      return { kind: "calendar-online", provider: event.provider, joinUrl: event.joinUrl };
    }
    if (foreign) return { kind: "foreign", meeting: foreign };
    return { kind: "none" };
  }

  /** Make the appointment an online meeting. A second call while one runs throws AppError(busy). */
  async add(request: AddRequest, hooks: AddHooks = {}): Promise<AddResult> {
    return this.exclusive(async () => {
      const state = await this.getState();
      if (state.kind === "ours") return { kind: "already", state };
      if (state.kind === "calendar-online") {
        // Online on the server but the open form lacks its join details (a write that failed after
        // the PATCH): the form would overwrite them when saved, so carry them in now.
        const { body } = await this.deps.appointment.getBody();
        if (state.joinUrl && !containsUrl(body, state.joinUrl)) return this.carryCalendarJoinBlock(hooks);
        return { kind: "already", state };
      }
      if (state.kind === "foreign" && !request.force) {
        throw new AppError(ErrorCode.foreignMeeting, `A ${state.meeting.service} join link is in the body`, {
          service: state.meeting.service,
        });
      }
      const settings = await this.deps.settings.load();
      const choice: RouteChoice = {
        route: request.route === "auto" && settings.route !== "auto" ? settings.route : request.route,
        provider: request.provider ?? settings.provider,
      };
      const decision = await this.decide(choice);
      if (decision.route === "calendar") return this.addByCalendar(decision.provider, hooks);
      const language = request.language ?? defaultJoinLanguage(settings, this.deps.env.displayLanguage());
      return this.addStandalone(language, hooks);
    });
  }

  /** Take our meeting back out. Only the standalone route can be undone. */
  async remove(hooks: Pick<AddHooks, "onProgress"> = {}): Promise<{ kind: "removed" | "nothing" }> {
    return this.exclusive(async () => {
      const { appointment, graph } = this.deps;
      const stored = await appointment.loadStoredMeeting();
      if (stored?.route === "calendar") {
        throw new AppError(ErrorCode.irreversible, "An online event cannot be turned off through Graph");
      }
      const { body, type } = await appointment.getBody();
      const key = blockKey(stored) ?? undefined;
      const next = key ? this.bodyWriter.withoutOurText(body, type, stored) : null;
      if (!stored?.meetingId && next === null) return { kind: "nothing" };
      // Graph serves a meeting to its organizer only: another user's DELETE would be a 404 that looks
      // like "deleted", leaving the organizer's meeting alive behind a removed block.
      if (stored?.meetingId && !this.isOrganizer(stored)) {
        throw new AppError(ErrorCode.notOrganizer, "Another user organizes this meeting", {
          owner: stored.organizer,
        });
      }
      hooks.onProgress?.("removing");
      // Delete first: if it fails nothing has changed; a retry treats 404 as deleted.
      if (stored?.meetingId) await graph.deleteMeeting(stored.meetingId);
      if (next !== null) {
        hooks.onProgress?.("writing");
        await this.bodyWriter.write(body, next, type, { expectBlocks: 0, key });
      }
      if (stored?.locationSetByUs) {
        const location = await appointment.getLocation();
        if (location === stored.locationSetByUs) await appointment.setLocation("");
      }
      // The meeting is gone: clear our record, so adding again starts a new meeting with a new id.
      await appointment.saveStoredMeeting(null);
      return { kind: "removed" };
    });
  }

  /**
   * Keep a standalone meeting's subject and times in step with the appointment. Returns true when
   * the meeting was updated.
   */
  async syncIfChanged(): Promise<boolean> {
    // Coalesce: events can fire while a sync is in flight; the next one re-checks afterwards.
    const previous = this.syncing;
    const run = (async () => {
      await previous?.catch(() => undefined);
      return this.syncOnce();
    })();
    this.syncing = run;
    try {
      return await run;
    } finally {
      if (this.syncing === run) this.syncing = null;
    }
  }

  private async syncOnce(): Promise<boolean> {
    if (this.busy) return false;
    const { appointment, graph } = this.deps;
    const stored = await appointment.loadStoredMeeting();
    if (stored?.route !== "standalone" || !stored.meetingId || !this.isOrganizer(stored)) return false;
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
    if (this.busy || current?.route !== "standalone" || current.meetingId !== stored.meetingId) return false;
    await appointment.saveStoredMeeting({
      ...current,
      syncedSubject: times.subject,
      syncedStart: times.startDateTime,
      syncedEnd: times.endDateTime,
    });
    return true;
  }

  // ---- routes ----

  private async addStandalone(language: string, hooks: AddHooks): Promise<AddResult> {
    const { appointment, graph } = this.deps;
    const snapshot = await appointment.read();
    let externalId = await this.claimExternalId();
    const times = meetingTimes(snapshot);
    hooks.onProgress?.("contacting");
    // Always /me: the signed-in user (a delegate too) is the organizer (GraphPort).
    let meeting = await graph.createOrGetMeeting({ ...times, externalId }, language);
    // Another surface (the pane and the command at once) may have claimed a different id meanwhile:
    // the id on the item wins, and the meeting made for ours goes, so exactly one meeting remains.
    const current = await appointment.loadStoredMeeting();
    if (current?.externalId && current.externalId !== externalId) {
      await graph.deleteMeeting(meeting.id);
      externalId = current.externalId;
      meeting = await graph.createOrGetMeeting({ ...times, externalId }, language);
    }
    const joined = await this.joinTextIn(meeting, language);
    meeting = joined.meeting;
    const stored: StoredMeeting = {
      v: 1,
      externalId,
      route: "standalone",
      meetingId: meeting.id,
      joinUrl: meeting.joinWebUrl,
      language: joined.language,
      organizer: meeting.organizer ?? this.deps.env.userAddress?.(),
      syncedSubject: times.subject,
      syncedStart: times.startDateTime,
      syncedEnd: times.endDateTime,
    };
    // Record the meeting before touching the body: a failure after this point is retried with the
    // same externalId and meeting, never a second one.
    await appointment.saveStoredMeeting(stored);

    hooks.onProgress?.("writing");
    const written = await this.bodyWriter.insert(joined.html, stored);
    await this.setLocationIfEmpty(written, meeting.joinWebUrl);
    return { kind: "added", route: "standalone", joinUrl: meeting.joinWebUrl };
  }

  /**
   * Put our standalone meeting's join text into another language: the same meeting, read again with
   * Accept-Language, replaces our block. Nothing changes when there is no standalone meeting or no
   * block of ours to replace.
   */
  async changeLanguage(
    language: string,
    hooks: Pick<AddHooks, "onProgress"> = {},
  ): Promise<{ kind: "changed" | "nothing"; language?: string }> {
    return this.exclusive(async () => {
      const { appointment, graph } = this.deps;
      const stored = await appointment.loadStoredMeeting();
      if (stored?.route !== "standalone" || !stored.meetingId) return { kind: "nothing" };
      const key = blockKey(stored);
      const { body, type } = await appointment.getBody();
      if (!key || !findBlock(body, type, key)) return { kind: "nothing" };
      hooks.onProgress?.("contacting");
      const meeting = await graph.getMeeting(stored.meetingId, language);
      const joined = await this.joinText(meeting, language);
      hooks.onProgress?.("writing");
      const written = await this.bodyWriter.insert(joined.html, stored);
      await appointment.saveStoredMeeting({ ...written, language: joined.language });
      return { kind: "changed", language: joined.language };
    });
  }

  /**
   * The meeting's join text in the chosen language. createOrGet may answer in another one (Graph
   * documents Accept-Language on GET /onlineMeetings/{id}, not on createOrGet): then the meeting is
   * read again with the header. A text that says nothing about its language is taken as asked, so
   * where Graph honours the header the click stays one request.
   */
  private async joinTextIn(
    meeting: OnlineMeeting,
    language: string,
  ): Promise<{ meeting: OnlineMeeting; html: string; language: string }> {
    const first = await this.joinText(meeting, language);
    if (sameLanguage(first.language, language)) return { meeting, ...first };
    try {
      const again = await this.deps.graph.getMeeting(meeting.id, language);
      return { meeting: again, ...(await this.joinText(again, language)) };
    } catch {
      // The meeting and its join details are good, only in another language: keep them (the record
      // says which language they are in, and the pane can try again).
      return { meeting, ...first };
    }
  }

  /** Sanitized join HTML of a meeting and the language it is written in (as asked, when it doesn't say). */
  private async joinText(
    meeting: OnlineMeeting,
    language: string,
  ): Promise<{ html: string; language: string }> {
    let decoded = "";
    let html = "";
    try {
      decoded = meeting.joinInformationContent ? decodeJoinInformation(meeting.joinInformationContent) : "";
      html = decoded ? await sanitizeJoinHtml(decoded) : "";
    } catch {
      html = "";
    }
    // Our own link is built from escaped text: no sanitizer needed (and none exists without a DOM). It
    // also stands in for join text the sanitizer left without the meeting's https join link.
    if (!containsUrl(html, meeting.joinWebUrl))
      return { html: joinLinkHtml(meeting.joinWebUrl, language), language };
    return { html, language: joinTextLanguage(decoded) ?? language };
  }

  private async addByCalendar(
    provider: Exclude<OnlineMeetingProvider, "unknown">,
    hooks: AddHooks,
  ): Promise<AddResult> {
    const { appointment, graph } = this.deps;
    // A calendar shared for viewing only: say so before anything is saved (the owner decides).
    const calendar = await this.providers();
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
    const owner = await this.owner();
    hooks.onProgress?.("contacting");
    const event = await this.retryWhileSyncing(
      () => graph.enableOnlineMeeting(restId, provider, owner),
      hooks,
    );
    return this.finishCalendar(restId, event, hooks);
  }

  /** The event is online already; write its join block into the form and record it as ours. */
  private async carryCalendarJoinBlock(hooks: AddHooks): Promise<AddResult> {
    const restId = this.eventState?.restId;
    if (!restId) throw new AppError(ErrorCode.notFound, "The event is not known yet");
    hooks.onProgress?.("contacting");
    const event = await this.deps.graph.getEvent(restId, await this.owner());
    return this.finishCalendar(restId, event, hooks);
  }

  private async finishCalendar(restId: string, event: GraphEvent, hooks: AddHooks): Promise<AddResult> {
    const { appointment } = this.deps;
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
      externalId: (await appointment.loadStoredMeeting())?.externalId ?? this.deps.env.newId(),
      route: "calendar",
      provider: event.onlineMeetingProvider,
      joinUrl,
      // The calendar's owner is the organizer, as with Teams' own button in a shared calendar.
      organizer: (await this.owner()) ?? this.deps.env.userAddress?.(),
    };
    await appointment.saveStoredMeeting(stored);
    // The open form overwrites the server body when it is saved or sent: carry the block Exchange
    // inserted into the form, or the event stops being an online meeting.
    const extracted = extractCalendarJoinBlock(event.bodyHtml, joinUrl);
    let html = extracted ? await sanitizeJoinHtml(extracted) : "";
    if (!containsUrl(html, joinUrl)) html = joinLinkHtml(joinUrl, this.deps.env.displayLanguage());
    hooks.onProgress?.("writing");
    const written = await this.bodyWriter.insert(html, stored);
    await this.setLocationIfEmpty(written, joinUrl);
    return { kind: "added", route: "calendar", provider: event.onlineMeetingProvider, joinUrl };
  }

  // ---- helpers ----

  /** Whether the signed-in user is the stored meeting's organizer (true when either is unknown). */
  private isOrganizer(stored: StoredMeeting): boolean {
    const me = this.deps.env.userAddress?.();
    return !stored.organizer || !me || stored.organizer.toLowerCase() === me.toLowerCase();
  }

  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new AppError(ErrorCode.busy, "Another operation is running on this appointment");
    this.busy = true;
    try {
      return await work();
    } catch (e) {
      throw toAppError(e);
    } finally {
      this.busy = false;
    }
  }

  /** Saved items: is the event already online? Learned once, while the pane opens. */
  private async loadEventState(): Promise<EventState | null> {
    if (this.eventState) return this.eventState;
    const { appointment, graph } = this.deps;
    const itemId = await appointment.getItemId().catch(() => null);
    if (!itemId) return null;
    const restId = appointment.toRestId(itemId);
    try {
      const event = await graph.getEvent(restId, await this.owner());
      this.eventState = {
        restId,
        isOnlineMeeting: event.isOnlineMeeting,
        provider: event.onlineMeetingProvider,
        joinUrl: event.joinUrl,
        identity: meetingIdentity(event.joinUrl, event.bodyHtml),
      };
    } catch {
      // Not synced yet, offline or no permission: the state is unknown, the add path will tell.
      return null;
    }
    return this.eventState;
  }

  /**
   * The externalId for createOrGet, generated once per appointment. Written, then read back, so that
   * two surfaces racing on the same new item settle on one id (the last write wins for both).
   */
  private async claimExternalId(): Promise<string> {
    const { appointment, env } = this.deps;
    const stored = await appointment.loadStoredMeeting();
    if (stored?.externalId) return stored.externalId;
    await appointment.saveStoredMeeting({ v: 1, externalId: env.newId() });
    const settled = await appointment.loadStoredMeeting();
    if (!settled?.externalId)
      throw new AppError(ErrorCode.hostError, "Could not keep the meeting id on the item");
    return settled.externalId;
  }

  private async retryWhileSyncing<T>(call: () => Promise<T>, hooks: AddHooks): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (e) {
        const err = toAppError(e);
        if (err.code !== ErrorCode.notFound || attempt >= this.syncRetry.attempts) throw err;
        hooks.onProgress?.("waiting-for-sync");
        await this.deps.env.sleep(this.syncRetry.delayMs * attempt);
      }
    }
  }

  /**
   * The join URL in an empty location is a convenience: the join details are in the body already, so
   * Outlook refusing the location leaves it as it was and the meeting stands.
   */
  private async setLocationIfEmpty(stored: StoredMeeting, joinUrl: string): Promise<StoredMeeting> {
    const { appointment } = this.deps;
    try {
      const location = await appointment.getLocation();
      // Outlook keeps 255 characters of a location: a longer join URL would be a broken link there.
      if (location.trim() !== "" || joinUrl.length > LOCATION_MAX) return stored;
      await appointment.setLocation(joinUrl);
    } catch {
      return stored;
    }
    const next = { ...stored, locationSetByUs: joinUrl };
    try {
      await appointment.saveStoredMeeting(next);
    } catch (e) {
      // Unrecorded, the location would outlive a removal: take it back.
      await appointment.setLocation("").catch(() => undefined);
      throw e;
    }
    return next;
  }
}

/** A standalone meeting's link expiry, from the end it was last synced to. */
function validUntil(stored: StoredMeeting | null): Date | undefined {
  if (stored?.route === "calendar" || !stored?.syncedEnd) return undefined;
  return linkValidUntil(stored.syncedEnd);
}

/**
 * The standalone meeting's subject and times. For a recurring series it lasts until the series ends
 * (its join link expires 60 days after the meeting's end): the end of the last occurrence, or a far
 * end for a series without one.
 */
export function meetingTimes(snapshot: AppointmentSnapshot): MeetingTimes {
  const series = snapshot.recurrence ? seriesEnd(snapshot.recurrence) : null;
  const end = series && series.getTime() > snapshot.end.getTime() ? series : snapshot.end;
  return {
    subject: snapshot.subject,
    startDateTime: snapshot.start.toISOString(),
    endDateTime: end.toISOString(),
  };
}
