import { Readability } from '@mozilla/readability';
import { textOf } from './dom';
import { LIMITS } from './limits';
import { postClean } from './post-clean';
import { preClean } from './pre-clean';

/** What the body finder returns: the cleaned body element (inside a private clone) and Readability's own metadata. */
export interface FoundBody {
  root: Element | null;
  /** Readability's view of the title, byline and so on, used as fallbacks by the metadata merge. */
  hints: { title: string | null; byline: string | null; excerpt: string | null; siteName: string | null; publishedTime: string | null; lang: string | null };
}

const NO_HINTS: FoundBody['hints'] = { title: null, byline: null, excerpt: null, siteName: null, publishedTime: null, lang: null };

/** A private copy of the page: the live document is never mutated. */
export function cloneDocument(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}

function runReadability(doc: Document): { root: Element | null; hints: FoundBody['hints'] } {
  const reader = new Readability<Node>(doc, {
    keepClasses: true,
    serializer: (node: Node) => node,
    maxElemsToParse: LIMITS.maxElementsForExtractor,
    charThreshold: 400,
  });
  const parsed = reader.parse();
  if (!parsed) return { root: null, hints: NO_HINTS };
  const content = parsed.content;
  const root = content && content.nodeType === 1 ? (content as Element) : null;
  return {
    root,
    hints: {
      title: parsed.title ?? null,
      byline: parsed.byline ?? null,
      excerpt: parsed.excerpt ?? null,
      siteName: parsed.siteName ?? null,
      publishedTime: parsed.publishedTime ?? null,
      lang: parsed.lang ?? null,
    },
  };
}

/**
 * Finds and cleans the article body of `doc`: pre-cleans a clone, lets Readability pick the body,
 * then post-cleans it. When pre-cleaning was too eager (little text left), Readability runs again
 * on an untouched clone and that result is used instead.
 */
export function findBody(doc: Document, title: string): FoundBody {
  const cleaned = cloneDocument(doc);
  preClean(cleaned);
  let found = runReadability(cleaned);
  if (!found.root || textOf(found.root).length < 250) {
    const plain = runReadability(cloneDocument(doc));
    if (plain.root && textOf(plain.root).length > (found.root ? textOf(found.root).length : 0)) found = plain;
  }
  if (found.root) postClean(found.root, title || found.hints.title || '');
  return found;
}
