import Papa from 'papaparse';
import { basicCitation, itemForLink } from '../records';
import { DEFAULT_LIST_ID, type ReadStatus, type SaveSource, type SavedItem } from '../types';
import { normaliseUrl } from '../url';
import { oneLine, splitTags, stripBom, uniqueTags } from './text';
import { parseAnyTime, parseUnixTime } from './timestamps';
import type { ImportFormat, ImportedList, ParsedImport, SkippedEntry } from './types';

/** A CSV record keyed by lower-cased, trimmed header names. */
type CsvRecord = Record<string, string | undefined>;

/** Reads CSV text (any line endings, BOM or not, quoted cells with commas and newlines) into records. */
export function readCsv(text: string): { headers: string[]; records: CsvRecord[] } {
  const result = Papa.parse<CsvRecord>(stripBom(text), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  return { headers: result.meta.fields ?? [], records: result.data };
}

const first = (rec: CsvRecord, names: readonly string[]): string | undefined => {
  for (const name of names) {
    const value = rec[name];
    if (value !== undefined) return value;
  }
  return undefined;
};

/** What one CSV dialect says about a record beyond its URL, title and time. */
interface RowFacts {
  tags: string[];
  status: ReadStatus;
  favourite: boolean;
  /** Names of lists (folders) besides the reading list. */
  lists: string[];
  inReadingList: boolean;
  excerpt: string | null;
  notes: string;
  readAt: number | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
}

/** How a CSV dialect names its columns and what its cells mean. */
interface CsvDialect {
  format: ImportFormat;
  source: SaveSource;
  url: readonly string[];
  title: readonly string[];
  time: readonly string[];
  parseTime(cell: string, now: number): number | null;
  facts(rec: CsvRecord, now: number): RowFacts;
}

const DEFAULT_FACTS: RowFacts = {
  tags: [],
  status: 'unread',
  favourite: false,
  lists: [],
  inReadingList: true,
  excerpt: null,
  notes: '',
  readAt: null,
  byline: null,
  published: null,
  siteName: null,
};

/** Instapaper writes tags as a JSON array in one cell (`["film","essay"]`); older exports have no Tags column. */
function instapaperTags(cell: string | undefined): string[] {
  const text = (cell ?? '').trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return uniqueTags(parsed);
    } catch {
      // Not JSON after all: read it as a plain list below.
    }
  }
  return splitTags(text.replace(/^\[|\]$/g, ''), /[,|]/).map((t) => t.replace(/^"|"$/g, ''));
}

const STATUSES: Record<string, ReadStatus> = { unread: 'unread', read: 'read', archive: 'archived', archived: 'archived' };

const DIALECTS: Record<'pocket-csv' | 'instapaper-csv' | 'csv', CsvDialect> = {
  // Pocket (2024-25): part_000000.csv, `title,url,time_added,tags,status` (older exports add `cursor`).
  'pocket-csv': {
    format: 'pocket-csv',
    source: 'import:pocket',
    url: ['url', 'given_url', 'resolved_url'],
    title: ['title', 'given_title', 'resolved_title'],
    time: ['time_added'],
    parseTime: parseUnixTime,
    facts: (rec) => {
      const status = (rec.status ?? '').trim().toLowerCase();
      return {
        ...DEFAULT_FACTS,
        tags: splitTags(rec.tags, /\|/),
        status: status === 'archive' || status === 'archived' || status === '1' ? 'archived' : 'unread',
        favourite: ['1', 'true'].includes((rec.favorite ?? rec.favourite ?? '').trim().toLowerCase()),
      };
    },
  },
  // Instapaper: `URL,Title,Selection,Folder,Timestamp` and, since 2023, `Tags` (JSON arrays).
  'instapaper-csv': {
    format: 'instapaper-csv',
    source: 'import:instapaper',
    url: ['url'],
    title: ['title'],
    time: ['timestamp'],
    parseTime: parseUnixTime,
    facts: (rec) => {
      const folder = (rec.folder ?? '').trim();
      const lower = folder.toLowerCase();
      const custom = folder && !['unread', 'archive', 'starred', 'liked'].includes(lower);
      return {
        ...DEFAULT_FACTS,
        tags: instapaperTags(rec.tags),
        status: lower === 'archive' ? 'archived' : 'unread',
        favourite: lower === 'starred' || lower === 'liked',
        lists: custom ? [folder] : [],
        inReadingList: !custom,
        excerpt: (rec.selection ?? '').trim() || null,
      };
    },
  },
  // Any CSV with a URL column, including Reelmark's own CSV export.
  csv: {
    format: 'csv',
    source: 'import:csv',
    url: ['url', 'link', 'href', 'address'],
    title: ['title', 'name'],
    time: ['saved_at', 'time_added', 'created', 'created_at', 'added', 'date', 'timestamp'],
    parseTime: parseAnyTime,
    facts: (rec, now) => {
      const lists = splitTags(first(rec, ['lists', 'list', 'folder']), /\|/);
      return {
        ...DEFAULT_FACTS,
        tags: splitTags(first(rec, ['tags', 'labels']), /[|,]/),
        status: STATUSES[(rec.status ?? '').trim().toLowerCase()] ?? 'unread',
        favourite: ['1', 'true', 'yes', '★'].includes((first(rec, ['favourite', 'favorite', 'starred']) ?? '').trim().toLowerCase()),
        lists,
        inReadingList: lists.length === 0,
        excerpt: (first(rec, ['excerpt', 'description']) ?? '').trim() || null,
        notes: (first(rec, ['notes', 'note', 'comment']) ?? '').trim(),
        readAt: parseAnyTime(rec.read_at, now),
        byline: (first(rec, ['byline', 'author', 'authors']) ?? '').trim() || null,
        published: (first(rec, ['published', 'published_at']) ?? '').trim() || null,
        siteName: (first(rec, ['site', 'site_name']) ?? '').trim() || null,
      };
    },
  },
};

