// Meeting options: Graph's values, what PATCH may change, the minimal PATCH body, safe parsing.
import {
  ALL_OPTIONS,
  CHANGEABLE_OPTIONS,
  EVOLVABLE_LOBBY_BYPASS_SCOPES,
  optionsApplied,
  parseMeetingOptions,
  planOptionsPatch,
  type MeetingOptions,
} from "../../src/core/meeting-options";
import { DEFAULT_OPTIONS } from "../fakes/meeting-options";

const CURRENT: MeetingOptions = DEFAULT_OPTIONS;

describe("parseMeetingOptions", () => {
  test("reads the options of a Graph docs payload (Get onlineMeeting, example 4)", () => {
    expect(
      parseMeetingOptions({
        id: "x",
        isEntryExitAnnounced: true,
        allowedPresenters: "everyone",
        allowMeetingChat: "enabled",
        allowTeamworkReactions: true,
        lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
        autoAdmittedUsers: "EveryoneInCompany",
      }),
    ).toEqual({
      isEntryExitAnnounced: true,
      allowedPresenters: "everyone",
      allowMeetingChat: "enabled",
      allowTeamworkReactions: true,
      lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
    });
  });

  test("a malformed payload reads as nothing known, never as a default", () => {
    for (const bad of [null, "x", 3, [], undefined]) expect(parseMeetingOptions(bad)).toEqual({});
    expect(
      parseMeetingOptions({
        allowedPresenters: "Everyone",
        allowMeetingChat: 1,
        recordAutomatically: "true",
        lobbyBypassSettings: { scope: "nobody", isDialInBypassEnabled: "yes" },
        allowLiveShare: null,
      }),
    ).toStrictEqual({});
    // No member is left behind as `undefined`: spread over known options, it would erase them.
    expect(parseMeetingOptions({ lobbyBypassSettings: { scope: "nobody" } })).toStrictEqual({});
  });

  test("unknownFutureValue (a value this request could not see) reads as unknown", () => {
    expect(
      parseMeetingOptions({
        lobbyBypassSettings: { scope: "unknownFutureValue", isDialInBypassEnabled: true },
        allowMeetingChat: "unknownFutureValue",
      }),
    ).toEqual({ lobbyBypassSettings: { isDialInBypassEnabled: true } });
  });

  test("the evolvable lobby scopes are read when the answer carries them", () => {
    expect(parseMeetingOptions({ lobbyBypassSettings: { scope: "invited" } })).toEqual({
      lobbyBypassSettings: { scope: "invited" },
    });
  });
});

describe("what PATCH may change", () => {
  test("exactly the evolvable lobby scopes the lobbyBypassSettings page names need the Prefer header", () => {
    expect([...EVOLVABLE_LOBBY_BYPASS_SCOPES].sort()).toEqual(["invited", "organizationExcludingGuests"]);
  });

  test("participant renaming and chat history sharing are not in the Update request body: not changeable", () => {
    expect(CHANGEABLE_OPTIONS.has("allowParticipantsToChangeName")).toBe(false);
    expect(CHANGEABLE_OPTIONS.has("shareMeetingChatHistoryDefault")).toBe(false);
    expect(ALL_OPTIONS.filter((o) => !CHANGEABLE_OPTIONS.has(o)).sort()).toEqual([
      "allowParticipantsToChangeName",
      "shareMeetingChatHistoryDefault",
    ]);
  });
});

