import MiniSearch, { type AsPlainObject, type Options, type Query, type SearchOptions } from 'minisearch';
import { type SearchDoc } from './search-doc';

export { BODY_WORDS, openingWords, searchDocOf, type SearchDoc } from './search-doc';

/**
 * Full-text search over the library with MiniSearch: titles, bylines, notes, tags, site and the
 * opening of each body (see `search-doc.ts`), tolerant of typos (one edit in words of 5+ letters,
 * swapped letters) and of prefixes (the word being typed). Scores are BM25, titles weighted highest.
 *
 * Size versus speed: a body is indexed up to {@link BODY_WORDS} words. The opening of a piece
 * (standfirst, first sections) names what it is about; indexing whole 1,500-word bodies of
 * 10,000 articles made the index four times larger and slower to load, for little gain in what
 * is found. Measured by `npm run bench:library`.
 */

/** Bumped when the fields or the term processing change, so a persisted index is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

const FIELDS = ['title', 'byline', 'notes', 'tags', 'site', 'body'] as const;
const META_FIELDS = ['title', 'byline', 'notes', 'tags', 'site'];
const BOOST = { title: 4, byline: 2, notes: 2, tags: 2, site: 1.5 };

/**
 * English function words carry no meaning for search and occur in every body. Words common in
 * this library (e.g. "film" in a film library) are handled by document frequency instead.
 */
const STOP_WORDS = new Set(
  `a an and are as at be been but by for from had has have he her his i if in into is it its of on or our she so
  than that the their them then there these they this those to was we were what when which who will with would you`
    .split(/\s+/)
    .filter(Boolean),
);

const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

/** Lower case without accents, so "Lucía" finds "lucia"; stop words and single letters dropped. */
export function processTerm(term: string): string | null {
  const folded = term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

/** The terms a piece of text is indexed or searched under. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/** A term with each pair of neighbouring letters swapped ("kazahk" gives "kazakh"), for terms of 4+ letters. */
export function transpositions(term: string): string[] {
  if (term.length < 4) return [];
  const out = new Set<string>();
  for (let i = 0; i < term.length - 1; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}

const OPTIONS: Options<SearchDoc> = { fields: [...FIELDS], storeFields: [], processTerm };

/** Above this many items, words in a fifth of all bodies stop being required in the body. */
const COMMON_MIN_DOCS = 500;
const COMMON_SHARE = 0.2;

/** One search hit: the item's URL and its relevance. */
export interface SearchHit {
  id: string;
  score: number;
}

/** The library's search index, with the document frequency of body terms kept beside it. */
export class LibrarySearch {
  private constructor(
    private readonly index: MiniSearch<SearchDoc>,
    /** How many bodies each term occurs in. Exact after a load; removals are not subtracted. */
    private readonly bodyFrequency: Map<string, number>,
    private readonly ids: Set<string>,
  ) {}

  /** An empty index. */
  static empty(): LibrarySearch {
    return new LibrarySearch(new MiniSearch(OPTIONS), new Map(), new Set());
  }

  /**
   * Loads a persisted index (from {@link toJSON}). `yielding` loads it in chunks that let a page
   * breathe; in a worker, loading in one go is several times faster.
   */
  static async fromJSON(json: string, yielding = false): Promise<LibrarySearch> {
    const plain = JSON.parse(json) as AsPlainObject;
    const frequency = bodyFrequencyOf(plain);
    const ids = new Set(Object.values(plain.documentIds).map(String));
    const index = yielding ? await MiniSearch.loadJSAsync<SearchDoc>(plain, OPTIONS) : MiniSearch.loadJS<SearchDoc>(plain, OPTIONS);
    return new LibrarySearch(index, frequency, ids);
  }

  /** How many items are indexed. */
  get size(): number {
    return this.ids.size;
  }

  /** The URLs of the indexed items. */
  indexedIds(): ReadonlySet<string> {
    return this.ids;
  }

  /** Adds or replaces one item. */
  upsert(doc: SearchDoc): void {
    if (this.ids.has(doc.id)) this.index.discard(doc.id);
    this.index.add(doc);
    this.ids.add(doc.id);
    for (const term of new Set(termsOf(doc.body))) this.bodyFrequency.set(term, (this.bodyFrequency.get(term) ?? 0) + 1);
  }

  /** Removes one item (no-op when it is not indexed). */
  remove(id: string): void {
    if (!this.ids.has(id)) return;
    this.index.discard(id);
    this.ids.delete(id);
  }

  /**
   * Items matching every meaningful word of `query`, best first. The last word also matches as a
   * prefix (it may still be being typed); words of 5+ letters also match with one typo. In a
   * large library, a word found in most bodies (e.g. "cinema") only has to match titles, bylines,
   * notes or tags: requiring it in the body would filter almost nothing and cost the most time.
   */
  search(query: string): SearchHit[] {
    const terms = termsOf(query);
    if (!terms.length) return [];
    const last = terms.length - 1;
    const docs = this.ids.size;
    const isCommon = (term: string, i: number) =>
      i !== last && docs >= COMMON_MIN_DOCS && (this.bodyFrequency.get(term) ?? 0) > docs * COMMON_SHARE;
    const one = (term: string, i: number, fields?: string[]): Query => {
      const main: Query = { queries: [term], fields, prefix: i === last && term.length >= 2, fuzzy: term.length >= 5 ? 0.2 : false, maxFuzzy: 1 };
      const swapped = transpositions(term);
      if (!swapped.length) return main;
      // Swapped letters are the commonest typo, and two edits for an edit distance: look them up exactly.
      const half = Object.fromEntries(Object.entries(BOOST).map(([k, v]) => [k, v / 2]));
      return { combineWith: 'OR', queries: [main, { queries: swapped, fields, combineWith: 'OR', boost: { ...half, body: 0.5 } }] };
    };
    let required = terms.map((term, i) => ({ term, i })).filter(({ term, i }) => !isCommon(term, i));
    let optional = terms.map((term, i) => ({ term, i })).filter(({ term, i }) => isCommon(term, i));
    if (!required.length) {
      // Every word is common: the rarest one is required, the others only add to the score.
      optional.sort((a, b) => (this.bodyFrequency.get(a.term) ?? 0) - (this.bodyFrequency.get(b.term) ?? 0));
      required = optional.slice(0, 1);
      optional = optional.slice(1);
    }
    const options: SearchOptions = { boost: BOOST, weights: { fuzzy: 0.3, prefix: 0.6 } };
    const hits = this.index.search({ combineWith: 'AND', queries: required.map(({ term, i }) => one(term, i)) }, options);
    if (optional.length && hits.length) {
      const extra = this.index.search({ combineWith: 'OR', queries: optional.map(({ term, i }) => one(term, i, META_FIELDS)) }, options);
      const bonus = new Map(extra.map((r) => [String(r.id), r.score]));
      for (const hit of hits) hit.score += bonus.get(String(hit.id)) ?? 0;
      hits.sort((a, b) => b.score - a.score);
    }
    return hits.map((r) => ({ id: String(r.id), score: r.score }));
  }

  /** The index as a string for IndexedDB. */
  toJSON(): string {
    return JSON.stringify(this.index);
  }
}

/** Document frequency of every body term, read from a serialised index. */
function bodyFrequencyOf(plain: AsPlainObject): Map<string, number> {
  const bodyField = String(plain.fieldIds.body);
  const frequency = new Map<string, number>();
  for (const [term, fields] of plain.index) {
    const docs = fields[bodyField];
    if (docs) frequency.set(term, Object.keys(docs).length);
  }
  return frequency;
}
