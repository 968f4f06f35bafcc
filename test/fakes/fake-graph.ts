// An in-memory Graph implementing GraphPort with Graph's rules (createOrGet identity, irreversible
// isOnlineMeeting) and scriptable failures per method.
import { AppError, ErrorCode } from "../../src/core/errors";
import type {
  CalendarProviders,
  GraphEvent,
  OnlineMeeting,
  OnlineMeetingProvider,
} from "../../src/core/types";
import type { GraphPort, MeetingTimes } from "../../src/ports/graph";
import type { MeetingOptions, MeetingWithOptions, OptionName } from "../../src/core/meeting-options";
import type { OptionDefaults } from "../../src/core/option-defaults";
import { DEFAULT_OPTIONS } from "./meeting-options";

type Method = keyof GraphPort;

export const JOIN_HTML =
  '<div class="me-email-text"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0">Click here to join the meeting</a><p>Meeting ID: 123</p></div>';

/**
 * The join text in a language, marked as Graph marks it: `lang` on the me-email-text element and
 * `language=` on the Meeting-options link (test/fixtures/real/joininfo_content_en-US_2023_format.txt,
 * joininfo_content_ja_graphdocs.txt).
 */
export function joinHtmlIn(language: string, joinWebUrl: string): string {
  const options = `https://teams.microsoft.com/meetingOptions/?organizerId=o&amp;threadId=t&amp;language=${language}`;
  return `<div class="me-email-text" lang="${language}"><a href="${joinWebUrl}">Click here to join the meeting (${language})</a><p>Meeting ID: 123</p><a href="${options}">Meeting options</a></div>`;
}

export function encodeJoin(html: string): string {
  return "data:text/html," + encodeURIComponent(html).replace(/%20/g, "+");
}

export class FakeGraph implements GraphPort {
  providers: CalendarProviders = { allowed: ["teamsForBusiness"], defaultProvider: "teamsForBusiness" };
  events = new Map<string, GraphEvent>();
  meetings = new Map<string, OnlineMeeting & MeetingTimes & { language: string }>();
  calls: { method: Method; args: unknown[] }[] = [];
  /**
   * Whether createOrGet answers in the Accept-Language asked for. Graph documents the header on
   * POST /onlineMeetings and GET /onlineMeetings/{id} only (graph-docs PRs #7397, #8107): "ignored"
   * answers in the mailbox language. An existing meeting always answers in its own language.
   */
  acceptLanguageOnCreateOrGet: "honoured" | "ignored" = "honoured";
  mailboxLanguage = "en-US";
  /**
   * Runs once, after the next call of a method took effect on the server but before its answer
   * arrives: another operation can be interleaved there (a sync whose answer comes after a removal).
   */
  beforeAnswer: Partial<Record<Method, () => Promise<unknown>>> = {};
  private failures: { method: Method; error: AppError }[] = [];
  private seq = 0;

