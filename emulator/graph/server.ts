// The Graph emulator: what the add-in calls on Microsoft Graph (calendar, events, onlineMeetings) with
// Graph's semantics — createOrGet identity, Accept-Language join text, the join block in the event body,
// irreversible isOnlineMeeting, bearer tokens, Graph-shaped errors — plus a control API for the
// workbench and tests (reset to a scenario, request log, tokens, syncing saved items). See README.md.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeJoinInformation, joinHtml, pickLanguage, type JoinDetails } from "./join-templates";
import {
  DEFAULT_CALENDAR,
  PERSONAL_CALENDAR,
  type CalendarScenario,
  type GraphFault,
  type GraphScenario,
} from "./scenario";

export interface LogEntry {
  time: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  durationMs: number;
}

interface EventRecord {
  id: string;
  owner: string;
  subject: string;
  start: string;
  end: string;
  bodyHtml: string;
  isOnlineMeeting: boolean;
  provider: string;
  join?: JoinDetails & { conferenceId: string };
}

interface MeetingRecord {
  id: string;
  owner: string;
  externalId?: string;
  subject: string;
  startDateTime: string;
  endDateTime: string;
  creationDateTime: string;
  language: string;
  join: JoinDetails;
}

export interface GraphEmulatorOptions {
  /** Path prefix the emulator answers under (Graph at `${basePath}/v1.0`). Default "" (root). */
  basePath?: string;
  scenario?: GraphScenario;
}

export interface GraphEmulator {
  handles(url: string | undefined): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
  reset(scenario?: GraphScenario): void;
  log(): LogEntry[];
  issueToken(): string;
  state(): { events: EventRecord[]; meetings: MeetingRecord[] };
}

class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const CORS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept-Language, Prefer",
  "Access-Control-Expose-Headers": "Retry-After, WWW-Authenticate, request-id",
};

