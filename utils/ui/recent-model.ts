import { signal } from '@preact/signals';
import { readFirstLook } from '@/utils/library/first-look';
import { peekRecent } from '@/utils/library/peek';
import type { ReadStatus, SavedItemRow } from '@/utils/library/types';

/** What the popup's recent list needs from the library; injected so tests can fake it. */
export interface RecentLibrary {
  /** A quick, possibly slightly stale answer to paint first (null when there is none). */
  quickRecent?(limit: number): Promise<SavedItemRow[] | null>;
  recent(limit: number): Promise<SavedItemRow[]>;
  setStatus(url: string, status: ReadStatus): Promise<void>;
  setFavourite(url: string, favourite: boolean): Promise<void>;
}

/**
 * The library in this extension's IndexedDB, read and written directly (no message round trip).
 * The list is read with the bare IndexedDB API so the popup shows it before Dexie (needed only
 * for the quick actions) has loaded.
 */
export function directLibrary(idb?: IDBFactory): RecentLibrary {
  const edits = async () => {
    const [{ libraryDb }, edit] = await Promise.all([import('@/utils/library/db'), import('@/utils/library/edit')]);
    return { db: libraryDb(), ...edit };
  };
  return {
    quickRecent: async (limit) => (await readFirstLook())?.recent.slice(0, limit) ?? null,
    // Where there is no IndexedDB at all (a DOM without it, e.g. some tests) nothing can be saved either.
    recent: async (limit) => {
      const factory = idb ?? globalThis.indexedDB;
      return factory ? peekRecent(factory, limit) : [];
    },
    setStatus: async (url, status) => {
      const { db, setStatus } = await edits();
      await setStatus(db, [url], status);
    },
    setFavourite: async (url, favourite) => {
      const { db, updateItem } = await edits();
      await updateItem(db, url, { favourite });
    },
  };
}

/** How many recent items the popup shows. */
export const RECENT_LIMIT = 8;

/** The popup's recent items and their quick actions (mark read, archive, favourite). */
export function createRecentModel(library: RecentLibrary) {
  const items = signal<SavedItemRow[]>([]);
  const loaded = signal(false);
  const error = signal<string | null>(null);

  /** Loads the list: the quick copy first when this is the first load, then the library itself. */
  async function load(): Promise<void> {
    if (!loaded.value && library.quickRecent) {
      const quick = await library.quickRecent(RECENT_LIMIT).catch(() => null);
      if (quick) {
        items.value = quick;
        loaded.value = true;
      }
    }
    try {
      items.value = await library.recent(RECENT_LIMIT);
      error.value = null;
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    } finally {
      loaded.value = true;
    }
  }

  /** Applies a change locally at once, writes it, and reloads (undoing the local change if the write fails). */
  async function change(url: string, local: Partial<SavedItemRow>, write: () => Promise<void>): Promise<void> {
    const before = items.value;
    items.value = items.value.map((item) => (item.url === url ? { ...item, ...local } : item));
    try {
      await write();
      error.value = null;
    } catch (err) {
      items.value = before;
      error.value = err instanceof Error ? err.message : String(err);
    }
  }

  const mark = (url: string, status: ReadStatus) => change(url, { status }, () => library.setStatus(url, status));
  const toggleFavourite = (item: SavedItemRow) =>
    change(item.url, { favourite: !item.favourite }, () => library.setFavourite(item.url, !item.favourite));

  return { items, loaded, error, load, mark, toggleFavourite };
}

export type RecentModel = ReturnType<typeof createRecentModel>;
