// GET /me/calendar and /users/{owner}/calendar: the providers the calendar allows (seed 004), and
// whether the user may edit it (`canEdit`). README.md rules C1, C2, P4, P5.
import { methodNotAllowed, type RouteContext, type RouteResult } from "./http";
import { applySelect } from "./odata";
import { authorizeCalendar, shareLevel } from "./permissions";
import { DEFAULT_CALENDAR, PERSONAL_CALENDAR, type CalendarScenario } from "./scenario";
import { currentUser, type EmulatorState } from "./state";
import type { Mailbox } from "./http";

export function ownCalendar(state: EmulatorState): CalendarScenario {
  if (state.scenario.calendar) return state.scenario.calendar;
  return state.scenario.account === "personal" ? PERSONAL_CALENDAR : DEFAULT_CALENDAR;
}

/** The calendar a mailbox path is about, after the permission checks. */
export function calendarOf(ctx: RouteContext, access: "read" | "write"): CalendarScenario {
  const shared = authorizeCalendar(ctx.state, ctx.token, ctx.mailbox, access);
  return shared ?? ownCalendar(ctx.state);
}

export function ownerKey(mailbox: Mailbox): string {
  return mailbox.kind === "me" ? "me" : mailbox.address;
}

export function calendarRoute(ctx: RouteContext): RouteResult {
  if (ctx.method !== "GET") throw methodNotAllowed();
  const cal = calendarOf(ctx, "read");
  const level = ctx.mailbox.kind === "me" ? "owner" : shareLevel(ctx.state, ctx.mailbox.address);
  const ownerAddress = ctx.mailbox.kind === "me" ? currentUser(ctx.state).mail : ctx.mailbox.address;
  const json = {
    "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${encodeURIComponent(ownerAddress)}')/calendar/$entity`,
    id: `AAMkAD${Buffer.from(ownerAddress).toString("base64url")}calendar`,
    name: "Calendar",
    canEdit: level === "owner" || level === "edit" || level === "delegate",
    canShare: level === "owner",
    owner: { name: ownerAddress, address: ownerAddress },
    allowedOnlineMeetingProviders: cal.allowedOnlineMeetingProviders,
    defaultOnlineMeetingProvider: cal.defaultOnlineMeetingProvider,
  };
  return { status: 200, body: applySelect(json, ctx.query.get("$select")) };
}
