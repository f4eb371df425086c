import type { SearchHit } from '@/utils/library/search-index';
import type { ReadStatus, SavedItemRow } from '@/utils/library/types';

/** How the library page narrows the items. Null / 'all' means "any". */
export interface LibraryFilters {
  status: ReadStatus | 'all';
  listId: string | 'all';
  tag: string | null;
  nation: string | null;
  site: string | null;
  favourites: boolean;
}

/** No filter at all: every item shows. */
export const NO_FILTERS: LibraryFilters = { status: 'all', listId: 'all', tag: null, nation: null, site: null, favourites: false };

/** The orders the library can be sorted in; `relevance` applies while searching. */
export type LibrarySort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'title-asc' | 'relevance';

/** Every sort order, in the order the sort menu offers them. */
export const SORTS: readonly LibrarySort[] = ['relevance', 'saved-desc', 'saved-asc', 'published-desc', 'published-asc', 'title-asc'];

/** National cinemas an item is about or mentions (ISO codes). */
export const nationsOf = (row: SavedItemRow): string[] => (row.nations ? [...row.nations.about, ...row.nations.mentioned] : []);

/** True when a row passes every filter. */
export function matches(row: SavedItemRow, f: LibraryFilters): boolean {
  if (f.status !== 'all' && row.status !== f.status) return false;
  if (f.listId !== 'all' && !row.lists.includes(f.listId)) return false;
  if (f.favourites && !row.favourite) return false;
  if (f.site && row.site !== f.site) return false;
  if (f.tag) {
    const tag = f.tag.toLowerCase();
    if (!row.tags.some((t) => t.toLowerCase() === tag)) return false;
  }
  if (f.nation && !nationsOf(row).includes(f.nation)) return false;
  return true;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares rows for a sort order (relevance is handled by the caller). */
export function comparator(sort: Exclude<LibrarySort, 'relevance'>): (a: SavedItemRow, b: SavedItemRow) => number {
  switch (sort) {
    case 'saved-desc':
      return (a, b) => b.savedAt - a.savedAt;
    case 'saved-asc':
      return (a, b) => a.savedAt - b.savedAt;
    // Items without a date go last in both directions.
    case 'published-desc':
      return (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.savedAt - a.savedAt;
    case 'published-asc':
      return (a, b) => (a.published ? (b.published ? a.published.localeCompare(b.published) : -1) : b.published ? 1 : 0) || a.savedAt - b.savedAt;
    case 'title-asc':
      return (a, b) => collator.compare(a.title, b.title);
  }
}

/**
 * The rows to show: those passing the filters, in search-relevance order when there are search
 * hits and the sort is `relevance`, else in the chosen order.
 */
export function visibleRows(
  rows: Iterable<SavedItemRow>,
  byUrl: ReadonlyMap<string, SavedItemRow>,
  filters: LibraryFilters,
  sort: LibrarySort,
  hits: readonly SearchHit[] | null,
): SavedItemRow[] {
  if (hits) {
    const found: SavedItemRow[] = [];
    for (const hit of hits) {
      const row = byUrl.get(hit.id);
      if (row && matches(row, filters)) found.push(row);
    }
    return sort === 'relevance' ? found : found.sort(comparator(sort));
  }
  const out: SavedItemRow[] = [];
  for (const row of rows) if (matches(row, filters)) out.push(row);
  return out.sort(comparator(sort === 'relevance' ? 'saved-desc' : sort));
}

/** Values with how many rows have them, most used first (for tag, site and nation pickers). */
export function facet(rows: Iterable<SavedItemRow>, valuesOf: (row: SavedItemRow) => readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>();
  for (const row of rows) {
    for (const value of valuesOf(row)) {
      const key = value.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { value, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
}

/**
 * A plain substring match over titles, bylines, sites, tags and notes, used for the moments
 * before the search index has loaded.
 */
export function quickMatch(rows: Iterable<SavedItemRow>, query: string): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const hay = `${row.title} ${row.byline ?? ''} ${row.siteName ?? ''} ${row.site} ${row.tags.join(' ')} ${row.notes}`.toLowerCase();
    if (words.every((w) => hay.includes(w))) hits.push({ id: row.url, score: 1 });
  }
  return hits;
}