/** Which CSV dialect a header row is: Pocket, Instapaper, another CSV with a URL column, or none. */
export function csvDialectOf(headers: readonly string[]): 'pocket-csv' | 'instapaper-csv' | 'csv' | null {
  const has = (h: string) => headers.includes(h);
  if (has('url') && has('time_added')) return 'pocket-csv';
  if (has('url') && has('folder') && has('timestamp')) return 'instapaper-csv';
  if (DIALECTS.csv.url.some(has)) return 'csv';
  return null;
}

/**
 * Parses a CSV export (Pocket, Instapaper, or any CSV with a URL column) into library items.
 * Records without a usable URL, or with a time that is not a plausible date, are skipped with
 * the reason; an absent or empty time column means "saved now".
 */
export function parseCsvImport(text: string, now: number, dialectName?: 'pocket-csv' | 'instapaper-csv' | 'csv'): ParsedImport {
  const { headers, records } = readCsv(text);
  const name = dialectName ?? csvDialectOf(headers);
  if (!name) throw new Error('This CSV file has no URL column.');
  const dialect = DIALECTS[name];
  const items: SavedItem[] = [];
  const skipped: SkippedEntry[] = [];
  const lists = new Map<string, ImportedList>();
  records.forEach((rec, i) => {
    const rawUrl = (first(rec, dialect.url) ?? '').trim();
    const title = oneLine(first(rec, dialect.title) ?? '');
    const skip = (reason: SkippedEntry['reason'], detail: string | null) =>
      skipped.push({ entry: i + 1, url: rawUrl || null, title: title || null, reason, detail });
    if (!rawUrl) return skip('missing-url', null);
    const url = normaliseUrl(rawUrl);
    if (!url) return skip('invalid-url', rawUrl);
    const timeCell = (first(rec, dialect.time) ?? '').trim();
    const savedAt = timeCell ? dialect.parseTime(timeCell, now) : now;
    if (savedAt === null) return skip('bad-timestamp', timeCell);
    const item = itemForLink(url, dialect.source, savedAt)!;
    const facts = dialect.facts(rec, now);
    for (const list of facts.lists) if (!lists.has(list.toLowerCase())) lists.set(list.toLowerCase(), { key: list.toLowerCase(), name: list });
    const imported: SavedItem = {
      ...item,
      title: title || item.title,
      tags: facts.tags,
      status: facts.status,
      favourite: facts.favourite,
      lists: [...(facts.inReadingList ? [DEFAULT_LIST_ID] : []), ...facts.lists.map((l) => l.toLowerCase())],
      excerpt: facts.excerpt,
      notes: facts.notes,
      readAt: facts.readAt,
      byline: facts.byline,
      published: facts.published,
      siteName: facts.siteName,
      authors: facts.byline ? [facts.byline.replace(/^by\s+/i, '')] : [],
      updatedAt: now,
    };
    imported.citation = basicCitation(imported);
    items.push(imported);
  });
  return { format: dialect.format, entries: records.length, items, lists: [...lists.values()], skipped };
}
