import { detectArticle } from './detect';
import type { PageSummary } from './types';

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : null;
}

/**
 * The cheap facts the content script reports for a page: detection plus a title and site name
 * read from metadata, without running the extractor.
 */
export function readPageSummary(doc: Document, url: string): PageSummary {
  const title =
    meta(doc, 'meta[property="og:title"]') ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title.trim();
  const siteName = meta(doc, 'meta[property="og:site_name"]') ?? safeHost(url);
  return { url, title, siteName, detection: detectArticle(doc, url) };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
