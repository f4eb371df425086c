/**
 * Builds `utils/related/data/gazetteer.json`, the nations gazetteer the tagger ships with.
 *
 *   npm run -s build:gazetteer           # write the file
 *   npm run -s build:gazetteer -- --check  # exit 1 when the committed file is out of date
 *
 * Inputs: country names from i18n-iso-countries and nationality adjectives from i18n-nationality
 * (both MIT, devDependencies: only this trimmed output ships), in English, French, Spanish and
 * German, merged with the reviewed additions in `gazetteer-additions.ts`. The output is
 * deterministic (sorted), so a test can compare it with a fresh build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerData, GazetteerTerm, TermKind } from '../utils/related/gazetteer-types';
import { normalizeWord, termWords } from '../utils/related/nation-text';
import {
  ADJECTIVES_ADD,
  ADJECTIVES_REMOVE,
  AMBIGUOUS_TERMS,
  EXCLUDED_CODES,
  FILM_WORDS,
  GAZETTEER_LANGS,
  HISTORICAL,
  INDUSTRY_ALIASES,
  NAMES_ADD,
  NAMES_REMOVE,
  PERSON_NAME_TERMS,
  SHADOW_PHRASES,
  type GazetteerLang,
} from './gazetteer-additions';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated gazetteer lives (committed). */
export const GAZETTEER_PATH = path.join(ROOT, 'utils/related/data/gazetteer.json');

type Localized = Record<string, string | string[]>;

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

function countryNames(lang: GazetteerLang): Localized {
  return (require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Localized }).countries;
}

