import { basicCitation, itemForLink } from '../records';
import { DEFAULT_LIST_ID, type Highlight, type SavedItem } from '../types';
import { normaliseUrl } from '../url';
import { countWords, decodeText, oneLine, splitTags, textOfHtml, uniqueTags } from './text';
import { isoDate, parseAnyTime } from './timestamps';
import type { ImportEnv, ParsedImport, SkippedEntry } from './types';

/** One entry of Omnivore's `metadata_<from>_to_<to>.json` batches. */
interface OmnivoreEntry {
  id?: unknown;
  slug?: unknown;
  title?: unknown;
  description?: unknown;
  author?: unknown;
  url?: unknown;
  state?: unknown;
  readingProgress?: unknown;
  thumbnail?: unknown;
  labels?: unknown;
  savedAt?: unknown;
  updatedAt?: unknown;
  publishedAt?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * Omnivore's highlight files: each highlight is a `> quote` block, optionally followed by its
 * `#label`s and the reader's note; blocks are separated by blank lines.
 */
export function parseOmnivoreHighlights(markdown: string): Highlight[] {
  const highlights: Highlight[] = [];
  let current: { quote: string[]; note: string[] } | null = null;
  const flush = () => {
    if (current && current.quote.length) {
      highlights.push({ quote: current.quote.join('\n').trim(), note: current.note.join('\n').trim() || null });
    }
    current = null;
  };
  let inQuote = false;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('>')) {
      if (!inQuote) flush();
      current ??= { quote: [], note: [] };
      current.quote.push(line.replace(/^>\s?/, ''));
      inQuote = true;
      continue;
    }
    inQuote = false;
    const text = line.trim();
    if (!text || /^(#[\p{L}\p{N}_-]+\s*)+$/u.test(text)) continue;
    current ??= { quote: [], note: [] };
    current.note.push(text);
  }
  flush();
  return highlights;
}

/** True when zip entry names look like an Omnivore export. */
export function isOmnivoreZip(names: readonly string[]): boolean {
  return names.some((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n));
}

/**
 * Omnivore's export (the files of its zip, by path): `metadata_*.json` batches describe the items, `content/<slug>.html`
 * holds each readable article (sanitised here before it is stored) and `highlights/<slug>.md`
 * the highlights. Labels become tags; archived items are archived, items read to the end are read.
 */
export function parseOmnivoreExport(files: Readonly<Record<string, Uint8Array>>, env: ImportEnv): ParsedImport {
  const names = Object.keys(files);
  const bySlug = (folder: string, ext: string) => {
    const map = new Map<string, string>();
    for (const name of names) {
      const m = new RegExp(`(?:^|/)${folder}/(.+)\\.${ext}$`, 'i').exec(name);
      if (m) map.set(m[1]!, name);
    }
    return map;
  };
  const contents = bySlug('content', 'html');
  const highlightFiles = bySlug('highlights', 'md');
  const batches = names.filter((n) => /(^|\/)metadata_[^/]*\.json$/i.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const entries: OmnivoreEntry[] = [];
  for (const name of batches) {
    const parsed: unknown = JSON.parse(decodeText(files[name]!));
    if (Array.isArray(parsed)) entries.push(...(parsed as OmnivoreEntry[]));
  }
  const items: SavedItem[] = [];
  const skipped: SkippedEntry[] = [];
  entries.forEach((entry, i) => {
    const rawUrl = str(entry.url);
    const title = oneLine(str(entry.title));
    const skip = (reason: SkippedEntry['reason'], detail: string | null) =>
      skipped.push({ entry: i + 1, url: rawUrl || null, title: title || null, reason, detail });
    if (typeof entry !== 'object' || entry === null) return skip('bad-entry', null);
    if (!rawUrl) return skip('missing-url', null);
    const url = normaliseUrl(rawUrl);
    if (!url) return skip('invalid-url', rawUrl);
    const savedAt = entry.savedAt === undefined || entry.savedAt === null || entry.savedAt === '' ? env.now : parseAnyTime(entry.savedAt, env.now);
    if (savedAt === null) return skip('bad-timestamp', String(entry.savedAt));
    const item = itemForLink(url, 'import:omnivore', savedAt)!;
    const slug = str(entry.slug);
    const htmlFile = slug ? contents.get(slug) : undefined;
    const html = htmlFile ? env.sanitizeHtml(decodeText(files[htmlFile]!)) : '';
    const text = html ? textOfHtml(env.parseHtml(html)) : '';
    const mdFile = slug ? highlightFiles.get(slug) : undefined;
    const state = str(entry.state).toUpperCase();
    const progress = typeof entry.readingProgress === 'number' ? entry.readingProgress : 0;
    const author = str(entry.author);
    const imported: SavedItem = {
      ...item,
      title: title || item.title,
      byline: author || null,
      authors: author ? splitTags(author, /\s*(?:,|\band\b|&)\s*/) : [],
      published: isoDate(entry.publishedAt, env.now),
      excerpt: str(entry.description) || null,
      image: normaliseUrl(str(entry.thumbnail)),
      tags: Array.isArray(entry.labels) ? uniqueTags(entry.labels) : [],
      highlights: mdFile ? parseOmnivoreHighlights(decodeText(files[mdFile]!)) : [],
      status: state === 'ARCHIVED' ? 'archived' : progress >= 95 ? 'read' : 'unread',
      lists: [DEFAULT_LIST_ID],
      html,
      text,
      wordCount: countWords(text),
      updatedAt: env.now,
    };
    imported.readAt = imported.status === 'unread' ? null : (parseAnyTime(entry.updatedAt, env.now) ?? savedAt);
    imported.citation = basicCitation(imported);
    items.push(imported);
  });
  return { format: 'omnivore-zip', entries: entries.length, items, lists: [], skipped };
}
