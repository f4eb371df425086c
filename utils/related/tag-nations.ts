import { gazetteer, type CompiledGazetteer, type TermEntry } from './gazetteer';
import { isCapitalized, tokenize, type Token } from './nation-text';
import { nationLanguage } from './text-language';
import type { NationTags } from './types';

/** What the tagger reads from a piece. */
export interface NationInput {
  title?: string | null;
  section?: string | null;
  /** Plain body text, paragraphs separated by blank lines. */
  text?: string | null;
  /** The standfirst or description; when absent, the first paragraph of `text` is the lead. */
  lead?: string | null;
  /** BCP 47 language of the piece, when known. */
  lang?: string | null;
}

type Zone = 'title' | 'section' | 'lead' | 'body';

interface Hit {
  codes: string[];
  zone: Zone;
  ambiguous: boolean;
  filmContext: boolean;
}

/** How much each hit weighs towards "about"; title and section make a nation "about" outright. */
const ZONE_WEIGHT: Record<Zone, number> = { title: 3, section: 3, lead: 2, body: 1 };
/** Score at which a nation counts as what the piece is about (e.g. lead + film context, or 3 mentions). */
const ABOUT_SCORE = 3;
const LEAD_MAX_WORDS = 80;

// Context words. Kept general: none of them refers to one site or one text.
const NEGATING_PREFIXES = new Set(['post', 'pre', 'anti', 'non', 'ex', 'neo', 'pan']);
const LANGUAGE_WORDS = new Set([
  'language', 'languages', 'speaking', 'speaker', 'speakers', 'subtitles', 'subtitled', 'dubbed', 'dubbing', 'dub',
  'langue', 'langues', 'idioma', 'lengua', 'sprache', 'sprachig', 'sprachige', 'sprachigen', 'untertitel',
]);
const LANGUAGE_PREPOSITIONS = new Set(['in', 'into', 'from', 'en', 'auf']);
const AFTER_LANGUAGE = new Set(['and', 'or', 'with', 'et', 'ou', 'y', 'o', 'und', 'oder', 'mit']);
const FILM_PREPOSITIONS = new Set(['of', 'from', 'in', 'de', 'du', 'des', 'del', 'aus', 'im', 'en', 'della']);
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'of', 'from', 'to', 'for', 'with', 'and', 'or', 'but', 'as', 'at', 'by', 'on', 'about',
  'across', 'between', 'through', 'like', 'unlike', 'both', 'when', 'while', 'why', 'how', 'where', 'after', 'before',
  'la', 'le', 'les', 'el', 'los', 'las', 'der', 'die', 'das', 'en', 'de', 'du', 'del', 'und', 'et', 'y',
]);

/**
 * Tags the national cinemas a piece is about, and those it only mentions, as ISO 3166-1 alpha-2
 * codes (plus SU and YU for the Soviet Union and Yugoslavia, whose codes ISO keeps reserved).
 *
 * A nation is "about" when it is named in the title or section, or when its mentions add up: the
 * lead counts double, and a mention next to film words ("Kazakh cinema", "films from Chad") adds
 * one. A co-producer named once in the body stays "mentioned". Words that are nations only
 * sometimes ("Chad" the name, "Georgia" the US state, "Turkey" the bird) need capitals, must not
 * read as a person's name, and count only when the text corroborates them.
 */
