// Emulator rules O1–O8 (emulator/graph/README.md): meeting options on GET/PATCH /me/onlineMeetings/{id},
// evolvable enum members and the Prefer header, organizer-only changes, find by join URL.
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());
const OM = ["OnlineMeetings.ReadWrite"];
const PREFER = { Prefer: "include-unknown-enum-members" };

async function newMeeting(): Promise<{ id: string; path: string; joinWebUrl: string }> {
  const m = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "x" } });
  const id = m.json.id as string;
  return {
    id,
    path: `/me/onlineMeetings/${encodeURIComponent(id)}`,
    joinWebUrl: m.json.joinWebUrl as string,
  };
}

test("O1: a new meeting answers its options; a PATCH changes them and GET reads them back", async () => {
  g.emulator.reset({});
  const m = await newMeeting();
  const before = await g.call("GET", m.path, OM);
  expect(before.json).toMatchObject({
    lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
    allowedPresenters: "everyone",
    allowMeetingChat: "enabled",
    isEntryExitAnnounced: true,
    allowTeamworkReactions: true,
  });
  const patch = {
    lobbyBypassSettings: { isDialInBypassEnabled: true },
    allowedPresenters: "organizer",
    allowMeetingChat: "limited",
    allowAttendeeToEnableMic: false,
    allowAttendeeToEnableCamera: false,
    recordAutomatically: true,
    isEntryExitAnnounced: false,
  };
  const res = await g.call("PATCH", m.path, OM, { body: patch });
  expect(res.status).toBe(200);
  const after = await g.call("GET", m.path, OM);
  expect(after.json).toMatchObject({
    ...patch,
    lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: true },
  });
});

test.each([
  ["an enum value Graph doesn't define", { allowMeetingChat: "off" }],
  ["a boolean as a string", { recordAutomatically: "true" }],
  ["a lobby scope Graph doesn't define", { lobbyBypassSettings: { scope: "nobody" } }],
  ["the sentinel itself", { allowedPresenters: "unknownFutureValue" }],
  ["a read-only property (joinWebUrl)", { joinWebUrl: "https://teams.microsoft.com/l/meetup-join/x" }],
  ["a read-only property (audioConferencing)", { audioConferencing: {} }],
  ["an option PATCH doesn't list (allowParticipantsToChangeName)", { allowParticipantsToChangeName: true }],
  [
    "an option PATCH doesn't list (shareMeetingChatHistoryDefault)",
    { shareMeetingChatHistoryDefault: "none" },
  ],
])("O2: PATCH with %s is a 400 and changes nothing", async (_what, body) => {
  g.emulator.reset({});
  const m = await newMeeting();
  const res = await g.call("PATCH", m.path, OM, { body: { ...body, isEntryExitAnnounced: false } });
  expect(res).toMatchObject({ status: 400, json: { error: { code: "BadRequest" } } });
  expect((await g.call("GET", m.path, OM)).json.isEntryExitAnnounced).toBe(true);
});

test("O3: an evolvable lobby scope reads as unknownFutureValue without the Prefer header, as itself with it", async () => {
  g.emulator.reset({});
  const m = await newMeeting();
  expect(
    (
      await g.call("PATCH", m.path, OM, {
        body: { lobbyBypassSettings: { scope: "invited" } },
        headers: PREFER,
      })
    ).status,
  ).toBe(200);
  const plain = await g.call("GET", m.path, OM);
  expect(plain.json.lobbyBypassSettings).toEqual({
    scope: "unknownFutureValue",
    isDialInBypassEnabled: false,
  });
  expect(plain.headers.get("preference-applied")).toBeNull();
  const opted = await g.call("GET", m.path, OM, { headers: PREFER });
  expect(opted.json.lobbyBypassSettings).toEqual({ scope: "invited", isDialInBypassEnabled: false });
  expect(opted.headers.get("preference-applied")).toBe("include-unknown-enum-members");
});

test.each(["invited", "organizationExcludingGuests"])(
  "O4: PATCH lobby scope %s is refused without the Prefer header, accepted with it",
  async (scope) => {
    g.emulator.reset({});
    const m = await newMeeting();
    const body = { lobbyBypassSettings: { scope } };
    expect((await g.call("PATCH", m.path, OM, { body })).status).toBe(400);
    const ok = await g.call("PATCH", m.path, OM, { body, headers: PREFER });
    expect(ok.status).toBe(200);
    expect(ok.json.lobbyBypassSettings).toMatchObject({ scope });
  },
);

test("O4: the documented scopes and roleIsPresenter need no Prefer header", async () => {
  g.emulator.reset({});
  const m = await newMeeting();
  for (const scope of ["organizer", "organization", "organizationAndFederated", "everyone"]) {
    expect((await g.call("PATCH", m.path, OM, { body: { lobbyBypassSettings: { scope } } })).status).toBe(
      200,
    );
  }
});

