/** The earliest plausible save time: 1995-01-01 (no read-it-later export predates the web's spread). */
const EARLIEST = Date.UTC(1995, 0, 1);
/** A day of clock skew is tolerated in the future. */
const SKEW_MS = 86_400_000;

function plausible(ms: number, now: number): number | null {
  return Number.isFinite(ms) && ms >= EARLIEST && ms <= now + SKEW_MS ? ms : null;
}

/**
 * Epoch milliseconds for a Unix timestamp cell (seconds, as Pocket and Instapaper write them;
 * milliseconds and microseconds are recognised by their length). Null when the cell is not a plausible time.
 */
export function parseUnixTime(cell: string | null | undefined, now: number): number | null {
  const text = (cell ?? '').trim();
  if (!/^\d{9,17}(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  const digits = text.split('.')[0]!.length;
  // Seconds (Pocket, Instapaper, bookmarks), milliseconds, or microseconds (some Firefox tools).
  return plausible(digits >= 15 ? n / 1000 : digits >= 12 ? n : n * 1000, now);
}

/** Epoch milliseconds for an ISO 8601 (or RFC 2822) date, or for Unix seconds; null when implausible. */
export function parseAnyTime(value: unknown, now: number): number | null {
  if (typeof value === 'number') return plausible(value > 1e11 ? value : value * 1000, now);
  if (typeof value !== 'string' || !value.trim()) return null;
  const unix = parseUnixTime(value, now);
  if (unix !== null) return unix;
  return plausible(Date.parse(value.trim()), now);
}

/** An ISO 8601 date string for a date value, or null. */
export function isoDate(value: unknown, now: number): string | null {
  const ms = parseAnyTime(value, now);
  return ms === null ? null : new Date(ms).toISOString();
}
