import { detectArticle } from './detect';
import type { PageSummary } from './types';

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The cheap facts the content script reports for a page: detection plus a title and site name
 * read from metadata, without running the extractor. Never throws.
 */
export function readPageSummary(doc: Document, url: string): PageSummary {
  let title = '';
  let siteName: string | null = null;
  try {
    title =
      meta(doc, 'meta[property="og:title"]') ??
      doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ??
      (doc.title ?? '').trim();
    siteName = meta(doc, 'meta[property="og:site_name"]') ?? safeHost(url);
  } catch {
    siteName = safeHost(url);
  }
  return { url, title, siteName, detection: detectArticle(doc, url) };
}
