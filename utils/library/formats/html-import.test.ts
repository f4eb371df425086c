import { describe, expect, it } from 'vitest';
import { sampleText, testEnv } from '../testing';
import { DEFAULT_LIST_ID } from '../types';
import { parseNetscapeBookmarks, parsePocketHtml } from './html-import';

describe("Pocket's ril_export.html", () => {
  const parsed = parsePocketHtml(sampleText('ril_export.html'), testEnv());
  it('reads links, times, tags and the archive heading', () => {
    expect(parsed.format).toBe('pocket-html');
    expect(parsed.entries).toBe(8);
    expect(parsed.items[0]).toMatchObject({
      url: 'https://frame-and-nation.example/2025/08/09/film-co-productions/',
      savedAt: 1754737200000,
      tags: ['kazakhstan', 'co-production'],
      status: 'unread',
    });
    expect(parsed.items[2]?.title).toBe("Senegal's new wave & the Dakar film school");
    expect(parsed.items.filter((i) => i.status === 'archived').map((i) => i.title)).toEqual([
      'Mexico\'s "Nuevo Cine", revisited',
      "Quota wars: Korea's screen quota twenty years on",
      'Iranian cinema after the ban, in five films',
    ]);
  });
  it('skips the empty address and the negative time', () => {
    expect(parsed.skipped.map((s) => [s.entry, s.reason])).toEqual([
      [4, 'missing-url'],
      [5, 'bad-timestamp'],
    ]);
  });
});

describe('Netscape bookmark file', () => {
  const parsed = parseNetscapeBookmarks(sampleText('bookmarks.html'), testEnv());
  it('turns folders into lists named by their path, and reads TAGS and descriptions', () => {
    expect(parsed.format).toBe('netscape-html');
    expect(parsed.lists.map((l) => l.name)).toEqual(['Film', 'Film / Festivals', 'Bookmarks Toolbar']);
    const byTitle = new Map(parsed.items.map((i) => [i.title, i]));
    expect(byTitle.get('Notes on Romanian minimalism')).toMatchObject({ lists: [DEFAULT_LIST_ID], tags: ['romania', 'essay'], notes: 'Good on Puiu and the long take.' });
    expect(byTitle.get('Steppe stories: how Kazakh cinema learned to co-produce')?.lists).toEqual(['film']);
    expect(byTitle.get("Critics' Week 2024: the debuts")).toMatchObject({ lists: ['film / festivals'], notes: 'Three debuts worth tracking; see the Senegalese one.' });
    expect(byTitle.get("Senegal's new wave and the Dakar film school")?.lists).toEqual(['film']);
  });
  it('skips bookmarklets, browser queries and bad dates', () => {
    expect(parsed.skipped.map((s) => [s.title, s.reason])).toEqual([
      ['Orizzonti 2024', 'bad-timestamp'],
      ['A bookmarklet', 'invalid-url'],
      ['Most Visited', 'invalid-url'],
    ]);
    expect(parsed.items).toHaveLength(5);
  });
});
