import { LIBRARY_DB_NAME, type SavedItemRow } from './types';

/**
 * The newest saved rows, read with the bare IndexedDB API (a cursor on the `savedAt` index), so
 * the popup can show them without first loading Dexie. A library that does not exist yet is
 * not created here: the open is aborted and the answer is an empty list.
 */
export function peekRecent(idb: IDBFactory, limit: number, name = LIBRARY_DB_NAME): Promise<SavedItemRow[]> {
  return new Promise((resolve, reject) => {
    const open = idb.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      // Let a Dexie upgrade elsewhere proceed.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains('articles')) {
        db.close();
        resolve([]);
        return;
      }
      const rows: SavedItemRow[] = [];
      const tx = db.transaction('articles', 'readonly');
      const cursor = tx.objectStore('articles').index('savedAt').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c && rows.length < limit) {
          rows.push(c.value as SavedItemRow);
          c.continue();
        }
      };
      tx.oncomplete = () => {
        db.close();
        resolve(rows);
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  });
}
