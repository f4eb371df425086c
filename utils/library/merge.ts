import { splitItem } from './records';
import type { Highlight, ItemBody, ReadStatus, SavedItem, SavedItemRow } from './types';
import { titleFromUrl } from './url';

const STATUS_RANK: Record<ReadStatus, number> = { unread: 0, read: 1, archived: 2 };

/** The status further along: an item read anywhere stays read. */
export function furtherStatus(a: ReadStatus, b: ReadStatus): ReadStatus {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

/** `a` followed by what `b` adds, without repeats (case-insensitive for tags). */
export function union(a: readonly string[], b: readonly string[], fold = (s: string) => s): string[] {
  const seen = new Set(a.map(fold));
  const out = [...a];
  for (const x of b) {
    if (!seen.has(fold(x))) {
      seen.add(fold(x));
      out.push(x);
    }
  }
  return out;
}

function mergeHighlights(a: Highlight[], b: Highlight[]): Highlight[] {
  const seen = new Set(a.map((h) => h.quote));
  return [...a, ...b.filter((h) => !seen.has(h.quote))];
}

function mergeNotes(a: string, b: string): string {
  if (!b.trim() || a.includes(b.trim())) return a;
  if (!a.trim()) return b;
  return `${a.trimEnd()}\n\n${b.trim()}`;
}

/** The result of merging: the row to store, the body to store (null: keep the stored one), and whether anything changed. */
export interface Merged {
  row: SavedItemRow;
  body: ItemBody | null;
  changed: boolean;
}

/**
 * Merges an imported (or re-imported) item into the one already in the library, losing nothing:
 * tags, lists and highlights are joined, notes appended, the furthest reading status and the
 * first save time kept. The stored copy's content wins unless it has none and the import has.
 * Merging the same item twice changes nothing, so re-importing an export is a no-op.
 */
export function mergeImported(existing: SavedItemRow, incoming: SavedItem, now: number): Merged {
  const takeContent = existing.wordCount === 0 && incoming.wordCount > 0;
  const { row: inRow, body: inBody } = splitItem(incoming);
  const base: SavedItemRow = takeContent
    ? { ...inRow, lists: existing.lists, tags: existing.tags, source: existing.source }
    : { ...existing };
  const fallbackTitle = titleFromUrl(existing.url);
  const row: SavedItemRow = {
    ...base,
    title: base.title && base.title !== fallbackTitle ? base.title : incoming.title || base.title,
    siteName: base.siteName ?? incoming.siteName,
    byline: base.byline ?? incoming.byline,
    published: base.published ?? incoming.published,
    excerpt: base.excerpt ?? incoming.excerpt,
    tags: union(existing.tags, incoming.tags, (s) => s.toLowerCase()),
    lists: union(existing.lists, incoming.lists),
    notes: mergeNotes(existing.notes, incoming.notes),
    highlights: mergeHighlights(existing.highlights, incoming.highlights),
    status: furtherStatus(existing.status, incoming.status),
    favourite: existing.favourite || incoming.favourite,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    readAt: existing.readAt ?? incoming.readAt,
    summary: existing.summary ?? incoming.summary ?? null,
    nations: existing.nations ?? incoming.nations ?? null,
    source: existing.source,
    updatedAt: existing.updatedAt,
  };
  if (row.title !== existing.title && row.citation.title === existing.title) row.citation = { ...row.citation, title: row.title };
  const changed = takeContent || JSON.stringify(row) !== JSON.stringify(existing);
  if (changed) row.updatedAt = Math.max(now, existing.updatedAt);
  return { row, body: takeContent ? inBody : null, changed };
}

/**
 * Updates a saved item from a fresh extraction of its page: the page's content and metadata are
 * replaced, everything the reader added (tags, notes, status, lists, first save time) is kept.
 */
export function mergeResaved(existing: SavedItemRow, fresh: SavedItem, now: number): SavedItem {
  return {
    ...fresh,
    summary: fresh.summary ?? existing.summary ?? null,
    nations: fresh.nations ?? existing.nations ?? null,
    related: fresh.related.length ? fresh.related : existing.related,
    tags: existing.tags,
    notes: existing.notes,
    highlights: existing.highlights,
    status: existing.status,
    favourite: existing.favourite,
    lists: existing.lists.length ? existing.lists : fresh.lists,
    savedAt: existing.savedAt,
    readAt: existing.readAt,
    source: existing.source,
    updatedAt: now,
  };
}
