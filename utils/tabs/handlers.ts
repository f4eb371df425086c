import { browser } from 'wxt/browser';
import { handleInBackground } from '@/utils/messaging';
import { markTabBadge } from './badge';
import { forgetTab, recordTabPage, tabPage } from './page-registry';
import { forgetTabArticle, tabArticle } from './tab-article';

/** Background side of page detection: badge, per-tab reports and on-demand extraction. */
export function registerTabHandlers(): void {
  handleInBackground({
    async pageDetected(page, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const previous = await tabPage(tabId);
      if (previous && previous.url !== page.url) forgetTabArticle(tabId);
      await recordTabPage(tabId, page);
      await markTabBadge(tabId, page);
    },
    getTabSummary: ({ tabId }) => tabPage(tabId),
    async getTabArticle({ tabId }) {
      const page = await tabPage(tabId);
      return tabArticle(tabId, page?.url ?? null);
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTabArticle(tabId);
    void forgetTab(tabId);
  });
}
