// When and how long to wait before trying a Graph request again: Retry-After when the server gives
// it (seconds, fractional seconds or an HTTP date), otherwise capped exponential backoff with full
// jitter; always bounded in attempts and total time.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts when the time spent waiting would pass this. */
  maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalMs: 20_000,
};

/** 429 and the transient 5xx Graph documents (503, 504). */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/** Retry-After in milliseconds, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  // Stryker disable next-line StringLiteral: equivalent, "" fails both checks below too (no digit; Date.parse is NaN)
  if (v === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = Date.parse(v);
  if (Number.isNaN(date) || !/[a-z]/i.test(v)) return undefined;
  return Math.max(0, date - now.getTime());
}

/** The wait before attempt `attempt + 1` (attempt counts from 1). */
export function nextDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}
