// Retry-After parsing and backoff bounds.
import {
  DEFAULT_RETRY_POLICY,
  isTransientStatus,
  nextDelay,
  parseRetryAfter,
} from "../../src/core/retry-policy";

const now = new Date("2026-11-23T10:00:00Z");

test.each([
  ["1", 1000],
  ["2.128", 2128],
  ["0", 0],
  ["Mon, 23 Nov 2026 10:00:05 GMT", 5000],
  ["Mon, 23 Nov 2026 09:59:00 GMT", 0],
  ["soon", undefined],
  ["", undefined],
  [null, undefined],
  ["-3", undefined],
])("Retry-After %p = %p ms", (value, expected) => {
  expect(parseRetryAfter(value, now)).toBe(expected);
});

test("transient statuses", () => {
  expect([429, 503, 504].every(isTransientStatus)).toBe(true);
  expect([400, 401, 403, 404, 500, 502].some(isTransientStatus)).toBe(false);
});

test("backoff grows, is capped, and jitter stays under the ceiling", () => {
  const p = DEFAULT_RETRY_POLICY;
  expect(nextDelay(1, p, undefined, () => 1)).toBe(500);
  expect(nextDelay(3, p, undefined, () => 1)).toBe(2000);
  expect(nextDelay(10, p, undefined, () => 1)).toBe(p.maxDelayMs);
  expect(nextDelay(3, p, undefined, () => 0)).toBe(0);
  expect(nextDelay(1, p, 60_000, () => 0.5)).toBe(p.maxDelayMs);
  expect(nextDelay(1, p, 1500, () => 0.5)).toBe(1500);
});
