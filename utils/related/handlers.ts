import { browser } from 'wxt/browser';
import { backgroundFetcher } from '@/utils/fetching/background-fetcher';
import { extractFromHtml, fetchArticle } from '@/utils/fetching/fetch-article';
import { parseHtmlDocument } from '@/utils/fetching/parse-html';
import { libraryDb } from '@/utils/library/db';
import { articleExtras } from '@/utils/library/article-extras';
import { saveArticle } from '@/utils/library/save';
import { askTab, handleInBackground } from '@/utils/messaging';
import { settingsItem } from '@/utils/storage/items';
import { tabPage } from '@/utils/tabs/page-registry';
import { tabArticle } from '@/utils/tabs/tab-article';
import { RelatedRunner } from './related-runner';
import { RunStore } from './run-store';
import { readSiteLinks, type SiteLinks } from './site-links';

/**
 * The page's site links from its content script; when the script cannot answer (a tab opened
 * before the extension was installed), from the page fetched through the polite fetcher.
 */
async function siteLinks(tabId: number, url: string): Promise<SiteLinks> {
  try {
    return await askTab(tabId, 'readRelatedSiteLinks', {});
  } catch {
    const page = await backgroundFetcher().get(url, { kind: 'html' });
    return readSiteLinks(parseHtmlDocument(page.text), page.finalUrl);
  }
}

let runner: RelatedRunner | null = null;

/** The background's one related-pieces runner. */
export function relatedRunner(): RelatedRunner {
  runner ??= new RelatedRunner({
    fetcher: backgroundFetcher(),
    store: new RunStore(),
    tabArticle: (tabId, url) => tabArticle(tabId, url),
    siteLinks,
    parseArticle: extractFromHtml,
    wikipediaEnabled: async () => (await settingsItem.getValue()).wikipediaRelated,
    now: () => Date.now(),
  });
  return runner;
}

/** Background side of related pieces: start and read runs, save a piece, cancel on tab close, resume on start-up. */
export function registerRelatedHandlers(): void {
  const related = relatedRunner();
  handleInBackground({
    async startRelated({ tabId }) {
      const page = await tabPage(tabId);
      if (!page?.detection.isArticle) return null;
      return related.start(tabId, page.url);
    },
    getRelated: ({ tabId }) => related.get(tabId),
    async saveRelated({ url }) {
      const article = await fetchArticle(url);
      const db = libraryDb();
      return saveArticle(db, article, { source: 'related', extras: articleExtras(article) });
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => void related.cancel(tabId));
  void related.resumeAll(async (tabId) => {
    try {
      await browser.tabs.get(tabId);
      return true;
    } catch {
      return false;
    }
  });
}
