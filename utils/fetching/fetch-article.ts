import { extractArticle } from '@/utils/article/extract';
import type { Article } from '@/utils/article/types';
import { backgroundFetcher } from './background-fetcher';
import { parseHtmlDocument } from './parse-html';

/**
 * Fetches a page in the background and extracts its article, through the polite fetcher: per-host
 * limits, timeout, retries, size and type caps, and the HTTP cache (a page fetched for the related
 * list and then saved is read once).
 */
export async function fetchArticle(url: string, init: { signal?: AbortSignal } = {}): Promise<Article> {
  const page = await backgroundFetcher().get(url, { kind: 'html', signal: init.signal });
  return extractFromHtml(page.text, page.finalUrl);
}

/** Extracts the article from an HTML string, with the native DOM parser where there is one, else linkedom. */
export function extractFromHtml(html: string, url: string): Article {
  return extractArticle(parseHtmlDocument(html), url);
}
