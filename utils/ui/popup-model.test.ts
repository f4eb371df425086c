import { describe, expect, it } from 'vitest';
import type { Article, PageSummary } from '@/utils/article/types';
import type { SavedItemRow } from '@/utils/library/types';
import type { BackgroundProtocol } from '@/utils/messaging';
import { createPopupModel, type Ask } from './popup-model';
import type { RecentLibrary } from './recent-model';

const summary: PageSummary = {
  url: 'https://films.test/a',
  title: 'Quick title',
  siteName: 'films.test',
  detection: { isArticle: true, confidence: 0.9, reasons: ['og:article'] },
};

/** A fake background answering from a table of handlers. */
function fakeAsk(handlers: { [K in keyof BackgroundProtocol]?: (req: Parameters<BackgroundProtocol[K]>[0]) => unknown }): Ask {
  return (async (type: keyof BackgroundProtocol, data: never) => {
    const h = handlers[type] as ((d: never) => unknown) | undefined;
    if (!h) throw new Error(`unexpected ${type}`);
    return h(data);
  }) as Ask;
}

/** A fake library whose recent items are whatever `items()` returns. */
const fakeLibrary = (items: () => SavedItemRow[] = () => []): RecentLibrary => ({
  recent: async () => items(),
  setStatus: async () => undefined,
  setFavourite: async () => undefined,
});

describe('popup model', () => {
  it('shows the extracted title once the article arrives', async () => {
    const model = createPopupModel(
      fakeAsk({
        getTabSummary: () => summary,
        getTabArticle: () => ({ title: 'Full title', siteName: 'Films', isArticle: true, canonical: summary.url }) as Article,
      }),
      fakeLibrary(),
    );
    await model.load(3);
    expect(model.state.value).toBe('ready');
    expect(model.title.value).toBe('Full title');
    expect(model.siteName.value).toBe('Films');
  });

  it('is unavailable where no content script reported', async () => {
    const model = createPopupModel(fakeAsk({ getTabSummary: () => null }), fakeLibrary());
    await model.load(3);
    expect(model.state.value).toBe('unavailable');
    expect(model.canSave.value).toBe(false);
  });

  it('keeps the quick summary when extraction fails', async () => {
    const model = createPopupModel(
      fakeAsk({
        getTabSummary: () => summary,
        getTabArticle: () => {
          throw new Error('boom');
        },
      }),
      fakeLibrary(),
    );
    await model.load(3);
    expect(model.title.value).toBe('Quick title');
    expect(model.error.value).toBe('boom');
  });

  it('saves and refreshes the list', async () => {
    let saved: SavedItemRow[] = [];
    const model = createPopupModel(
      fakeAsk({
        getTabSummary: () => summary,
        getTabArticle: () => ({ title: 'T', isArticle: true, canonical: summary.url }) as Article,
        saveTab: () => {
          saved = [{ url: summary.url, title: 'T' } as SavedItemRow];
          return saved[0]!;
        },
      }),
      fakeLibrary(() => saved),
    );
    await model.load(3);
    expect(model.isSaved.value).toBe(false);
    await model.save();
    expect(model.saveState.value).toBe('saved');
    expect(model.isSaved.value).toBe(true);
  });
});
