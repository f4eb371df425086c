import type { LibraryDb } from './db';
import type { SearchHit } from './search-index';
import { openSearchIndex, saveSearchIndex, type LoadedSearch } from './search-store';
import { searchDocOf, type SearchDoc } from './search-index';
import type { SavedItemRow } from './types';

/**
 * The library's search as a service: the index is opened (loaded from IndexedDB or built), kept
 * up to date from the database, and queried. The library page runs it in a Web Worker so that
 * loading a large index never blocks the page; tests and browsers without module workers run
 * the same code in the page.
 */
export interface SearchService {
  /** Resolves once the index is loaded and caught up. */
  readonly ready: Promise<SearchOpened>;
  search(query: string): Promise<SearchHit[]>;
  /**
   * Re-reads `urls` from the database and (re)indexes them, or drops those no longer there; `docs`
   * (search documents the caller already has, e.g. just imported) are indexed as they are.
   */
  update(urls: readonly string[], docs?: readonly SearchDoc[]): Promise<void>;
  /** Writes the index to IndexedDB now. */
  persist(): Promise<void>;
  dispose(): void;
}

/** What opening the index did: how many items it holds, and how long each phase took (ms). */
export interface SearchOpened {
  size: number;
  phases: Record<string, number>;
}

/** The search engine behind a {@link SearchService}, wherever it runs. */
export interface SearchEngine {
  open(onProgress: (done: number, total: number) => void): Promise<SearchOpened>;
  search(query: string): SearchHit[];
  update(urls: readonly string[], docs?: readonly SearchDoc[]): Promise<void>;
  persist(): Promise<void>;
}

/** The index is written back after this many items changed in it (and a short quiet spell). */
const PERSIST_AFTER = 100;
const PERSIST_DELAY_MS = 2000;
const LOAD_CHUNK = 2500;

/** Every row of the library, read in primary-key chunks. */
export async function readAllRows(db: LibraryDb): Promise<Map<string, SavedItemRow>> {
  const rows = new Map<string, SavedItemRow>();
  let last: string | null = null;
  for (;;) {
    const chunk: SavedItemRow[] = await (last === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(LOAD_CHUNK).toArray();
    for (const row of chunk) rows.set(row.url, row);
    if (chunk.length < LOAD_CHUNK) return rows;
    last = chunk[chunk.length - 1]!.url;
  }
}

/** The search engine working directly on a database (inside the worker, or in the page). */
export function createSearchEngine(db: LibraryDb): SearchEngine {
  let loaded: LoadedSearch | null = null;
  let changed = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function persist(): Promise<void> {
    clearTimeout(timer);
    if (!loaded) return;
    changed = 0;
    await saveSearchIndex(db, loaded);
  }

  return {
    async open(onProgress) {
      const readAt = Date.now();
      const rows = await readAllRows(db);
      loaded = await openSearchIndex(db, rows, readAt, onProgress);
      // The phases are measured where the engine runs (maybe a worker); the page reports them.
      const phases = Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('reelmark:search-'))
          .map((m) => [m.name, m.duration]),
      );
      return { size: loaded.search.size, phases };
    },
    search: (query) => loaded?.search.search(query) ?? [],
    async update(urls, docs = []) {
      if (!loaded) return;
      for (const doc of docs) loaded.search.upsert(doc);
      if (urls.length) {
        const [rows, bodies] = await Promise.all([db.articles.bulkGet([...urls]), db.bodies.bulkGet([...urls])]);
        urls.forEach((url, i) => {
          const row = rows[i];
          if (row) loaded!.search.upsert(searchDocOf(row, bodies[i]?.text ?? ''));
          else loaded!.search.remove(url);
        });
      }
      changed += urls.length + docs.length;
      if (changed >= PERSIST_AFTER) {
        clearTimeout(timer);
        timer = setTimeout(() => void persist().catch(() => undefined), PERSIST_DELAY_MS);
      }
    },
    persist,
  };
}

/** What a page wants to hear from its search service while it works. */
export interface SearchListeners {
  /** Progress while the index is built from every body. */
  onProgress?(done: number, total: number): void;
  /** How long each search took where the engine runs (without any message round trip), in ms. */
  onSearchTime?(ms: number): void;
}

/** A search service running its engine in this thread. */
export function inThreadSearch(engine: SearchEngine, { onProgress = () => undefined, onSearchTime }: SearchListeners = {}): SearchService {
  const ready = engine.open(onProgress);
  return {
    ready,
    search: async (query) => {
      await ready;
      const start = performance.now();
      const hits = engine.search(query);
      onSearchTime?.(performance.now() - start);
      return hits;
    },
    update: async (urls, docs) => {
      await ready;
      await engine.update(urls, docs);
    },
    persist: async () => {
      await ready;
      await engine.persist();
    },
    dispose: () => undefined,
  };
}
