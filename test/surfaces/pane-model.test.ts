// What the task pane shows (describePane) for every meeting state, piece of work in progress, error and
// setting — each test one thing an organizer relies on. Pure: no DOM, no Office.js. The route choice
// and the join-text language: pane-routes.test.ts.
import { AppError, ErrorCode } from "../../src/core/errors";
import type { MeetingState } from "../../src/core/types";
import type { Label } from "../../src/surfaces/shared/messages";
import {
  initialPaneState,
  withMeetingRead,
  withProviders,
  withSettings,
} from "../../src/surfaces/taskpane/pane-state";
import { JOIN, LANGUAGES, OURS, TEAMS_ONLY, opened, read, show } from "./pane-fixtures";

describe("the switch", () => {
  test("until the appointment is read, the switch can't be pressed and the pane says it is reading", () => {
    const model = show(initialPaneState());
    expect(model.card.switch).toMatchObject({ on: false, disabled: true, press: null });
    expect(read(model.card.status)).toBe("Reading the appointment…");
    expect(read(model.routes.note)).toBe("Checking what your calendar allows…");
  });

  test("with no meeting yet the switch is off, and pressing it adds one", () => {
    const model = show(opened({ kind: "none" }));
    expect(model.card.switch).toEqual({ on: false, disabled: false, hint: null, press: "add" });
    expect(read(model.card.status)).toBe("This appointment is not an online meeting yet.");
  });

  test("our standalone meeting: the switch is on, and pressing it removes the meeting", () => {
    expect(show(opened(OURS)).card.switch).toEqual({
      on: true,
      disabled: false,
      hint: null,
      press: "remove",
    });
  });

  test.each<[string, MeetingState]>([
    ["an add", { kind: "none" }],
    ["a removal", OURS],
  ])(
    "while %s runs the switch can't be pressed, and it keeps showing the meeting as it was",
    (_work, meeting) => {
      const model = show({ ...opened(meeting), working: true });
      expect(model.card.switch).toMatchObject({ on: meeting.kind === "ours", disabled: true, press: null });
    },
  );

  test("a calendar-route meeting can't be turned off: the switch stays on, inert, and says why", () => {
    const model = show(
      opened({ kind: "ours", route: "calendar", provider: "teamsForBusiness", joinUrl: JOIN }),
    );
    expect(model.card.switch).toMatchObject({ on: true, disabled: true, press: null });
    expect(read(model.card.switch.hint)).toBe(
      "An online event cannot be turned off. To stop meeting online, create a new appointment.",
    );
    expect(read(model.card.status)).toBe("This event is an online meeting (Microsoft Teams).");
  });

  test("an event already online by Outlook's own button shows on, can't be turned off, with nothing to add", () => {
    const model = show(opened({ kind: "calendar-online", provider: "skypeForBusiness", joinUrl: JOIN }));
    expect(model.card.switch).toMatchObject({ on: true, disabled: true, press: null });
    expect(read(model.card.status)).toBe(
      "This event is already an online meeting (Skype for Business). Nothing to add.",
    );
    expect(model.card.joinUrl).toBe(JOIN);
  });

  test("another service's join link: the switch stays off and inert, and the warning names the service", () => {
    const model = show(opened({ kind: "foreign", meeting: { service: "zoom", url: "https://zoom.us/j/1" } }));
    expect(model.card.switch).toMatchObject({ on: false, disabled: true, press: null });
    expect(read(model.foreign)).toBe(
      "The body already has a Zoom join link. Adding another would give attendees two ways to join.",
    );
    expect(show(opened({ kind: "none" })).foreign).toBeNull();
  });
});

describe("the meeting card", () => {
  test("our standalone meeting shows its join link and names its Teams organizer", () => {
    const model = show(opened(OURS));
    expect(model.card.joinUrl).toBe(JOIN);
    expect(read(model.card.status)).toBe(
      "Teams meeting added by Online Meeting for Outlook. Teams organizer: megan.bowen@contoso.com",
    );
  });

  test("until when the join link works is said in the pane's language", () => {
    const ours = { ...OURS, linkValidUntil: new Date("2027-03-01T12:00:00Z") };
    expect(read(show(opened(ours), "de-DE").card.validUntil as Label)).toBe(
      "The join link works until 1. März 2027, 60 days after the meeting ends.",
    );
    expect(show(opened(OURS)).card.validUntil).toBeNull();
  });

  test("an online event Graph gave no join link shows no join link row", () => {
    expect(
      show(opened({ kind: "calendar-online", provider: "teamsForBusiness", joinUrl: null })).card.joinUrl,
    ).toBeNull();
  });

  test("while the pane opens there is no valid-until line (no empty line, no gap): only a date brings it", () => {
    expect(show(initialPaneState()).card.validUntil).toBeNull();
    expect(show(withProviders(initialPaneState(), null)).card.validUntil).toBeNull();
  });
});

