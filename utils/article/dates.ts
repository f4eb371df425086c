/**
 * Date parsing for metadata and related-item dates: turns what pages print or declare into ISO
 * 8601 without inventing precision. A date-only value stays date-only (`2019-11-19`); a value with
 * a time keeps its offset when it has one; nothing is shifted into the machine's time zone.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // English, French, Spanish, Portuguese, German, Italian, Dutch (full and common short forms)
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'januar', 'jänner', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fev', 'febrero', 'fevereiro', 'februar', 'febbraio', 'februari'],
  ['march', 'mar', 'mars', 'marzo', 'março', 'marco', 'märz', 'maerz', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'juin', 'junio', 'junho', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'julho', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'set', 'settembre'],
  ['october', 'oct', 'octobre', 'octubre', 'outubro', 'out', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezembro', 'dez', 'dezember', 'dicembre'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function ymd(y: number, m: number, d: number): string | null {
  return validYmd(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

function twoDigitYear(y: number): number {
  return y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y;
}

/** Adds a clock time (and am/pm) found after a date, without time-zone guessing. */
function withTime(date: string, rest: string): string {
  const t = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(rest);
  if (!t) return date;
  let hour = Number(t[1]);
  const minute = Number(t[2]);
  const second = Number(t[3] ?? 0);
  const ampm = (t[4] ?? '').toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function fromIso(s: string): string | null {
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!date) return null;
  if (m[4] === undefined) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  if (hour > 24 || minute > 59 || second > 60) return date;
  let zone = m[8] ?? '';
  if (/^z$/i.test(zone)) zone = 'Z';
  else if (zone) {
    const digits = zone.replace(':', '');
    zone = `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
  }
  const frac = m[7] ? `.${m[7].slice(0, 3).padEnd(3, '0')}` : '';
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${frac}${zone}`;
}

/**
 * Parses a date as pages write it and returns ISO 8601, or null. Understands ISO forms, compact
 * `20191119`, Unix timestamps, `2019/11/19`, `19.11.2019` (day first), `11/19/2019` (month first
 * unless impossible), month names in several languages (`Nov. 19, 2019`, `19 novembre 2019`),
 * and RFC 2822 strings. A clock time next to a textual date is kept.
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 120) return null;
  const iso = fromIso(s);
  if (iso) return iso;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const ms = Number(s) * (s.length === 10 ? 1000 : 1);
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1990 ? null : d.toISOString().replace('.000Z', 'Z');
  }
  // An ISO date embedded in text ("Published 2019-11-19 10:00").
  m = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?\b/.exec(s);
  if (m) {
    const embedded = fromIso(m[0]);
    if (embedded) return embedded;
  }
  m = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return withTime(date, s.slice(m.index + m[0].length));
  }
  m = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = twoDigitYear(Number(m[4]));
    // Dots and dashes are day-first in the countries that use them; slashes are month-first (US) unless impossible.
    const dayFirst = m[2] !== '/' || a > 12;
    const date = dayFirst ? ymd(y, b, a) : ymd(y, a, b);
    if (date) return withTime(date, s.slice(m.index + m[0].length));
  }
  // RFC 2822 with an explicit zone is absolute: convert it exactly.
  const rfc = /^[a-z]{3},? \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? ?(gmt|ut|utc|z|[+-]\d{4})$/i.test(s) ? Date.parse(s) : NaN;
  if (!Number.isNaN(rfc)) return new Date(rfc).toISOString().replace('.000Z', 'Z');
  return fromMonthName(s);
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** "November 19, 2019", "19 Nov 2019", "19. November 2019", "19 de novembro de 2019", "Nov 2019". */
function fromMonthName(s: string): string | null {
  const word = '([A-Za-zÀ-ÿ]{3,10}\\.?)';
  let re = new RegExp(`\\b${word}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
  let m = re.exec(s);
  if (m && m[1] && monthOf(m[1])) {
    const date = ymd(Number(m[3]), monthOf(m[1]) ?? 0, Number(m[2]));
    if (date) return withTime(date, s.slice(m.index + m[0].length));
  }
  re = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s+(?:de\\s+)?${word}\\s+(?:de\\s+)?(\\d{4})\\b`, 'i');
  m = re.exec(s);
  if (m && m[2] && monthOf(m[2])) {
    const date = ymd(Number(m[3]), monthOf(m[2]) ?? 0, Number(m[1]));
    if (date) return withTime(date, s.slice(m.index + m[0].length));
  }
  return null;
}

/** A date written in the URL path (`/2019/11/19/slug`), the last-resort publication date. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(path);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
