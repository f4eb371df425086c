import type { Article } from '@/utils/article/types';
import type { ArticleSummary } from '@/utils/summary/types';
import { articleExtras } from './article-extras';
import type { LibraryDb } from './db';
import { saveArticle, saveLink } from './save';
import type { SaveSource, SavedItem, SavedItemRow } from './types';
import { normaliseUrl } from './url';

/** The result of a save started from the browser (menu, shortcut, popup). */
export type SaveOutcome =
  | { ok: true; item: SavedItemRow; extracted: boolean }
  | { ok: false; error: string };

/** What saving needs from the browser; injected so the logic runs in unit tests. */
export interface CaptureDeps {
  db: () => LibraryDb;
  /** The article of a tab, read from the rendered page by its content script. */
  tabArticle(tabId: number, url: string | null): Promise<Article>;
  /** A page fetched and extracted in the background. */
  fetchArticle(url: string): Promise<Article>;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

const withoutBody = ({ html: _html, text: _text, ...row }: SavedItem): SavedItemRow => row;

/**
 * Saves the page shown in a tab. The rendered page is read by the content script, so pages the
 * reader is logged in to work. Where no content script answers (a tab opened before Reelmark was
 * installed, a page that blocks it) the page is fetched in the background instead, and failing
 * that the link alone is kept.
 */
export async function saveFromTab(
  deps: CaptureDeps,
  tabId: number,
  url: string | null,
  source: SaveSource,
  summary?: ArticleSummary | null,
): Promise<SaveOutcome> {
  try {
    const article = await deps.tabArticle(tabId, url);
    const extras = articleExtras(article, summary);
    return { ok: true, item: withoutBody(await saveArticle(deps.db(), article, { source, extras })), extracted: true };
  } catch (err) {
    if (url && normaliseUrl(url)) return saveFromLink(deps, url, source);
    return { ok: false, error: message(err) };
  }
}

/**
 * Saves a link without opening it: the page is fetched and extracted in the background. When it
 * cannot be fetched or read, the link is still saved (titled after its URL, or `linkText`), so
 * nothing the reader chose to keep is lost.
 */
export async function saveFromLink(deps: CaptureDeps, url: string, source: SaveSource, linkText?: string): Promise<SaveOutcome> {
  try {
    const article = await deps.fetchArticle(url);
    const extras = articleExtras(article);
    return { ok: true, item: withoutBody(await saveArticle(deps.db(), article, { source, extras })), extracted: true };
  } catch (fetchError) {
    try {
      const item = await saveLink(deps.db(), url, { source, title: linkText });
      return { ok: true, item: withoutBody(item), extracted: false };
    } catch (err) {
      return { ok: false, error: err instanceof Error && err.name === 'LibraryFullError' ? err.message : `${message(err)} (${message(fetchError)})` };
    }
  }
}
