import data from './data/gazetteer.json';
import type { GazetteerData, GazetteerTerm, TermKind } from './gazetteer-types';
import { adjectiveForms } from './nation-morphology';
import { normalizeWord, termWords } from './nation-text';

/** One matchable form of a term, ready for lookup by its first word. */
export interface TermEntry {
  words: string[];
  /** ISO codes it tags (empty for a shadow phrase). */
  codes: string[];
  kind: TermKind;
  /** Language of the term, or `*`. */
  lang: string;
  /** Surface form, for exact-capitals checks. */
  surface: string;
  ambiguous: boolean;
  personName: boolean;
  exactCase: boolean;
}

/** The gazetteer compiled for matching: entries by first word, longest first. */
export interface CompiledGazetteer {
  byFirstWord: Map<string, TermEntry[]>;
  /** Film words per language, as word sequences. */
  filmWords: Map<string, string[][]>;
}

let compiled: CompiledGazetteer | null = null;

/** Compiles the shipped gazetteer once (inflected adjective forms are derived here). */
export function gazetteer(): CompiledGazetteer {
  compiled ??= compileGazetteer({ ...data, version: 1, terms: data.terms.filter(isTerm) });
  return compiled;
}

const KINDS: readonly string[] = ['n', 'a', 'i', 's'];

/** JSON imports type tuples as plain arrays; check each term's shape once at load. */
function isTerm(t: readonly string[]): t is GazetteerTerm {
  return t.length === 5 && KINDS.includes(t[2] ?? '');
}

/** Compiles gazetteer data into lookup tables; exported for tests with small hand-made data. */
export function compileGazetteer(source: GazetteerData): CompiledGazetteer {
  const byFirstWord = new Map<string, TermEntry[]>();
  for (const [surface, codes, kind, lang, flags] of source.terms) {
    const base = {
      codes: codes ? codes.split(' ') : [],
      kind,
      lang,
      surface,
      ambiguous: flags.includes('x'),
      personName: flags.includes('p'),
      exactCase: flags.includes('u'),
    };
    const forms = kind === 'a' ? adjectiveForms(surface, lang).map((f) => termWords(f)) : [termWords(surface)];
    for (const words of forms) {
      const first = words[0];
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      list.push({ ...base, words });
      byFirstWord.set(first, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  const filmWords = new Map<string, string[][]>();
  for (const [lang, words] of Object.entries(source.filmWords)) {
    filmWords.set(lang, words.map((w) => termWords(normalizeWord(w))));
  }
  return { byFirstWord, filmWords };
}
