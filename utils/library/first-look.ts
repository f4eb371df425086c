import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { storage } from 'wxt/utils/storage';
import type { LibraryDb } from './db';
import { FIRST_LOOK_KEY } from './first-look-raw';
import { LIBRARY_FIRST_ROWS, type LibraryPeek } from './peek';
import type { SavedItemRow } from './types';

/**
 * A copy of the library's first screen (the newest rows and the lists) in `storage.local`.
 *
 * Why: opening IndexedDB cold costs about 50 ms on a slow machine whatever the library's size,
 * while `storage.local` answers in a few. The popup and the library page paint from this copy,
 * then read IndexedDB and replace it, so a stale copy is only ever shown for an instant.
 */
export const firstLookItem = storage.defineItem<LibraryPeek | null>(`local:${FIRST_LOOK_KEY}`, {
  fallback: null,
  version: 1,
});

/**
 * A row without the parts the first screen never shows (summary, excerpt, related links,
 * highlights, the full citation): the copy stays small, so reading it stays fast.
 */
export function slimRow(row: SavedItemRow): SavedItemRow {
  return {
    ...row,
    excerpt: null,
    summary: null,
    related: [],
    highlights: [],
    citation: { id: row.citation.id, type: row.citation.type, title: row.citation.title, URL: row.citation.URL },
  };
}

/** Writes the current first screen of `db` to `storage.local`. */
export async function writeFirstLook(db: LibraryDb): Promise<void> {
  const [recent, lists] = await db.transaction('r', db.articles, db.lists, () =>
    Promise.all([db.articles.orderBy('savedAt').reverse().limit(LIBRARY_FIRST_ROWS).toArray(), db.lists.toArray()]),
  );
  await firstLookItem.setValue({ recent: recent.map(slimRow), lists });
}

/** The stored first screen, or null when there is none yet (or storage cannot be read). */
export async function readFirstLook(): Promise<LibraryPeek | null> {
  try {
    return await firstLookItem.getValue();
  } catch {
    return null;
  }
}

const TRACKED_TABLES = new Set(['articles', 'lists']);

/**
 * A Dexie middleware that calls `changed` after every write to the articles or lists tables, in
 * whichever extension context makes it (popup, library page, service worker).
 */
export function firstLookMiddleware(changed: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'reelmark-first-look',
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (!TRACKED_TABLES.has(name)) return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> =>
            table.mutate(req).then((res) => {
              changed();
              return res;
            }),
        };
      },
    }),
  };
}

/**
 * Keeps `db`'s first-look copy current: a burst of writes (an import of thousands of rows) leads
 * to one refresh shortly after the last of them.
 */
export function trackFirstLook(db: LibraryDb, delayMs = 50): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  db.use(
    firstLookMiddleware(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void writeFirstLook(db).catch(() => undefined), delayMs);
    }),
  );
}
