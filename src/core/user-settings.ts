// The organizer's settings (roaming, per user): what they are before anyone chose, and the rules every
// surface reads them by — the pane, the one-click commands and the use-cases must agree on each.
import type { UserSettings } from "./types";

/** An organizer who never opened Settings: the calendar's own provider where the calendar allows one. */
export const DEFAULT_SETTINGS: Readonly<UserSettings> = { route: "auto" };

/** A stored default route, read leniently: anything but a route we know is "auto". */
export function storedRoute(value: unknown): UserSettings["route"] {
  return value === "standalone" || value === "calendar" ? value : "auto";
}

/** The join text's language when none is picked for the meeting: the organizer's default, else Outlook's. */
export function defaultJoinLanguage(settings: UserSettings, displayLanguage: string): string {
  return settings.joinLanguage ?? displayLanguage;
}

/**
 * Whether "Don't ask me again" answers the calendar route's confirmation. It covers the route being
 * irreversible, not turning a whole series online from one occurrence: that is always asked.
 */
export function calendarRouteConfirmed(settings: UserSettings, wholeSeries: boolean): boolean {
  // Roaming settings are JSON the organizer's other clients wrote: any truthy value is a yes.
  return Boolean(settings.calendarRouteConfirmed) && !wholeSeries;
}
