import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract';
import type { Article } from '@/utils/article/types';

/**
 * Fetches a page in the background and extracts its article. Foundation version: one plain
 * fetch, parsed with linkedom (a DOM that works inside a service worker). The related-pieces
 * fetcher replaces the transport with its polite queue and cache.
 */
export async function fetchArticle(url: string, init: { signal?: AbortSignal } = {}): Promise<Article> {
  const res = await fetch(url, { signal: init.signal, credentials: 'include', redirect: 'follow' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  const type = res.headers.get('content-type') ?? '';
  if (!/html|xml/i.test(type)) throw new Error(`Not a web page (${type || 'no content type'}): ${url}`);
  const html = await res.text();
  return extractFromHtml(html, res.url || url);
}

/** Extracts the article from an HTML string with a worker-safe DOM. */
export function extractFromHtml(html: string, url: string): Article {
  const { document } = parseHTML(html);
  return extractArticle(document as unknown as Document, url);
}
