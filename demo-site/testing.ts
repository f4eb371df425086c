import { parseLinkedom } from '../utils/fetching/parse-html';

/** Parses HTML into a Document (linkedom: fast, and parses <noscript> content as elements). */
export const parseDoc = parseLinkedom;

/** Text with runs of whitespace collapsed, as a reader sees it. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const URL_ATTRS = ['href', 'src', 'data-src'];
const SRCSET_ATTRS = ['srcset', 'data-srcset'];

/**
 * Every same-origin URL a page refers to: links, scripts, stylesheets, images (including lazy
 * data-src/data-srcset and <noscript> copies) and og/twitter images. Fragments are dropped.
 */
export function internalUrls(doc: Document, pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  const found = new Set<string>();
  const add = (raw: string | null): void => {
    if (!raw || raw.startsWith('data:') || raw.startsWith('mailto:') || raw.startsWith('#')) return;
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin) return;
    url.hash = '';
    found.add(url.href);
  };
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of URL_ATTRS) add(el.getAttribute(attr));
    for (const attr of SRCSET_ATTRS) {
      for (const candidate of (el.getAttribute(attr) ?? '').split(',')) add(candidate.trim().split(/\s+/)[0] ?? null);
    }
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]'))) {
    add(meta.getAttribute('content'));
  }
  return [...found].sort();
}