function nationalities(lang: GazetteerLang): Record<string, string> {
  return (require(`i18n-nationality/langs/${lang}.json`) as { nationalities: Record<string, string> }).nationalities;
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Official long forms with commas or brackets ("Korea, Republic of") are never written in prose. */
function usableName(name: string): boolean {
  return !/[,()]/.test(name);
}

/** Adjective values that are really territory names, notes or alternatives are dropped. */
function usableAdjective(adj: string): boolean {
  return adj.trim() !== '' && !/[,()]|\s-\s|\bor\b|\bou\b|insel|Islands|Îles|Islas/i.test(adj);
}

/** Dotted acronyms are matched as one token: keep the undotted spelling only. */
function undot(term: string): string {
  return /^(?:[A-Z]\.){2,}$/.test(term) ? term.replace(/\./g, '') : term;
}

/** Acronyms (USA, UK, DRC, UdSSR) must match with exact capitals: "us" is a pronoun. */
function isAcronym(term: string): boolean {
  return /^[A-Z][A-Za-z]{1,5}$/.test(term) && (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

interface Draft {
  surface: string;
  codes: Set<string>;
  kind: TermKind;
  lang: GazetteerLang | '*';
}

/** Builds the gazetteer data from the packages and the reviewed additions. */
export function buildGazetteer(): GazetteerData {
  const drafts = new Map<string, Draft>();
  const collisions = new Set<string>();
  const explicitMulti = new Set<string>();

  const key = (surface: string, kind: TermKind, lang: string) => `${lang}|${kind}|${termWords(surface).join(' ')}`;
  const add = (surface: string, code: string, kind: TermKind, lang: GazetteerLang | '*') => {
    const s = undot(surface.trim().replace(/^(The|La|Le|Les|El|Los|Las|Die|Der)\s+/, ''));
    if (!s || termWords(s).length === 0) return;
    const k = key(s, kind, lang);
    const existing = drafts.get(k);
    if (existing) {
      if (!existing.codes.has(code) && !explicitMulti.has(k)) collisions.add(k);
      existing.codes.add(code);
    } else drafts.set(k, { surface: s, codes: new Set([code]), kind, lang });
  };
  const removed = (table: Record<string, Partial<Record<GazetteerLang, string[]>>>, code: string, lang: GazetteerLang, v: string) =>
    (table[code]?.[lang] ?? []).some((r) => normalizeWord(r) === normalizeWord(v));

  for (const lang of GAZETTEER_LANGS) {
    const names = countryNames(lang);
    const adjs = nationalities(lang);
    for (const code of Object.keys(names).sort()) {
      if (EXCLUDED_CODES.includes(code)) continue;
      const nameList = [...asList(names[code]), ...(NAMES_ADD[code]?.[lang] ?? [])]
        .filter(usableName)
        .filter((n) => !removed(NAMES_REMOVE, code, lang, n));
      nameList.forEach((n) => add(n, code, 'n', lang));
      const nameKeys = new Set(nameList.map((n) => termWords(n).join(' ')));
      const adjList = [...asList(adjs[code]), ...(ADJECTIVES_ADD[code]?.[lang] ?? [])]
        .filter(usableAdjective)
        .filter((a) => !removed(ADJECTIVES_REMOVE, code, lang, a))
        // A value equal to the country's name is the name, not an adjective (HK "Hong Kong").
        .filter((a) => !nameKeys.has(termWords(a).join(' ')));
      for (const a of adjList) add(lang === 'en' ? a : a.toLocaleLowerCase(lang), code, 'a', lang);
    }
    for (const [code, entry] of Object.entries(HISTORICAL)) {
      (entry.names[lang] ?? []).forEach((n) => add(n, code, 'n', lang));
      (entry.adjectives[lang] ?? []).forEach((a) => add(a, code, 'a', lang));
    }
    for (const phrase of SHADOW_PHRASES[lang] ?? []) add(phrase, '', 's', lang);
  }
  for (const [term, codes] of INDUSTRY_ALIASES) {
    if (codes.length > 1) explicitMulti.add(key(term, 'i', '*'));
    codes.forEach((c) => add(term, c, 'i', '*'));
  }

  const ambiguous = new Map<string, Set<string>>();
  for (const [lang, list] of Object.entries(AMBIGUOUS_TERMS)) ambiguous.set(lang, new Set(list.map(normalizeWord)));
  const person = new Set(PERSON_NAME_TERMS.map(normalizeWord));

  const terms: GazetteerTerm[] = [];
  for (const [k, d] of drafts) {
    // A term that names two countries by accident of the data tags neither.
    if (collisions.has(k)) continue;
    const norm = termWords(d.surface).join(' ');
    let flags = '';
    if (ambiguous.get(d.lang === '*' ? 'en' : d.lang)?.has(norm)) flags += 'x';
    if (d.kind === 'n' && person.has(norm)) flags += 'p';
    if (isAcronym(d.surface)) flags += 'u';
    terms.push([d.surface, [...d.codes].filter(Boolean).sort().join(' '), d.kind, d.lang, flags]);
  }
  terms.sort((a, b) => (a[3] + a[2] + a[0] < b[3] + b[2] + b[0] ? -1 : a[3] + a[2] + a[0] > b[3] + b[2] + b[0] ? 1 : 0));

  return {
    version: 1,
    sources: [
      `i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT): country names`,
      `i18n-nationality ${packageVersion('i18n-nationality')} (MIT): nationality adjectives`,
      'scripts/gazetteer-additions.ts: reviewed additions, removals, film-industry aliases, shadows and flags',
    ],
    langs: [...GAZETTEER_LANGS],
    filmWords: Object.fromEntries(GAZETTEER_LANGS.map((l) => [l, [...FILM_WORDS[l]].sort()])),
    terms,
  };
}

/** The JSON text written to disk (stable formatting: one term per line keeps diffs readable). */
export function gazetteerJson(data: GazetteerData): string {
  const head = JSON.stringify({ ...data, terms: [] }, null, 2).replace(/"terms": \[\]\n}$/, '');
  const lines = data.terms.map((t) => '    ' + JSON.stringify(t));
  return `${head}"terms": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function main(): void {
  const text = gazetteerJson(buildGazetteer());
  if (process.argv.includes('--check')) {
    const current = readFileSync(GAZETTEER_PATH, 'utf8');
    if (current !== text) {
      console.error(`${path.relative(ROOT, GAZETTEER_PATH)} is out of date: run npm run -s build:gazetteer`);
      process.exit(1);
    }
    console.log('gazetteer is up to date');
    return;
  }
  writeFileSync(GAZETTEER_PATH, text);
  console.log(`wrote ${path.relative(ROOT, GAZETTEER_PATH)}: ${text.length} bytes`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