  /** The next call of `method` fails with `error` (queued, in order). */
  failNext(method: Method, error: AppError, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ method, error });
  }
  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  private enter(method: Method, args: unknown[]): void {
    this.calls.push({ method, args });
    const i = this.failures.findIndex((f) => f.method === method);
    if (i >= 0) {
      const [f] = this.failures.splice(i, 1);
      throw f!.error;
    }
  }

  getCalendarProviders(owner?: string): Promise<CalendarProviders> {
    return this.run("getCalendarProviders", [owner], () => ({ ...this.providers, owner }));
  }
  getEvent(restId: string, owner?: string): Promise<GraphEvent> {
    return this.run("getEvent", [restId, owner], () => this.event(restId));
  }
  enableOnlineMeeting(
    restId: string,
    provider: Exclude<OnlineMeetingProvider, "unknown">,
    owner?: string,
  ): Promise<GraphEvent> {
    return this.run("enableOnlineMeeting", [restId, provider, owner], () => {
      const ev = this.event(restId);
      if (ev.isOnlineMeeting) return ev;
      const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_EV${++this.seq}%40thread.v2/0`;
      const block = `<div style="width:100%"><span>________________</span></div><div class="me-email-text"><a href="${joinUrl}">Click here to join the meeting</a></div><div style="width:100%"><span>________________</span></div>`;
      const next: GraphEvent = {
        ...ev,
        isOnlineMeeting: true,
        onlineMeetingProvider: provider,
        joinUrl,
        bodyHtml: ev.bodyHtml.replace(/<\/body>/i, `${block}</body>`),
      };
      this.events.set(restId, next);
      return next;
    });
  }
  /** Graph's participants.organizer.upn: the signed-in user, whoever's calendar it is. */
  organizer = "megan.bowen@contoso.com";
  /** What createOrGet does with options in its body (emulator rule O8, assumed): default ignored. */
  optionsOnCreateOrGet: "ignored" | "honoured" | "rejected" = "ignored";
  createOrGetMeeting(
    request: MeetingTimes & { externalId: string; options?: OptionDefaults | undefined },
    language: string,
  ): Promise<OnlineMeeting> {
    return this.run("createOrGetMeeting", [request, language], () => {
      if (request.options && this.optionsOnCreateOrGet === "rejected")
        throw new AppError(ErrorCode.badRequest, "not a valid parameter for createOrGet", { status: 400 });
      const existing = [...this.meetings.values()].find((m) => m.externalId === request.externalId);
      if (existing) return { ...existing, options: this.withOptions(existing.id).options };
      const id = `meeting-${++this.seq}`;
      const joinWebUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`;
      const answered = this.acceptLanguageOnCreateOrGet === "honoured" ? language : this.mailboxLanguage;
      const meeting = {
        id,
        joinWebUrl,
        organizer: this.organizer,
        language: answered,
        subject: request.subject,
        startDateTime: request.startDateTime,
        endDateTime: request.endDateTime,
        externalId: request.externalId,
        joinInformationContent: encodeJoin(joinHtmlIn(answered, joinWebUrl)),
      };
      this.meetings.set(id, meeting);
      if (request.options && this.optionsOnCreateOrGet === "honoured")
        this.options.set(id, { ...DEFAULT_OPTIONS, ...request.options });
      return { ...meeting, options: this.withOptions(id).options };
    });
  }
  getMeeting(meetingId: string, language: string): Promise<OnlineMeeting> {
    return this.run("getMeeting", [meetingId, language], () => {
      const m = this.meetings.get(meetingId);
      if (!m) throw new AppError(ErrorCode.notFound, "no meeting");
      return { ...m, joinInformationContent: encodeJoin(joinHtmlIn(language, m.joinWebUrl)) };
    });
  }
  updateMeeting(meetingId: string, times: MeetingTimes): Promise<OnlineMeeting> {
    return this.run("updateMeeting", [meetingId, times], () => {
      const m = this.meetings.get(meetingId);
      if (!m) throw new AppError(ErrorCode.notFound, "no meeting");
      Object.assign(m, times);
      return m;
    });
  }
  deleteMeeting(meetingId: string): Promise<void> {
    return this.run("deleteMeeting", [meetingId], () => {
      this.meetings.delete(meetingId);
    });
  }

  /** Each meeting's options (by meeting id); a meeting not in here has Graph's documented defaults. */
  options = new Map<string, MeetingOptions>();
  /** Options a PATCH answers 200 for but keeps (as a Teams thread reports for allowMeetingChat). */
  keptOnPatch = new Set<OptionName>();
  /** The organizer of the calendar route's meetings (an event someone else organizes: another UPN). */
  eventOrganizer = "megan.bowen@contoso.com";

  getMeetingOptions(meetingId: string): Promise<MeetingWithOptions> {
    return this.run("getMeetingOptions", [meetingId], () => this.withOptions(meetingId));
  }
  findMeetingByJoinUrl(joinUrl: string): Promise<MeetingWithOptions | null> {
    return this.run("findMeetingByJoinUrl", [joinUrl], () => {
      const standalone = [...this.meetings.values()].find((m) => m.joinWebUrl === joinUrl);
      if (standalone) return this.withOptions(standalone.id);
      const event = [...this.events.values()].find((e) => e.joinUrl === joinUrl);
      return event ? this.withOptions(`event-meeting-${event.id}`) : null;
    });
  }
  updateMeetingOptions(meetingId: string, changes: Partial<MeetingOptions>): Promise<MeetingWithOptions> {
    return this.run("updateMeetingOptions", [meetingId, changes], () => {
      const current = this.withOptions(meetingId).options;
      const next: MeetingOptions = { ...current };
      for (const [name, value] of Object.entries(changes) as [OptionName, unknown][]) {
        if (this.keptOnPatch.has(name)) continue;
        if (name === "lobbyBypassSettings")
          next.lobbyBypassSettings = { ...current.lobbyBypassSettings, ...(value as object) };
        else (next as Record<string, unknown>)[name] = value;
      }
      this.options.set(meetingId, next);
      return this.withOptions(meetingId);
    });
  }
  private withOptions(meetingId: string): MeetingWithOptions {
    const standalone = this.meetings.get(meetingId);
    const event = meetingId.startsWith("event-meeting-")
      ? this.events.get(meetingId.slice("event-meeting-".length))
      : undefined;
    const joinWebUrl = standalone?.joinWebUrl ?? event?.joinUrl;
    if (!joinWebUrl) throw new AppError(ErrorCode.notFound, "no meeting", { status: 404 });
    return {
      meetingId,
      joinWebUrl,
      organizerUpn: standalone ? standalone.organizer : this.eventOrganizer,
      options: { ...(this.options.get(meetingId) ?? DEFAULT_OPTIONS) },
    };
  }

  private event(restId: string): GraphEvent {
    const ev = this.events.get(restId);
    if (!ev) throw new AppError(ErrorCode.notFound, "ErrorItemNotFound", { status: 404 });
    return ev;
  }
  private async run<T>(method: Method, args: unknown[], body: () => T): Promise<T> {
    this.enter(method, args);
    const answer = body();
    const hook = this.beforeAnswer[method];
    if (hook) {
      delete this.beforeAnswer[method];
      await hook();
    }
    return answer;
  }
}
