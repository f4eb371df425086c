import Papa from 'papaparse';
import type { SavedItemRow } from '../types';
import type { ExportContext } from './export-context';

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

/**
 * A spreadsheet-friendly CSV (UTF-8 with a BOM so Excel reads accents): one row per item, tags
 * and lists joined with `|`. Reelmark's CSV import reads it back.
 */
export function toCsv(rows: readonly SavedItemRow[], ctx: ExportContext): string {
  const data = rows.map((r) => ({
    title: r.title,
    url: r.url,
    site: r.siteName ?? r.site,
    byline: r.byline ?? '',
    published: r.published ?? '',
    saved_at: iso(r.savedAt),
    read_at: iso(r.readAt),
    status: r.status,
    favourite: r.favourite ? 'true' : 'false',
    tags: r.tags.join('|'),
    lists: r.lists.map(ctx.listName).join('|'),
    notes: r.notes,
    excerpt: r.excerpt ?? '',
  }));
  const fields = ['title', 'url', 'site', 'byline', 'published', 'saved_at', 'read_at', 'status', 'favourite', 'tags', 'lists', 'notes', 'excerpt'];
  return '\uFEFF' + Papa.unparse({ fields, data: data.map((d) => fields.map((f) => d[f as keyof typeof d])) }, { newline: '\r\n' }) + '\r\n';
}
