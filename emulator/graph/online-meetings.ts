// /me/onlineMeetings: create, createOrGet (identity = tenant + token user + externalId), get, update,
// delete, each for the token's own user only (seed 003), find by join URL; the meeting options
// (meeting-options.ts). The join text follows the scenario's template and, where documented,
// Accept-Language. README.md rules M1–M7, L1–L3, T1–T4, A1–A3, O1–O8.
import { randomBytes } from "node:crypto";
import { GraphHttpError, header, methodNotAllowed, type RouteContext, type RouteResult } from "./http";
import {
  encodeJoinInformation,
  joinHtml,
  NEWEST_TEMPLATE,
  pickLanguage,
  primaryJoinUrl,
} from "./join-templates";
import { linkExpiry, newJoinDetails } from "./meeting-links";
import {
  defaultOptions,
  joinWebUrlFilter,
  optionsIn,
  optionsJson,
  patchedOptions,
  prefersUnknownEnumMembers,
} from "./meeting-options";
import { authorizeMeetings } from "./permissions";
import { currentUser, now, type EmulatorState, type MeetingRecord } from "./state";

export function meetingJson(
  state: EmulatorState,
  m: MeetingRecord,
  language = m.language,
  includeUnknownEnumMembers = false,
): Record<string, unknown> {
  const u = m.organizer ?? currentUser(state);
  const code = m.join.meetingCode.replace(/\s/g, "");
  return {
    "@odata.type": "#microsoft.graph.onlineMeeting",
    "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${m.organizerId}')/onlineMeetings/$entity`,
    audioConferencing: {
      tollNumber: "+12525634478",
      tollFreeNumber: "+18666390588",
      ConferenceId: code.slice(0, 7),
      dialinUrl: `https://dialin.teams.microsoft.com/22f12fa0-499f-435b-bc69-b8de580ba330?id=${code.slice(0, 7)}`,
    },
    chatInfo: { threadId: m.join.threadId.replace("_", ":"), messageId: "0", replyChainMessageId: "0" },
    creationDateTime: m.creationDateTime,
    startDateTime: m.startDateTime,
    endDateTime: m.endDateTime,
    id: m.id,
    joinWebUrl: primaryJoinUrl(m.template, m.join),
    joinMeetingIdSettings: { isPasscodeRequired: true, joinMeetingId: code, passcode: m.join.passcode },
    joinInformation: {
      content: encodeJoinInformation(joinHtml(language, m.join, m.template)),
      contentType: "html",
    },
    participants: {
      organizer: {
        identity: { user: { id: m.organizerId, displayName: u.displayName, tenantId: m.tenantId } },
        upn: "upn" in u ? u.upn : u.mail,
        role: "presenter",
      },
      attendees: m.attendees.map((a) => ({ identity: { user: { id: a.id } }, upn: a.upn, role: a.role })),
    },
    subject: m.subject,
    externalId: m.externalId ?? null,
    isBroadcast: false,
    autoAdmittedUsers: "everyoneInCompany",
    ...optionsJson(m.options, includeUnknownEnumMembers),
  };
}

function parseTimes(body: Record<string, unknown>): { start?: string; end?: string } {
  const out: { start?: string; end?: string } = {};
  for (const [key, name] of [
    ["startDateTime", "start"],
    ["endDateTime", "end"],
  ] as const) {
    const v = body[key];
    if (v === undefined) continue;
    if (typeof v !== "string" || Number.isNaN(Date.parse(v))) {
      throw new GraphHttpError(400, "BadRequest", `Invalid ${key}.`);
    }
    out[name] = new Date(v).toISOString();
  }
  if (out.start && out.end && out.end < out.start)
    throw new GraphHttpError(400, "BadRequest", "endDateTime is before startDateTime.");
  return out;
}

function create(ctx: RouteContext, language: string, externalId?: string): MeetingRecord {
  const times = parseTimes(ctx.body);
  const at = now(ctx.state);
  const start = times.start ?? at.toISOString();
  const end = times.end ?? new Date(Date.parse(start) + 3_600_000).toISOString();
  const record: MeetingRecord = {
    id: `MSp${randomBytes(27).toString("base64url")}`,
    organizerId: ctx.token.userId,
    tenantId: ctx.token.tenantId,
    externalId,
    subject: typeof ctx.body.subject === "string" ? ctx.body.subject : "",
    startDateTime: start,
    endDateTime: end,
    creationDateTime: at.toISOString(),
    language,
    template: ctx.state.scenario.joinTemplate ?? NEWEST_TEMPLATE,
    join: newJoinDetails(ctx.state),
    linkExpiresAt: linkExpiry(end),
    options: defaultOptions(),
    attendees: [],
  };
  ctx.state.meetings.set(record.id, record);
  return record;
}

const notFound = () => new GraphHttpError(404, "NotFound", "The meeting was not found.");

