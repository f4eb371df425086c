import { describe, expect, it } from 'vitest';
import { itemForLink, splitItem } from '@/utils/library/records';
import type { SavedItemRow } from '@/utils/library/types';
import { facet, NO_FILTERS, quickMatch, visibleRows } from './library-filter';

function row(url: string, over: Partial<SavedItemRow> = {}): SavedItemRow {
  return { ...splitItem(itemForLink(url, 'popup', 0)!).row, ...over };
}

const rows = [
  row('https://a.test/1', { title: 'Bravo', savedAt: 3, published: '2020-01-01', tags: ['Film'], status: 'read', nations: { about: ['KZ'], mentioned: [] } }),
  row('https://b.test/2', { title: 'alpha', savedAt: 1, published: null, tags: ['film', 'essay'], favourite: true, lists: ['x'] }),
  row('https://a.test/3', { title: 'Charlie', savedAt: 2, published: '2024-05-01', status: 'archived', notes: 'kazakh notes' }),
];
const byUrl = new Map(rows.map((r) => [r.url, r]));
const titles = (list: SavedItemRow[]) => list.map((r) => r.title);

describe('library filters and sorts', () => {
  it('filters by status, list, tag (any case), nation, site and favourites', () => {
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, status: 'read' }, 'saved-desc', null))).toEqual(['Bravo']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, listId: 'x' }, 'saved-desc', null))).toEqual(['alpha']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, tag: 'FILM' }, 'saved-desc', null))).toEqual(['Bravo', 'alpha']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, nation: 'KZ' }, 'saved-desc', null))).toEqual(['Bravo']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, site: 'a.test' }, 'saved-desc', null))).toEqual(['Bravo', 'Charlie']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, favourites: true }, 'saved-desc', null))).toEqual(['alpha']);
  });

  it('sorts by save date, publication date (undated last) and title', () => {
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'saved-asc', null))).toEqual(['alpha', 'Charlie', 'Bravo']);
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'published-desc', null))).toEqual(['Charlie', 'Bravo', 'alpha']);
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'published-asc', null))).toEqual(['Bravo', 'Charlie', 'alpha']);
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'title-asc', null))).toEqual(['alpha', 'Bravo', 'Charlie']);
  });

  it('keeps search order for relevance, and filters search hits too', () => {
    const hits = [{ id: 'https://a.test/3', score: 2 }, { id: 'https://a.test/1', score: 1 }, { id: 'https://gone.test/', score: 1 }];
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'relevance', hits))).toEqual(['Charlie', 'Bravo']);
    expect(titles(visibleRows(rows, byUrl, { ...NO_FILTERS, status: 'read' }, 'relevance', hits))).toEqual(['Bravo']);
    expect(titles(visibleRows(rows, byUrl, NO_FILTERS, 'title-asc', hits))).toEqual(['Bravo', 'Charlie']);
  });

  it('counts facet values and matches plainly before the index is ready', () => {
    expect(facet(rows, (r) => r.tags)).toEqual([{ value: 'Film', count: 2 }, { value: 'essay', count: 1 }]);
    expect(quickMatch(rows, 'kazakh').map((h) => h.id)).toEqual(['https://a.test/3']);
  });
});