test("O5: allowedPresenters roleIsPresenter comes with the attendee list; without it a 400", async () => {
  g.emulator.reset({});
  const m = await newMeeting();
  expect((await g.call("PATCH", m.path, OM, { body: { allowedPresenters: "roleIsPresenter" } })).status).toBe(
    400,
  );
  const attendees = [{ identity: { user: { id: "a-1" } }, upn: "a@contoso.com", role: "presenter" }];
  const res = await g.call("PATCH", m.path, OM, {
    body: { allowedPresenters: "roleIsPresenter", participants: { attendees } },
  });
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ allowedPresenters: "roleIsPresenter", participants: { attendees } });
});

test("O6: an invited attendee reads the meeting but can't change or delete it", async () => {
  g.emulator.reset({});
  const seeded = await fetch(`${g.origin}/__emulator/meetings`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ organizer: { id: "org-2", upn: "boss@contoso.com" }, subject: "Theirs" }),
  });
  const meeting = (await seeded.json()) as { id: string };
  const path = `/me/onlineMeetings/${encodeURIComponent(meeting.id)}`;
  const read = await g.call("GET", path, OM);
  expect(read).toMatchObject({
    status: 200,
    json: { subject: "Theirs", participants: { organizer: { upn: "boss@contoso.com" } } },
  });
  expect(await g.call("PATCH", path, OM, { body: { recordAutomatically: true } })).toMatchObject({
    status: 403,
    json: { error: { code: "Forbidden" } },
  });
  expect((await g.call("DELETE", path, OM)).status).toBe(403);
  expect((await g.call("GET", path, OM)).json.recordAutomatically).toBe(false);
});

describe("O7: GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'", () => {
  const filterPath = (encodedUrl: string) => `/me/onlineMeetings?$filter=JoinWebUrl%20eq%20'${encodedUrl}'`;

  test("the URL encoded as the docs show: a collection with the one meeting and its options", async () => {
    g.emulator.reset({});
    const m = await newMeeting();
    await newMeeting();
    const res = await g.call("GET", filterPath(encodeURIComponent(m.joinWebUrl)), OM);
    expect(res.status).toBe(200);
    const value = res.json.value as Record<string, unknown>[];
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ id: m.id, joinWebUrl: m.joinWebUrl, allowMeetingChat: "enabled" });
  });

  test("a raw second `?` in the query (the join URL's own) still finds the meeting", async () => {
    g.emulator.reset({});
    const m = await newMeeting();
    expect(m.joinWebUrl).toContain("?");
    const rawQuestionMark = encodeURIComponent(m.joinWebUrl).replace(/%3F/g, "?");
    const res = await g.call("GET", filterPath(rawQuestionMark), OM);
    expect((res.json.value as { id: string }[]).map((x) => x.id)).toEqual([m.id]);
    expect(g.emulator.log().at(-1)?.query).toMatch(/teams\.microsoft\.com[^?]*\?/);
  });

  test("the filter hides an evolvable scope without the Prefer header too", async () => {
    g.emulator.reset({});
    const m = await newMeeting();
    await g.call("PATCH", m.path, OM, {
      body: { lobbyBypassSettings: { scope: "invited" } },
      headers: PREFER,
    });
    const path = filterPath(encodeURIComponent(m.joinWebUrl));
    const [plain] = (await g.call("GET", path, OM)).json.value as {
      lobbyBypassSettings: { scope: string };
    }[];
    const [opted] = (await g.call("GET", path, OM, { headers: PREFER })).json.value as (typeof plain)[];
    expect([plain?.lobbyBypassSettings.scope, opted?.lobbyBypassSettings.scope]).toEqual([
      "unknownFutureValue",
      "invited",
    ]);
  });

  test("no match is an empty collection; no filter or another filter is a 400", async () => {
    g.emulator.reset({});
    await newMeeting();
    const none = await g.call(
      "GET",
      filterPath(encodeURIComponent("https://teams.microsoft.com/l/meetup-join/nope")),
      OM,
    );
    expect(none).toMatchObject({ status: 200, json: { value: [] } });
    expect((await g.call("GET", "/me/onlineMeetings", OM)).status).toBe(400);
    expect((await g.call("GET", "/me/onlineMeetings?$filter=subject%20eq%20'x'", OM)).status).toBe(400);
  });

  test("the meetup-join URL (the event's joinUrl) finds the meeting whose joinWebUrl is the short link", async () => {
    g.emulator.reset({ joinTemplate: "2026" });
    const m = await newMeeting();
    const meetupJoin = g.emulator.state().meetings.find((x) => x.id === m.id)!.join.joinUrl;
    expect(meetupJoin).not.toBe(m.joinWebUrl);
    expect(meetupJoin).toContain("?context=");
    const res = await g.call("GET", filterPath(encodeURIComponent(meetupJoin).replace(/%3F/g, "?")), OM);
    expect((res.json.value as { id: string }[]).map((x) => x.id)).toEqual([m.id]);
  });

  test("an online event in the user's calendar: its join URL finds a meeting the user organizes and can PATCH", async () => {
    g.emulator.reset({});
    await g.syncEvent("ev-1", {
      subject: "Plan",
      start: "2026-12-03T10:00:00Z",
      end: "2026-12-03T11:00:00Z",
      bodyHtml: "<html><body></body></html>",
    });
    const cal = ["Calendars.ReadWrite"];
    const patched = await g.call("PATCH", "/me/events/ev-1", cal, {
      body: { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" },
    });
    const joinUrl = (patched.json.onlineMeeting as { joinUrl: string }).joinUrl;
    const found = await g.call("GET", filterPath(encodeURIComponent(joinUrl)), OM);
    const [meeting] = found.json.value as { id: string; subject: string }[];
    expect(meeting?.subject).toBe("Plan");
    const again = await g.call("GET", filterPath(encodeURIComponent(joinUrl)), OM);
    expect((again.json.value as { id: string }[])[0]?.id).toBe(meeting?.id);
    const path = `/me/onlineMeetings/${encodeURIComponent(meeting!.id)}`;
    expect(
      (await g.call("PATCH", path, OM, { body: { allowMeetingChat: "disabled" } })).json.allowMeetingChat,
    ).toBe("disabled");
  });

  test("reading by filter needs only OnlineMeetings.Read", async () => {
    g.emulator.reset({});
    const m = await newMeeting();
    const res = await g.call("GET", filterPath(encodeURIComponent(m.joinWebUrl)), ["OnlineMeetings.Read"]);
    expect(res.status).toBe(200);
  });
});

