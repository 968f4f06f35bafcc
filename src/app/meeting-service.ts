// The use-cases: read the state, add an online meeting by the right route, take it back out, put its
// join text into another language, keep a standalone meeting in step with the appointment. Written only
// against ports (src/ports). Each route (standalone-route.ts, calendar-route.ts), the body writer
// (body-writer.ts) and keeping in step (keep-in-step.ts) are modules of their own.
import { blockKey, containsUrl, findBlock } from "../core/body-block";
import { AppError, ErrorCode, toAppError } from "../core/errors";
import { detectForeignMeeting } from "../core/foreign-meeting";
import { decideRoute } from "../core/route";
import type {
  CalendarProviders,
  MeetingState,
  RouteChoice,
  RouteDecision,
  UserSettings,
} from "../core/types";
import { toOptionDefaults } from "../core/option-defaults";
import { defaultJoinLanguage } from "../core/user-settings";
import { BodyWriter } from "./body-writer";
import { CalendarRoute } from "./calendar-route";
import { takeBackLocation } from "./join-location";
import { KeepInStep } from "./keep-in-step";
import { isOrganizer, ourMeetingState } from "./meeting-record";
import type { AddHooks, AddRequest, AddResult, MeetingDeps, ServiceOptions } from "./operations";
import { StandaloneRoute } from "./standalone-route";

export type {
  AddHooks,
  AddRequest,
  AddResult,
  CalendarRouteInfo,
  MeetingDeps,
  ProgressStep,
  ServiceOptions,
} from "./operations";
export { meetingTimes } from "./standalone-route";

const DEFAULT_SYNC_RETRY = { attempts: 6, delayMs: 1500 };

export class MeetingService {
  private providersPromise: Promise<CalendarProviders> | null = null;
  private ownerPromise: Promise<string | undefined> | null = null;
  private busy = false;
  private readonly bodyWriter: BodyWriter;
  private readonly standalone: StandaloneRoute;
  private readonly calendar: CalendarRoute;
  private readonly keepInStep: KeepInStep;

  constructor(
    private readonly deps: MeetingDeps,
    options: ServiceOptions = {},
  ) {
    this.bodyWriter = new BodyWriter(deps.appointment);
    this.standalone = new StandaloneRoute(deps, this.bodyWriter);
    this.calendar = new CalendarRoute(deps, this.bodyWriter, {
      owner: () => this.owner(),
      providers: () => this.providers(),
      syncRetry: options.syncRetry ?? DEFAULT_SYNC_RETRY,
    });
    this.keepInStep = new KeepInStep(deps, () => this.busy);
  }

  /** The owner's mailbox when composing in a shared/delegate calendar (memoized). */
  owner(): Promise<string | undefined> {
    this.ownerPromise ??= this.deps.appointment
      .getSharedOwner()
      .then((owner) => owner ?? undefined)
      .catch(() => undefined);
    return this.ownerPromise;
  }

  /**
   * The calendar's providers. Started as the pane opens so the click costs no extra round trip;
   * a failed fetch is forgotten so the next call tries again.
   */
  providers(): Promise<CalendarProviders> {
    if (!this.providersPromise) {
      const request = this.owner().then((owner) => this.deps.graph.getCalendarProviders(owner));
      this.providersPromise = request;
      // Only this request can be the pending one: a new one starts only once it is forgotten.
      request.catch(() => {
        this.providersPromise = null;
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
    // Ours when the body shows the join link on this item's record: in our block (a block is bound to
    // the item by its tag and that link, so a forged or copied marker is the organizer's text) or, from
    // a client that stripped every marker (id, class, data attribute), anywhere: never added twice.
    if (stored?.joinUrl && containsUrl(body, stored.joinUrl)) return ourMeetingState(stored);
    const event = await this.calendar.loadEventState();
    // The event's own online meeting (Outlook's toggle, another client, or our calendar route whose
    // form write failed) is not someone else's: recognised by any of its identities, not the first link.
    const own = event?.isOnlineMeeting ? event.identity : undefined;
    // No block of ours is left in a body without our join link: nothing to leave out but the event's own.
    const foreign = detectForeignMeeting(body, type, { own });
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
      const settings = await this.deps.settings.load();
      // Validated again whatever the settings port: a default Graph would refuse is no default.
      const defaults = toOptionDefaults(settings.meetingOptions);
      if (state.kind === "calendar-online") {
        // Online on the server but the open form lacks its join details (a write that failed after
        // the PATCH): the form would overwrite them when saved, so carry them in now.
        const { body } = await this.deps.appointment.getBody();
        if (state.joinUrl && !containsUrl(body, state.joinUrl))
          return this.calendar.carryJoinBlock(hooks, defaults);
        return { kind: "already", state };
      }
      if (state.kind === "foreign" && !request.force) {
        throw new AppError(ErrorCode.foreignMeeting, `A ${state.meeting.service} join link is in the body`, {
          service: state.meeting.service,
        });
      }
      const choice: RouteChoice = {
        // "auto" asks for the organizer's setting (which may itself be "auto").
        route: request.route === "auto" ? settings.route : request.route,
        provider: request.provider ?? settings.provider,
      };
      const decision = await this.decide(choice);
      if (decision.route === "calendar") return this.calendar.add(decision.provider, hooks, defaults);
      const language = request.language ?? defaultJoinLanguage(settings, this.deps.env.displayLanguage());
      return this.standalone.add(language, hooks, defaults);
    });
  }

  /** Take our meeting back out. Only the standalone route can be undone. */
  async remove(hooks: Pick<AddHooks, "onProgress"> = {}): Promise<{ kind: "removed" | "nothing" }> {
    return this.exclusive(async () => {
      const { appointment, graph, env } = this.deps;
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
      // Stryker disable next-line OptionalChaining: equivalent, a record is there (no record: nothing to remove, above)
      if (stored?.meetingId && !isOrganizer(stored, env.userAddress?.())) {
        throw new AppError(ErrorCode.notOrganizer, "Another user organizes this meeting", {
          owner: stored.organizer,
        });
      }
      hooks.onProgress?.("removing");
      // Delete first: if it fails nothing has changed; a retry treats 404 as deleted.
      // Stryker disable next-line OptionalChaining: as above
      if (stored?.meetingId) await graph.deleteMeeting(stored.meetingId);
      if (next !== null) {
        hooks.onProgress?.("writing");
        await this.bodyWriter.write(body, next, type, { expectBlocks: 0, key });
      }
      await takeBackLocation(appointment, stored);
      // The meeting is gone: clear our record, so adding again starts a new meeting with a new id.
      await appointment.saveStoredMeeting(null);
      return { kind: "removed" };
    });
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
      const joined = await this.standalone.joinText(meeting, language);
      hooks.onProgress?.("writing");
      const written = await this.bodyWriter.insert(joined.html, stored);
      await appointment.saveStoredMeeting({ ...written, language: joined.language });
      return { kind: "changed", language: joined.language };
    });
  }

  /**
   * Keep a standalone meeting's subject and times in step with the appointment. Returns true when
   * the meeting was updated.
   */
  syncIfChanged(): Promise<boolean> {
    return this.keepInStep.syncIfChanged();
  }

  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new AppError(ErrorCode.busy, "Another operation is running on this appointment");
    this.busy = true;
    try {
      return await work();
    } catch (thrown) {
      throw toAppError(thrown);
    } finally {
      this.busy = false;
    }
  }
}
