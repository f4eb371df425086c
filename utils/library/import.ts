import type { LibraryDb } from './db';
import { withQuotaCheck } from './errors';
import type { ParsedImport, SkippedEntry } from './formats/types';
import { listDisplayName, newListId } from './lists';
import { mergeImported } from './merge';
import { joinItem, splitItem } from './records';
import { DEFAULT_LIST_ID, type ItemBody, type LibraryList, type SavedItem, type SavedItemRow } from './types';

/** What an import will do (the preview) or did (after the commit). */
export interface ImportCounts {
  /** Entries in the file. */
  entries: number;
  /** Items new to the library. */
  added: number;
  /** Items already in the library that gain something (tags, lists, notes, content…). */
  merged: number;
  /** Items already in the library exactly as the file has them. */
  unchanged: number;
  /** Entries that repeat an earlier entry of the same file (merged into it). */
  duplicatesInFile: number;
  /** Entries left out, each with its reason in `skipped`. */
  skipped: number;
  /** Lists the import creates. */
  newLists: number;
}

/** The outcome of resolving an import against the library: what to write, and the counts. */
export interface ImportResolution {
  counts: ImportCounts;
  /** URLs of the items new to the library (the others in `rows` were merged into saved items). */
  added: string[];
  skipped: SkippedEntry[];
  rows: SavedItemRow[];
  bodies: ItemBody[];
  newLists: LibraryList[];
}

/** The file's items with repeats merged into their first entry, keyed by URL. */
function dedupe(items: readonly SavedItem[], now: number): { unique: Map<string, SavedItem>; repeats: number } {
  const unique = new Map<string, SavedItem>();
  let repeats = 0;
  for (const item of items) {
    const earlier = unique.get(item.url);
    if (!earlier) {
      unique.set(item.url, item);
      continue;
    }
    repeats++;
    const merged = mergeImported(splitItem(earlier).row, item, now);
    unique.set(item.url, joinItem(merged.row, merged.body ?? earlier));
  }
  return { unique, repeats };
}

/** Maps the file's list keys to library list ids, creating lists the library lacks (matched by id, then name). */
function resolveLists(parsed: ParsedImport, existing: readonly LibraryList[], now: number) {
  const ids = new Map<string, string>([[DEFAULT_LIST_ID, DEFAULT_LIST_ID]]);
  const newLists: LibraryList[] = [];
  const byName = new Map(existing.map((l) => [listDisplayName(l).toLowerCase(), l.id]));
  const byId = new Set(existing.map((l) => l.id));
  for (const list of parsed.lists) {
    if (list.id && byId.has(list.id)) {
      ids.set(list.key, list.id);
      continue;
    }
    const named = byName.get(list.name.toLowerCase());
    if (named) {
      ids.set(list.key, named);
      continue;
    }
    const created: LibraryList = { id: list.id ?? newListId(), name: list.name, createdAt: list.createdAt ?? now };
    newLists.push(created);
    byName.set(created.name.toLowerCase(), created.id);
    byId.add(created.id);
    ids.set(list.key, created.id);
  }
  return { ids, newLists };
}

/**
 * Works out what importing `parsed` does to a library with `existingLists`, where `lookup` finds
 * the stored row of a URL. Pure, so the preview and the commit count exactly the same way.
 */
export function resolveImport(
  parsed: ParsedImport,
  existingLists: readonly LibraryList[],
  lookup: (url: string) => SavedItemRow | undefined,
  now: number,
): ImportResolution {
  const { ids, newLists } = resolveLists(parsed, existingLists, now);
  const withListIds = parsed.items.map((item) => ({
    ...item,
    lists: [...new Set(item.lists.map((key) => ids.get(key)).filter((id): id is string => Boolean(id)))],
  }));
  const { unique, repeats } = dedupe(withListIds, now);
  const counts: ImportCounts = {
    entries: parsed.entries,
    added: 0,
    merged: 0,
    unchanged: 0,
    duplicatesInFile: repeats,
    skipped: parsed.skipped.length,
    newLists: newLists.length,
  };
  const rows: SavedItemRow[] = [];
  const bodies: ItemBody[] = [];
  const added: string[] = [];
  for (const item of unique.values()) {
    const existing = lookup(item.url);
    if (!existing) {
      const { row, body } = splitItem(item);
      rows.push(row);
      if (body.html || body.text) bodies.push(body);
      added.push(item.url);
      counts.added++;
      continue;
    }
    const merged = mergeImported(existing, item, now);
    if (!merged.changed) {
      counts.unchanged++;
      continue;
    }
    rows.push(merged.row);
    if (merged.body) bodies.push(merged.body);
    counts.merged++;
  }
  return { counts, added, skipped: parsed.skipped, rows, bodies, newLists };
}

/** The distinct URLs an import touches. */
export function importUrls(parsed: ParsedImport): string[] {
  return [...new Set(parsed.items.map((i) => i.url))];
}

/** What the library looked like when an import was resolved: any write since changes it. */
async function libraryState(db: LibraryDb): Promise<string> {
  const [count, newest, lists] = await Promise.all([
    db.articles.count(),
    db.articles.orderBy('updatedAt').reverse().limit(1).keys(),
    db.lists.toArray(),
  ]);
  return JSON.stringify([count, newest, lists]);
}

async function resolveAgainst(db: LibraryDb, parsed: ParsedImport, now: number): Promise<ImportResolution> {
  // Reading every key is far cheaper than looking up thousands of URLs one by one when most of
  // an import is new; only the URLs already saved are then read in full.
  const [lists, keys] = await Promise.all([db.lists.toArray(), db.articles.toCollection().primaryKeys()]);
  const saved = new Set<string>(keys);
  const found = await db.articles.bulkGet(importUrls(parsed).filter((url) => saved.has(url)));
  const existing = new Map<string, SavedItemRow>();
  found.forEach((row) => row && existing.set(row.url, row));
  return resolveImport(parsed, lists, (url) => existing.get(url), now);
}

/** A previewed import: what it will write, and the state of the library it was worked out against. */
export interface ImportPreview extends ImportResolution {
  readonly basis: string;
}

/** The preview of an import: counts and skipped entries, nothing written. */
export async function previewImport(db: LibraryDb, parsed: ParsedImport, now = Date.now()): Promise<ImportPreview> {
  return db.transaction('r', db.articles, db.lists, async () => {
    const [basis, resolution] = await Promise.all([libraryState(db), resolveAgainst(db, parsed, now)]);
    return { ...resolution, basis };
  });
}

/**
 * Imports all of it or nothing: every write is made in one transaction, so a failure (a full
 * quota, a closed page) leaves the library as it was. The preview's plan is written as it is
 * when the library has not changed since (every save stamps `updatedAt`); otherwise the import
 * is worked out again inside the transaction.
 */
export async function commitImport(db: LibraryDb, parsed: ParsedImport, now = Date.now(), preview?: ImportPreview): Promise<ImportResolution> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.articles, db.bodies, db.lists, async () => {
      const current = preview && (await libraryState(db)) === preview.basis;
      const resolution = current ? preview : await resolveAgainst(db, parsed, now);
      performance.mark(current ? 'reelmark:import-plan-reused' : 'reelmark:import-plan-redone');
      const writing = performance.now();
      await db.lists.bulkPut(resolution.newLists);
      await db.articles.bulkPut(resolution.rows);
      await db.bodies.bulkPut(resolution.bodies);
      performance.measure('reelmark:import-write', { start: writing, end: performance.now() });
      return resolution;
    }),
  );
}
