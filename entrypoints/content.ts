import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPageSummary } from '@/utils/article/page-summary';
import { handleInContent } from '@/utils/messaging';
import { loadEngine } from '@/utils/page/engine-loader';
import { reportPage } from '@/utils/page/report';
import { readSiteLinks } from '@/utils/related/site-links';
import { SPA_RECHECK_DELAYS_MS, whenIdle } from '@/utils/page/schedule';

/**
 * Runs on every page: cheap article detection at idle time, again after SPA navigations, and the
 * extractor on demand. It only reads the page.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    whenIdle(window, () => void reportPage(document, location.href));

    let pending: number[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      pending.forEach((id) => clearTimeout(id));
      pending = SPA_RECHECK_DELAYS_MS.map((ms) => ctx.setTimeout(() => void reportPage(document, location.href), ms));
    });

    handleInContent({
      detectNow: () => readPageSummary(document, location.href),
      extractArticle: async () => (await loadEngine()).extractArticle(document, location.href),
      readRelatedSiteLinks: () => readSiteLinks(document, location.href),
    });
  },
});
