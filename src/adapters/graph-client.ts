// Microsoft Graph over fetch, as a short chain: token → retry → fetch. The token only ever goes to an
// allowed Graph origin; every failure becomes an AppError at this boundary (status and Graph error code
// decide, never the message text).
import { AppError, ErrorCode } from "../core/errors";
import {
  DEFAULT_RETRY_POLICY,
  isTransientStatus,
  parseRetryAfter,
  planRetry,
  type RetryPolicy,
} from "../core/retry-policy";
import {
  INCLUDE_UNKNOWN_ENUM_MEMBERS,
  parseMeetingOptions,
  type MeetingWithOptions,
} from "../core/meeting-options";
import { normalizeProvider, toCalendarProviders } from "../core/route";
import type { CalendarProviders, GraphEvent, OnlineMeeting } from "../core/types";
import type { GraphPort, MeetingTimes } from "../ports/graph";
import { calendarScopes, Scopes, type TokenProvider } from "../ports/token-provider";

export const GRAPH_ORIGINS = ["https://graph.microsoft.com"] as const;

export interface GraphClientOptions {
  baseUrl: string;
  tokenProvider: TokenProvider;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => Date;
  retry?: RetryPolicy;
  /** Per attempt, from sending the request to the last byte of the answer. */
  timeoutMs?: number;
  /**
   * Starts the timeout: calls `fire` after `ms` unless the returned function cancels it first.
   * Injectable, so tests decide when a request times out instead of racing a real clock.
   */
  setTimer?: (ms: number, fire: () => void) => () => void;
  /** Origins a token may be sent to; default: Graph's own. */
  allowedOrigins?: readonly string[];
}

type Kind = "calendar" | "onlineMeetings";

interface RequestSpec {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  kind: Kind;
  body?: unknown;
  headers?: Record<string, string>;
  /** DELETE: 404 means it is gone already. */
  notFoundOk?: boolean;
  /** The response carries no JSON (204). */
  noContent?: boolean;
  /** Another user's mailbox: the calendar scopes are the `.Shared` ones. */
  owner?: string | undefined;
}

/** Meeting-option calls know the evolvable enum members (src/ports/graph.ts). */
const PREFER_UNKNOWN_ENUM_MEMBERS = { Prefer: INCLUDE_UNKNOWN_ENUM_MEMBERS };

export function createGraphClient(options: GraphClientOptions): GraphPort {
  const http = new GraphHttp(options);
  const root = (owner?: string) => (owner ? `/users/${encodeURIComponent(owner)}` : "/me");
  return {
    async getCalendarProviders(owner) {
      const json = await http.json({
        method: "GET",
        path: `${root(owner)}/calendar?$select=allowedOnlineMeetingProviders,defaultOnlineMeetingProvider,canEdit`,
        kind: "calendar",
        owner,
      });
      return toCalendar(json, owner);
    },
    async getEvent(restId, owner) {
      const json = await http.json({
        method: "GET",
        path: `${root(owner)}/events/${encodeURIComponent(restId)}?$select=id,isOnlineMeeting,onlineMeetingProvider,onlineMeeting,body`,
        kind: "calendar",
        owner,
        headers: { Prefer: 'outlook.body-content-type="html"' },
      });
      return toEvent(json);
    },
    async enableOnlineMeeting(restId, provider, owner) {
      const json = await http.json({
        method: "PATCH",
        path: `${root(owner)}/events/${encodeURIComponent(restId)}`,
        kind: "calendar",
        owner,
        body: { isOnlineMeeting: true, onlineMeetingProvider: provider },
        headers: { Prefer: 'outlook.body-content-type="html"' },
      });
      return toEvent(json);
    },
    async createOrGetMeeting(request, language) {
      const json = await http.json({
        method: "POST",
        path: "/me/onlineMeetings/createOrGet",
        kind: "onlineMeetings",
        body: {
          externalId: request.externalId,
          startDateTime: request.startDateTime,
          endDateTime: request.endDateTime,
          subject: request.subject,
          ...request.options,
        },
        headers: {
          "Accept-Language": language,
          ...(request.options ? PREFER_UNKNOWN_ENUM_MEMBERS : {}),
        },
      });
      return { ...toMeeting(json), options: parseMeetingOptions(json) };
    },
    async getMeeting(meetingId, language) {
      const json = await http.json({
        method: "GET",
        path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}`,
        kind: "onlineMeetings",
        headers: { "Accept-Language": language },
      });
      return toMeeting(json);
    },
    async updateMeeting(meetingId: string, times: MeetingTimes) {
      const json = await http.json({
        method: "PATCH",
        path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}`,
        kind: "onlineMeetings",
        body: { subject: times.subject, startDateTime: times.startDateTime, endDateTime: times.endDateTime },
      });
      return toMeeting(json);
    },
    async deleteMeeting(meetingId) {
      await http.json({
        method: "DELETE",
        path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}`,
        kind: "onlineMeetings",
        notFoundOk: true,
        noContent: true,
      });
    },
    async getMeetingOptions(meetingId) {
      const json = await http.json({
        method: "GET",
        path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}`,
        kind: "onlineMeetings",
        headers: PREFER_UNKNOWN_ENUM_MEMBERS,
      });
      return toMeetingWithOptions(json);
    },
    async findMeetingByJoinUrl(joinUrl) {
      // Graph docs: the join URL goes in URL-encoded; OData doubles a quote inside a string literal.
      const filter = `JoinWebUrl eq '${joinUrl.replace(/'/g, "''")}'`;
      const json = await http.json({
        method: "GET",
        path: `/me/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
        kind: "onlineMeetings",
        headers: PREFER_UNKNOWN_ENUM_MEMBERS,
        notFoundOk: true,
      });
      if (json === undefined) return null;
      if (!isRecord(json) || !Array.isArray(json.value))
        // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
        throw malformed("onlineMeetings is not a collection");
      const [first] = json.value as unknown[];
      return first === undefined ? null : toMeetingWithOptions(first);
    },
    async updateMeetingOptions(meetingId, changes) {
      const json = await http.json({
        method: "PATCH",
        path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}`,
        kind: "onlineMeetings",
        body: changes,
        headers: PREFER_UNKNOWN_ENUM_MEMBERS,
      });
      return toMeetingWithOptions(json);
    },
  };
}

