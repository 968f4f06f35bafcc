// Which way to make the appointment an online meeting, from what the organizer's calendar allows.
import type { CalendarProviders, OnlineMeetingProvider, RouteChoice, RouteDecision } from "./types";
import { OnlineMeetingProvider as Provider } from "./types";

type RealProvider = Exclude<OnlineMeetingProvider, "unknown">;

/** Only strings: has() is false for any other value. */
const KNOWN: ReadonlySet<unknown> = new Set<string>(Object.values(Provider));

/** Graph may grow new enum members (e.g. teamsForConsumer): anything we don't know is "unknown". */
export function normalizeProvider(value: unknown): OnlineMeetingProvider {
  return KNOWN.has(value) ? (value as OnlineMeetingProvider) : Provider.unknown;
}

/** Normalizes a raw calendar payload's provider fields; tolerant of missing or odd values. */
export function toCalendarProviders(
  allowed: unknown,
  defaultProvider: unknown,
  owner?: string,
): CalendarProviders {
  const list = Array.isArray(allowed) ? allowed.map(normalizeProvider) : [];
  return { allowed: [...new Set(list)], defaultProvider: normalizeProvider(defaultProvider), owner };
}

/** The providers that can really make an event an online meeting. */
export function realProviders(providers: CalendarProviders): RealProvider[] {
  return providers.allowed.filter((p): p is RealProvider => p !== Provider.unknown);
}

/**
 * Calendar route when the calendar allows a real provider (the organizer's choice if allowed, else the
 * calendar's default if allowed, else Teams if allowed, else the first allowed); standalone when it
 * allows none or when the organizer chose it.
 */
export function decideRoute(providers: CalendarProviders, choice: RouteChoice): RouteDecision {
  if (choice.route === "standalone") return { route: "standalone", reason: "chosen" };
  const real = realProviders(providers);
  const first = real[0];
  if (first === undefined) return { route: "standalone", reason: "no-provider" };
  const pick = (p: OnlineMeetingProvider | undefined): RealProvider | undefined => real.find((r) => r === p);
  const provider =
    pick(choice.provider) ?? pick(providers.defaultProvider) ?? pick(Provider.teamsForBusiness) ?? first;
  return { route: "calendar", provider };
}