describe("the confirmation before the calendar route", () => {
  const confirming = (needsSave: boolean, wholeSeries: boolean) =>
    show({
      ...opened({ kind: "none" }),
      confirmation: { provider: "teamsForBusiness", needsSave, wholeSeries },
    }).confirmation;

  test("it names the provider and says the route can't be undone", () => {
    const confirmation = confirming(false, false);
    expect(read(confirmation?.title)).toBe("Turn on a Microsoft Teams meeting?");
    expect(read(confirmation?.irreversible)).toBe(
      "Once this event is an online meeting, it cannot be turned off again.",
    );
  });

  test("saving first is mentioned only for a new appointment, the whole series only for an occurrence", () => {
    expect(confirming(false, false)).toMatchObject({ save: null, series: null });
    expect(read(confirming(true, false)?.save)).toBe(
      "The appointment will be saved to your calendar first. No invitations are sent until you press Send.",
    );
    expect(read(confirming(false, true)?.series)).toBe(
      "You opened one occurrence of a series. The whole series becomes a Microsoft Teams meeting: every occurrence, with one join link.",
    );
  });

  test("no question is shown when none is asked", () => {
    expect(show(opened({ kind: "none" })).confirmation).toBeNull();
  });
});

describe("progress and errors", () => {
  test("each step of the work shows its sentence while it runs", () => {
    const state = { ...opened({ kind: "none" }), working: true };
    expect(read(show({ ...state, progress: "waiting-for-sync" }).progress)).toBe(
      "Waiting for Outlook to sync the appointment…",
    );
    expect(show(state).progress).toBeNull();
  });

  const failed = (error: AppError, canRetry = true) =>
    show({ ...opened({ kind: "none" }), error: { error, canRetry } }).error;

  test("a failure that may pass offers Try again; one that needs someone else doesn't", () => {
    expect(read(failed(new AppError(ErrorCode.offline, "offline"))?.retry)).toBe("Try again");
    expect(failed(new AppError(ErrorCode.personalAccount, "personal"))?.retry).toBeNull();
    expect(failed(new AppError(ErrorCode.offline, "offline"), false)?.retry).toBeNull();
  });

  test("after Try again on a failed load reads the appointment, the error box is gone", () => {
    const failedLoad = {
      ...withSettings(initialPaneState(), { route: "auto" }, LANGUAGES, "en-US"),
      error: { error: new AppError(ErrorCode.offline, "offline"), canRetry: true },
    };
    expect(show(failedLoad).error).not.toBeNull();
    const retried = withMeetingRead(failedLoad, { kind: "none" });
    expect(show(retried).error).toBeNull();
    expect(show(withProviders(retried, TEAMS_ONLY)).error).toBeNull();
  });

  test("when signing in is what's needed, the button says Sign in", () => {
    expect(read(failed(new AppError(ErrorCode.signInRequired, "sign in"))?.retry)).toBe("Sign in");
  });

  test("a cancelled sign-in can be tried again: the button says Sign in", () => {
    expect(read(failed(new AppError(ErrorCode.signInCancelled, "closed"))?.retry)).toBe("Sign in");
  });

  test("a consent error links to where an administrator approves the add-in", () => {
    const consentUrl = "https://login.microsoftonline.com/common/adminconsent?client_id=x";
    const error = failed(new AppError(ErrorCode.consentRequired, "consent", { consentUrl }));
    expect(error?.consentLink).toBe(consentUrl);
    expect(failed(new AppError(ErrorCode.offline, "offline"))?.consentLink).toBeNull();
  });

  test("a throttled request names the wait only when Graph gave one", () => {
    expect(read(failed(new AppError(ErrorCode.throttled, "429", { retryAfterSeconds: 120 }))?.text)).toBe(
      "Microsoft 365 is busy right now. Try again in 2 minutes.",
    );
    expect(read(failed(new AppError(ErrorCode.throttled, "429"))?.text)).toBe(
      "Microsoft 365 is busy right now. Wait a moment, then try again.",
    );
  });

  test("no error box without an error", () => {
    expect(show(opened({ kind: "none" })).error).toBeNull();
  });
});

describe("settings and account", () => {
  test("Settings show the stored values; a stored calendar route reads as 'use my calendar's provider'", () => {
    const model = show(opened({ kind: "none" }, TEAMS_ONLY, { route: "calendar", autoAdd: true }));
    expect(model.settings).toMatchObject({ autoAdd: true, route: "auto", language: "en-US" });
    expect(show(opened({ kind: "none" }, TEAMS_ONLY, { route: "standalone" })).settings.route).toBe(
      "standalone",
    );
  });

  test("the account line names the signed-in user, by name or else by address", () => {
    const state = opened({ kind: "none" });
    expect(
      read(show({ ...state, account: { name: "Megan Bowen", username: "megan@contoso.com" } }).account),
    ).toBe("Signed in as Megan Bowen");
    expect(read(show({ ...state, account: { name: "", username: "megan@contoso.com" } }).account)).toBe(
      "Signed in as megan@contoso.com",
    );
    expect(show(state).account).toBeNull();
  });
});
