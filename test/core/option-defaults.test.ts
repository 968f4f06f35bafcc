// The organizer's default meeting options: what is kept from roaming settings, and the one PATCH a new
// meeting gets. Each test names the guarantee it keeps.
import {
  DEFAULTABLE_OPTIONS,
  defaultsPatch,
  missedOptions,
  toOptionDefaults,
} from "../../src/core/option-defaults";
import { DEFAULT_OPTIONS } from "../fakes/meeting-options";

describe("toOptionDefaults: stored values are validated on read", () => {
  test("the options the pane offers are kept as they are", () => {
    const wanted = {
      lobbyBypassSettings: { scope: "invited", isDialInBypassEnabled: true },
      allowedPresenters: "organizer",
      allowMeetingChat: "limited",
      allowAttendeeToEnableMic: false,
      allowAttendeeToEnableCamera: false,
      recordAutomatically: true,
      isEntryExitAnnounced: false,
    };
    expect(toOptionDefaults(wanted)).toEqual(wanted);
  });

  test("malformed stored JSON (not an object) is no defaults, never a crash", () => {
    for (const bad of [null, undefined, "everyone", 42, true, [], [{ allowMeetingChat: "enabled" }]])
      expect(toOptionDefaults(bad)).toBeUndefined();
  });

  test("an unknown value or a wrong type is dropped, the valid neighbours kept", () => {
    expect(
      toOptionDefaults({
        allowMeetingChat: "sometimes",
        recordAutomatically: "yes",
        lobbyBypassSettings: { scope: "unknownFutureValue", isDialInBypassEnabled: true },
        isEntryExitAnnounced: false,
      }),
    ).toEqual({ lobbyBypassSettings: { isDialInBypassEnabled: true }, isEntryExitAnnounced: false });
  });

  test("an option no default may hold (unknown, or not offered by the pane) is dropped", () => {
    expect(
      toOptionDefaults({ allowWhiteboard: false, joinWebUrl: "https://x", __proto__x: 1, subject: "s" }),
    ).toBeUndefined();
    expect(DEFAULTABLE_OPTIONS).not.toContain("allowParticipantsToChangeName");
  });

  test("roleIsPresenter is never a default: it needs the meeting's own attendee list", () => {
    expect(toOptionDefaults({ allowedPresenters: "roleIsPresenter", recordAutomatically: true })).toEqual({
      recordAutomatically: true,
    });
  });

  test("saving a meeting's options keeps only what the server answered (unknown stays unknown)", () => {
    expect(toOptionDefaults({ allowMeetingChat: "enabled" })).toEqual({ allowMeetingChat: "enabled" });
  });
});

describe("defaultsPatch: one PATCH with only the defaults the new meeting lacks", () => {
  test("defaults the created meeting already holds are not sent at all", () => {
    expect(
      defaultsPatch(DEFAULT_OPTIONS, { allowMeetingChat: "enabled", isEntryExitAnnounced: true }),
    ).toEqual({ body: {}, needsUnknownEnumMembers: false });
  });

  test("only the differing defaults are sent, in lobbyBypassSettings only the differing member", () => {
    const plan = defaultsPatch(DEFAULT_OPTIONS, {
      lobbyBypassSettings: { scope: "everyone", isDialInBypassEnabled: false },
      allowMeetingChat: "enabled",
      recordAutomatically: true,
    });
    expect(plan.body).toEqual({ lobbyBypassSettings: { scope: "everyone" }, recordAutomatically: true });
  });

  test("a default the server answered as unknown is sent (it may not hold it)", () => {
    const plan = defaultsPatch({}, { allowMeetingChat: "disabled" });
    expect(plan.body).toEqual({ allowMeetingChat: "disabled" });
  });

  test("an evolvable lobby scope says the PATCH needs Prefer: include-unknown-enum-members", () => {
    expect(defaultsPatch(DEFAULT_OPTIONS, { lobbyBypassSettings: { scope: "invited" } })).toEqual({
      body: { lobbyBypassSettings: { scope: "invited" } },
      needsUnknownEnumMembers: true,
    });
  });
});

describe("missedOptions: what the read-back doesn't hold", () => {
  test("every sent option the read-back holds: nothing missed", () => {
    expect(
      missedOptions({ ...DEFAULT_OPTIONS, allowMeetingChat: "disabled" }, { allowMeetingChat: "disabled" }),
    ).toEqual([]);
  });

  test("an option answered 200 but kept at its old value is named", () => {
    expect(
      missedOptions(DEFAULT_OPTIONS, {
        allowMeetingChat: "disabled",
        lobbyBypassSettings: { scope: "organization" },
      }),
    ).toEqual(["allowMeetingChat"]);
  });
});
