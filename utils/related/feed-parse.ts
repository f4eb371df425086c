import { DOMParser } from 'linkedom';
import { canonicalUrl } from '@/utils/fetching/canonical-url';
import { clip, htmlToText } from './plain-text';

/** One entry of a site's feed, whatever the format. */
export interface FeedItem {
  url: string;
  title: string;
  /** Plain-text teaser (description or summary), clipped. */
  summary: string | null;
  /** Plain-text body when the feed carries it (for nation tagging), clipped. */
  content: string | null;
  /** ISO 8601. */
  date: string | null;
  categories: string[];
  image: string | null;
}

const SUMMARY_MAX = 400;
/** Boilerplate feeds append to excerpts: WordPress's "The post … appeared first on …", "Read more" links, "[…]". */
const FEED_BOILERPLATE = [/\s*The post\b.{1,300}?\bappeared first on\b.{1,200}$/i, /\s*(Continue reading|Read more|Read the full (story|article))\b.{0,120}$/i];

/** A feed excerpt without the boilerplate feeds append to it. */
export function cleanExcerpt(text: string): string {
  let out = text;
  for (const re of FEED_BOILERPLATE) out = out.replace(re, '');
  return out.replace(/\s*\[(…|\.\.\.)\]\s*$/, '…').trim();
}
const CONTENT_MAX = 4000;
/** Feeds are read only this far: a related list needs the newest entries. */
const MAX_ITEMS = 50;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed into items, without a browser DOM (linkedom's
 * XML parser), so it runs in the MV3 service worker. Relative links are resolved against the
 * feed's URL. Malformed input gives an empty list, never an exception.
 */
export function parseFeed(text: string, feedUrl: string): FeedItem[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  try {
    if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, feedUrl);
    if (!trimmed.startsWith('<')) return [];
    return parseXmlFeed(trimmed, feedUrl);
  } catch {
    return [];
  }
}

function parseJsonFeed(text: string, feedUrl: string): FeedItem[] {
  const feed: unknown = JSON.parse(text);
  if (!isRecord(feed) || !Array.isArray(feed.items)) return [];
  const items: FeedItem[] = [];
  for (const raw of feed.items.slice(0, MAX_ITEMS)) {
    if (!isRecord(raw)) continue;
    const link = str(raw.url) ?? str(raw.external_url);
    const url = link ? canonicalUrl(link, feedUrl) : null;
    const title = htmlToText(str(raw.title));
    if (!url || !title) continue;
    const content = htmlToText(str(raw.content_html)) || str(raw.content_text) || '';
    const summary = str(raw.summary) ?? (content || null);
    items.push({
      url,
      title,
      summary: summary ? clip(cleanExcerpt(htmlToText(summary)), SUMMARY_MAX) : null,
      content: content ? clip(content, CONTENT_MAX) : null,
      date: isoDate(str(raw.date_published) ?? str(raw.date_modified)),
      categories: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
      image: absolute(str(raw.image) ?? str(raw.banner_image), feedUrl),
    });
  }
  return items;
}

function parseXmlFeed(text: string, feedUrl: string): FeedItem[] {
  // linkedom types its nodes apart from the DOM lib's; they implement the same interface.
  const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  if (!root) return [];
  const rootName = localName(root);
  const entries =
    rootName === 'feed'
      ? descendants(root, 'entry')
      : descendants(root, 'item');
  const atom = rootName === 'feed';
  const items: FeedItem[] = [];
  for (const el of entries.slice(0, MAX_ITEMS)) {
    const item = atom ? atomItem(el, feedUrl) : rssItem(el, feedUrl);
    if (item) items.push(item);
  }
  return items;
}

function rssItem(el: Element, feedUrl: string): FeedItem | null {
  const link = (textOf(child(el, 'link')) || permalinkGuid(el) || el.getAttribute('rdf:about') || '').trim();
  const url = link ? canonicalUrl(link, feedUrl) : null;
  const title = htmlToText(textOf(child(el, 'title')));
  if (!url || !title) return null;
  const description = cleanExcerpt(htmlToText(textOf(child(el, 'description'))));
  const content = htmlToText(textOf(child(el, 'encoded')));
  return {
    url,
    title,
    summary: description ? clip(description, SUMMARY_MAX) : content ? clip(content, SUMMARY_MAX) : null,
    content: content || description ? clip(content || description, CONTENT_MAX) : null,
    date: isoDate(textOf(child(el, 'pubDate')) || textOf(child(el, 'date')) || textOf(child(el, 'published'))),
    categories: unique([...children(el, 'category'), ...children(el, 'subject')].map((c) => htmlToText(textOf(c)))),
    image: rssImage(el, feedUrl),
  };
}

function atomItem(el: Element, feedUrl: string): FeedItem | null {
  const links = children(el, 'link');
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const href = alternate?.getAttribute('href')?.trim();
  const url = href ? canonicalUrl(href, xmlBase(el, feedUrl)) : null;
  const title = htmlToText(atomText(child(el, 'title')));
  if (!url || !title) return null;
  const summary = cleanExcerpt(htmlToText(atomText(child(el, 'summary'))));
  const content = htmlToText(atomText(child(el, 'content')));
  return {
    url,
    title,
    summary: summary ? clip(summary, SUMMARY_MAX) : content ? clip(content, SUMMARY_MAX) : null,
    content: content || summary ? clip(content || summary, CONTENT_MAX) : null,
    date: isoDate(textOf(child(el, 'published')) || textOf(child(el, 'updated'))),
    categories: unique(children(el, 'category').map((c) => c.getAttribute('label') || c.getAttribute('term') || '')),
    image: null,
  };
}

/** The xml:base in force for an element (each ancestor's resolved against the one above). */
function xmlBase(el: Element, feedUrl: string): string {
  const chain: string[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) {
    const b = e.getAttribute('xml:base');
    if (b) chain.unshift(b);
  }
  return chain.reduce((base, b) => absolute(b, base) ?? base, feedUrl);
}

/** Atom text constructs: `xhtml` content is markup inside the element; text and html are its text. */
function atomText(el: Element | undefined): string {
  if (!el) return '';
  return el.getAttribute('type') === 'xhtml' ? el.innerHTML : textOf(el);
}

function permalinkGuid(el: Element): string {
  const guid = child(el, 'guid');
  if (!guid || guid.getAttribute('isPermaLink') === 'false') return '';
  const value = textOf(guid).trim();
  return /^https?:\/\//.test(value) ? value : '';
}

function rssImage(el: Element, feedUrl: string): string | null {
  const media = [...children(el, 'thumbnail'), ...children(el, 'content')].find((m) => m.getAttribute('url'));
  const enclosure = children(el, 'enclosure').find((e) => (e.getAttribute('type') ?? '').startsWith('image/'));
  return absolute(media?.getAttribute('url') ?? enclosure?.getAttribute('url') ?? null, feedUrl);
}

// Element helpers that match on the local name, so `content:encoded`, `dc:date` and default
// namespaces work the same in linkedom and in browsers' XML DOMs.
function localName(el: Element): string {
  return (el.localName || el.tagName).replace(/^.*:/, '').toLowerCase();
}
function children(el: Element, name: string): Element[] {
  return [...el.children].filter((c) => localName(c) === name.toLowerCase());
}
function child(el: Element, name: string): Element | undefined {
  return children(el, name)[0];
}
function descendants(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const c of el.children) {
      if (localName(c) === name) found.push(c);
      else walk(c);
    }
  };
  walk(root);
  return found;
}
function textOf(el: Element | undefined): string {
  return el?.textContent ?? '';
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function absolute(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}
