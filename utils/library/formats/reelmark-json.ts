import { itemForLink } from '../records';
import { DEFAULT_LIST_ID, type LibraryList, type SavedItem } from '../types';
import { parseAnyTime } from './timestamps';
import type { ImportedList, ParsedImport, SkippedEntry } from './types';

/** Identifies Reelmark's own export files. */
export const REELMARK_FORMAT = 'reelmark-library';
/** Version of the export file layout. */
export const REELMARK_FORMAT_VERSION = 1;

/** A Reelmark JSON export: every list and item, whole, so that importing it restores the library. */
export interface ReelmarkExport {
  format: typeof REELMARK_FORMAT;
  version: number;
  exportedAt: string;
  lists: LibraryList[];
  items: SavedItem[];
}

/** The opening of a Reelmark JSON export, up to the start of the items array. */
export function reelmarkJsonHead(lists: readonly LibraryList[], exportedAt: Date): string {
  const head = JSON.stringify({ format: REELMARK_FORMAT, version: REELMARK_FORMAT_VERSION, exportedAt: exportedAt.toISOString(), lists });
  return head.slice(0, -1) + ',"items":[';
}

/** Item number `index` (0-based) of the items array, with its separator. */
export const reelmarkJsonItem = (item: SavedItem, index: number): string => (index === 0 ? '\n' : ',\n') + JSON.stringify(item);

/** The end of a Reelmark JSON export. */
export const REELMARK_JSON_TAIL = '\n]}\n';

/**
 * The export as string parts (head, one part per item, tail) to hand to `new Blob(parts)`, so a
 * library of thousands of articles is never one giant string. The parts joined are valid JSON.
 */
export function reelmarkJsonParts(lists: readonly LibraryList[], items: Iterable<SavedItem>, exportedAt: Date): string[] {
  const parts = [reelmarkJsonHead(lists, exportedAt)];
  let i = 0;
  for (const item of items) parts.push(reelmarkJsonItem(item, i++));
  parts.push(REELMARK_JSON_TAIL);
  return parts;
}

/** True when parsed JSON is a Reelmark export. */
export function isReelmarkExport(value: unknown): value is ReelmarkExport {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === REELMARK_FORMAT;
}

type Checker = (v: unknown) => boolean;
const isString: Checker = (v) => typeof v === 'string';
const isStringOrNull: Checker = (v) => v === null || typeof v === 'string';
const isNumber: Checker = (v) => typeof v === 'number' && Number.isFinite(v);
const isObject: Checker = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray: Checker = (v) => Array.isArray(v) && v.every(isString);

/** The fields copied from a file item when their type is right; others keep the defaults. */
const FIELDS: Partial<Record<keyof SavedItem, Checker>> = {
  title: isString,
  siteName: isStringOrNull,
  site: isString,
  byline: isStringOrNull,
  authors: isStringArray,
  published: isStringOrNull,
  section: isStringOrNull,
  excerpt: isStringOrNull,
  lang: isStringOrNull,
  image: isStringOrNull,
  wordCount: isNumber,
  citation: isObject,
  related: Array.isArray,
  summary: (v) => v === null || isObject(v),
  nations: (v) => v === null || isObject(v),
  tags: isStringArray,
  notes: isString,
  highlights: Array.isArray,
  status: (v) => v === 'unread' || v === 'read' || v === 'archived',
  favourite: (v) => typeof v === 'boolean',
  lists: isStringArray,
  readAt: (v) => v === null || isNumber(v),
  updatedAt: isNumber,
  source: isString,
  html: isString,
  text: isString,
};

/**
 * Reads a Reelmark JSON export. Items keep every field (ids of lists, save and update times,
 * source), so that exporting, clearing and importing gives back the same library. Fields of the
 * wrong type fall back to their defaults; an item without a URL or save time is skipped.
 */
export function parseReelmarkJson(value: ReelmarkExport, now: number): ParsedImport {
  const lists: ImportedList[] = (Array.isArray(value.lists) ? value.lists : [])
    .filter((l) => isObject(l) && isString(l.id) && isString(l.name))
    .map((l) => ({ key: l.id, id: l.id, name: l.name, createdAt: isNumber(l.createdAt) ? l.createdAt : now }));
  const known = new Set([DEFAULT_LIST_ID, ...lists.map((l) => l.key)]);
  const raw: unknown[] = Array.isArray(value.items) ? value.items : [];
  const items: SavedItem[] = [];
  const skipped: SkippedEntry[] = [];
  raw.forEach((entry, i) => {
    const record = (isObject(entry) ? entry : {}) as Record<string, unknown>;
    const rawUrl = isString(record.url) ? (record.url as string) : '';
    const title = isString(record.title) ? (record.title as string) : null;
    const skip = (reason: SkippedEntry['reason'], detail: string | null) =>
      skipped.push({ entry: i + 1, url: rawUrl || null, title, reason, detail });
    if (!isObject(entry)) return skip('bad-entry', null);
    if (!rawUrl) return skip('missing-url', null);
    // Reelmark writes epoch milliseconds: taken as they are, so a round trip changes nothing.
    const savedAt = isNumber(record.savedAt) && (record.savedAt as number) >= 0 ? (record.savedAt as number) : parseAnyTime(record.savedAt, now);
    if (savedAt === null) return skip('bad-timestamp', String(record.savedAt));
    const base = itemForLink(rawUrl, 'import:reelmark', savedAt);
    if (!base) return skip('invalid-url', rawUrl);
    const item: Record<string, unknown> = { ...base };
    for (const [field, check] of Object.entries(FIELDS)) {
      if (field in record && check(record[field])) item[field] = record[field];
    }
    const typed = item as unknown as SavedItem;
    typed.lists = typed.lists.filter((id) => known.has(id));
    items.push(typed);
  });
  return { format: 'reelmark-json', entries: raw.length, items, lists, skipped };
}
