import { findBody } from './body';
import { detectArticle } from './detect';
import { countWords } from './dom';
import { htmlToText } from './html-to-text';
import { isCaption } from './post-clean';
import { readPageSummary } from './page-summary';
import type { Article } from './types';

/**
 * Extracts the clean article from `doc`. Work happens on clones; the live page stays untouched.
 */
export function extractArticle(doc: Document, url: string): Article {
  const summary = readPageSummary(doc, url);
  const detection = detectArticle(doc, url);
  const found = findBody(doc, summary.title);
  const text = found.root ? htmlToText(found.root, isCaption) : '';
  const wordCount = countWords(text);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url;
  const title = found.hints.title || summary.title;
  return {
    url,
    canonical: new URL(canonical, url).href,
    title,
    byline: found.hints.byline,
    authors: found.hints.byline ? [found.hints.byline] : [],
    published: found.hints.publishedTime,
    modified: null,
    section: null,
    tags: [],
    siteName: found.hints.siteName ?? summary.siteName,
    lang: found.hints.lang ?? (doc.documentElement.lang || null),
    description: found.hints.excerpt,
    image: null,
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    text,
    html: found.root ? (found.root as Element).innerHTML : '',
    related: [],
    citation: { id: url, type: 'webpage', title, URL: url },
  };
}
