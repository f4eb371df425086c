import { findBody } from './body';
import { buildCsl } from './csl';
import { detectArticle } from './detect';
import { absoluteUrl, countElements, countWords, first, tagOf } from './dom';
import { htmlToText } from './html-to-text';
import { LIMITS } from './limits';
import { readMetadata, visibleLeadImage, type MergedMeta } from './metadata';
import { isCaption } from './post-clean';
import { extractRelated } from './related';
import { sanitizeHtml, serializeClean } from './sanitize';
import type { Article, Detection } from './types';

/** Options for tests and tools; the defaults are right for real use. */
export interface ExtractOptions {
  /** The moment of reading, used as the citation's `accessed` date. */
  now?: Date;
}

/** Reading speed used for `readingMinutes`: words per minute, and CJK characters per minute. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Minutes to read `text` (at least 1 when there is any text). */
export function readingMinutes(text: string): number {
  if (!text) return 0;
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g)?.length ?? 0;
  const words = countWords(text) - cjk;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE));
}

function baseUrl(doc: Document, url: string): string {
  return absoluteUrl(first(doc, 'base[href]')?.getAttribute('href'), url) ?? url;
}

/**
 * The cheap body for pages too big for the full extractor: the element whose direct paragraphs
 * hold the most text, read in place (nothing is cloned or changed).
 */
function fallbackBody(doc: Document): Element | null {
  const score = new Map<Element, number>();
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < ps.length && i < LIMITS.maxParagraphsScanned; i++) {
    const p = ps[i];
    const parent = p?.parentElement;
    if (!p || !parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + Math.min((p.textContent ?? '').length, 5000));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

function emptyMeta(url: string): MergedMeta {
  return {
    url, canonical: url, title: '', byline: null, authors: [], authorNames: [], published: null, modified: null,
    section: null, tags: [], siteName: null, lang: null, description: null, image: null, ldTypes: [], journal: null,
    publisher: null, doi: null, ogType: null,
  };
}

function assemble(meta: MergedMeta, detection: Detection, text: string, html: string, related: Article['related'], now: Date, error?: string): Article {
  const wordCount = countWords(text);
  const { authorNames: _a, ldTypes: _t, journal: _j, publisher: _p, doi: _d, ogType: _o, ...plain } = meta;
  const article: Article = {
    ...plain,
    isArticle: detection.isArticle,
    confidence: detection.confidence,
    wordCount,
    readingMinutes: readingMinutes(text),
    text,
    html,
    related,
    citation: buildCsl(meta, detection.isArticle, now),
  };
  if (error) article.error = error;
  return article;
}

/**
 * Extracts the clean article from `doc`: merged metadata, the body as sanitised HTML and as text
 * (paragraphs separated by blank lines, captions left out of the text), related links and a CSL
 * item. Works on clones (the live page is never changed), caps its work on huge pages, and never
 * throws: broken input gives `isArticle: false` and, when something failed, an `error`.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article {
  const now = options.now ?? new Date();
  let meta = emptyMeta(url);
  let detection: Detection = { isArticle: false, confidence: 0.5, reasons: [] };
  try {
    detection = detectArticle(doc, url);
    meta = readMetadata(doc, url);
    const body = doc.body;
    if (!body || tagOf(body) !== 'body') {
      return assemble(meta, { isArticle: false, confidence: 0.95, reasons: ['no-body'] }, '', '', [], now);
    }
    const base = baseUrl(doc, url);
    const elements = countElements(doc);
    let root: Element | null;
    if (elements > LIMITS.maxElementsForExtractor) {
      root = fallbackBody(doc);
    } else {
      root = findBody(doc, meta.title).root;
    }
    let text = root ? htmlToText(root, isCaption) : '';
    if (text.length > LIMITS.maxTextChars) text = text.slice(0, LIMITS.maxTextChars).replace(/\s+\S*$/, '…');
    const html = root ? sanitizeHtml(serializeClean(root, base), doc) : '';
    if (!meta.image) meta = { ...meta, image: visibleLeadImage(doc, base, root) };
    const related = extractRelated(doc, url);
    return assemble(meta, detection, text, html, related, now);
  } catch (err) {
    return assemble(meta, { ...detection, isArticle: false }, '', '', [], now, err instanceof Error ? err.message : String(err));
  }
}

/** Re-exported for callers that only need related links (the background's related fetches). */
export { extractRelated };

/** True when `doc` is past the element cap and gets the cheap in-place body instead of the full extractor. */
export function usesFallback(doc: Document): boolean {
  return countElements(doc) > LIMITS.maxElementsForExtractor;
}