class GraphHttp {
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly setTimer: (ms: number, fire: () => void) => () => void;
  private readonly allowed: Set<string>;
  private readonly baseUrl: string;

  constructor(private readonly o: GraphClientOptions) {
    this.fetchFn = o.fetch ?? ((...args) => globalThis.fetch(...args));
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.random = o.random ?? Math.random;
    this.now = o.now ?? (() => new Date());
    this.retry = o.retry ?? DEFAULT_RETRY_POLICY;
    this.timeoutMs = o.timeoutMs ?? 15_000;
    this.setTimer =
      o.setTimer ??
      ((ms, fire) => {
        const id = setTimeout(fire, ms);
        return () => clearTimeout(id);
      });
    this.allowed = new Set(o.allowedOrigins ?? GRAPH_ORIGINS);
    this.baseUrl = o.baseUrl.replace(/\/+$/, "");
  }

  async json(spec: RequestSpec): Promise<unknown> {
    const url = this.baseUrl + spec.path;
    let origin: string;
    try {
      origin = new URL(url).origin;
    } /* Stryker disable next-line BlockStatement: equivalent, origin stays undefined, which no allowed set holds: refused as configuration below */ catch {
      throw new AppError(ErrorCode.configuration, `Not a Graph URL: ${url}`);
    }
    if (!this.allowed.has(origin)) {
      throw new AppError(ErrorCode.configuration, `Refusing to send a token to ${origin}`);
    }
    const scopes = [...(spec.kind === "calendar" ? calendarScopes(spec.owner) : Scopes.standalone)];
    let forceRefresh = false;
    let claims: string | undefined;
    let authRetried = false;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const token = await this.o.tokenProvider.getToken({ scopes, forceRefresh, claims });
      // One deadline over the whole exchange: a body that stalls after the headers times out too.
      const controller = new AbortController();
      const cancelTimer = this.setTimer(this.timeoutMs, () => controller.abort());
      let status: number;
      let headers: Headers;
      let error: GraphErrorBody;
      try {
        const response = await this.send(url, spec, token, controller.signal);
        if (response.ok) return await this.parse(response, spec, controller.signal);
        if (response.status === 404 && spec.notFoundOk) return undefined;
        status = response.status;
        headers = response.headers;
        error = await readError(response);
      } finally {
        cancelTimer();
      }
      if (status === 401 && !authRetried) {
        authRetried = true;
        forceRefresh = true;
        claims = claimsChallenge(headers.get("WWW-Authenticate"));
        continue;
      }
      if (isTransientStatus(status)) {
        // Browsers see Retry-After only where Graph exposes it to the origin: often it is unknown.
        const retryAfterMs = parseRetryAfter(headers.get("Retry-After"), this.now());
        const step = planRetry(attempt, this.retry, retryAfterMs, waited, this.random);
        if (step.retry) {
          waited += step.delayMs;
          await this.sleep(step.delayMs);
          continue;
        }
        throw mapError(status, error, spec.kind, retryAfterMs);
      }
      throw mapError(status, error, spec.kind, undefined, spec.owner);
    }
  }

  private async send(url: string, spec: RequestSpec, token: string, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...spec.headers };
    if (spec.body !== undefined) headers["Content-Type"] = "application/json";
    try {
      return await this.fetchFn(url, {
        method: spec.method,
        headers,
        // Stryker disable next-line ConditionalExpression: equivalent, JSON.stringify(undefined) is undefined
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
      });
    } catch (e) {
      if (signal.aborted) {
        throw new AppError(ErrorCode.timeout, `${spec.method} ${spec.path} timed out`, {}, { cause: e });
      }
      throw new AppError(ErrorCode.offline, `${spec.method} ${spec.path} failed: network`, {}, { cause: e });
    }
  }

  private async parse(response: Response, spec: RequestSpec, signal: AbortSignal): Promise<unknown> {
    if (spec.noContent) return undefined;
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      if (signal.aborted) {
        throw new AppError(
          ErrorCode.timeout,
          `${spec.method} ${spec.path} timed out in the body`,
          {
            status: response.status,
          },
          { cause: e },
        );
      }
      throw new AppError(
        ErrorCode.offline,
        "The response was cut off",
        { status: response.status },
        { cause: e },
      );
    }
    if (text.trim() === "") {
      throw new AppError(ErrorCode.malformedResponse, "Empty response body", { status: response.status });
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new AppError(
        ErrorCode.malformedResponse,
        "The response is not JSON",
        { status: response.status },
        { cause: e },
      );
    }
  }
}