describe("planOptionsPatch", () => {
  test("only the changed options go into the body", () => {
    const plan = planOptionsPatch(CURRENT, {
      allowMeetingChat: "limited",
      allowAttendeeToEnableMic: true,
      recordAutomatically: true,
    });
    expect(plan).toEqual({
      body: { allowMeetingChat: "limited", recordAutomatically: true },
      needsUnknownEnumMembers: false,
      refused: [],
    });
  });

  test("nothing changed: an empty body (no PATCH needed)", () => {
    expect(planOptionsPatch(CURRENT, CURRENT).body).toEqual({});
  });

  test("in lobbyBypassSettings only the changed member is sent", () => {
    expect(
      planOptionsPatch(CURRENT, {
        lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: true },
      }).body,
    ).toEqual({ lobbyBypassSettings: { isDialInBypassEnabled: true } });
  });

  test("an evolvable lobby scope marks the request as needing Prefer: include-unknown-enum-members", () => {
    const plan = planOptionsPatch(CURRENT, { lobbyBypassSettings: { scope: "invited" } });
    expect(plan.body).toEqual({ lobbyBypassSettings: { scope: "invited" } });
    expect(plan.needsUnknownEnumMembers).toBe(true);
    expect(
      planOptionsPatch(CURRENT, { lobbyBypassSettings: { scope: "everyone" } }).needsUnknownEnumMembers,
    ).toBe(false);
  });

  test("an unknown current value counts as different", () => {
    expect(planOptionsPatch({}, { allowMeetingChat: "enabled" }).body).toEqual({
      allowMeetingChat: "enabled",
    });
  });

  test("options PATCH can't change, and invalid values, are refused and left out", () => {
    const plan = planOptionsPatch(CURRENT, {
      allowParticipantsToChangeName: false,
      allowMeetingChat: "off" as never,
      lobbyBypassSettings: { scope: "unknownFutureValue" as never },
    });
    expect(plan.body).toEqual({});
    expect(plan.refused).toEqual([
      { option: "allowParticipantsToChangeName", reason: "notChangeable" },
      { option: "allowMeetingChat", reason: "invalidValue" },
      { option: "lobbyBypassSettings", reason: "invalidValue" },
    ]);
  });

  test("roleIsPresenter is refused: it needs the attendee list with roles in the same PATCH", () => {
    expect(planOptionsPatch(CURRENT, { allowedPresenters: "roleIsPresenter" })).toMatchObject({
      body: {},
      refused: [{ option: "allowedPresenters", reason: "needsAttendeeRoles" }],
    });
    expect(planOptionsPatch(CURRENT, { allowedPresenters: "organizer" }).body).toEqual({
      allowedPresenters: "organizer",
    });
  });

  test("an option asked for as undefined is not asked for: neither sent nor refused", () => {
    expect(planOptionsPatch(CURRENT, { allowMeetingChat: undefined, recordAutomatically: true })).toEqual({
      body: { recordAutomatically: true },
      needsUnknownEnumMembers: false,
      refused: [],
    });
  });

  test("lobbyBypassSettings with only the dial-in member changes only that member", () => {
    expect(planOptionsPatch(CURRENT, { lobbyBypassSettings: { isDialInBypassEnabled: true } })).toEqual({
      body: { lobbyBypassSettings: { isDialInBypassEnabled: true } },
      needsUnknownEnumMembers: false,
      refused: [],
    });
  });

  test("a malformed lobbyBypassSettings (not an object, a non-boolean dial-in) is refused, never sent", () => {
    for (const lobby of ["everyone", null, [], { isDialInBypassEnabled: "yes" }, { scope: 3 }]) {
      expect(planOptionsPatch(CURRENT, { lobbyBypassSettings: lobby as never })).toEqual({
        body: {},
        needsUnknownEnumMembers: false,
        refused: [{ option: "lobbyBypassSettings", reason: "invalidValue" }],
      });
    }
  });

  test("properties that are not options (subject, joinWebUrl) never reach the body", () => {
    const wanted = { subject: "x", joinWebUrl: "https://evil" } as unknown as MeetingOptions;
    expect(planOptionsPatch(CURRENT, wanted)).toEqual({
      body: {},
      needsUnknownEnumMembers: false,
      refused: [],
    });
  });
});

describe("optionsApplied", () => {
  test("true when the read-back carries every change; false when Graph answered 200 but kept the old value", () => {
    const body = {
      allowMeetingChat: "limited",
      lobbyBypassSettings: { isDialInBypassEnabled: true },
    } as const;
    expect(
      optionsApplied(
        { ...CURRENT, allowMeetingChat: "limited", lobbyBypassSettings: { isDialInBypassEnabled: true } },
        body,
      ),
    ).toBe(true);
    expect(optionsApplied(CURRENT, body)).toBe(false);
    expect(optionsApplied({ ...CURRENT, allowMeetingChat: "limited" }, body)).toBe(false);
  });

  test("a lobby scope that the read-back doesn't carry is not applied, whatever the dial-in member says", () => {
    const body = { lobbyBypassSettings: { scope: "everyone" } } as const;
    expect(optionsApplied({ lobbyBypassSettings: { scope: "everyone" } }, body)).toBe(true);
    expect(optionsApplied({ lobbyBypassSettings: { scope: "organization" } }, body)).toBe(false);
    expect(optionsApplied({ lobbyBypassSettings: { isDialInBypassEnabled: false } }, body)).toBe(false);
  });
});
