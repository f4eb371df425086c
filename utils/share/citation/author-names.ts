import type { CslName } from '@/utils/article/types';

/** Words that mark a byline as a group, desk or publication rather than a person. */
const GROUP_WORDS =
  /\b(?:staff|editors?|editorial|team|desk|newsroom|press|agency|news|magazine|media|institute|university|foundation|council|committee|association|society|review|journal|bureau|contributors?|writers)\b/i;

/** Lower-case particles that belong with the family name ("van Gogh", "de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);

/** Generational suffixes; the CSL subset Reelmark keeps has no field for them, so they are dropped. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** "By Ana Silva and Tom Roe" → ["Ana Silva", "Tom Roe"]. */
export function splitByline(byline: string): string[] {
  const cleaned = byline
    .replace(/\s+/g, ' ')
    .split(/\s[|•·–—]\s|\n/)[0]!
    .replace(/^\s*(?:(?:words|written|story|text|reporting|review|interview)\s+)?by\s*:?\s+/i, '')
    .trim();
  return cleaned
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part && !SUFFIX.test(part) && !/@/.test(part));
}

/**
 * A person's name as CSL family/given, or a `literal` for groups and single words. The family
 * name is the last word with any particles before it; generational suffixes are dropped.
 */
export function toCslName(name: string, siteName?: string | null): CslName {
  const clean = name.replace(/\s+/g, ' ').trim();
  const tokens = clean.split(' ').filter((t) => !SUFFIX.test(t.replace(/,$/, '')));
  const isGroup =
    GROUP_WORDS.test(clean) ||
    /\d/.test(clean) ||
    tokens.length < 2 ||
    tokens.length > 5 ||
    (!!siteName && clean.toLowerCase() === siteName.trim().toLowerCase());
  if (isGroup) return { literal: clean };
  let start = tokens.length - 1;
  while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--;
  return { given: tokens.slice(0, start).join(' ').replace(/,$/, ''), family: tokens.slice(start).join(' ') };
}

/**
 * CSL names from the engine's author list, or from the byline when the list is empty or is the
 * byline itself (the v0 engine stores the whole byline as one author).
 */
export function namesFromAuthors(authors: string[], byline: string | null, siteName?: string | null): CslName[] {
  const sources = authors.length > 0 ? authors : byline ? [byline] : [];
  const names = sources.flatMap((a) => splitByline(a));
  const unique = [...new Set(names)];
  return unique.slice(0, 30).map((n) => toCslName(n, siteName));
}
