// What the route picker and the join-text language list show (describePane): the choices, the
// preselected route and the notes, and when the language list is there. Pure: no DOM, no Office.js.
import type { CalendarProviders, UserSettings } from "../../src/core/types";
import { initialPaneState, withSettings } from "../../src/surfaces/taskpane/pane-state";
import { LANGUAGES, OURS, TEAMS_ONLY, opened, read, show } from "./pane-fixtures";

describe("the route choice", () => {
  const both: CalendarProviders = {
    allowed: ["skypeForBusiness", "teamsForBusiness"],
    defaultProvider: "skypeForBusiness",
  };

  test("one choice per provider the calendar allows, then the standalone route", () => {
    expect(show(opened({ kind: "none" }, both)).routes.choices.map((choice) => read(choice.label))).toEqual([
      "Make this event a Skype for Business meeting",
      "Make this event a Microsoft Teams meeting",
      "Standalone Teams meeting (join text in the language you choose)",
    ]);
  });

  test("the preselected route is the calendar's default provider when the calendar allows it", () => {
    expect(show(opened({ kind: "none" }, both)).routes.selected).toBe("calendar:skypeForBusiness");
  });

  test("the organizer's own provider is preselected over the calendar's default when allowed", () => {
    const settings: UserSettings = { route: "calendar", provider: "teamsForBusiness" };
    expect(show(opened({ kind: "none" }, both, settings)).routes.selected).toBe("calendar:teamsForBusiness");
  });

  test("the organizer's 'always a standalone Teams meeting' preselects the standalone route", () => {
    expect(show(opened({ kind: "none" }, both, { route: "standalone" })).routes.selected).toBe("standalone");
  });

  test("a calendar that allows no provider preselects the standalone route and says why", () => {
    const model = show(opened({ kind: "none" }, { allowed: [], defaultProvider: "unknown" }));
    expect(model.routes.selected).toBe("standalone");
    expect(read(model.routes.note)).toBe(
      "Your calendar offers no online-meeting provider, so a standalone Teams meeting will be created.",
    );
  });

  test("a calendar that couldn't be read offers the standalone route only, with no note", () => {
    const model = show(opened({ kind: "none" }, null));
    expect(model.routes.choices.map((choice) => choice.value)).toEqual(["standalone"]);
    expect(model.routes.note).toEqual([]);
  });

  test("until the calendar answers no choice is shown, and the appointment's state already is", () => {
    const state = {
      ...withSettings(initialPaneState(), { route: "auto" }, LANGUAGES, "en-US"),
      meeting: OURS,
    };
    const model = show(state);
    expect(model.routes.choices).toEqual([]);
    expect(model.routes.selected).toBeNull();
    expect(model.card.switch.on).toBe(true);
  });

  test("changing the default route in Settings doesn't move this appointment's checked route", () => {
    const state = opened({ kind: "none" }, both);
    const later = { ...state, settings: { ...state.settings, route: "standalone" as const } };
    expect(show(later).routes.selected).toBe("calendar:skypeForBusiness");
  });

  test("the route can't be changed while the meeting is on or work runs", () => {
    expect(show(opened({ kind: "none" })).routes.disabled).toBe(false);
    expect(show(opened(OURS)).routes.disabled).toBe(true);
    expect(show({ ...opened({ kind: "none" }), working: true }).routes.disabled).toBe(true);
  });

  test("in someone else's calendar the standalone route says the meeting will be the delegate's own", () => {
    const shared = { ...TEAMS_ONLY, owner: "adele@contoso.com" };
    const state = { ...opened({ kind: "none" }, shared), checkedRoute: "standalone" as const };
    expect(read(show(state).routes.note)).toBe(
      "In adele@contoso.com's calendar a standalone meeting is created in your name: you, not adele@contoso.com, will be its Teams organizer.",
    );
    expect(show(opened({ kind: "none" }, shared)).routes.note).toEqual([]);
  });
});

describe("the join-text language", () => {
  test("the language list shows for the standalone route, not for the calendar route", () => {
    const state = opened({ kind: "none" });
    expect(show(state).routes.language.visible).toBe(false);
    expect(show({ ...state, checkedRoute: "standalone" }).routes.language.visible).toBe(true);
  });

  test("the organizer's Outlook language comes first and is marked as Outlook's", () => {
    const [first] = show(opened({ kind: "none" })).routes.language.options;
    expect(first?.tag).toBe("en-US");
    expect(read(first?.label)).toBe("American English (Outlook's language)");
  });

  test("our standalone meeting's list shows the language its join text is in", () => {
    const model = show(opened({ ...OURS, language: "ja" }));
    expect(model.routes.language).toMatchObject({ visible: true, value: "ja-JP", disabled: false });
  });

  test("the list stays usable while its own change runs, so the focus isn't dropped", () => {
    expect(show({ ...opened(OURS), working: true }).routes.language.disabled).toBe(false);
    expect(show({ ...opened({ kind: "none" }), working: true }).routes.language.disabled).toBe(true);
  });

  test("the organizer's default join language is preselected, in the pane and in Settings", () => {
    const model = show(opened({ kind: "none" }, TEAMS_ONLY, { route: "auto", joinLanguage: "de-DE" }));
    expect(model.routes.language.value).toBe("de-DE");
    expect(model.settings.language).toBe("de-DE");
  });

  test("a stored default the list doesn't offer selects nothing rather than a wrong language", () => {
    const model = show(opened({ kind: "none" }, TEAMS_ONLY, { route: "auto", joinLanguage: "xx-YY" }));
    expect(model.routes.language.value).toBe("");
    expect(model.settings.language).toBe("");
  });
});
