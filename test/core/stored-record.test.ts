// The record on the appointment is outside data: each field is checked where it is read (issue #17.5).
import { parseStoredMeeting, validateStoredMeeting } from "../../src/core/stored-record";

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0";
const GOOD = {
  v: 1,
  externalId: "550fae72-d251-43ec-868c-373732c2704f",
  route: "standalone",
  provider: "teamsForBusiness",
  meetingId: "MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZiMi04ZjZhNDQyNTA3MWMqMCoqMTk6bWVldGluZ19NVEl4",
  joinUrl: JOIN,
  language: "ja-JP",
  organizer: "nestor.wilke@contoso.com",
  locationSetByUs: JOIN,
  syncedSubject: "Quarterly review",
  syncedStart: "2026-12-01T09:00:00.000Z",
  syncedEnd: "2026-12-01T10:00:00.000Z",
  blockHash: "0123456789abcdef",
  blockLines: 3,
};

test("a record we wrote reads back whole, the Teams organizer too (the pane names it to owner and delegate)", () => {
  expect(parseStoredMeeting(JSON.stringify(GOOD))).toEqual(GOOD);
});

test.each<[string, Record<string, unknown>, string]>([
  ["a javascript: join URL never becomes the Join link", { joinUrl: "javascript:alert(1)" }, "joinUrl"],
  ["an http join URL", { joinUrl: "http://teams.microsoft.com/l/meetup-join/x" }, "joinUrl"],
  ["a join URL with credentials", { joinUrl: "https://user:pw@evil.test/x" }, "joinUrl"],
  ["a join URL with a quote", { joinUrl: 'https://evil.test/"onmouseover=' }, "joinUrl"],
  ["a meeting id of .. never becomes DELETE /me/", { meetingId: ".." }, "meetingId"],
  ["a meeting id with a path", { meetingId: "a/../../events" }, "meetingId"],
  ["a meeting id that is no string", { meetingId: 42 }, "meetingId"],
  ["an unknown route", { route: "both" }, "route"],
  ["an unknown provider", { provider: "zoom" }, "provider"],
  ["a language that is no tag", { language: "en-US<script>" }, "language"],
  ["an organizer that is no address", { organizer: "Nestor <script>" }, "organizer"],
  ["an organizer that is no string", { organizer: ["nestor.wilke@contoso.com"] }, "organizer"],
  ["a synced start that is no instant", { syncedStart: "tomorrow" }, "syncedStart"],
  ["a fingerprint that is no hash", { blockHash: "xyz", blockLines: 3 }, "blockHash"],
])("%s: the field is dropped", (_name, change, field) => {
  const record = validateStoredMeeting({ ...GOOD, ...change });
  expect(record).not.toBeNull();
  expect(record).not.toHaveProperty(field);
  expect(record?.externalId).toBe(GOOD.externalId);
});

test("locationSetByUs other than the join URL is not ours to clear (the organizer's own location)", () => {
  expect(validateStoredMeeting({ ...GOOD, locationSetByUs: "Room 4.12" })).not.toHaveProperty(
    "locationSetByUs",
  );
  expect(
    validateStoredMeeting({ ...GOOD, joinUrl: "javascript:x", locationSetByUs: "javascript:x" }),
  ).not.toHaveProperty("locationSetByUs");
});

test.each<[string, unknown]>([
  ["not JSON", "{"],
  ["no version", JSON.stringify({ ...GOOD, v: 2 })],
  ["no externalId", JSON.stringify({ ...GOOD, externalId: undefined })],
  ["an externalId with a space", JSON.stringify({ ...GOOD, externalId: "a b" })],
  ["an array", "[1]"],
  ["null", "null"],
  ["a number", 5],
])("%s: no record at all", (_name, raw) => {
  expect(parseStoredMeeting(raw)).toBeNull();
});
