import type { CslDate } from '@/utils/article/types';

/** A calendar date; month and day may be unknown. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9 abbreviates months longer than four letters (May, June and July stay whole). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The first date of a CSL date, or null when it has no usable year. */
export function dateParts(date: CslDate | undefined): DateParts | null {
  const parts = date?.['date-parts']?.[0];
  if (parts && Number.isInteger(parts[0])) {
    const [year, month, day] = parts;
    const m = month && month >= 1 && month <= 12 ? month : undefined;
    const d = m && day && day >= 1 && day <= 31 ? day : undefined;
    return { year: year!, month: m, day: d };
  }
  const raw = date?.raw?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!raw) return null;
  return dateParts({ 'date-parts': [[Number(raw[1]), raw[2] ? Number(raw[2]) : undefined, raw[3] ? Number(raw[3]) : undefined]] });
}

/** A JavaScript date's local calendar day (the day the reader accessed the page). */
export function partsOfDate(date: Date): DateParts {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** APA 7: "2025, August 9", "2025, August", "2025". */
export function apaDate(d: DateParts): string {
  if (!d.month) return String(d.year);
  return `${d.year}, ${MONTHS[d.month - 1]}${d.day ? ` ${d.day}` : ''}`;
}

/** MLA 9: "9 Aug. 2025", "Aug. 2025", "2025". */
export function mlaDate(d: DateParts): string {
  if (!d.month) return String(d.year);
  return `${d.day ? `${d.day} ` : ''}${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

/** Chicago 17 (and APA's "Retrieved" date): "August 9, 2025", "August 2025", "2025". */
export function longDate(d: DateParts): string {
  if (!d.month) return String(d.year);
  return d.day ? `${MONTHS[d.month - 1]} ${d.day}, ${d.year}` : `${MONTHS[d.month - 1]} ${d.year}`;
}
