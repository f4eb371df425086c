import { t } from '@/utils/i18n';
import type { LibraryDb } from './db';
import { withQuotaCheck } from './errors';
import { defaultList } from './records';
import { DEFAULT_LIST_ID, type LibraryList } from './types';

/** Every list, the default one first, then by creation. Recreates the default list if it is missing. */
export async function allLists(db: LibraryDb): Promise<LibraryList[]> {
  let lists = await db.lists.toArray();
  if (!lists.some((l) => l.id === DEFAULT_LIST_ID)) {
    const fallback = defaultList();
    await db.lists.put(fallback);
    lists = [fallback, ...lists];
  }
  return lists.sort((a, b) => (a.id === DEFAULT_LIST_ID ? -1 : b.id === DEFAULT_LIST_ID ? 1 : a.createdAt - b.createdAt || a.name.localeCompare(b.name)));
}

/** A new list id: short, random, and never the default list's. */
export function newListId(): string {
  return 'list-' + crypto.randomUUID().slice(0, 8);
}

/** Creates a list with that name, or returns the existing list of the same name (case-insensitive). */
export async function createList(db: LibraryDb, name: string, now = Date.now()): Promise<LibraryList> {
  const clean = name.trim();
  if (!clean) throw new Error('A list needs a name');
  return withQuotaCheck(() =>
    db.transaction('rw', db.lists, async () => {
      const same = (await db.lists.toArray()).find((l) => l.name.toLowerCase() === clean.toLowerCase());
      if (same) return same;
      const list: LibraryList = { id: newListId(), name: clean, createdAt: now };
      await db.lists.add(list);
      return list;
    }),
  );
}

/** Renames a list (the default one too: its name is the user's to choose). */
export async function renameList(db: LibraryDb, id: string, name: string): Promise<void> {
  const clean = name.trim();
  if (!clean && id !== DEFAULT_LIST_ID) throw new Error('A list needs a name');
  await db.lists.update(id, { name: clean });
}

/**
 * Deletes a list; its items stay in the library (they only leave the list). The default list
 * cannot be deleted.
 */
export async function deleteList(db: LibraryDb, id: string, now = Date.now()): Promise<void> {
  if (id === DEFAULT_LIST_ID) throw new Error('The reading list cannot be deleted');
  await db.transaction('rw', db.lists, db.articles, async () => {
    await db.lists.delete(id);
    await db.articles
      .filter((row) => row.lists.includes(id))
      .modify((row) => {
        row.lists = row.lists.filter((l) => l !== id);
        row.updatedAt = now;
      });
  });
}

/** The name a list is shown (and exported) under: the default list is "Reading list" until renamed. */
export function listDisplayName(list: LibraryList): string {
  return list.name || (list.id === DEFAULT_LIST_ID ? t('libraryReadingList') : list.id);
}
