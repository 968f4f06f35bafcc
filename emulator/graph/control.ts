// The control API (`<base>/__emulator`) for the workbench and tests: reset to a scenario, the request
// log, tokens as MSAL would hand them out, the saves Outlook makes, the clock, the state. README.md.
import { eventJson } from "./events";
import { isLinkExpired, meetingJson } from "./online-meetings";
import { defaultOptions } from "./meeting-options";
import { linkExpiry } from "./meeting-links";
import { NEWEST_TEMPLATE } from "./join-templates";
import { randomBytes } from "node:crypto";
import { issueToken } from "./permissions";
import { currentUser, eventKey, now, resetState, type EmulatorState, type EventRecord } from "./state";
import { idTokenClaims, TOKEN_LIFETIME_SECONDS, unsignedIdToken } from "./id-token";
import { newJoinDetails } from "./meeting-links";
import type { GraphFault } from "./scenario";

export function control(
  state: EmulatorState,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): [number, unknown] {
  const json = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  if (path === "/reset" && method === "POST") {
    resetState(state, json.scenario ?? {});
    return [200, { ok: true }];
  }
  if (path === "/latency" && method === "POST") {
    // Change the response delay without touching the state (benchmarks).
    state.scenario = { ...state.scenario, latencyMs: Math.max(0, Number(json.latencyMs) || 0) };
    return [200, { ok: true }];
  }
  if (path === "/clock" && method === "POST") {
    const at = typeof json.now === "string" ? Date.parse(json.now) : NaN;
    if (Number.isNaN(at))
      return [400, { error: { code: "BadRequest", message: "now must be an ISO instant" } }];
    state.clock = new Date(at);
    return [200, { now: state.clock.toISOString() }];
  }
  if (path === "/log" && method === "GET") return [200, state.log];
  if (path === "/log" && method === "DELETE") {
    state.log = [];
    return [204, undefined];
  }
  if (path === "/token" && method === "POST") {
    // As MSAL's acquireToken: the scopes asked for, granted (consent is assumed given), with the ID
    // token of the scenario's user for the app that asked (`clientId`, optional; rule P9).
    const scopes = json.scopes;
    if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => typeof s === "string")) {
      return [400, { error: "invalid_request", error_description: "scopes: a non-empty array of strings" }];
    }
    const clientId = typeof json.clientId === "string" && json.clientId ? json.clientId : undefined;
    const token = issueToken(state, scopes);
    return [
      200,
      {
        access_token: token.token,
        token_type: "Bearer",
        expires_in: TOKEN_LIFETIME_SECONDS,
        scope: token.scopes.join(" "),
        id_token: unsignedIdToken(idTokenClaims(state, currentUser(state), clientId)),
      },
    ];
  }
  if (path === "/state" && method === "GET")
    return [
      200,
      {
        events: [...state.events.values()],
        meetings: [...state.meetings.values()].map((m) => ({ ...m, linkExpired: isLinkExpired(state, m) })),
      },
    ];
  if (path === "/join" && method === "GET") {
    // What Teams does with a join link: joins, or says the link expired (rule L3).
    const url = query.get("url") ?? "";
    const m = [...state.meetings.values()].find((x) => x.join.joinUrl === url || x.join.shortUrl === url);
    if (!m) return [404, { status: "unknown" }];
    return [
      200,
      {
        status: isLinkExpired(state, m) ? "expired" : "joinable",
        expiresAt: m.linkExpiresAt,
        now: now(state).toISOString(),
      },
    ];
  }
  if (path === "/meetings" && method === "POST") return [201, invitedMeeting(state, json)];
  if (path === "/faults" && method === "POST") {
    // Script faults on a running scenario (a reset would drop the meetings and events made so far).
    const faults = Array.isArray(json.faults) ? (json.faults as GraphFault[]) : [];
    if (faults.some((f) => typeof f !== "object" || f === null || typeof f.path !== "string"))
      return [400, { error: { code: "BadRequest", message: "faults: [{ path, … }]" } }];
    state.faults.push(...faults.map((f) => ({ ...f, left: f.count ?? 1 })));
    return [200, { faults: state.faults.length }];
  }
  const ev = /^\/events\/([^/]+)$/.exec(path);
  if (ev && method === "PUT") return [200, saveEvent(state, decodeURIComponent(ev[1]!), json)];
  return [404, { error: { code: "NotFound", message: `No control route ${method} ${path}` } }];
}

/** What a save in Outlook does: create or update the server copy; the form's body replaces the server's. */
function saveEvent(state: EmulatorState, id: string, json: Record<string, unknown>): unknown {
  const owner = typeof json.owner === "string" && json.owner ? json.owner.toLowerCase() : "me";
  const key = eventKey(owner, id);
  const bodyHtml = typeof json.bodyHtml === "string" ? json.bodyHtml : "";
  const record: EventRecord = state.events.get(key) ?? {
    id,
    owner,
    subject: "",
    start: now(state).toISOString(),
    end: now(state).toISOString(),
    bodyHtml,
    bodyType: "html",
    isOnlineMeeting: false,
    provider: "unknown",
  };
  if (typeof json.subject === "string") record.subject = json.subject;
  if (typeof json.start === "string") record.start = json.start;
  if (typeof json.end === "string") record.end = json.end;
  if (json.bodyType === "text" || json.bodyType === "html") record.bodyType = json.bodyType;
  record.bodyHtml = bodyHtml;
  if (json.isOnlineMeeting === true && !record.isOnlineMeeting) {
    record.isOnlineMeeting = true;
    record.provider = typeof json.provider === "string" ? json.provider : "teamsForBusiness";
    record.join = { ...newJoinDetails(state), conferenceId: "275984951" };
  }
  state.events.set(key, record);
  return eventJson(state, record);
}

/**
 * A meeting someone else in the tenant organizes, with the scenario's user invited (README.md O6):
 * `{ organizer: { id, upn, displayName? }, subject?, id? }` (`id`: the meeting id an item already names).
 */
function invitedMeeting(state: EmulatorState, json: Record<string, unknown>): unknown {
  const o = (typeof json.organizer === "object" && json.organizer !== null ? json.organizer : {}) as Record<
    string,
    unknown
  >;
  const me = currentUser(state);
  const at = now(state);
  const end = new Date(at.getTime() + 3_600_000).toISOString();
  const upn = typeof o.upn === "string" ? o.upn : "organizer@contoso.com";
  const record = {
    id: typeof json.id === "string" && json.id ? json.id : `MSp${randomBytes(27).toString("base64url")}`,
    organizerId: typeof o.id === "string" ? o.id : "organizer-1",
    tenantId: me.tenantId,
    subject: typeof json.subject === "string" ? json.subject : "",
    startDateTime: at.toISOString(),
    endDateTime: end,
    creationDateTime: at.toISOString(),
    language: "en-US",
    template: state.scenario.joinTemplate ?? NEWEST_TEMPLATE,
    join: newJoinDetails(state),
    linkExpiresAt: linkExpiry(end),
    options: defaultOptions(),
    organizer: { upn, displayName: typeof o.displayName === "string" ? o.displayName : upn },
    attendees: [{ id: me.id, upn: me.mail, role: "attendee" as const }],
  };
  state.meetings.set(record.id, record);
  return meetingJson(state, record);
}
