import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '@/utils/article/types';
import { forgetTab, recordTabPage, tabPage } from './page-registry';

const page = (url: string, isArticle = true): PageSummary => ({
  url,
  title: url,
  siteName: null,
  detection: { isArticle, confidence: 0.9, reasons: [] },
});

describe('page registry', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps concurrent reports from different tabs', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((id) => recordTabPage(id, page(`https://x.test/${id}`))));
    for (const id of [1, 2, 3, 4, 5]) expect((await tabPage(id))?.url).toBe(`https://x.test/${id}`);
  });

  it('replaces a tab report and forgets closed tabs', async () => {
    await recordTabPage(7, page('https://x.test/a'));
    await recordTabPage(7, page('https://x.test/b', false));
    expect(await tabPage(7)).toMatchObject({ url: 'https://x.test/b', detection: { isArticle: false } });
    await forgetTab(7);
    expect(await tabPage(7)).toBeNull();
  });
});
