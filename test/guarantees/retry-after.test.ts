// "Every failure gets a clear message" includes throttling: Graph's Retry-After (seconds) is honoured
// when it is a number, however it is padded, and ignored when it is not one.
import { parseRetryAfter } from "../../src/core/retry-policy";

const NOW = new Date("2026-12-02T09:00:00Z");

test.each([
  [undefined, undefined],
  [null, undefined],
  ["", undefined],
  ["3", 3000],
  [" 3 ", 3000],
  ["\t1.5\r\n", 1500],
  ["120x", undefined],
  ["3 seconds", undefined],
])("Retry-After %j waits %j ms", (value, expected) => {
  expect(parseRetryAfter(value, NOW)).toBe(expected);
});