interface GraphErrorBody {
  code?: string;
  message?: string;
}

async function readError(response: Response): Promise<GraphErrorBody> {
  try {
    const json = JSON.parse(await response.text()) as { error?: GraphErrorBody };
    return json && typeof json.error === "object" && json.error !== null ? json.error : {};
  } catch {
    return {};
  }
}

/** The claims challenge of a WWW-Authenticate header (base64), decoded; undefined when none. */
export function claimsChallenge(header: string | null): string | undefined {
  // Stryker disable next-line ConditionalExpression: equivalent, exec reads null as "null" and "" as "": no claims either way
  if (!header) return undefined;
  const m = /claims="([^"]+)"/i.exec(header);
  // Stryker disable next-line ConditionalExpression: equivalent, without a match m[1] throws inside the try below, caught as no claims
  if (!m?.[1]) return undefined;
  try {
    return atob(m[1]);
  } /* Stryker disable next-line BlockStatement: equivalent, an empty catch falls through to the same undefined */ catch {
    return undefined;
  }
}

const CONSENT_CODES = new Set(["ErrorAccessDenied", "Authorization_RequestDenied", "accessDenied"]);

export function mapError(
  status: number,
  error: GraphErrorBody,
  kind: Kind,
  retryAfterMs: number | undefined,
  owner?: string,
): AppError {
  const code = typeof error.code === "string" ? error.code : undefined;
  const details = {
    status,
    graphCode: code,
    retryAfterSeconds: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    owner,
  };
  const failure = (errorCode: ErrorCode) =>
    new AppError(errorCode, `Graph ${status}${code ? ` ${code}` : ""}`, details);
  if (status === 429) return failure(ErrorCode.throttled);
  if (status === 503 || status === 504) return failure(ErrorCode.serviceUnavailable);
  if (status === 401) {
    return kind === "onlineMeetings" && code === "AuthenticationError"
      ? failure(ErrorCode.personalAccount)
      : failure(ErrorCode.unauthorized);
  }
  if (status === 403) {
    if (kind === "onlineMeetings" && code === "AuthenticationError")
      return failure(ErrorCode.personalAccount);
    // In another user's calendar the token has the .Shared scope: a refusal is the owner's sharing
    // level (view only), not missing consent.
    if (kind === "calendar" && owner && code === "ErrorAccessDenied")
      return failure(ErrorCode.sharedCalendarReadOnly);
    if (code && CONSENT_CODES.has(code)) return failure(ErrorCode.consentRequired);
    return failure(ErrorCode.forbidden);
  }
  if (status === 404) return failure(ErrorCode.notFound);
  if (status === 409 || status === 412) return failure(ErrorCode.conflict);
  if (status === 400 || status === 405 || status === 422) return failure(ErrorCode.badRequest);
  return failure(ErrorCode.graphError);
}