export function tagNations(input: NationInput, g: CompiledGazetteer = gazetteer()): NationTags {
  const text = input.text ?? '';
  const lang = nationLanguage(input.lang, `${input.title ?? ''}\n${input.lead ?? ''}\n${text}`);
  const [leadText, bodyText] = splitLead(text, input.lead);
  const hits: Hit[] = [
    ...findHits(input.title ?? '', 'title', lang, g),
    ...findHits(input.section ?? '', 'section', lang, g),
    ...findHits(leadText, 'lead', lang, g),
    ...findHits(bodyText, 'body', lang, g),
  ];

  // Ambiguous words need corroboration: a plain mention of the same nation, or film words.
  const plain = new Set(hits.filter((h) => !h.ambiguous).flatMap((h) => h.codes));
  const kept = hits.filter((h) => !h.ambiguous || h.filmContext || h.codes.some((c) => plain.has(c)));

  const score = new Map<string, number>();
  const headline = new Set<string>();
  for (const hit of kept) {
    for (const code of hit.codes) {
      score.set(code, (score.get(code) ?? 0) + ZONE_WEIGHT[hit.zone] + (hit.filmContext ? 1 : 0));
      if (hit.zone === 'title' || hit.zone === 'section') headline.add(code);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const about = ranked.filter(([c, s]) => headline.has(c) || s >= ABOUT_SCORE).map(([c]) => c);
  const mentioned = ranked.map(([c]) => c).filter((c) => !about.includes(c));
  return { about, mentioned };
}

/** The lead (standfirst, or the first paragraph up to 80 words) and the rest of the body. */
function splitLead(text: string, lead: string | null | undefined): [string, string] {
  if (lead && lead.trim()) return [lead, text];
  const trimmed = text.trim();
  const firstBreak = trimmed.search(/\n\s*\n/);
  const first = firstBreak === -1 ? trimmed : trimmed.slice(0, firstBreak);
  const words = first.split(/\s+/);
  if (words.length <= LEAD_MAX_WORDS) return [first, firstBreak === -1 ? '' : trimmed.slice(firstBreak)];
  const cut = words.slice(0, LEAD_MAX_WORDS).join(' ');
  return [cut, trimmed.slice(cut.length)];
}

/** Every accepted nation term in one zone of the piece. */
function findHits(text: string, zone: Zone, lang: string, g: CompiledGazetteer): Hit[] {
  if (!text.trim()) return [];
  const tokens = tokenize(text);
  const titleCase = (zone === 'title' || zone === 'section') && isTitleCase(tokens);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = matchAt(text, tokens, i, lang, g);
    if (!match) {
      i += 1;
      continue;
    }
    const { entry } = match;
    const n = entry.words.length;
    if (entry.kind !== 's' && acceptable(text, tokens, i, n, entry, titleCase, g, lang)) {
      hits.push({
        codes: entry.codes,
        zone,
        ambiguous: entry.ambiguous,
        filmContext: entry.kind === 'i' || hasFilmContext(text, tokens, i, n, lang, g),
      });
    }
    i += n;
  }
  return hits;
}

/** The longest gazetteer entry starting at token `i`, in this language, with its words tight and capitals right. */
function matchAt(text: string, tokens: Token[], i: number, lang: string, g: CompiledGazetteer): { entry: TermEntry } | null {
  const first = tokens[i];
  if (!first) return null;
  for (const entry of g.byFirstWord.get(first.norm) ?? []) {
    if (entry.lang !== lang && entry.lang !== '*') continue;
    if (!wordsAt(text, tokens, i, entry.words)) continue;
    if (!caseFits(entry, tokens.slice(i, i + entry.words.length))) continue;
    return { entry };
  }
  return null;
}

/** True when `words` follow from token `i` on, separated only by spaces, hyphens or apostrophes. */
function wordsAt(text: string, tokens: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.norm !== words[k]) return false;
    if (k > 0 && !/^[\s\-\u2010\u2011'’]*$/.test(text.slice(tokens[i + k - 1]!.end, t.start))) return false;
  }
  return true;
}

/** Names (and English adjectives) are written with a capital; acronyms with exact capitals. */
function caseFits(entry: TermEntry, matched: Token[]): boolean {
  const first = matched[0];
  if (!first) return false;
  if (entry.exactCase) {
    const surface = tokenize(entry.surface).map((t) => t.text.replace(/\./g, ''));
    return matched.every((t, k) => t.text.replace(/\./g, '') === surface[k]);
  }
  if (entry.kind === 'a' && entry.lang !== 'en') return true;
  if (entry.kind === 's') return true;
  return isCapitalized(first.text);
}

/** Context checks that turn a matched term down: prefixes, language use, person names. */
function acceptable(
  text: string,
  tokens: Token[],
  i: number,
  n: number,
  entry: TermEntry,
  titleCase: boolean,
  g: CompiledGazetteer,
  lang: string,
): boolean {
  const first = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + n];
  // "post-Soviet", "anti-American": the nation is what the phrase is defined against.
  if (first.hyphenBefore && prev && NEGATING_PREFIXES.has(prev.norm)) return false;

  if (entry.kind === 'a') {
    // "Spanish-language", "English subtitles", "shot in French.": a language, not a nation.
    if (next && LANGUAGE_WORDS.has(next.norm) && /^[\s\-\u2010\u2011]*$/.test(text.slice(tokens[i + n - 1]!.end, next.start))) return false;
    const run = languagePrepositionBefore(tokens, i);
    if (run === 'run') return false;
    if (run === 'direct') {
      const after = text.slice(tokens[i + n - 1]!.end);
      if (/^\s*([.,;:!?)\]"”]|$)/.test(after) || (next && AFTER_LANGUAGE.has(next.norm) && /^\s+$/.test(text.slice(tokens[i + n - 1]!.end, next.start)))) return false;
    }
  }

  if (entry.personName && !titleCase) {
    // "Jordan Peele", "Chad Stahelski": followed by a capitalised word that is not a film word or a nation.
    const last = tokens[i + n - 1]!;
    if (next && /^ $/.test(text.slice(last.end, next.start)) && isCapitalized(next.text)) {
      const nextIsTerm = g.byFirstWord.has(next.norm) || isFilmWordAt(tokens, i + n, lang, g);
      if (!nextIsTerm) return false;
    }
    // "Michael Jordan": preceded by a capitalised word that is not a function word.
    if (prev && /^ $/.test(text.slice(prev.end, first.start)) && isCapitalized(prev.text) && !FUNCTION_WORDS.has(prev.norm)) {
      if (!g.byFirstWord.has(prev.norm) && !isFilmWordAt(tokens, i - 1, lang, g)) return false;
    }
  }
  return true;
}

/** "in French" (direct), or the later words of an "in French and Korean" run. */
function languagePrepositionBefore(tokens: Token[], i: number): 'direct' | 'run' | null {
  let k = i - 1;
  while (k >= 2 && AFTER_LANGUAGE.has(tokens[k]!.norm) && isCapitalized(tokens[k - 1]!.text)) k -= 2;
  const t = tokens[k];
  if (t === undefined || !LANGUAGE_PREPOSITIONS.has(t.norm)) return null;
  return k === i - 1 ? 'direct' : 'run';
}

/** "Kazakh cinema", "Czech films", "cinema of Chad", "films from Turkey", "cine de México". */
function hasFilmContext(text: string, tokens: Token[], i: number, n: number, lang: string, g: CompiledGazetteer): boolean {
  const end = tokens[i + n - 1]!;
  for (let k = i + n; k < Math.min(tokens.length, i + n + 2); k++) {
    if (/[.!?;:]/.test(text.slice((tokens[k - 1] ?? end).end, tokens[k]!.start))) break;
    if (isFilmWordAt(tokens, k, lang, g)) return true;
  }
  // Romance languages put the adjective after the noun: "cinéma kazakh", "cine mexicano".
  if (i > 0 && filmWordEndingAt(tokens, i - 1, lang, g) && !/[.!?;:]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return true;
  const prep = tokens[i - 1];
  if (prep && FILM_PREPOSITIONS.has(prep.norm)) {
    for (let k = i - 2; k >= Math.max(0, i - 3); k--) if (filmWordEndingAt(tokens, k, lang, g)) return true;
  }
  return false;
}

function isFilmWordAt(tokens: Token[], k: number, lang: string, g: CompiledGazetteer): boolean {
  return (g.filmWords.get(lang) ?? []).some((words) => words.every((w, j) => tokens[k + j]?.norm === w));
}

function filmWordEndingAt(tokens: Token[], k: number, lang: string, g: CompiledGazetteer): boolean {
  return (g.filmWords.get(lang) ?? []).some((words) => words.every((w, j) => tokens[k - words.length + 1 + j]?.norm === w));
}

/** Headlines in Title Case capitalise every word, so capitals say nothing about names there. */
function isTitleCase(tokens: Token[]): boolean {
  const long = tokens.filter((t) => t.text.length > 3);
  if (long.length < 3) return false;
  return long.filter((t) => isCapitalized(t.text)).length / long.length >= 0.8;
}
