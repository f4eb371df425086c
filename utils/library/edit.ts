import type { LibraryDb } from './db';
import { withQuotaCheck } from './errors';
import { union } from './merge';
import type { ReadStatus, SavedItemRow } from './types';

/** The fields of a saved item that the reader and other domains change after saving. */
export type ItemPatch = Partial<
  Pick<SavedItemRow, 'title' | 'tags' | 'notes' | 'status' | 'favourite' | 'lists' | 'summary' | 'nations' | 'related' | 'highlights'>
>;

/** Applies a patch to a row, keeping `readAt` in step with the status, and stamps `updatedAt`. */
export function applyPatch(row: SavedItemRow, patch: ItemPatch, now: number): SavedItemRow {
  const next: SavedItemRow = { ...row, ...patch, updatedAt: now };
  if (patch.status !== undefined && patch.status !== row.status) {
    next.readAt = patch.status === 'unread' ? null : (row.readAt ?? now);
  }
  if (patch.tags) next.tags = union([], patch.tags.map((t) => t.trim()).filter(Boolean), (s) => s.toLowerCase());
  return next;
}

/**
 * Changes some items, each with its own patch computed from its current row, in one transaction.
 * Missing items are skipped. Returns the rows as stored.
 */
export async function editItems(
  db: LibraryDb,
  urls: readonly string[],
  patchFor: (row: SavedItemRow) => ItemPatch,
  now = Date.now(),
): Promise<SavedItemRow[]> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.articles, async () => {
      const rows = (await db.articles.bulkGet([...urls])).filter((r): r is SavedItemRow => Boolean(r));
      const next = rows.map((row) => applyPatch(row, patchFor(row), now));
      await db.articles.bulkPut(next);
      return next;
    }),
  );
}

/**
 * Changes one saved item (other domains use this to store a summary, nations or related pieces).
 * Returns the stored row, or null when the item is not in the library.
 */
export async function updateItem(db: LibraryDb, url: string, patch: ItemPatch, now = Date.now()): Promise<SavedItemRow | null> {
  const [row] = await editItems(db, [url], () => patch, now);
  return row ?? null;
}

/** Sets the reading status of some items. */
export const setStatus = (db: LibraryDb, urls: readonly string[], status: ReadStatus): Promise<SavedItemRow[]> =>
  editItems(db, urls, () => ({ status }));

/** Adds tags to some items (existing tags are kept). */
export const addTags = (db: LibraryDb, urls: readonly string[], tags: readonly string[]): Promise<SavedItemRow[]> =>
  editItems(db, urls, (row) => ({ tags: [...row.tags, ...tags] }));

/** Removes a tag from some items (case-insensitive). */
export const removeTag = (db: LibraryDb, urls: readonly string[], tag: string): Promise<SavedItemRow[]> =>
  editItems(db, urls, (row) => ({ tags: row.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase()) }));

/** Puts some items in a list, or moves them there (out of every other list). */
export const addToList = (db: LibraryDb, urls: readonly string[], listId: string, move = false): Promise<SavedItemRow[]> =>
  editItems(db, urls, (row) => ({ lists: move ? [listId] : union(row.lists, [listId]) }));

/** Takes some items out of a list (they stay in the library). */
export const removeFromList = (db: LibraryDb, urls: readonly string[], listId: string): Promise<SavedItemRow[]> =>
  editItems(db, urls, (row) => ({ lists: row.lists.filter((id) => id !== listId) }));

/** Deletes items and their bodies. */
export async function deleteItems(db: LibraryDb, urls: readonly string[]): Promise<void> {
  await db.transaction('rw', db.articles, db.bodies, async () => {
    await db.articles.bulkDelete([...urls]);
    await db.bodies.bulkDelete([...urls]);
  });
}
