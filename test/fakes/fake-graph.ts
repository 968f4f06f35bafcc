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

type Method = keyof GraphPort;

export const JOIN_HTML =
  '<div class="me-email-text"><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0">Click here to join the meeting</a><p>Meeting ID: 123</p></div>';

export function encodeJoin(html: string): string {
  return "data:text/html," + encodeURIComponent(html).replace(/%20/g, "+");
}

export class FakeGraph implements GraphPort {
  providers: CalendarProviders = { allowed: ["teamsForBusiness"], defaultProvider: "teamsForBusiness" };
  events = new Map<string, GraphEvent>();
  meetings = new Map<string, OnlineMeeting & MeetingTimes & { language: string }>();
  calls: { method: Method; args: unknown[] }[] = [];
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
  createOrGetMeeting(
    request: MeetingTimes & { externalId: string },
    language: string,
  ): Promise<OnlineMeeting> {
    return this.run("createOrGetMeeting", [request, language], () => {
      const existing = [...this.meetings.values()].find((m) => m.externalId === request.externalId);
      if (existing) return existing;
      const id = `meeting-${++this.seq}`;
      const joinWebUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0`;
      const meeting = {
        id,
        joinWebUrl,
        organizer: this.organizer,
        language,
        ...request,
        joinInformationContent: encodeJoin(JOIN_HTML.replace(/https:[^"]+/, joinWebUrl)),
      };
      this.meetings.set(id, meeting);
      return meeting;
    });
  }
  getMeeting(meetingId: string, language: string): Promise<OnlineMeeting> {
    return this.run("getMeeting", [meetingId, language], () => {
      const m = this.meetings.get(meetingId);
      if (!m) throw new AppError(ErrorCode.notFound, "no meeting");
      return m;
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

  private event(restId: string): GraphEvent {
    const ev = this.events.get(restId);
    if (!ev) throw new AppError(ErrorCode.notFound, "ErrorItemNotFound", { status: 404 });
    return ev;
  }
  private run<T>(method: Method, args: unknown[], body: () => T): Promise<T> {
    try {
      this.enter(method, args);
      return Promise.resolve(body());
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}