export function isLinkExpired(state: EmulatorState, m: MeetingRecord): boolean {
  return Date.parse(m.linkExpiresAt) <= now(state).getTime();
}

export function onlineMeetingsRoute(ctx: RouteContext): RouteResult | undefined {
  if (!ctx.rest.startsWith("/onlineMeetings")) return undefined;
  const { state } = ctx;
  const reading = ctx.method === "GET";
  authorizeMeetings(state, ctx.token, ctx.mailbox, reading ? "read" : "write");
  if (state.scenario.account === "personal") {
    throw new GraphHttpError(403, "AuthenticationError", "Personal Microsoft accounts are not supported.");
  }
  const acceptLanguage = header(ctx, "accept-language");
  const organizerLanguage = pickLanguage(state.scenario.mailboxLanguage);

  const unknownMembers = prefersUnknownEnumMembers(header(ctx, "prefer"));
  // The opt-in is acknowledged as the evolvable-enums pattern says (README.md O3).
  const applied = unknownMembers ? { "Preference-Applied": "include-unknown-enum-members" } : undefined;

  if (ctx.rest === "/onlineMeetings" && ctx.method === "GET") {
    return { ...findByJoinUrl(ctx, acceptLanguage, unknownMembers), headers: applied };
  }
  if (ctx.rest === "/onlineMeetings") {
    if (ctx.method !== "POST") throw methodNotAllowed();
    // Documented: POST /me/onlineMeetings localizes by Accept-Language (rule A1).
    return { status: 201, body: meetingJson(state, create(ctx, pickLanguage(acceptLanguage))) };
  }
  if (ctx.rest === "/onlineMeetings/createOrGet") {
    if (ctx.method !== "POST") throw methodNotAllowed();
    const externalId = ctx.body.externalId;
    if (typeof externalId !== "string" || externalId === "") {
      throw new GraphHttpError(400, "BadRequest", "externalId is required.");
    }
    // Undocumented either way: a scenario switch (rule A2).
    const honoured = state.scenario.createOrGetAcceptLanguage === "honoured";
    const language = honoured && acceptLanguage ? pickLanguage(acceptLanguage) : organizerLanguage;
    const existing = [...state.meetings.values()].find(
      (m) =>
        m.tenantId === ctx.token.tenantId &&
        m.organizerId === ctx.token.userId &&
        m.externalId === externalId,
    );
    const options = optionsIn(ctx.body);
    const sentOptions = Object.keys(options).length > 0;
    // Options in createOrGet's body: undocumented either way, a scenario switch (rule O8).
    const optionsRule = state.scenario.createOrGetOptions ?? "ignored";
    if (sentOptions && optionsRule === "rejected") {
      const name = Object.keys(options)[0]!;
      throw new GraphHttpError(
        400,
        "BadRequest",
        `The parameter '${name}' in the request payload is not a valid parameter for the operation 'createOrGet'.`,
      );
    }
    // On an existing meeting the other fields are ignored (rule M2).
    if (existing)
      return {
        status: 200,
        body: meetingJson(state, existing, honoured ? language : existing.language, unknownMembers),
        headers: applied,
      };
    // Checked as a PATCH would be before anything is made: a bad value creates nothing (O2).
    const initial =
      sentOptions && optionsRule === "honoured"
        ? patchedOptions(defaultOptions(), options, unknownMembers)
        : defaultOptions();
    const record = create(ctx, language, externalId);
    record.options = initial;
    return { status: 201, body: meetingJson(state, record, language, unknownMembers), headers: applied };
  }
  const match = /^\/onlineMeetings\/([^/]+)$/.exec(ctx.rest);
  if (!match) return undefined;
  const id = decodeURIComponent(match[1]!);
  const record = state.meetings.get(id);
  // GET takes the organizer's and an invited attendee's token (Get onlineMeeting); the rest the organizer's.
  if (!record || !canSee(ctx, record)) throw notFound();
  if (ctx.method === "GET") {
    if (isLinkExpired(state, record) && state.scenario.expiredMeetingGet === "notFound") throw notFound();
    // Documented: GET localizes by Accept-Language (rule A3).
    const language = acceptLanguage ? pickLanguage(acceptLanguage) : record.language;
    return { status: 200, body: meetingJson(state, record, language, unknownMembers), headers: applied };
  }
  if (record.organizerId !== ctx.token.userId) {
    // Only the organizer changes or deletes a meeting (README.md O6, the 403 body assumed).
    throw new GraphHttpError(403, "Forbidden", "Only the meeting organizer can update this meeting.");
  }
  if (ctx.method === "PATCH") {
    const options = patchedOptions(record.options, ctx.body, unknownMembers);
    const presenters = options.allowedPresenters;
    if (presenters === "roleIsPresenter" && presenters !== record.options.allowedPresenters) {
      // Update onlineMeeting: roleIsPresenter comes with the full attendee list (README.md O5, the 400 assumed).
      if (!attendeesOf(ctx.body))
        throw new GraphHttpError(
          400,
          "BadRequest",
          "allowedPresenters 'roleIsPresenter' needs participants/attendees.",
        );
    }
    const times = parseTimes(ctx.body);
    if (typeof ctx.body.subject === "string") record.subject = ctx.body.subject;
    if (times.start) record.startDateTime = times.start;
    if (times.end) record.endDateTime = times.end;
    if (record.endDateTime < record.startDateTime)
      throw new GraphHttpError(400, "BadRequest", "endDateTime is before startDateTime.");
    record.options = options;
    const attendees = attendeesOf(ctx.body);
    if (attendees) record.attendees = attendees;
    // Any update gives the link another 60 days (rule L2).
    const extended = linkExpiry(record.endDateTime, now(state));
    if (extended > record.linkExpiresAt) record.linkExpiresAt = extended;
    return {
      status: 200,
      body: meetingJson(state, record, record.language, unknownMembers),
      headers: applied,
    };
  }
  if (ctx.method === "DELETE") {
    state.meetings.delete(id);
    return { status: 204, body: undefined };
  }
  throw methodNotAllowed();
}

