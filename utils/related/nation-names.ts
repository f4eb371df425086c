import { t } from '@/utils/i18n';

/** Codes ISO keeps reserved for states that no longer exist; Intl would map them to successors. */
const HISTORICAL = { SU: 'relatedNationSU', YU: 'relatedNationYU' } as const;

/** A nation code's name in the reader's language ("KZ" → "Kazakhstan"). */
export function nationName(code: string, locale?: string): string {
  if (code in HISTORICAL) return t(HISTORICAL[code as keyof typeof HISTORICAL]);
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
