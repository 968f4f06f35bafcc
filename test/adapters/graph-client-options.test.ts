// The Graph client's meeting-option calls over real HTTP against the Graph emulator (rules O1–O8):
// read by id, find by join URL, PATCH only the changes, the Prefer header for evolvable enum members.
import { createGraphClient, toMeetingWithOptions } from "../../src/adapters/graph-client";
import { ErrorCode } from "../../src/core/errors";
import { planOptionsPatch } from "../../src/core/meeting-options";
import type { GraphScenario } from "../../emulator/graph/scenario";
import { startEmulator, type RunningEmulator } from "../fakes/emulator-server";

let g: RunningEmulator;
beforeAll(async () => {
  g = await startEmulator();
});
afterAll(() => g.close());

function setup(scenario: GraphScenario = {}) {
  g.emulator.reset(scenario);
  return createGraphClient({
    baseUrl: `${g.origin}/v1.0`,
    tokenProvider: { getToken: (r) => Promise.resolve(g.emulator.issueToken(r.scopes)) },
    allowedOrigins: [g.origin],
    sleep: () => Promise.resolve(),
  });
}

const times = {
  subject: "Plan",
  startDateTime: "2026-12-03T09:00:00.000Z",
  endDateTime: "2026-12-03T10:00:00.000Z",
};

test("getMeetingOptions reads the organizer and the options, asking for evolvable enum members", async () => {
  const client = setup();
  const m = await client.createOrGetMeeting({ ...times, externalId: "o-1" }, "en-US");
  const read = await client.getMeetingOptions(m.id);
  expect(read).toMatchObject({
    meetingId: m.id,
    joinWebUrl: m.joinWebUrl,
    organizerUpn: "megan.bowen@contoso.com",
    organizerId: "550fae72-d251-43ec-868c-373732c2704f",
    options: {
      lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
      allowedPresenters: "everyone",
      allowMeetingChat: "enabled",
    },
  });
  expect(g.emulator.log().at(-1)?.headers.prefer).toBe("include-unknown-enum-members");
});

test("updateMeetingOptions sends only the planned changes, and an evolvable lobby scope goes through", async () => {
  const client = setup();
  const m = await client.createOrGetMeeting({ ...times, externalId: "o-2" }, "en-US");
  const current = (await client.getMeetingOptions(m.id)).options;
  const plan = planOptionsPatch(current, {
    ...current,
    lobbyBypassSettings: { scope: "invited", isDialInBypassEnabled: true },
    recordAutomatically: true,
  });
  expect(plan.needsUnknownEnumMembers).toBe(true);
  const after = await client.updateMeetingOptions(m.id, plan.body);
  const patch = g.emulator.log().at(-1)!;
  expect(patch).toMatchObject({
    method: "PATCH",
    status: 200,
    body: {
      lobbyBypassSettings: { scope: "invited", isDialInBypassEnabled: true },
      recordAutomatically: true,
    },
  });
  expect(Object.keys(patch.body as object).sort()).toEqual(["lobbyBypassSettings", "recordAutomatically"]);
  expect(after.options.lobbyBypassSettings).toEqual({ scope: "invited", isDialInBypassEnabled: true });
  expect((await client.getMeetingOptions(m.id)).options.lobbyBypassSettings?.scope).toBe("invited");
});

