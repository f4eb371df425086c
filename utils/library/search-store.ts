import type { LibraryDb } from './db';
import { LibrarySearch, SEARCH_INDEX_VERSION, searchDocOf } from './search-index';
import type { SavedItemRow } from './types';

/**
 * Keeps the search index in IndexedDB (`meta` table) so that opening the library loads it instead
 * of re-reading every body. Saves made elsewhere (the popup, the service worker) never touch the
 * index: they stamp `updatedAt`, and the page that searches catches up from the stamp.
 */

const KEY = 'search-index';

interface PersistedIndex {
  version: number;
  /** Items changed at or after this time may be missing from the index. */
  builtAt: number;
  json: string;
}

/** A search index and the time it is up to date with. */
export interface LoadedSearch {
  search: LibrarySearch;
  builtAt: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The persisted index, or null when there is none or it was made by another index version. */
export async function loadSearchIndex(db: LibraryDb): Promise<LoadedSearch | null> {
  const start = performance.now();
  const row = await db.meta.get(KEY);
  const stored = row?.value as PersistedIndex | undefined;
  performance.measure('reelmark:search-read', { start, end: performance.now() });
  if (!stored || stored.version !== SEARCH_INDEX_VERSION || typeof stored.json !== 'string') return null;
  try {
    const parseStart = performance.now();
    const search = await LibrarySearch.fromJSON(stored.json);
    performance.measure('reelmark:search-parse', { start: parseStart, end: performance.now() });
    return { search, builtAt: stored.builtAt };
  } catch {
    return null;
  }
}

/** Persists the index as up to date with changes made before `builtAt`. */
export async function saveSearchIndex(db: LibraryDb, { search, builtAt }: LoadedSearch): Promise<void> {
  const value: PersistedIndex = { version: SEARCH_INDEX_VERSION, builtAt, json: search.toJSON() };
  await db.meta.put({ key: KEY, value });
}

/** Drops the persisted index (it is rebuilt on the next open). */
export async function clearSearchIndex(db: LibraryDb): Promise<void> {
  await db.meta.delete(KEY);
}

/**
 * Brings an index up to date with the library's rows: removes items no longer there, and
 * (re)indexes items changed since `since` or not indexed yet, reading their bodies in chunks and
 * yielding to the page between chunks. Returns how many items changed in the index.
 */
export async function syncSearchIndex(
  db: LibraryDb,
  search: LibrarySearch,
  rows: ReadonlyMap<string, SavedItemRow>,
  since: number,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let changed = 0;
  for (const id of [...search.indexedIds()]) {
    if (!rows.has(id)) {
      search.remove(id);
      changed++;
    }
  }
  const todo = [...rows.values()].filter((row) => row.updatedAt >= since || !search.indexedIds().has(row.url));
  const CHUNK = 250;
  for (let i = 0; i < todo.length; i += CHUNK) {
    const chunk = todo.slice(i, i + CHUNK);
    const bodies = await db.bodies.bulkGet(chunk.map((row) => row.url));
    chunk.forEach((row, k) => search.upsert(searchDocOf(row, bodies[k]?.text ?? '')));
    changed += chunk.length;
    onProgress?.(Math.min(i + CHUNK, todo.length), todo.length);
    await nextTask();
  }
  return changed;
}

/**
 * The library's search index, ready to query: the persisted one brought up to date, or a new
 * one built from every item. A changed index is persisted again. `rowsReadAt` is when `rows`
 * were read (changes after it are picked up next time).
 */
export async function openSearchIndex(
  db: LibraryDb,
  rows: ReadonlyMap<string, SavedItemRow>,
  rowsReadAt: number,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadedSearch> {
  const loaded = (await loadSearchIndex(db)) ?? { search: LibrarySearch.empty(), builtAt: 0 };
  const syncStart = performance.now();
  const changed = await syncSearchIndex(db, loaded.search, rows, loaded.builtAt, onProgress);
  performance.measure('reelmark:search-sync', { start: syncStart, end: performance.now() });
  const current = { search: loaded.search, builtAt: rowsReadAt };
  if (changed > 0 || loaded.builtAt === 0) await saveSearchIndex(db, current);
  return current;
}
