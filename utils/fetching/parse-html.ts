import { parseHTML } from 'linkedom';

/**
 * Parses fetched HTML into a Document. Where the context has a DOM parser (Firefox's background
 * page, extension pages) the native one is used; in Chrome's service worker and in Node, linkedom.
 * See README ("Parsing fetched pages") for why Chrome does not use an offscreen document.
 */
export function parseHtmlDocument(html: string): Document {
  if (typeof DOMParser === 'function') return new DOMParser().parseFromString(html, 'text/html');
  return parseHTML(html).document as unknown as Document;
}