export function createGraphEmulator(options: GraphEmulatorOptions = {}): GraphEmulator {
  const base = (options.basePath ?? "").replace(/\/+$/, "");
  const graphPrefix = `${base}/v1.0`;
  const controlPrefix = `${base}/__emulator`;

  let scenario: GraphScenario = {};
  let events = new Map<string, EventRecord>();
  let meetings = new Map<string, MeetingRecord>();
  let tokens = new Set<string>();
  let faults: (GraphFault & { left: number })[] = [];
  let log: LogEntry[] = [];
  let seq = 0;

  function reset(next: GraphScenario = {}): void {
    scenario = next;
    events = new Map();
    meetings = new Map();
    tokens = new Set();
    faults = (next.faults ?? []).map((f) => ({ ...f, left: f.count ?? 1 }));
    log = [];
  }
  reset(options.scenario);

  const user = () => ({
    id: scenario.user?.id ?? "550fae72-d251-43ec-868c-373732c2704f",
    displayName: scenario.user?.displayName ?? "Megan Bowen",
    mail: scenario.user?.mail ?? "megan.bowen@contoso.com",
    tenantId: scenario.user?.tenantId ?? "72f988bf-86f1-41af-91ab-2d7cd011db47",
  });

  function issueToken(): string {
    const token = `emulator.${randomBytes(18).toString("base64url")}`;
    tokens.add(token);
    return token;
  }

  function calendarFor(owner: string): CalendarScenario {
    if (owner !== "me") {
      const shared = scenario.sharedCalendars?.[owner.toLowerCase()] ?? scenario.sharedCalendars?.[owner];
      if (!shared)
        throw new GraphHttpError(
          403,
          "ErrorAccessDenied",
          "Access is denied. Check credentials and try again.",
        );
      return shared;
    }
    if (scenario.calendar) return scenario.calendar;
    return scenario.account === "personal" ? PERSONAL_CALENDAR : DEFAULT_CALENDAR;
  }

  function newJoin(): JoinDetails {
    const u = user();
    const thread = `19:meeting_${randomBytes(36).toString("base64url").slice(0, 48)}@thread.v2`;
    const context = encodeURIComponent(JSON.stringify({ Tid: u.tenantId, Oid: u.id })).toLowerCase();
    return {
      joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}/0?context=${context}`,
      meetingCode: `${100 + (seq % 900)} ${String(Date.now()).slice(-3)} ${String(100 + ((seq * 37) % 900))} ${String(100 + ((seq * 53) % 900))}`,
      passcode: randomBytes(4).toString("base64url").slice(0, 6),
      organizerId: u.id,
      tenantId: u.tenantId,
      threadId: thread.replace(":", "_"),
    };
  }

  function meetingJson(m: MeetingRecord): Record<string, unknown> {
    const u = user();
    return {
      "@odata.type": "#microsoft.graph.onlineMeeting",
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${u.id}')/onlineMeetings/$entity`,
      audioConferencing: {
        tollNumber: "+12525634478",
        tollFreeNumber: "+18666390588",
        ConferenceId: m.join.meetingCode.replace(/\s/g, "").slice(0, 7),
        dialinUrl: `https://dialin.teams.microsoft.com/22f12fa0-499f-435b-bc69-b8de580ba330?id=${m.join.meetingCode.replace(/\s/g, "").slice(0, 7)}`,
      },
      chatInfo: { threadId: m.join.threadId.replace("_", ":"), messageId: "0", replyChainMessageId: "0" },
      creationDateTime: m.creationDateTime,
      startDateTime: m.startDateTime,
      endDateTime: m.endDateTime,
      id: m.id,
      joinWebUrl: m.join.joinUrl,
      joinMeetingIdSettings: {
        isPasscodeRequired: true,
        joinMeetingId: m.join.meetingCode.replace(/\s/g, ""),
        passcode: m.join.passcode,
      },
      joinInformation: { content: encodeJoinInformation(joinHtml(m.language, m.join)), contentType: "html" },
      participants: {
        organizer: {
          identity: { user: { id: u.id, displayName: u.displayName } },
          upn: u.mail,
          role: "presenter",
        },
        attendees: [],
      },
      subject: m.subject,
      externalId: m.externalId ?? null,
      isBroadcast: false,
      autoAdmittedUsers: "everyoneInCompany",
      lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
    };
  }

  function eventJson(e: EventRecord): Record<string, unknown> {
    return {
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${user().id}')/events/$entity`,
      id: e.id,
      subject: e.subject,
      isOnlineMeeting: e.isOnlineMeeting,
      onlineMeetingProvider: e.provider,
      onlineMeetingUrl: null,
      body: { contentType: "html", content: e.bodyHtml },
      start: { dateTime: e.start.replace(/Z$/, ""), timeZone: "UTC" },
      end: { dateTime: e.end.replace(/Z$/, ""), timeZone: "UTC" },
      onlineMeeting: e.join
        ? { joinUrl: e.join.joinUrl, conferenceId: e.join.conferenceId, tollNumber: "+1 323-555-0166" }
        : null,
    };
  }

  function enableOnline(e: EventRecord, patch: Record<string, unknown>, owner: string): void {
    if (patch.isOnlineMeeting === false && e.isOnlineMeeting) {
      throw new GraphHttpError(
        400,
        "ErrorInvalidRequest",
        "isOnlineMeeting can't be set to false once the event is an online meeting.",
      );
    }
    if (patch.isOnlineMeeting !== true) return;
    const provider =
      typeof patch.onlineMeetingProvider === "string"
        ? patch.onlineMeetingProvider
        : calendarFor(owner).defaultOnlineMeetingProvider;
    if (e.isOnlineMeeting) {
      if (provider !== e.provider) {
        throw new GraphHttpError(
          400,
          "ErrorInvalidRequest",
          "onlineMeetingProvider can't be changed once the event is an online meeting.",
        );
      }
      return;
    }
    const allowed = calendarFor(owner).allowedOnlineMeetingProviders;
    if (!allowed.includes(provider) || provider === "unknown") {
      throw new GraphHttpError(
        400,
        "ErrorInvalidRequest",
        `The online meeting provider ${provider} is not allowed for this calendar.`,
      );
    }
    const join = { ...newJoin(), conferenceId: String(100000000 + (++seq % 899999999)) };
    e.isOnlineMeeting = true;
    e.provider = provider;
    e.join = join;
    const block = joinHtml(pickLanguage(scenario.mailboxLanguage), join);
    const at = e.bodyHtml.toLowerCase().lastIndexOf("</body");
    e.bodyHtml =
      at >= 0 ? `${e.bodyHtml.slice(0, at)}${block}\r\n${e.bodyHtml.slice(at)}` : `${e.bodyHtml}${block}`;
  }

  function parseTimes(body: Record<string, unknown>, required: boolean): { start?: string; end?: string } {
    const out: { start?: string; end?: string } = {};
    for (const [key, name] of [
      ["startDateTime", "start"],
      ["endDateTime", "end"],
    ] as const) {
      const v = body[key];
      if (v === undefined && !required) continue;
      if (typeof v !== "string" || Number.isNaN(Date.parse(v))) {
        throw new GraphHttpError(400, "BadRequest", `Invalid ${key}.`);
      }
      out[name] = new Date(v).toISOString();
    }
    if (out.start && out.end && out.end < out.start)
      throw new GraphHttpError(400, "BadRequest", "endDateTime is before startDateTime.");
    return out;
  }

  /** Graph routes. Returns [status, body]. */
  function route(
    method: string,
    path: string,
    body: unknown,
    headers: IncomingMessage["headers"],
  ): [number, unknown] {
    const m = /^\/(?:me|users\/([^/]+))(\/.*)$/.exec(path);
    if (!m)
      throw new GraphHttpError(
        400,
        "BadRequest",
        `Resource not found for the segment '${path.split("/")[1] ?? ""}'.`,
      );
    const owner = m[1] ? decodeURIComponent(m[1]).toLowerCase() : "me";
    const rest = m[2] ?? "";
    const json = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;

    if (rest === "/calendar") {
      if (method !== "GET") throw new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
      const cal = calendarFor(owner);
      return [200, { id: `AAMkAD${owner}calendar`, name: "Calendar", canEdit: true, ...cal }];
    }

    const ev = /^\/events\/([^/]+)$/.exec(rest);
    if (ev) {
      const id = decodeURIComponent(ev[1]!);
      const e = events.get(`${owner}|${id}`);
      if (!e)
        throw new GraphHttpError(
          404,
          "ErrorItemNotFound",
          "The specified object was not found in the store.",
        );
      if (method === "GET") return [200, eventJson(e)];
      if (method === "PATCH") {
        enableOnline(e, json, owner);
        if (typeof json.subject === "string") e.subject = json.subject;
        return [200, eventJson(e)];
      }
      throw new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
    }

    if (rest.startsWith("/onlineMeetings")) {
      if (scenario.account === "personal") {
        throw new GraphHttpError(
          403,
          "AuthenticationError",
          "Personal Microsoft accounts are not supported.",
        );
      }
      const language = pickLanguage(
        typeof headers["accept-language"] === "string" ? headers["accept-language"] : undefined,
      );
      const create = (externalId?: string): MeetingRecord => {
        const times = parseTimes(json, false);
        const now = new Date();
        const record: MeetingRecord = {
          id: `MSp${randomBytes(27).toString("base64url")}`,
          owner,
          externalId,
          subject: typeof json.subject === "string" ? json.subject : "",
          startDateTime: times.start ?? now.toISOString(),
          endDateTime: times.end ?? new Date(now.getTime() + 3_600_000).toISOString(),
          creationDateTime: now.toISOString(),
          language,
          join: newJoin(),
        };
        seq++;
        meetings.set(record.id, record);
        return record;
      };
      if (rest === "/onlineMeetings") {
        if (method !== "POST") throw new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
        return [201, meetingJson(create())];
      }
      if (rest === "/onlineMeetings/createOrGet") {
        if (method !== "POST") throw new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
        const externalId = json.externalId;
        if (typeof externalId !== "string" || externalId === "") {
          throw new GraphHttpError(400, "BadRequest", "externalId is required.");
        }
        const existing = [...meetings.values()].find((x) => x.owner === owner && x.externalId === externalId);
        // Identity is tenant + user + externalId; on an existing meeting the other fields are ignored.
        if (existing) return [200, meetingJson(existing)];
        return [201, meetingJson(create(externalId))];
      }
      const om = /^\/onlineMeetings\/([^/]+)$/.exec(rest);
      if (om) {
        const id = decodeURIComponent(om[1]!);
        const record = meetings.get(id);
        if (!record || record.owner !== owner)
          throw new GraphHttpError(404, "NotFound", "The meeting was not found.");
        // Accept-Language is documented on GET /onlineMeetings/{id} (graph-docs PRs #7397, #8107): the
        // join text of this answer comes in that language; the meeting itself is unchanged.
        if (method === "GET")
          return [200, meetingJson(headers["accept-language"] ? { ...record, language } : record)];
        if (method === "PATCH") {
          const times = parseTimes(json, false);
          if (typeof json.subject === "string") record.subject = json.subject;
          if (times.start) record.startDateTime = times.start;
          if (times.end) record.endDateTime = times.end;
          return [200, meetingJson(record)];
        }
        if (method === "DELETE") {
          meetings.delete(id);
          return [204, undefined];
        }
        throw new GraphHttpError(405, "ErrorInvalidRequest", "Method not allowed.");
      }
    }
    throw new GraphHttpError(
      400,
      "BadRequest",
      `Resource not found for the segment '${rest.split("/")[1] ?? ""}'.`,
    );
  }

  function control(method: string, path: string, body: unknown): [number, unknown] {
    const json = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    if (path === "/reset" && method === "POST") {
      reset(json.scenario ?? {});
      return [200, { ok: true }];
    }
    if (path === "/latency" && method === "POST") {
      // Change the response delay without touching the state (benchmarks).
      scenario = { ...scenario, latencyMs: Math.max(0, Number(json.latencyMs) || 0) };
      return [200, { ok: true }];
    }
    if (path === "/log" && method === "GET") return [200, log];
    if (path === "/log" && method === "DELETE") {
      log = [];
      return [204, undefined];
    }
    if (path === "/token" && method === "POST")
      return [200, { access_token: issueToken(), token_type: "Bearer", expires_in: 3600 }];
    if (path === "/state" && method === "GET")
      return [200, { events: [...events.values()], meetings: [...meetings.values()] }];
    const ev = /^\/events\/([^/]+)$/.exec(path);
    if (ev && method === "PUT") {
      const owner = typeof json.owner === "string" && json.owner ? json.owner.toLowerCase() : "me";
      const id = decodeURIComponent(ev[1]!);
      const key = `${owner}|${id}`;
      const existing = events.get(key);
      const bodyHtml = typeof json.bodyHtml === "string" ? json.bodyHtml : "";
      const record: EventRecord = existing ?? {
        id,
        owner,
        subject: "",
        start: new Date().toISOString(),
        end: new Date().toISOString(),
        bodyHtml,
        isOnlineMeeting: false,
        provider: "unknown",
      };
      if (typeof json.subject === "string") record.subject = json.subject;
      if (typeof json.start === "string") record.start = json.start;
      if (typeof json.end === "string") record.end = json.end;
      // A save from the open form replaces the server body with the form's (platform.md §2).
      record.bodyHtml = bodyHtml;
      if (json.isOnlineMeeting === true && !record.isOnlineMeeting) {
        record.isOnlineMeeting = true;
        record.provider = typeof json.provider === "string" ? json.provider : "teamsForBusiness";
        record.join = { ...newJoin(), conferenceId: "275984951" };
      }
      events.set(key, record);
      return [200, eventJson(record)];
    }
    return [404, { error: { code: "NotFound", message: `No control route ${method} ${path}` } }];
  }

  function takeFault(method: string, path: string): (GraphFault & { left: number }) | undefined {
    const f = faults.find(
      (x) =>
        x.left > 0 &&
        (!x.method || x.method.toUpperCase() === method) &&
        (x.path.endsWith("*") ? path.startsWith(x.path.slice(0, -1)) : x.path === path),
    );
    if (f) f.left--;
    return f;
  }

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const out: Record<string, string> = { ...CORS, "request-id": randomUUID(), ...headers };
    let payload = "";
    if (typeof body === "string") payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      out["Content-Type"] ??= "application/json";
    }
    res.writeHead(status, out);
    res.end(status === 204 ? undefined : payload);
  }

  function errorBody(code: string, message: string): unknown {
    const date = new Date().toISOString().slice(0, 19);
    const id = randomUUID();
    return { error: { code, message, innerError: { date, "request-id": id, "client-request-id": id } } };
  }

  function handles(url: string | undefined): boolean {
    if (!url) return false;
    const path = url.split("?")[0] ?? "";
    return path.startsWith(`${graphPrefix}/`) || path.startsWith(`${controlPrefix}/`);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = Date.now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void respond(req, res, Buffer.concat(chunks).toString("utf8"), started);
    });
  }

  async function respond(
    req: IncomingMessage,
    res: ServerResponse,
    raw: string,
    started: number,
  ): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const [pathPart, query = ""] = (req.url ?? "/").split("?");
    const fullPath = pathPart ?? "/";
    if (method === "OPTIONS") return send(res, 204, undefined);
    let body: unknown = undefined;
    let badJson = false;
    if (raw) {
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        badJson = true;
        body = raw;
      }
    }
    if (fullPath.startsWith(`${controlPrefix}/`)) {
      const [status, out] = control(method, fullPath.slice(controlPrefix.length), body);
      return send(res, status, out);
    }
    if (!fullPath.startsWith(`${graphPrefix}/`)) return send(res, 404, errorBody("NotFound", "Not found"));
    const path = fullPath.slice(graphPrefix.length);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === "string")
        headers[k] = k === "authorization" ? v.replace(/^(Bearer)\s+.*/i, "$1 <redacted>") : v;
    }
    const entry: LogEntry = {
      time: new Date().toISOString(),
      method,
      path,
      query,
      headers,
      body,
      status: 0,
      durationMs: 0,
    };
    log.push(entry);
    const finish = (status: number, out: unknown, extra: Record<string, string> = {}) => {
      entry.status = status;
      entry.durationMs = Date.now() - started;
      send(res, status, out, extra);
    };

    const fault = takeFault(method, path);
    const delay = (scenario.latencyMs ?? 0) + (fault?.delayMs ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (fault?.drop) {
      entry.status = -1;
      entry.durationMs = Date.now() - started;
      req.socket.destroy();
      return;
    }
    if (fault && fault.status !== undefined) {
      const out =
        fault.body === undefined ? errorBody(defaultCode(fault.status), "Scripted fault.") : fault.body;
      return finish(fault.status, out, fault.headers ?? {});
    }

    const auth = req.headers.authorization;
    const token = typeof auth === "string" ? /^Bearer\s+(.+)$/i.exec(auth)?.[1] : undefined;
    if (!token || !tokens.has(token)) {
      return finish(
        401,
        errorBody(
          "InvalidAuthenticationToken",
          token ? "Access token has expired or is not yet valid." : "Access token is empty.",
        ),
        {
          "WWW-Authenticate":
            'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
        },
      );
    }
    if (badJson) return finish(400, errorBody("BadRequest", "Unable to read JSON request payload."));
    try {
      const [status, out] = route(method, path, body, req.headers);
      finish(status, out);
    } catch (e) {
      if (e instanceof GraphHttpError) finish(e.status, errorBody(e.code, e.message), e.headers);
      else finish(500, errorBody("InternalServerError", e instanceof Error ? e.message : "error"));
    }
  }

  return {
    handles,
    handle,
    reset,
    log: () => log,
    issueToken,
    state: () => ({ events: [...events.values()], meetings: [...meetings.values()] }),
  };
}

function defaultCode(status: number): string {
  switch (status) {
    case 400:
      return "BadRequest";
    case 401:
      return "InvalidAuthenticationToken";
    case 403:
      return "Forbidden";
    case 404:
      return "ErrorItemNotFound";
    case 409:
      return "ErrorIrresolvableConflict";
    case 412:
      return "ErrorIrresolvableConflict";
    case 429:
      return "TooManyRequests";
    case 503:
      return "ServiceNotAvailable";
    case 504:
      return "GatewayTimeout";
    default:
      return "InternalServerError";
  }
}
