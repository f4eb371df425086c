import { parseHTML } from 'linkedom';

/**
 * A linkedom Document for `html`: the DOM Chrome's service worker has, and the one tests use to
 * check the engine works there. linkedom's types are its own; its document is a DOM Document.
 */
export function parseLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Parses fetched HTML into a Document. Where the context has a DOM parser (Firefox's background
 * page, extension pages) the native one is used; in Chrome's service worker and in Node, linkedom.
 * See README ("Parsing fetched pages") for why Chrome does not use an offscreen document.
 */
export function parseHtmlDocument(html: string): Document {
  if (typeof DOMParser === 'function') return new DOMParser().parseFromString(html, 'text/html');
  return parseLinkedom(html);
}
