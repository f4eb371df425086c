import { describe, expect, it } from 'vitest';
import type { SavedItemRow } from '@/utils/library/types';
import { createRecentModel, type RecentLibrary } from './recent-model';

const row = (title: string) => ({ url: `https://films.test/${title}`, title, status: 'unread', favourite: false }) as SavedItemRow;

function library(quick: SavedItemRow[] | null, real: SavedItemRow[], seen: string[][]): RecentLibrary {
  return {
    quickRecent: async () => quick,
    recent: async () => {
      // The model has painted the quick copy by the time the real read answers.
      seen.push(itemsNow());
      return real;
    },
    setStatus: async () => undefined,
    setFavourite: async () => undefined,
  };
}
let itemsNow: () => string[] = () => [];

describe('recent items model', () => {
  it('shows the quick copy first, then what the library holds', async () => {
    const seen: string[][] = [];
    const model = createRecentModel(library([row('old')], [row('new'), row('old')], seen));
    itemsNow = () => model.items.value.map((i) => i.title);
    await model.load();
    expect(seen).toEqual([['old']]);
    expect(model.items.value.map((i) => i.title)).toEqual(['new', 'old']);
    expect(model.loaded.value).toBe(true);
  });

  it('reads the library directly when there is no quick copy', async () => {
    const seen: string[][] = [];
    const model = createRecentModel(library(null, [row('a')], seen));
    itemsNow = () => model.items.value.map((i) => i.title);
    await model.load();
    expect(seen).toEqual([[]]);
    expect(model.items.value.map((i) => i.title)).toEqual(['a']);
  });
});