describe("O8: meeting options in a createOrGet body (undocumented: a scenario switch)", () => {
  const body = {
    externalId: "o8",
    subject: "Plan",
    lobbyBypassSettings: { scope: "everyone" },
    allowMeetingChat: "disabled",
  };

  test("ignored (the default): a new meeting gets the usual options", async () => {
    g.emulator.reset({});
    const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      lobbyBypassSettings: { scope: "organization" },
      allowMeetingChat: "enabled",
    });
  });

  test("honoured: a new meeting holds them, and GET reads them back", async () => {
    g.emulator.reset({ createOrGetOptions: "honoured" });
    const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body });
    expect(res.json).toMatchObject({
      lobbyBypassSettings: { scope: "everyone", isDialInBypassEnabled: false },
      allowMeetingChat: "disabled",
    });
    const back = await g.call("GET", `/me/onlineMeetings/${encodeURIComponent(res.json.id as string)}`, OM);
    expect(back.json).toMatchObject({ allowMeetingChat: "disabled" });
  });

  test("honoured: an existing meeting keeps its options (M1), a bad value creates nothing", async () => {
    g.emulator.reset({ createOrGetOptions: "honoured" });
    await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: { externalId: "o8" } });
    const again = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ allowMeetingChat: "enabled" });
    const bad = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
      body: { externalId: "o8-bad", allowMeetingChat: "off" },
    });
    expect(bad.status).toBe(400);
    expect(g.emulator.state().meetings).toHaveLength(1);
  });

  test("honoured: an evolvable scope needs the Prefer header, and is answered with it", async () => {
    g.emulator.reset({ createOrGetOptions: "honoured" });
    const invited = { externalId: "o8-i", lobbyBypassSettings: { scope: "invited" } };
    const without = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body: invited });
    expect(without.status).toBe(400);
    const withIt = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
      body: invited,
      headers: PREFER,
    });
    expect(withIt.status).toBe(201);
    expect(withIt.json).toMatchObject({ lobbyBypassSettings: { scope: "invited" } });
    expect(withIt.headers.get("preference-applied")).toBe("include-unknown-enum-members");
  });

  test("rejected: 400 BadRequest and no meeting; without options the same call creates one", async () => {
    g.emulator.reset({ createOrGetOptions: "rejected" });
    const res = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, { body });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ error: { code: "BadRequest" } });
    expect(g.emulator.state().meetings).toHaveLength(0);
    const plain = await g.call("POST", "/me/onlineMeetings/createOrGet", OM, {
      body: { externalId: "o8", subject: "Plan" },
    });
    expect(plain.status).toBe(201);
  });
});
