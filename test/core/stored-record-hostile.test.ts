// The "omo" property is outside data (an item copied, an older version, a tool that edited it): every
// field outside its rule is dropped, and what is not a record at all gives none.
import { isHttpsUrl, parseStoredMeeting, validateStoredMeeting } from "../../src/core/stored-record";

const JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0";
const GOOD = {
  v: 1,
  externalId: "550fae72-d251-43ec-868c-373732c2704f",
  joinUrl: JOIN,
  locationSetByUs: JOIN,
  syncedSubject: "Quarterly review",
  syncedStart: "2026-12-01T09:00:00.000Z",
  syncedEnd: "2026-12-01T10:00:00.000Z",
  blockHash: "0123456789abcdef",
  blockLines: 3,
};

describe("what is no record at all", () => {
  test("an array holding the record's JSON text (a property value Office didn't give as text)", () => {
    // String([json]) is the JSON text itself: only a real string is read.
    expect(parseStoredMeeting([JSON.stringify(GOOD)])).toBeNull();
  });

  test("an object that turns into the record's JSON text", () => {
    expect(parseStoredMeeting({ toString: () => JSON.stringify(GOOD) })).toBeNull();
  });

  test("an empty property", () => {
    expect(parseStoredMeeting("")).toBeNull();
  });

  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["a number", 1],
    ["a string", JSON.stringify(GOOD)],
    ["true", true],
  ])("an already parsed value that is %s", (_name, value) => {
    expect(validateStoredMeeting(value)).toBeNull();
  });
});

test("a record with nothing but its version and id reads back as exactly that (no empty fields)", () => {
  const minimal = { v: 1, externalId: "abc" };
  expect(validateStoredMeeting(minimal)).toStrictEqual(minimal);
  expect(parseStoredMeeting(JSON.stringify(minimal))).toStrictEqual(minimal);
});

describe("a field outside its rule is dropped, the rest stays", () => {
  test.each<[string, Record<string, unknown>, string]>([
    ["a subject that is no string", { syncedSubject: 42 }, "syncedSubject"],
    ["a subject longer than 4096 characters", { syncedSubject: "x".repeat(4097) }, "syncedSubject"],
    ["a synced end that is no instant", { syncedEnd: "tomorrow" }, "syncedEnd"],
    ["a synced start that is a date without a time", { syncedStart: "2026-12-01" }, "syncedStart"],
    [
      "a synced start in the shape of an instant but no real one",
      { syncedStart: "2026-13-45T10:00Z" },
      "syncedStart",
    ],
    ["a fingerprint of zero lines", { blockLines: 0 }, "blockHash"],
    ["a fingerprint of negative lines", { blockLines: -2 }, "blockLines"],
    ["a join URL without a scheme", { joinUrl: "teams.microsoft.com/l/meetup-join/x" }, "joinUrl"],
    ["a join URL in an array", { joinUrl: [JOIN] }, "joinUrl"],
    ["a join URL with a user name", { joinUrl: "https://user@evil.test/x" }, "joinUrl"],
    ["a join URL with a password only", { joinUrl: "https://:pw@evil.test/x" }, "joinUrl"],
    [
      "a join URL longer than 2048 characters",
      { joinUrl: `${JOIN}?x=${"a".repeat(2049 - JOIN.length - 3)}` },
      "joinUrl",
    ],
  ])("%s", (_name, change, field) => {
    const record = validateStoredMeeting({ ...GOOD, ...change });
    expect(record).not.toBeNull();
    expect(record).not.toHaveProperty(field);
    expect(record?.externalId).toBe(GOOD.externalId);
  });

  test("a fingerprint goes as a whole: hash and line count together", () => {
    const record = validateStoredMeeting({ ...GOOD, blockLines: 0 });
    expect(record).not.toHaveProperty("blockHash");
    expect(record).not.toHaveProperty("blockLines");
  });

  test("a dropped join URL takes locationSetByUs with it (nothing to clear)", () => {
    expect(validateStoredMeeting({ ...GOOD, joinUrl: [JOIN] })).not.toHaveProperty("locationSetByUs");
  });
});

describe("the limits themselves are allowed", () => {
  test("a subject of exactly 4096 characters", () => {
    const syncedSubject = "x".repeat(4096);
    expect(validateStoredMeeting({ ...GOOD, syncedSubject })?.syncedSubject).toBe(syncedSubject);
  });

  test("an empty subject (a meeting without one)", () => {
    expect(validateStoredMeeting({ ...GOOD, syncedSubject: "" })?.syncedSubject).toBe("");
  });

  test("a join URL of exactly 2048 characters", () => {
    const joinUrl = `${JOIN}?x=${"a".repeat(2048 - JOIN.length - 3)}`;
    expect(joinUrl).toHaveLength(2048);
    expect(validateStoredMeeting({ ...GOOD, joinUrl })?.joinUrl).toBe(joinUrl);
  });

  test("a fingerprint of one line", () => {
    expect(validateStoredMeeting({ ...GOOD, blockLines: 1 })).toMatchObject({
      blockHash: GOOD.blockHash,
      blockLines: 1,
    });
  });

  test("instants with an offset, without seconds, with nanoseconds", () => {
    for (const syncedEnd of [
      "2026-12-01T10:00+01:00",
      "2026-12-01T10:00Z",
      "2026-12-01T10:00:00.123456789Z",
    ]) {
      expect(validateStoredMeeting({ ...GOOD, syncedEnd })?.syncedEnd).toBe(syncedEnd);
    }
  });
});

describe("an https join link", () => {
  test.each<[string, unknown, boolean]>([
    ["a Teams join link", JOIN, true],
    ["a link to a host with a port", "https://teams.microsoft.com:443/l/meetup-join/x", true],
    ["a bare word", "teams", false],
    ["https without a host", "https://", false],
    ["a number", 443, false],
    ["an URL object", new URL(JOIN), false],
  ])("%s: %p", (_name, value, expected) => {
    expect(isHttpsUrl(value)).toBe(expected);
  });
});
