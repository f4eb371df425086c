/** What a request is for; each kind accepts its own content types. */
export type FetchKind = 'html' | 'feed' | 'json';

const HTML = /^(text\/html|application\/xhtml\+xml)$/;
const XML = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;

/** The Accept header sent for each kind. */
export const ACCEPT: Record<FetchKind, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1',
  json: 'application/json,*/*;q=0.1',
};

/**
 * True when a response's Content-Type suits the request: HTML for pages; XML or JSON for feeds
 * (an HTML page at a feed address is a soft 404); JSON for API calls. Nothing else (images,
 * video, PDFs, archives) is ever read.
 */
export function acceptsContentType(kind: FetchKind, contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (kind === 'html') return HTML.test(type);
  if (kind === 'feed') return XML.test(type) || JSON_TYPE.test(type);
  return JSON_TYPE.test(type);
}
