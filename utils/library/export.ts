import type { LibraryDb } from './db';
import { toBibtex } from './formats/bibtex';
import { toCslJson } from './formats/csl-json';
import { toCsv } from './formats/csv-export';
import type { ExportContext } from './formats/export-context';
import { toMarkdown } from './formats/markdown-export';
import { toNetscape } from './formats/netscape-export';
import { REELMARK_JSON_TAIL, reelmarkJsonHead } from './formats/reelmark-json';
import { writeItemsBlob } from './export-worker';
import type { ItemsWriter } from './export-writer';
import { toRis } from './formats/ris';
import { allLists, listDisplayName } from './lists';
import type { SavedItemRow } from './types';

import type { ExportFormat, ExportScope } from './export-formats';

export type { ExportFormat, ExportScope };

/** An export ready to download: `new Blob(parts, { type: mime })` saved as `fileName`. */
export interface ExportFile {
  fileName: string;
  mime: string;
  parts: BlobPart[];
  count: number;
}

const FILE: Record<ExportFormat, { ext: string; mime: string }> = {
  'reelmark-json': { ext: 'json', mime: 'application/json' },
  csv: { ext: 'csv', mime: 'text/csv;charset=utf-8' },
  markdown: { ext: 'md', mime: 'text/markdown;charset=utf-8' },
  'netscape-html': { ext: 'html', mime: 'text/html;charset=utf-8' },
  bibtex: { ext: 'bib', mime: 'application/x-bibtex;charset=utf-8' },
  ris: { ext: 'ris', mime: 'application/x-research-info-systems;charset=utf-8' },
  'csl-json': { ext: 'csl.json', mime: 'application/vnd.citationstyles.csl+json' },
};

/** Newest first, ties by URL, so the same library always exports the same bytes. */
const byNewest = (a: SavedItemRow, b: SavedItemRow) => b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);

/** The rows a scope covers, newest first. */
export async function rowsInScope(db: LibraryDb, scope: ExportScope): Promise<SavedItemRow[]> {
  const rows =
    scope.kind === 'all'
      ? await db.articles.toArray()
      : scope.kind === 'list'
        ? await db.articles.filter((row) => row.lists.includes(scope.listId)).toArray()
        : (await db.articles.bulkGet([...scope.urls])).filter((r): r is SavedItemRow => Boolean(r));
  return rows.sort(byNewest);
}

/** The rows a scope covers among rows the caller already holds (the library page has them all), newest first. */
function rowsOf(known: Iterable<SavedItemRow>, scope: ExportScope): SavedItemRow[] {
  const wanted = scope.kind === 'items' ? new Set(scope.urls) : null;
  const out: SavedItemRow[] = [];
  for (const row of known) {
    if (scope.kind === 'list' ? row.lists.includes(scope.listId) : wanted ? wanted.has(row.url) : true) out.push(row);
  }
  return out.sort(byNewest);
}

/** Below this many items a slice is not worth a worker: starting one costs more than writing them. */
const MIN_SLICE = 500;

/** How a Reelmark JSON export's items get written: `write` takes `slices` slices of the rows at once. */
export interface ExportWriters {
  write: ItemsWriter;
  slices: number;
}

/**
 * The items of a Reelmark JSON export as Blobs, in order. With `writers` the rows are split into
 * contiguous slices written at once (in workers, on every core); without them, or if they fail
 * to start, in this thread. Each slice is Blobs already, so the page never holds the whole
 * library as strings (200 MB for 10,000 articles).
 */
async function itemBlobs(db: LibraryDb, rows: SavedItemRow[], writers?: ExportWriters): Promise<Blob[]> {
  const slices = Math.min(writers?.slices ?? 1, Math.ceil(rows.length / MIN_SLICE));
  if (!writers || slices < 2) return [await writeItemsBlob(db, rows, 0)];
  const size = Math.ceil(rows.length / slices);
  const starts = Array.from({ length: slices }, (_, k) => k * size).filter((i) => i < rows.length);
  try {
    return await Promise.all(starts.map((i) => writers.write(rows.slice(i, i + size), i)));
  } catch {
    return [await writeItemsBlob(db, rows, 0)];
  }
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'items';
}

/**
 * Exports part of the library or all of it. Reelmark JSON carries everything (bodies included)
 * and imports back to the same library; the other formats carry what their readers use.
 */
export async function exportLibrary(
  db: LibraryDb,
  format: ExportFormat,
  scope: ExportScope,
  now = new Date(),
  known?: Iterable<SavedItemRow>,
  writers?: ExportWriters,
): Promise<ExportFile> {
  const [rows, lists] = await Promise.all([known ? rowsOf(known, scope) : rowsInScope(db, scope), allLists(db)]);
  const names = new Map(lists.map((l) => [l.id, listDisplayName(l)]));
  const ctx: ExportContext = { listName: (id) => names.get(id) ?? id, exportedAt: now };
  const scopeName =
    scope.kind === 'all' ? 'library' : scope.kind === 'list' ? (names.get(scope.listId) ?? 'list') : rows.length === 1 ? rows[0]!.title : 'selection';
  const { ext, mime } = FILE[format];
  const fileName = `reelmark-${slug(scopeName)}-${now.toISOString().slice(0, 10)}.${ext}`;
  let parts: BlobPart[];
  switch (format) {
    case 'reelmark-json': {
      const used = new Set(rows.flatMap((r) => r.lists));
      if (scope.kind === 'list') used.add(scope.listId);
      parts = [reelmarkJsonHead(lists.filter((l) => scope.kind === 'all' || used.has(l.id)), now)];
      const start = performance.now();
      parts.push(...(await itemBlobs(db, rows, writers)));
      performance.measure('reelmark:export-write', { start, end: performance.now() });
      parts.push(REELMARK_JSON_TAIL);
      break;
    }
    case 'csv':
      parts = [toCsv(rows, ctx)];
      break;
    case 'markdown':
      parts = [toMarkdown(rows, ctx, `Reelmark · ${scopeName}`)];
      break;
    case 'netscape-html':
      parts = [toNetscape(rows, ctx, lists.map((l) => l.id))];
      break;
    case 'bibtex':
      parts = [toBibtex(rows)];
      break;
    case 'ris':
      parts = [toRis(rows)];
      break;
    case 'csl-json':
      parts = [toCslJson(rows)];
      break;
  }
  return { fileName, mime, parts, count: rows.length };
}
