import { describe, expect, it } from 'vitest';
import { sampleText } from '../testing';
import { DEFAULT_LIST_ID } from '../types';
import { csvDialectOf, parseCsvImport } from './csv-import';

const NOW = Date.UTC(2025, 8, 1);

describe('Pocket CSV (part_000000.csv)', () => {
  const parsed = parseCsvImport(sampleText('pocket-2025/part_000000.csv'), NOW);

  it('reads every record, with quoted commas, quotes and line breaks', () => {
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.entries).toBe(12);
    expect(parsed.items).toHaveLength(10);
    expect(parsed.items[1]?.title).toBe('Mexico\'s "Nuevo Cine", revisited');
    expect(parsed.items[2]?.title).toBe('The long take and the longer silence: Béla Tarr at 70');
    expect(parsed.items[2]?.url).toBe('https://www.slowcinema.example/tarr-at-70');
  });

  it('reads times (Unix seconds), tags joined by |, and status', () => {
    expect(parsed.items[0]).toMatchObject({
      savedAt: 1754737200 * 1000,
      tags: ['kazakhstan', 'co-production'],
      status: 'unread',
      source: 'import:pocket',
      lists: [DEFAULT_LIST_ID],
    });
    expect(parsed.items[1]).toMatchObject({ status: 'archived', tags: ['mexico', 'history', 'essay'] });
    expect(parsed.items[3]?.tags).toEqual([]);
  });

  it('drops tracking parameters, so the newsletter copy is the same item', () => {
    const urls = parsed.items.map((i) => i.url).filter((u) => u.includes('nuevo-cine'));
    expect(urls).toEqual(['https://cinema-journal.example/essays/nuevo-cine-revisited', 'https://cinema-journal.example/essays/nuevo-cine-revisited']);
  });

  it('skips a record without a URL and one with a bad timestamp, saying why', () => {
    expect(parsed.skipped).toEqual([
      { entry: 5, url: null, title: 'No address here', reason: 'missing-url', detail: null },
      { entry: 6, url: 'https://festival-diaries.example/locarno/day-3', title: 'Festival diary: Locarno day three', reason: 'bad-timestamp', detail: 'yesterday' },
    ]);
  });
});

describe('Pocket CSV, older layout with cursor, BOM and CRLF', () => {
  const parsed = parseCsvImport(sampleText('pocket-older/part_000000.csv'), NOW);
  it('reads the records and skips the broken ones', () => {
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.items.map((i) => i.title)).toEqual(['Notes on Romanian minimalism', 'Argentina\'s "New Argentine Cinema" at 30', 'A row with a line break in the title']);
    expect(parsed.items[0]).toMatchObject({ url: 'https://cinema-journal.example/romanian-minimalism', status: 'archived', tags: ['romania', 'essay'] });
    expect(parsed.skipped.map((s) => [s.entry, s.reason, s.detail])).toEqual([
      [4, 'bad-timestamp', '0'],
      [5, 'missing-url', null],
    ]);
  });
});

describe('Instapaper CSV', () => {
  it('reads folders, JSON-array tags and selections', () => {
    const parsed = parseCsvImport(sampleText('instapaper-export.csv'), NOW);
    expect(parsed.format).toBe('instapaper-csv');
    expect(parsed.entries).toBe(7);
    const [kz, iran, senegal, critics, iranAgain] = parsed.items;
    expect(kz).toMatchObject({ tags: ['kazakhstan', 'co-production'], status: 'unread', excerpt: 'Kazakh producers now look to Seoul, Paris and Istanbul.', source: 'import:instapaper' });
    expect(iran).toMatchObject({ status: 'archived', tags: [], title: 'Iranian cinema after the ban, in five films' });
    expect(senegal).toMatchObject({ favourite: true, tags: ['senegal'] });
    expect(critics).toMatchObject({ lists: ['festivals'], tags: ['festival', 'debuts'] });
    expect(parsed.lists).toEqual([{ key: 'festivals', name: 'Festivals' }]);
    expect(iranAgain?.url).toBe(iran?.url);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(['missing-url', 'bad-timestamp']);
  });

  it('reads the older export without a Tags column', () => {
    const parsed = parseCsvImport(sampleText('instapaper-export-no-tags.csv'), NOW);
    expect(parsed.format).toBe('instapaper-csv');
    expect(parsed.items.map((i) => [i.status, i.tags.length, i.lists])).toEqual([
      ['archived', 0, [DEFAULT_LIST_ID]],
      ['unread', 0, [DEFAULT_LIST_ID]],
      ['unread', 0, ['latin america']],
    ]);
  });
});

describe('CSV dialects', () => {
  it('are told apart by their header', () => {
    expect(csvDialectOf(['title', 'url', 'time_added', 'tags', 'status'])).toBe('pocket-csv');
    expect(csvDialectOf(['url', 'title', 'selection', 'folder', 'timestamp'])).toBe('instapaper-csv');
    expect(csvDialectOf(['title', 'link'])).toBe('csv');
    expect(csvDialectOf(['name', 'value'])).toBeNull();
  });

  it('tolerate missing columns and short rows', () => {
    const parsed = parseCsvImport('url,title\nhttps://films.test/a\nhttps://films.test/b,B,extra\n', NOW);
    expect(parsed.items.map((i) => [i.url, i.title, i.savedAt])).toEqual([
      ['https://films.test/a', 'films.test/a', NOW],
      ['https://films.test/b', 'B', NOW],
    ]);
  });
});
