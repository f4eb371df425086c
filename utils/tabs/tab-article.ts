import type { Article } from '@/utils/article/types';
import { askTab } from '@/utils/messaging';

/**
 * Extracted articles by tab, for the popup's repeated opens. Memory only: an article can be large,
 * and re-extracting after the service worker restarts is cheap.
 */
const cache = new Map<number, Article>();

/**
 * The article in a tab, extracted from the live (rendered, logged-in) page by its content script.
 * A cached copy is reused while the tab still shows the same URL.
 */
export async function tabArticle(tabId: number, currentUrl: string | null): Promise<Article> {
  const cached = cache.get(tabId);
  if (cached && currentUrl !== null && cached.url === currentUrl) return cached;
  const article = await askTab(tabId, 'extractArticle', {});
  cache.set(tabId, article);
  return article;
}

/** Drops a tab's cached article (tab closed or navigated). */
export function forgetTabArticle(tabId: number): void {
  cache.delete(tabId);
}
