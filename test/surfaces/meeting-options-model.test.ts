// What the "Meeting options" section shows in each state, without a DOM: there only once the meeting
// exists, the server's values (never guessed ones), a clear sentence for who may not change them, and
// a failure that keeps what was shown.
import type { MeetingOptions, MeetingWithOptions } from "../../src/core/meeting-options";
import {
  changeStarted,
  describeMeetingOptions,
  initialOptionsState,
  readStarted,
  withChange,
  withFailure,
  withMeetingExists,
  withRead,
  type OptionsState,
  defaultsStarted,
  withDefaultsDone,
  withDefaultsFailure,
  withDefaultsKnown,
} from "../../src/surfaces/taskpane/meeting-options-model";

const HELD: MeetingOptions = {
  lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
  allowedPresenters: "everyone",
  allowMeetingChat: "limited",
  allowAttendeeToEnableMic: true,
  allowAttendeeToEnableCamera: false,
  recordAutomatically: false,
  isEntryExitAnnounced: true,
};
const meeting = (options: MeetingOptions): MeetingWithOptions => ({
  meetingId: "m1",
  joinWebUrl: "https://teams.microsoft.com/l/meetup-join/x",
  organizerUpn: "megan.bowen@contoso.com",
  options,
});
const exists = withMeetingExists(initialOptionsState(), true);
const ready = withRead(readStarted(exists), { kind: "ready", meeting: meeting(HELD) });

test("without a meeting there is no section at all", () => {
  expect(describeMeetingOptions(initialOptionsState())).toMatchObject({ visible: false, controls: null });
});

test("once the meeting exists the section is there, closed and without a word, until it is opened", () => {
  expect(describeMeetingOptions(exists)).toEqual({
    visible: true,
    busy: false,
    message: null,
    alert: false,
    controls: null,
    defaults: null,
  });
});

test("while the options are read the section says so and offers no controls yet", () => {
  expect(describeMeetingOptions(readStarted(exists))).toMatchObject({
    busy: true,
    message: "options.loading",
    controls: null,
  });
});

test("the organizer gets every control with the value the server holds", () => {
  const model = describeMeetingOptions(ready);
  expect(model).toMatchObject({ busy: false, message: null, alert: false });
  expect(model.controls).toMatchObject({
    lobby: { value: "organization" },
    dialIn: false,
    presenters: { value: "everyone" },
    chat: { value: "limited" },
    mic: true,
    camera: false,
    record: false,
    announce: true,
  });
});

test("the lobby offers Graph's scopes, labelled by what they mean, in the documented order", () => {
  expect(describeMeetingOptions(ready).controls!.lobby.choices.map((c) => [c.value, c.label])).toEqual([
    ["organizer", "options.who.organizer"],
    ["organization", "options.who.organization"],
    ["organizationAndFederated", "options.who.federated"],
    ["everyone", "options.who.everyone"],
    ["invited", "options.who.invited"],
    ["organizationExcludingGuests", "options.who.noGuests"],
  ]);
});

test("specific presenters are shown when the server holds them but never offered (PATCH needs the roles)", () => {
  const values = (state: OptionsState) =>
    describeMeetingOptions(state).controls!.presenters.choices.map((c) => [c.value, c.disabled]);
  expect(values(ready)).toEqual([
    ["everyone", false],
    ["organization", false],
    ["organizer", false],
  ]);
  const chosen = withRead(exists, {
    kind: "ready",
    meeting: meeting({ allowedPresenters: "roleIsPresenter" }),
  });
  expect(values(chosen)).toContainEqual(["roleIsPresenter", true]);
});

test("an option the server didn't give (or gave in a form we don't know) shows as unknown, not as a default", () => {
  const model = describeMeetingOptions(withRead(exists, { kind: "ready", meeting: meeting({}) }));
  expect(model.controls).toMatchObject({
    lobby: { value: "" },
    chat: { value: "" },
    dialIn: null,
    mic: null,
  });
});

test("someone not the organizer gets a sentence saying so, instead of the controls", () => {
  const model = describeMeetingOptions(
    withRead(exists, { kind: "notOrganizer", organizer: "adele@contoso.com" }),
  );
  expect(model).toMatchObject({
    visible: true,
    message: "options.notOrganizer",
    alert: false,
    controls: null,
  });
});

