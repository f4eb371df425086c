import Dexie, { type EntityTable } from 'dexie';
import type { CacheEntry, CacheStore } from './http-cache';

/** Entries older than this are dropped when the store opens. */
const KEEP_MS = 7 * 24 * 60 * 60_000;

type CacheDb = Dexie & { entries: EntityTable<CacheEntry, 'key'> };

/**
 * The fetch cache in IndexedDB, so it outlives the MV3 service worker and browser restarts.
 * A database of its own (not the library's): it is disposable and may be cleared at any time.
 */
export class IdbCacheStore implements CacheStore {
  private readonly db: CacheDb;
  private pruned: Promise<void> | null = null;

  constructor(name = 'reelmark-fetch-cache', now: () => number = Date.now) {
    this.db = new Dexie(name) as CacheDb;
    this.db.version(1).stores({ entries: 'key, storedAt' });
    this.pruned = this.db.entries
      .where('storedAt')
      .below(now() - KEEP_MS)
      .delete()
      .then(() => undefined)
      .catch(() => undefined);
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    await this.pruned;
    return this.db.entries.get(key);
  }

  async put(entry: CacheEntry): Promise<void> {
    await this.db.entries.put(entry);
  }
}
