import { LIBRARY_DB_NAME, type LibraryList, type SavedItemRow } from './types';

/** What a page shows before it has loaded Dexie: the newest items and the lists. */
export interface LibraryPeek {
  recent: SavedItemRow[];
  lists: LibraryList[];
}

const EMPTY: LibraryPeek = { recent: [], lists: [] };

/** How many of the newest rows the library page reads for its first paint (a screenful and more). */
export const LIBRARY_FIRST_ROWS = 40;

/**
 * A first look at the library with the bare IndexedDB API (a cursor on the `savedAt` index), so
 * the popup and the library page can show it without first loading Dexie. It does not count the
 * items: IndexedDB counts by walking every key (tens of milliseconds for 10,000), which would hold
 * up the first paint. A library that does not exist yet is not created here: the open is aborted
 * and the answer is empty.
 */
export function peekLibrary(idb: IDBFactory, limit: number, name = LIBRARY_DB_NAME): Promise<LibraryPeek> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve(EMPTY) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      // Let a Dexie upgrade elsewhere proceed.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('articles')) {
        db.close();
        resolve(EMPTY);
        return;
      }
      const stores = db.objectStoreNames.contains('lists') ? ['articles', 'lists'] : ['articles'];
      const tx = db.transaction(stores, 'readonly');
      const articles = tx.objectStore('articles');
      const peek: LibraryPeek = { recent: [], lists: [] };
      if (limit > 0) {
        const cursor = articles.index('savedAt').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (c && peek.recent.length < limit) {
            peek.recent.push(c.value as SavedItemRow);
            c.continue();
          }
        };
      }
      if (stores.includes('lists')) {
        const lists = tx.objectStore('lists').getAll();
        lists.onsuccess = () => (peek.lists = lists.result as LibraryList[]);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(peek);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}

/** The newest saved rows (see {@link peekLibrary}). */
export async function peekRecent(idb: IDBFactory, limit: number, name = LIBRARY_DB_NAME): Promise<SavedItemRow[]> {
  return (await peekLibrary(idb, limit, name)).recent;
}
