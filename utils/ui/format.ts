import type { ReadStatus } from '@/utils/library/types';
import { t, type MessageKey } from '@/utils/i18n';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const numberFormat = new Intl.NumberFormat();

/** A date (epoch milliseconds or ISO string) in the reader's locale, or '' when unknown. */
export function formatDate(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? String(value) : dateFormat.format(d);
}

/** A count in the reader's locale (1,234). */
export const formatCount = (n: number): string => numberFormat.format(n);

const STATUS_KEYS: Record<ReadStatus, MessageKey> = { unread: 'libraryStatusUnread', read: 'libraryStatusRead', archived: 'libraryStatusArchived' };

/** The word for a reading status. */
export const statusLabel = (status: ReadStatus): string => t(STATUS_KEYS[status]);

let regionNames: Intl.DisplayNames | null = null;

/** The name of a country from its ISO code, in the reader's language (falls back to the code). */
export function nationName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(undefined, { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

let pluralRules: Intl.PluralRules | null = null;

/** The message for a count, singular or plural as the reader's language wants (`one` or any other form). */
export function plural(n: number, one: MessageKey, other: MessageKey): string {
  pluralRules ??= new Intl.PluralRules();
  return t(pluralRules.select(n) === 'one' ? one : other, formatCount(n));
}
