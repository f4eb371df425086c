import type { Article, Detection, PageSummary } from '@/utils/article/types';
import type { SaveSource, SavedItemRow } from '@/utils/library/types';
import type { SiteLinks } from '@/utils/related/site-links';
import type { RelatedRun } from '@/utils/related/types';
import type { ArticleSummary } from '@/utils/summary/types';

/**
 * Reelmark's one message protocol. Each key is a message type; the function type gives the
 * request it carries and what the receiver answers. Senders and receivers are both checked
 * against this map, so a renamed or reshaped message fails to compile everywhere it is used.
 *
 * Domains add their messages to the interfaces below rather than inventing channels of their own.
 */
export interface BackgroundProtocol {
  /** Content script → background: what the page turned out to be (at load and after SPA moves). */
  pageDetected(req: PageSummary): void;
  /** Popup → background: the cheap facts about a tab, as its content script reported them. */
  getTabSummary(req: { tabId: number }): PageSummary | null;
  /** Popup → background: the full extracted article of a tab (loads the extractor on demand). */
  getTabArticle(req: { tabId: number }): Article | null;
  /**
   * Popup → background: save a tab's article to the reading list (read from the rendered page by
   * the content script). Pages read and edit the library in IndexedDB directly; see
   * utils/library/README.md.
   */
  saveTab(req: { tabId: number; source?: SaveSource; summary?: ArticleSummary | null }): SavedItemRow;
  /**
   * Popup → background: start finding the tab's related pieces (or return the run already under
   * way for this article). Null when the tab shows no article. Progress lands in session storage
   * under `relatedRunKey(tabId)`.
   */
  startRelated(req: { tabId: number }): RelatedRun | null;
  /** Popup → background: the tab's related run as it stands (also wakes a stopped worker to resume it). */
  getRelated(req: { tabId: number }): RelatedRun | null;
  /** Popup → background: save one related piece (by URL) to the reading list, with its nations. */
  saveRelated(req: { url: string }): SavedItemRow;
}

/** Messages the background sends to a tab's content script. */
export interface ContentProtocol {
  /** Re-run detection now (e.g. after the popup asks about a page the script has not reported). */
  detectNow(req: Record<string, never>): PageSummary;
  /** Extract the whole article from the live DOM. */
  extractArticle(req: Record<string, never>): Article;
  /** The page's feed links, WordPress API root and category links (for related pieces). */
  readRelatedSiteLinks(req: Record<string, never>): SiteLinks;
}

export type { Detection };
