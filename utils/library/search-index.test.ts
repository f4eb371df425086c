import { describe, expect, it } from 'vitest';
import { LibrarySearch, openingWords, processTerm, type SearchDoc } from './search-index';

const doc = (id: string, over: Partial<SearchDoc> = {}): SearchDoc => ({ id, title: '', byline: '', notes: '', tags: '', site: '', body: '', ...over });

function library(): LibrarySearch {
  const s = LibrarySearch.empty();
  s.upsert(doc('kz', { title: 'Steppe stories: Kazakh co-productions', byline: 'Aigerim Nurlanova', body: 'Almaty producers look to Seoul and Paris.' }));
  s.upsert(doc('mx', { title: 'Nuevo Cine revisited', byline: 'Lucía Moreno', notes: 'quote for chapter two', body: 'Mexico City critics founded a magazine.' }));
  s.upsert(doc('hu', { title: 'The long take', byline: 'Béla Tarr interview', body: 'Hungarian slow cinema and the Sátántangó shoot.' }));
  return s;
}

const ids = (s: LibrarySearch, q: string) => s.search(q).map((h) => h.id);

describe('library search', () => {
  it('finds titles, bylines, notes and body text', () => {
    const s = library();
    expect(ids(s, 'steppe')).toEqual(['kz']);
    expect(ids(s, 'nurlanova')).toEqual(['kz']);
    expect(ids(s, 'chapter')).toEqual(['mx']);
    expect(ids(s, 'Seoul')).toEqual(['kz']);
  });

  it('tolerates typos and accents, and matches the word being typed as a prefix', () => {
    const s = library();
    expect(ids(s, 'kazahk')).toEqual(['kz']);
    expect(ids(s, 'lucia moreno')).toEqual(['mx']);
    expect(ids(s, 'satantango')).toEqual(['hu']);
    expect(ids(s, 'hungar')).toEqual(['hu']);
    expect(ids(s, 'kaz')).toEqual(['kz']);
  });

  it('requires every word and ranks title matches first', () => {
    const s = library();
    s.upsert(doc('other', { title: 'Paris festival', body: 'Notes on the long take in Kazakh cinema.' }));
    expect(ids(s, 'long take')).toEqual(['hu', 'other']);
    expect(ids(s, 'kazakh paris').sort()).toEqual(['kz', 'other']);
    expect(ids(s, 'the and of')).toEqual([]);
  });

  it('updates and removes items', () => {
    const s = library();
    s.upsert(doc('kz', { title: 'Renamed piece' }));
    expect(ids(s, 'steppe')).toEqual([]);
    expect(ids(s, 'renamed')).toEqual(['kz']);
    s.remove('mx');
    expect(ids(s, 'nuevo')).toEqual([]);
    expect(s.size).toBe(2);
  });

  it('survives a round trip through JSON', async () => {
    const loaded = await LibrarySearch.fromJSON(library().toJSON());
    expect(ids(loaded, 'kazahk')).toEqual(['kz']);
    expect([...loaded.indexedIds()].sort()).toEqual(['hu', 'kz', 'mx']);
  });

  it('in a large library, a word found in most bodies only narrows by titles and notes', () => {
    const s = LibrarySearch.empty();
    for (let i = 0; i < 600; i++) s.upsert(doc(`d${i}`, { title: i === 7 ? 'Cinema of Senegal' : `Piece ${i}`, body: `cinema essay number ${i} ${i % 50 === 0 ? 'senegal' : ''}` }));
    const hits = ids(s, 'cinema senegal');
    expect(hits[0]).toBe('d7');
    expect(hits).toContain('d50');
  });

  it('processes terms the same way for indexing and queries', () => {
    expect(processTerm('Lucía')).toBe('lucia');
    expect(processTerm('The')).toBeNull();
    expect(openingWords('one two  three four', 2)).toBe('one two');
    expect(openingWords('short', 5)).toBe('short');
  });
});