// ---- response mappers: validate at the boundary ----

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function malformed(what: string): AppError {
  return new AppError(ErrorCode.malformedResponse, `Unexpected Graph response: ${what}`);
}

export function toCalendar(json: unknown, owner?: string): CalendarProviders {
  // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
  if (!isRecord(json)) throw malformed("calendar is not an object");
  const providers = toCalendarProviders(
    json.allowedOnlineMeetingProviders,
    json.defaultOnlineMeetingProvider,
    owner,
  );
  return typeof json.canEdit === "boolean" ? { ...providers, canEdit: json.canEdit } : providers;
}

export function toEvent(json: unknown): GraphEvent {
  if (!isRecord(json) || typeof json.id !== "string")
    // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
    throw malformed("event without id");
  const body = isRecord(json.body) ? json.body : {};
  const online = isRecord(json.onlineMeeting) ? json.onlineMeeting : null;
  const joinUrl =
    online && typeof online.joinUrl === "string" && /^https:\/\//i.test(online.joinUrl)
      ? online.joinUrl
      : null;
  return {
    id: json.id,
    isOnlineMeeting: json.isOnlineMeeting === true,
    onlineMeetingProvider: normalizeProvider(json.onlineMeetingProvider),
    joinUrl,
    bodyHtml: typeof body.content === "string" ? body.content : "",
  };
}

export function toMeeting(json: unknown): OnlineMeeting {
  // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
  if (!isRecord(json)) throw malformed("onlineMeeting is not an object");
  const { id, joinWebUrl } = json;
  if (typeof id !== "string" || id === "")
    // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
    throw malformed("onlineMeeting without id");
  if (typeof joinWebUrl !== "string" || !/^https:\/\//i.test(joinWebUrl))
    // Stryker disable next-line StringLiteral: malformed()'s text is AppError's message, a diagnostic (test/mutation/ignore-diagnostics.mjs)
    throw malformed("onlineMeeting without an https joinWebUrl");
  const info = isRecord(json.joinInformation) ? json.joinInformation : {};
  return {
    id,
    joinWebUrl,
    subject: typeof json.subject === "string" ? json.subject : undefined,
    startDateTime: typeof json.startDateTime === "string" ? json.startDateTime : undefined,
    endDateTime: typeof json.endDateTime === "string" ? json.endDateTime : undefined,
    joinInformationContent: typeof info.content === "string" ? info.content : undefined,
    externalId: typeof json.externalId === "string" ? json.externalId : undefined,
    organizer: organizerOf(json),
  };
}

function organizerOf(json: Record<string, unknown>): string | undefined {
  const participants = isRecord(json.participants) ? json.participants : {};
  const organizer = isRecord(participants.organizer) ? participants.organizer : {};
  return typeof organizer.upn === "string" && organizer.upn !== "" ? organizer.upn : undefined;
}

export function toMeetingWithOptions(json: unknown): MeetingWithOptions {
  const meeting = toMeeting(json);
  const participants = isRecord(json) && isRecord(json.participants) ? json.participants : {};
  const organizer = isRecord(participants.organizer) ? participants.organizer : {};
  const identity = isRecord(organizer.identity) ? organizer.identity : {};
  const user = isRecord(identity.user) ? identity.user : {};
  const out: MeetingWithOptions = {
    meetingId: meeting.id,
    joinWebUrl: meeting.joinWebUrl,
    options: parseMeetingOptions(json),
  };
  // Stryker disable next-line ConditionalExpression: equivalent, no organizer then sets organizerUpn: undefined, read as absent (exactOptionalPropertyTypes is off; readers test it for truth)
  if (meeting.organizer) out.organizerUpn = meeting.organizer;
  if (typeof user.id === "string" && user.id !== "") out.organizerId = user.id;
  return out;
}
