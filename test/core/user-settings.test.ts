// The organizer's settings as every surface reads them: one rule each, here.
import {
  calendarRouteConfirmed,
  DEFAULT_SETTINGS,
  defaultJoinLanguage,
  storedRoute,
} from "../../src/core/user-settings";

test("an organizer who never opened Settings gets the calendar's own provider where it has one", () => {
  expect(DEFAULT_SETTINGS).toEqual({ route: "auto" });
});

test.each([
  ["standalone", "standalone"],
  ["calendar", "calendar"],
  ["auto", "auto"],
  ["bogus", "auto"],
  [undefined, "auto"],
  [7, "auto"],
])("a stored default route %p is read as %p", (value, route) => {
  expect(storedRoute(value)).toBe(route);
});

test("the join text is in the organizer's default language when they set one", () => {
  expect(defaultJoinLanguage({ route: "auto", joinLanguage: "ja-JP" }, "de-DE")).toBe("ja-JP");
});

test("without a default, the join text is in Outlook's display language", () => {
  expect(defaultJoinLanguage({ route: "auto" }, "de-DE")).toBe("de-DE");
});

test("'Don't ask me again' skips the calendar route's confirmation for one appointment", () => {
  expect(calendarRouteConfirmed({ route: "auto", calendarRouteConfirmed: true }, false)).toBe(true);
});

test("'Don't ask me again' never turns a whole series online from one occurrence unasked", () => {
  expect(calendarRouteConfirmed({ route: "auto", calendarRouteConfirmed: true }, true)).toBe(false);
});

test("without 'Don't ask me again' the calendar route is always confirmed first", () => {
  expect(calendarRouteConfirmed({ route: "auto" }, false)).toBe(false);
  expect(calendarRouteConfirmed({ route: "auto", calendarRouteConfirmed: false }, false)).toBe(false);
});
