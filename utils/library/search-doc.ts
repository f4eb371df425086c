import type { SavedItemRow } from './types';

// What the search index holds for one item, kept apart from MiniSearch so that pages can make
// search documents without loading it.

/** How many words of each body are indexed. */
export const BODY_WORDS = 400;

/** What is indexed for one item. */
export interface SearchDoc {
  id: string;
  title: string;
  byline: string;
  notes: string;
  tags: string;
  site: string;
  body: string;
}

/** The first `words` words of a text. */
export function openingWords(text: string, words = BODY_WORDS): string {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (space && i > 0 && text.charCodeAt(i - 1) > 32 && ++count >= words) return text.slice(0, i);
  }
  return text;
}

/** The search document of an item: its row plus the opening of its body text. */
export function searchDocOf(row: Pick<SavedItemRow, 'url' | 'title' | 'byline' | 'notes' | 'tags' | 'siteName' | 'site' | 'highlights'>, text: string): SearchDoc {
  const highlights = row.highlights.map((h) => `${h.quote} ${h.note ?? ''}`).join(' ');
  return {
    id: row.url,
    title: row.title,
    byline: row.byline ?? '',
    notes: highlights ? `${row.notes} ${highlights}` : row.notes,
    tags: row.tags.join(' '),
    site: `${row.siteName ?? ''} ${row.site}`,
    body: openingWords(text),
  };
}
