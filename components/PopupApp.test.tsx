// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Article, PageSummary } from '@/utils/article/types';
import type { SavedItemRow } from '@/utils/library/types';
import { createPopupModel, type Ask } from '@/utils/ui/popup-model';
import { PopupApp } from './PopupApp';

const page: PageSummary = {
  url: 'https://films.test/a',
  title: 'A film essay',
  siteName: 'Films',
  detection: { isArticle: true, confidence: 0.9, reasons: [] },
};

const ask = (async (type: string) => {
  if (type === 'getTabSummary') return page;
  if (type === 'getTabArticle') return { ...page, isArticle: true, canonical: page.url, wordCount: 0 } as unknown as Article;
  throw new Error(type);
}) as Ask;

describe('PopupApp', () => {
  it('renders labelled landmarks, a heading with the title, and a keyboard-reachable Save button', async () => {
    const model = createPopupModel(ask, {
      recent: async () => [{ url: 'https://films.test/b', title: 'Saved essay', siteName: 'Films', status: 'unread' } as SavedItemRow],
      setStatus: async () => undefined,
      setFavourite: async () => undefined,
    });
    await model.load(1);
    const root = document.createElement('div');
    document.body.append(root);
    render(<PopupApp model={model} />, root);

    expect(root.querySelector('main')?.getAttribute('aria-label')).toBeTruthy();
    expect(root.querySelector('h1')?.textContent).toBe('A film essay');
    const button = root.querySelector('button');
    expect(button?.disabled).toBe(false);
    expect(button?.textContent).toBeTruthy();
    const saved = root.querySelector('section[aria-labelledby="saved-heading"]');
    expect(saved?.querySelector('li a')?.textContent).toBe('Saved essay');
    expect(saved?.querySelector('li button[aria-pressed]')).not.toBeNull();
    expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  });
});
