import { Readability } from '@mozilla/readability';
import { detectArticle } from './detect';
import { readPageSummary } from './page-summary';
import type { Article } from './types';

/**
 * Extracts the clean article from `doc`. Foundation version: Readability on a clone of the
 * document (Readability mutates what it is given, and the live page must stay untouched).
 */
export function extractArticle(doc: Document, url: string): Article {
  const summary = readPageSummary(doc, url);
  const detection = detectArticle(doc, url);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone).parse();
  const text = (parsed?.textContent ?? '').trim();
  const wordCount = text ? text.split(/\s+/).length : 0;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url;
  return {
    url,
    canonical: new URL(canonical, url).href,
    title: parsed?.title || summary.title,
    byline: parsed?.byline ?? null,
    authors: parsed?.byline ? [parsed.byline] : [],
    published: parsed?.publishedTime ?? null,
    modified: null,
    section: null,
    tags: [],
    siteName: parsed?.siteName ?? summary.siteName,
    lang: parsed?.lang ?? (doc.documentElement.lang || null),
    description: parsed?.excerpt ?? null,
    image: null,
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    text,
    html: parsed?.content ?? '',
    related: [],
    citation: { id: url, type: 'webpage', title: parsed?.title || summary.title, URL: url },
  };
}
