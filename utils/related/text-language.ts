import { tokenize } from './nation-text';

/** The languages the gazetteer covers. */
export const NATION_LANGS = ['en', 'fr', 'es', 'de'] as const;
export type NationLang = (typeof NATION_LANGS)[number];

// The commonest function words of each language; they barely overlap.
const FUNCTION_WORDS: Record<NationLang, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'with', 'for', 'its', 'from', 'this', 'are', 'which']),
  fr: new Set(['le', 'la', 'les', 'et', 'des', 'du', 'une', 'est', 'dans', 'qui', 'pour', 'sur', 'au', 'aux']),
  es: new Set(['el', 'la', 'los', 'las', 'y', 'del', 'una', 'es', 'en', 'que', 'por', 'para', 'con', 'como']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'ein', 'eine', 'den', 'dem', 'auf', 'für', 'sich']),
};

/**
 * The gazetteer language to tag a text in: the declared language when it is one of ours,
 * otherwise a guess from function words (English when nothing stands out).
 */
export function nationLanguage(declared: string | null | undefined, sample: string): NationLang {
  const primary = (declared ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if ((NATION_LANGS as readonly string[]).includes(primary)) return primary as NationLang;
  const counts: Record<NationLang, number> = { en: 0, fr: 0, es: 0, de: 0 };
  for (const token of tokenize(sample.slice(0, 4000))) {
    for (const lang of NATION_LANGS) if (FUNCTION_WORDS[lang].has(token.norm)) counts[lang] += 1;
  }
  let best: NationLang = 'en';
  for (const lang of NATION_LANGS) if (counts[lang] > counts[best]) best = lang;
  return best;
}