test("a meeting Teams doesn't have yet gets a sentence instead of the controls", () => {
  expect(describeMeetingOptions(withRead(exists, { kind: "notFound" }))).toMatchObject({
    message: "options.notFound",
    controls: null,
  });
});

test("a failed change keeps the values shown before and says so as an alert", () => {
  const failed = withFailure(changeStarted(ready));
  const model = describeMeetingOptions(failed);
  expect(model).toMatchObject({ busy: false, message: "options.failed", alert: true });
  expect(model.controls).toEqual(describeMeetingOptions(ready).controls);
});

test("a failed first read says so, with no controls to show", () => {
  expect(describeMeetingOptions(withFailure(readStarted(exists)))).toMatchObject({
    message: "options.failed",
    alert: true,
    controls: null,
  });
});

test("while a change runs the controls are busy; after it they show the read-back values", () => {
  expect(describeMeetingOptions(changeStarted(ready)).busy).toBe(true);
  const after = withChange(changeStarted(ready), {
    kind: "changed",
    meeting: meeting({ ...HELD, lobbyBypassSettings: { scope: "everyone", isDialInBypassEnabled: false } }),
    refused: [],
    notApplied: [],
  });
  expect(describeMeetingOptions(after)).toMatchObject({ busy: false, message: null });
  expect(describeMeetingOptions(after).controls!.lobby.value).toBe("everyone");
});

test("a change the read-back doesn't carry shows the server's value and says Teams didn't apply it", () => {
  const after = withChange(changeStarted(ready), {
    kind: "changed",
    meeting: meeting(HELD),
    refused: [],
    notApplied: ["allowMeetingChat"],
  });
  const model = describeMeetingOptions(after);
  expect(model).toMatchObject({ message: "options.notApplied", alert: true });
  expect(model.controls!.chat.value).toBe("limited");
});

test("a new (or removed) meeting starts afresh: nothing of the old one's options is shown", () => {
  const gone = withMeetingExists(ready, false);
  expect(describeMeetingOptions(gone).visible).toBe(false);
  expect(describeMeetingOptions(withMeetingExists(gone, true)).controls).toBeNull();
});

describe("Save as my defaults", () => {
  const offered = withRead(readStarted(withMeetingExists(initialOptionsState(true), true)), {
    kind: "ready",
    meeting: meeting(HELD),
  });

  test("offered with the controls only, and only where the pane has the organizer's settings", () => {
    expect(describeMeetingOptions(offered).defaults).toEqual({
      busy: false,
      canClear: false,
      note: null,
      alert: false,
    });
    expect(describeMeetingOptions(ready).defaults).toBeNull();
    const notOrganizer = withRead(readStarted(withMeetingExists(initialOptionsState(true), true)), {
      kind: "notOrganizer",
      organizer: "x@contoso.com",
    });
    expect(describeMeetingOptions(notOrganizer).defaults).toBeNull();
  });

  test("saved defaults are said to apply to new meetings, and only then can they be cleared", () => {
    const has = withDefaultsKnown(offered, true);
    expect(describeMeetingOptions(has).defaults).toMatchObject({
      canClear: true,
      note: "options.defaults.active",
    });
  });

  test("a save says it saved; a clear says new meetings get Teams' options and hides Clear", () => {
    const saved = withDefaultsDone(defaultsStarted(offered), true);
    expect(describeMeetingOptions(saved).defaults).toMatchObject({
      canClear: true,
      note: "options.defaults.saved",
      alert: false,
    });
    const cleared = withDefaultsDone(defaultsStarted(saved), false);
    expect(describeMeetingOptions(cleared).defaults).toMatchObject({
      canClear: false,
      note: "options.defaults.cleared",
    });
  });

  test("while saving the buttons are busy; a failed save is an alert and keeps what was there", () => {
    const has = withDefaultsKnown(offered, true);
    expect(describeMeetingOptions(defaultsStarted(has)).defaults).toMatchObject({ busy: true });
    const failed = withDefaultsFailure(defaultsStarted(has));
    expect(describeMeetingOptions(failed).defaults).toMatchObject({
      busy: false,
      canClear: true,
      note: "options.defaults.failed",
      alert: true,
    });
  });

  test("the defaults are the organizer's, not the meeting's: known still after the meeting goes and comes", () => {
    const has = withDefaultsKnown(offered, true);
    const again = withMeetingExists(withMeetingExists(has, false), true);
    expect(again).toMatchObject({ defaultsOffered: true, hasDefaults: true });
  });
});
