// Retry-After parsing and backoff bounds.
import {
  DEFAULT_RETRY_POLICY,
  isTransientStatus,
  backoffDelay,
  parseRetryAfter,
  planRetry,
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
  expect(backoffDelay(1, p, () => 1)).toBe(500);
  expect(backoffDelay(3, p, () => 1)).toBe(2000);
  expect(backoffDelay(10, p, () => 1)).toBe(p.maxDelayMs);
  expect(backoffDelay(3, p, () => 0)).toBe(0);
});

describe("a retry never starts before Graph allows it", () => {
  const p = DEFAULT_RETRY_POLICY;
  const half = () => 0.5;

  test("a Retry-After within the bound is waited in full", () => {
    expect(planRetry(1, p, 1500, 0, half)).toEqual({ retry: true, delayMs: 1500 });
    expect(planRetry(1, p, p.maxDelayMs, 0, half)).toEqual({ retry: true, delayMs: p.maxDelayMs });
  });

  test("a Retry-After above the bound stops instead of retrying early", () => {
    expect(planRetry(1, p, p.maxDelayMs + 1, 0, half)).toEqual({ retry: false });
    expect(planRetry(1, p, 3_600_000, 0, half)).toEqual({ retry: false });
  });

  test("a Retry-After that would pass the total bound stops", () => {
    expect(planRetry(2, p, 5000, p.maxTotalMs - 4000, half)).toEqual({ retry: false });
    expect(planRetry(2, p, 4000, p.maxTotalMs - 4000, half)).toEqual({ retry: true, delayMs: 4000 });
  });

  test("without Retry-After: jittered backoff, within attempts and total time", () => {
    expect(planRetry(1, p, undefined, 0, half)).toEqual({ retry: true, delayMs: 250 });
    expect(planRetry(p.maxAttempts, p, undefined, 0, half)).toEqual({ retry: false });
    expect(planRetry(3, p, undefined, p.maxTotalMs, half)).toEqual({ retry: false });
  });
});
