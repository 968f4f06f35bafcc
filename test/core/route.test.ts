// The route decision as a table.
import { decideRoute, normalizeProvider, toCalendarProviders } from "../../src/core/route";
import type { RouteChoice, RouteDecision } from "../../src/core/types";

// The table holds what Graph answered; the providers are made from it inside each test (not while the
// file loads), so mutation testing sees toCalendarProviders run by the tests that depend on it.
type GraphAnswer = [allowed: string[], defaultProvider: string];
const cal = (allowed: string[], def: string): GraphAnswer => [allowed, def];

test.each<[string, GraphAnswer, RouteChoice, RouteDecision]>([
  [
    "default allowed",
    cal(["teamsForBusiness", "skypeForBusiness"], "teamsForBusiness"),
    { route: "auto" },
    { route: "calendar", provider: "teamsForBusiness" },
  ],
  [
    "choice among allowed",
    cal(["teamsForBusiness", "skypeForBusiness"], "teamsForBusiness"),
    { route: "calendar", provider: "skypeForBusiness" },
    { route: "calendar", provider: "skypeForBusiness" },
  ],
  [
    "choice not allowed falls back to default",
    cal(["skypeForBusiness"], "skypeForBusiness"),
    { route: "calendar", provider: "teamsForBusiness" },
    { route: "calendar", provider: "skypeForBusiness" },
  ],
  [
    "default unknown but Teams allowed",
    cal(["teamsForBusiness"], "unknown"),
    { route: "auto" },
    { route: "calendar", provider: "teamsForBusiness" },
  ],
  [
    "default not in allowed list",
    cal(["skypeForBusiness"], "teamsForBusiness"),
    { route: "auto" },
    { route: "calendar", provider: "skypeForBusiness" },
  ],
  [
    "personal account",
    cal(["skypeForConsumer"], "skypeForConsumer"),
    { route: "auto" },
    { route: "calendar", provider: "skypeForConsumer" },
  ],
  ["nothing allowed", cal([], "unknown"), { route: "auto" }, { route: "standalone", reason: "no-provider" }],
  [
    "only unknown",
    cal(["unknown"], "unknown"),
    { route: "calendar" },
    { route: "standalone", reason: "no-provider" },
  ],
  [
    "unknown future value",
    cal(["teamsForConsumer"], "teamsForConsumer"),
    { route: "auto" },
    { route: "standalone", reason: "no-provider" },
  ],
  [
    "organizer chose standalone",
    cal(["teamsForBusiness"], "teamsForBusiness"),
    { route: "standalone" },
    { route: "standalone", reason: "chosen" },
  ],
])("%s", (_name, [allowed, def], choice, expected) => {
  expect(decideRoute(toCalendarProviders(allowed, def), choice)).toEqual(expected);
});

test("unknown and malformed provider values normalize to unknown", () => {
  expect(normalizeProvider("teamsForConsumer")).toBe("unknown");
  expect(normalizeProvider(42)).toBe("unknown");
  expect(toCalendarProviders("nope", null)).toEqual({
    allowed: [],
    defaultProvider: "unknown",
    owner: undefined,
  });
  expect(toCalendarProviders(["teamsForBusiness", "teamsForBusiness"], "x").allowed).toEqual([
    "teamsForBusiness",
  ]);
});
