// What the Graph client accepts from a payload, field by field: wrong types and hostile values are
// refused or dropped at the boundary (a malformed response, never a TypeError and never a value of
// the wrong type passed on).
import { toCalendar, toEvent, toMeeting, toMeetingWithOptions } from "../../src/adapters/graph-client";
import { AppError, ErrorCode } from "../../src/core/errors";

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0";

function malformed(map: () => unknown): void {
  let thrown: unknown;
  try {
    map();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(ErrorCode.malformedResponse);
}

describe("calendar", () => {
  test.each([
    ["null", null],
    ["a string", "calendar"],
    ["an array", [{ allowedOnlineMeetingProviders: ["teamsForBusiness"] }]],
  ])("%s is not a calendar", (_n, json) => {
    malformed(() => toCalendar(json));
  });

  test("canEdit is taken only when it is a boolean", () => {
    expect(toCalendar({ allowedOnlineMeetingProviders: [], canEdit: false })).toMatchObject({
      canEdit: false,
    });
    expect(toCalendar({ allowedOnlineMeetingProviders: [], canEdit: "yes" })).toEqual({
      allowed: [],
      defaultProvider: "unknown",
      owner: undefined,
    });
  });
});

describe("event", () => {
  test.each([
    ["null", null],
    ["a string", "AAMk-1"],
    ["an id that is a number", { id: 5 }],
    ["no id", { isOnlineMeeting: true }],
  ])("%s is not an event", (_n, json) => {
    malformed(() => toEvent(json));
  });

  test("a minimal event: not online, no join URL, an empty body", () => {
    expect(toEvent({ id: "AAMk-1" })).toEqual({
      id: "AAMk-1",
      isOnlineMeeting: false,
      onlineMeetingProvider: "unknown",
      joinUrl: null,
      bodyHtml: "",
    });
  });

  test("a body whose content isn't text reads as empty", () => {
    expect(toEvent({ id: "AAMk-1", body: { content: 5 } }).bodyHtml).toBe("");
    expect(toEvent({ id: "AAMk-1", body: { content: "<p>Agenda</p>" } }).bodyHtml).toBe("<p>Agenda</p>");
  });

  test.each([
    ["not a string (an array holding a link)", [JOIN]],
    ["a javascript: URL that mentions https://", "javascript:alert('https://teams.microsoft.com')"],
    ["plain http", "http://teams.microsoft.com/l/meetup-join/x"],
  ])("a join URL that is %s is no join URL", (_n, joinUrl) => {
    expect(toEvent({ id: "AAMk-1", isOnlineMeeting: true, onlineMeeting: { joinUrl } }).joinUrl).toBeNull();
  });

  test("an https join URL is taken, whatever its case", () => {
    const upper = "HTTPS://teams.microsoft.com/l/meetup-join/x";
    expect(toEvent({ id: "AAMk-1", onlineMeeting: { joinUrl: upper } }).joinUrl).toBe(upper);
  });
});

describe("online meeting", () => {
  test.each([
    ["null", null],
    ["a string", "MSo1"],
    ["an empty id", { id: "", joinWebUrl: JOIN }],
    ["an id that is a number", { id: 42, joinWebUrl: JOIN }],
    ["a joinWebUrl that is an array", { id: "MSo1", joinWebUrl: [JOIN] }],
    [
      "a javascript: joinWebUrl that mentions https://",
      { id: "MSo1", joinWebUrl: `javascript:void('${JOIN}')` },
    ],
  ])("%s is not a meeting", (_n, json) => {
    malformed(() => toMeeting(json));
  });

  test("every optional field is taken when it is a string", () => {
    expect(
      toMeeting({
        id: "MSo1",
        joinWebUrl: JOIN,
        subject: "Plan",
        startDateTime: "2026-12-01T09:00:00Z",
        endDateTime: "2026-12-01T10:00:00Z",
        joinInformation: { content: "data:text/html,x", contentType: "html" },
        externalId: "ext-1",
        participants: { organizer: { upn: "megan@contoso.com" } },
      }),
    ).toEqual({
      id: "MSo1",
      joinWebUrl: JOIN,
      subject: "Plan",
      startDateTime: "2026-12-01T09:00:00Z",
      endDateTime: "2026-12-01T10:00:00Z",
      joinInformationContent: "data:text/html,x",
      externalId: "ext-1",
      organizer: "megan@contoso.com",
    });
  });

  test("and dropped when it is not", () => {
    expect(
      toMeeting({
        id: "MSo1",
        joinWebUrl: JOIN,
        subject: 1,
        startDateTime: 2,
        endDateTime: { dateTime: "2026" },
        joinInformation: { content: ["x"] },
        externalId: 7,
        participants: { organizer: { upn: 9 } },
      }),
    ).toEqual({
      id: "MSo1",
      joinWebUrl: JOIN,
      subject: undefined,
      startDateTime: undefined,
      endDateTime: undefined,
      joinInformationContent: undefined,
      externalId: undefined,
      organizer: undefined,
    });
  });

  test("an empty organizer UPN is no organizer", () => {
    expect(
      toMeeting({ id: "MSo1", joinWebUrl: JOIN, participants: { organizer: { upn: "" } } }).organizer,
    ).toBeUndefined();
  });
});

describe("meeting with options", () => {
  test("a meeting without participants has no organizer, and is no error", () => {
    expect(toMeetingWithOptions({ id: "MSo1", joinWebUrl: JOIN })).toEqual({
      meetingId: "MSo1",
      joinWebUrl: JOIN,
      options: {},
    });
  });

  test("the organizer's UPN and Entra id, when both are there", () => {
    expect(
      toMeetingWithOptions({
        id: "MSo1",
        joinWebUrl: JOIN,
        participants: { organizer: { upn: "megan@contoso.com", identity: { user: { id: "550fae72" } } } },
      }),
    ).toMatchObject({ organizerUpn: "megan@contoso.com", organizerId: "550fae72" });
  });

  test("an empty organizer id is no id", () => {
    const read = toMeetingWithOptions({
      id: "MSo1",
      joinWebUrl: JOIN,
      participants: { organizer: { identity: { user: { id: "" } } } },
    });
    expect(read.organizerId).toBeUndefined();
  });
});
