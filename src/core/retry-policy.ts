// When and how long to wait before trying a Graph request again: exactly the Retry-After the server
// gives (seconds, fractional seconds or an HTTP date) — never less —, otherwise capped exponential
// backoff with full jitter; always bounded in attempts and total time. A Retry-After longer than the
// bound stops the retries, and the caller tells the user when to try again.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** The longest single wait: backoff is capped here, a longer Retry-After stops instead. */
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
  // An empty value fails both checks below (no digit; Date.parse is NaN).
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = Date.parse(v);
  if (Number.isNaN(date) || !/[a-z]/i.test(v)) return undefined;
  return Math.max(0, date - now.getTime());
}

/** Backoff with full jitter before attempt `attempt + 1` (attempt counts from 1), when no Retry-After. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

export type RetryStep = { retry: true; delayMs: number } | { retry: false };

/**
 * After attempt `attempt` failed transiently, having waited `waitedMs` so far: wait and retry, or
 * stop. A known Retry-After is waited in full or not at all — a retry before it would be refused.
 */
export function planRetry(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  waitedMs: number,
  random: () => number,
): RetryStep {
  if (attempt >= policy.maxAttempts) return { retry: false };
  if ((retryAfterMs ?? 0) > policy.maxDelayMs) return { retry: false };
  const delayMs = retryAfterMs ?? backoffDelay(attempt, policy, random);
  if (waitedMs + delayMs > policy.maxTotalMs) return { retry: false };
  return { retry: true, delayMs };
}
