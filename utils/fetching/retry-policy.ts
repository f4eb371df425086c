/** Statuses worth another try: rate limits, and gateways that often recover. */
export const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * Milliseconds to wait according to a Retry-After header: delta-seconds or an HTTP date.
 * Null when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with jitter for retry `attempt` (1 = first retry): 0.5 s, 1 s, 2 s … capped,
 * each spread over half to all of its value so clients that failed together do not retry together.
 */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, capMs = 8000): number {
  const full = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}
