import type { CslItem, CslName } from '@/utils/article/types';

/** ASCII letters and digits of a string, lower-cased (for citation keys). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** A name's family part, or the literal name's last word. */
export function familyName(name: CslName): string {
  return name.family ?? name.literal?.trim().split(/\s+/).at(-1) ?? '';
}

/** The year a citation was issued, if known. */
export function issuedYear(c: CslItem): number | null {
  return c.issued?.['date-parts'][0]?.[0] ?? null;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'to', 'for', 'la', 'le', 'el', 'los', 'les', 'der', 'die', 'das']);

/**
 * Citation keys in the usual `family` + `year` + `firstword` shape (e.g. `silva2025coproductions`),
 * made unique across one export with a, b, c… suffixes.
 */
export function citationKeys(citations: readonly CslItem[]): string[] {
  const used = new Map<string, number>();
  return citations.map((c) => {
    const author = c.author?.[0] ? asciiSlug(familyName(c.author[0])) : asciiSlug(c['container-title'] ?? '');
    const word = (c.title ?? '').split(/\s+/).map(asciiSlug).find((w) => w && !SMALL_WORDS.has(w)) ?? 'untitled';
    const base = `${author || 'anon'}${issuedYear(c) ?? 'nd'}${word}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : `${base}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`;
  });
}

/** A CSL date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or null. */
export function isoOfCslDate(date: CslItem['issued']): string | null {
  const parts = date?.['date-parts'][0];
  if (!parts?.[0]) return null;
  return parts
    .filter((p): p is number => typeof p === 'number')
    .map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0')))
    .join('-');
}