test("findMeetingByJoinUrl finds a standalone meeting by its joinWebUrl, encoded as Graph docs show", async () => {
  const client = setup({ joinTemplate: "2022" });
  const m = await client.createOrGetMeeting({ ...times, externalId: "o-3" }, "en-US");
  expect(m.joinWebUrl).toContain("?context=");
  const found = await client.findMeetingByJoinUrl(m.joinWebUrl);
  expect(found?.meetingId).toBe(m.id);
  const query = g.emulator.log().at(-1)!.query;
  // fetch's URL parser percent-encodes the quotes; Graph reads the same filter either way.
  expect(query).toMatch(/^\$filter=JoinWebUrl%20eq%20(?:'|%27)https%3A%2F%2Fteams\.microsoft\.com%2F/);
});

test("findMeetingByJoinUrl finds the calendar route's meeting by the event's join URL", async () => {
  const client = setup();
  await g.syncEvent("ev-o", {
    subject: "Plan",
    start: times.startDateTime,
    end: times.endDateTime,
    bodyHtml: "<html><body></body></html>",
  });
  const event = await client.enableOnlineMeeting("ev-o", "teamsForBusiness");
  const found = await client.findMeetingByJoinUrl(event.joinUrl!);
  expect(found).toMatchObject({
    organizerUpn: "megan.bowen@contoso.com",
    options: { allowMeetingChat: "enabled" },
  });
  const changed = await client.updateMeetingOptions(found!.meetingId, { allowMeetingChat: "disabled" });
  expect(changed.options.allowMeetingChat).toBe("disabled");
});

test("no meeting with that join URL is null, not an error", async () => {
  const client = setup();
  expect(
    await client.findMeetingByJoinUrl("https://teams.microsoft.com/l/meetup-join/none/0?context=%7b%7d"),
  ).toBeNull();
});

test("a join URL with a quote is sent as an OData string (quote doubled)", async () => {
  const client = setup();
  expect(await client.findMeetingByJoinUrl("https://teams.microsoft.com/l/meetup-join/o'brien")).toBeNull();
  expect(decodeURIComponent(g.emulator.log().at(-1)!.query)).toBe(
    "$filter=JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/o''brien'",
  );
});

test("an attendee's PATCH is refused as forbidden; an invalid value as a bad request", async () => {
  const client = setup();
  const res = await fetch(`${g.origin}/__emulator/meetings`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ organizer: { id: "org-2", upn: "boss@contoso.com" } }),
  });
  const theirs = (await res.json()) as { id: string };
  expect((await client.getMeetingOptions(theirs.id)).organizerUpn).toBe("boss@contoso.com");
  await expect(client.updateMeetingOptions(theirs.id, { recordAutomatically: true })).rejects.toMatchObject({
    code: ErrorCode.forbidden,
  });
  const mine = await client.createOrGetMeeting({ ...times, externalId: "o-4" }, "en-US");
  await expect(
    client.updateMeetingOptions(mine.id, { allowMeetingChat: "off" as never }),
  ).rejects.toMatchObject({
    code: ErrorCode.badRequest,
  });
});

test("a collection answer that isn't one is a malformed response", async () => {
  const client = setup({
    faults: [{ method: "GET", path: "/me/onlineMeetings", status: 200, body: { value: "nope" } }],
  });
  await expect(
    client.findMeetingByJoinUrl("https://teams.microsoft.com/l/meetup-join/x"),
  ).rejects.toMatchObject({
    code: ErrorCode.malformedResponse,
  });
});

test("toMeetingWithOptions: a meeting without an https joinWebUrl is rejected; bad options read as unknown", () => {
  expect(() => toMeetingWithOptions({ id: "x", joinWebUrl: "(redacted)" })).toThrow();
  expect(
    toMeetingWithOptions({
      id: "x",
      joinWebUrl: "https://teams.microsoft.com/l/meetup-join/x",
      allowMeetingChat: "unknownFutureValue",
      participants: { organizer: { identity: { user: { id: 7 } } } },
    }),
  ).toEqual({ meetingId: "x", joinWebUrl: "https://teams.microsoft.com/l/meetup-join/x", options: {} });
});

describe("createOrGet with the organizer's defaults (rule O8)", () => {
  const options = { lobbyBypassSettings: { scope: "invited" as const }, recordAutomatically: true };

  test("sends them in the body with the Prefer header, and reads what the meeting holds", async () => {
    const client = setup({ createOrGetOptions: "honoured" });
    const m = await client.createOrGetMeeting({ ...times, externalId: "d-1", options }, "en-US");
    expect(m.options).toMatchObject({ lobbyBypassSettings: { scope: "invited" }, recordAutomatically: true });
    const logged = g.emulator.log().find((r) => r.path.endsWith("/createOrGet"))!;
    expect(logged.body).toMatchObject({ externalId: "d-1", ...options });
    expect(logged.headers.prefer).toBe("include-unknown-enum-members");
  });

  test("ignored: the answer says the meeting holds Teams' own options", async () => {
    const client = setup();
    const m = await client.createOrGetMeeting({ ...times, externalId: "d-2", options }, "en-US");
    expect(m.options).toMatchObject({
      lobbyBypassSettings: { scope: "organization" },
      recordAutomatically: false,
    });
  });

  test("without defaults the request is as before: no option, no Prefer header", async () => {
    const client = setup();
    await client.createOrGetMeeting({ ...times, externalId: "d-3" }, "en-US");
    const logged = g.emulator.log().find((r) => r.path.endsWith("/createOrGet"))!;
    expect(Object.keys(logged.body as object).sort()).toEqual([
      "endDateTime",
      "externalId",
      "startDateTime",
      "subject",
    ]);
    expect(logged.headers.prefer).toBeUndefined();
  });

  test("rejected: a 400 the route can tell apart (bad_request)", async () => {
    const client = setup({ createOrGetOptions: "rejected" });
    await expect(
      client.createOrGetMeeting({ ...times, externalId: "d-4", options }, "en-US"),
    ).rejects.toMatchObject({
      code: ErrorCode.badRequest,
    });
  });
});