function canSee(ctx: RouteContext, m: MeetingRecord): boolean {
  if (m.tenantId !== ctx.token.tenantId) return false;
  return m.organizerId === ctx.token.userId || m.attendees.some((a) => a.id === ctx.token.userId);
}

/**
 * `GET /me/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}'` (Get onlineMeeting, example 3): a
 * collection with the one meeting. The join URL must be URL-encoded; the query may still hold a raw
 * `?` (legal in a query), which server.ts keeps. No match: an empty collection (README.md O7, assumed).
 */
function findByJoinUrl(ctx: RouteContext, acceptLanguage: string | undefined, unknownMembers: boolean) {
  const filter = ctx.query.get("$filter");
  if (filter === null) throw new GraphHttpError(400, "BadRequest", "This request needs a $filter.");
  const url = joinWebUrlFilter(filter);
  if (url === undefined) throw new GraphHttpError(400, "BadRequest", `Unsupported filter: ${filter}`);
  meetingOfEvent(ctx, url);
  // The meetup-join URL (the event's onlineMeeting.joinUrl) or the joinWebUrl (the short link in the
  // 2026 template) name the same meeting (assumed, README.md O7).
  const found = [...ctx.state.meetings.values()].filter(
    (m) => canSee(ctx, m) && (m.join.joinUrl === url || primaryJoinUrl(m.template, m.join) === url),
  );
  return {
    status: 200,
    body: {
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/onlineMeetings",
      value: found.map((m) =>
        meetingJson(ctx.state, m, acceptLanguage ? pickLanguage(acceptLanguage) : m.language, unknownMembers),
      ),
    },
  };
}

/**
 * The Teams meeting behind an online event in the user's own calendar, made an onlineMeeting the first
 * time it is looked up by its join URL (Exchange made it when the event went online; the signed-in user
 * organizes it). Events in other mailboxes are their owners' meetings: not found here.
 */
function meetingOfEvent(ctx: RouteContext, url: string): void {
  const { state } = ctx;
  const known = [...state.meetings.values()].some((m) => m.join.joinUrl === url || m.join.shortUrl === url);
  if (known) return;
  const event = [...state.events.values()].find((e) => e.owner === "me" && e.join?.joinUrl === url);
  if (!event?.join) return;
  const record: MeetingRecord = {
    id: `MSp${randomBytes(27).toString("base64url")}`,
    organizerId: ctx.token.userId,
    tenantId: ctx.token.tenantId,
    subject: event.subject,
    startDateTime: event.start,
    endDateTime: event.end,
    creationDateTime: now(state).toISOString(),
    language: pickLanguage(state.scenario.mailboxLanguage),
    // The event's block is written in the scenario's template; its joinWebUrl follows it too.
    template: state.scenario.joinTemplate ?? NEWEST_TEMPLATE,
    join: event.join,
    linkExpiresAt: linkExpiry(event.end),
    options: defaultOptions(),
    attendees: [],
  };
  state.meetings.set(record.id, record);
}

function attendeesOf(body: Record<string, unknown>): MeetingRecord["attendees"] | undefined {
  const p = body.participants;
  if (typeof p !== "object" || p === null) return undefined;
  const list = (p as Record<string, unknown>).attendees;
  if (!Array.isArray(list)) return undefined;
  return list.map((a: unknown) => {
    const x = (typeof a === "object" && a !== null ? a : {}) as Record<string, unknown>;
    const identity = (x.identity ?? {}) as { user?: { id?: unknown } };
    return {
      id: typeof identity.user?.id === "string" ? identity.user.id : "",
      upn: typeof x.upn === "string" ? x.upn : "",
      role: x.role === "presenter" ? "presenter" : "attendee",
    };
  });
}
