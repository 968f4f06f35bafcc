// GET and PATCH /me/events/{id} (and /users/{owner}/events/{id}): the body in its stored type unless
// Prefer asks for another, `$select`, and turning the event into an online meeting, which Exchange
// answers by writing the Teams join block into the body and which cannot be undone (seed 004).
// README.md rules V1–V5.
import { calendarOf, ownerKey } from "./calendar";
import { GraphHttpError, header, methodNotAllowed, type RouteContext, type RouteResult } from "./http";
import { joinHtml, NEWEST_TEMPLATE, pickLanguage } from "./join-templates";
import { newJoinDetails } from "./meeting-links";
import { applySelect, htmlToText, preferredBodyType, textToHtml } from "./odata";
import { currentUser, eventKey, type EmulatorState, type EventRecord } from "./state";

export function eventJson(
  state: EmulatorState,
  e: EventRecord,
  want?: "html" | "text",
): Record<string, unknown> {
  const type = want ?? e.bodyType;
  const content =
    type === e.bodyType ? e.bodyHtml : type === "html" ? textToHtml(e.bodyHtml) : htmlToText(e.bodyHtml);
  const owner = e.owner === "me" ? currentUser(state).id : e.owner;
  return {
    "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${owner}')/events/$entity`,
    id: e.id,
    subject: e.subject,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.provider,
    onlineMeetingUrl: null,
    body: { contentType: type, content },
    start: { dateTime: e.start.replace(/Z$/, ""), timeZone: "UTC" },
    end: { dateTime: e.end.replace(/Z$/, ""), timeZone: "UTC" },
    onlineMeeting: e.join
      ? { joinUrl: e.join.joinUrl, conferenceId: e.join.conferenceId, tollNumber: "+1 323-555-0166" }
      : null,
  };
}

function enableOnline(ctx: RouteContext, e: EventRecord): void {
  const patch = ctx.body;
  if (patch.isOnlineMeeting === false && e.isOnlineMeeting) {
    throw new GraphHttpError(
      400,
      "ErrorInvalidRequest",
      "isOnlineMeeting can't be set to false once the event is an online meeting.",
    );
  }
  if (patch.isOnlineMeeting !== true) return;
  const calendar = calendarOf(ctx, "write");
  const provider =
    typeof patch.onlineMeetingProvider === "string"
      ? patch.onlineMeetingProvider
      : calendar.defaultOnlineMeetingProvider;
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
  if (!calendar.allowedOnlineMeetingProviders.includes(provider) || provider === "unknown") {
    throw new GraphHttpError(
      400,
      "ErrorInvalidRequest",
      `The online meeting provider ${provider} is not allowed for this calendar.`,
    );
  }
  const join = {
    ...newJoinDetails(ctx.state),
    conferenceId: String(100000000 + (ctx.state.seq % 899999999)),
  };
  e.isOnlineMeeting = true;
  e.provider = provider;
  e.join = join;
  const template = ctx.state.scenario.joinTemplate ?? NEWEST_TEMPLATE;
  const block = joinHtml(pickLanguage(ctx.state.scenario.mailboxLanguage), join, template);
  if (e.bodyType === "text") {
    e.bodyHtml = `${e.bodyHtml}\r\n${htmlToText(block)}\r\n`;
    return;
  }
  const at = e.bodyHtml.toLowerCase().lastIndexOf("</body");
  e.bodyHtml =
    at >= 0 ? `${e.bodyHtml.slice(0, at)}${block}\r\n${e.bodyHtml.slice(at)}` : `${e.bodyHtml}${block}`;
}

export function eventRoute(ctx: RouteContext, id: string): RouteResult {
  const writing = ctx.method === "PATCH";
  if (ctx.method !== "GET" && !writing) throw methodNotAllowed();
  calendarOf(ctx, writing ? "write" : "read");
  const e = ctx.state.events.get(eventKey(ownerKey(ctx.mailbox), id));
  if (!e)
    throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
  if (writing) {
    enableOnline(ctx, e);
    if (typeof ctx.body.subject === "string") e.subject = ctx.body.subject;
  }
  const want = preferredBodyType(header(ctx, "prefer"));
  const json = applySelect(eventJson(ctx.state, e, want), ctx.query.get("$select"));
  return {
    status: 200,
    body: json,
    headers: want ? { "Preference-Applied": `outlook.body-content-type="${want}"` } : {},
  };
}
