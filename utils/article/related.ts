/**
 * The page's related-article blocks, as links with whatever each card shows (title, teaser,
 * section, date, image). Read-only: works on the live document.
 *
 * Blocks come from, in order: plugin markup (Jetpack #jp-relatedposts, YARPP, Contextual Related
 * Posts, Elementor post lists, Ghost read-next), elements whose class says related/read-next,
 * asides and sections labelled or headed "Related", "More from", "You may also like", "Read next"
 * (and equivalents in a few languages), then JSON-LD `relatedLink`. Navigation, tag clouds,
 * recent/popular widgets and sponsored widgets (Outbrain, Taboola, "Sponsored", "Promoted") are
 * never read.
 */
import { classTokens } from './boilerplate-patterns';
import { parseDate } from './dates';
import { absoluteUrl, all, classAndId, tagOf, textOf } from './dom';
import { asUrl, readJsonLd } from './jsonld';
import { findLeadImage } from './lead-image';
import { LIMITS } from './limits';
import type { RelatedLink } from './types';

/** Headings of related blocks. Recent/popular/trending lists are deliberately not here. */
export const RELATED_BLOCK_HEAD =
  /^(related|related (articles?|stories|posts?|content|coverage|news|reading|links?|videos?|reviews?|features?|films?)|(you )?(may|might) (also )?(like|enjoy|be interested in)|you might also want to read|(we )?recommend(ed)?( for you| reading| articles| stories)?|read (next|more|also|this next)|also read|also on .{1,30}|see also|more (stories|articles|reviews|features|news|to (read|explore)|like this|on this( topic| story)?|from .{1,40}|in .{1,40}|about .{1,40}|by .{1,40})|further reading|keep reading|what to read next|up next|continue reading|similar (posts|articles|stories)|lire aussi|à lire aussi|a lire aussi|sur le même sujet|dans la même rubrique|articles similaires|leia também|leia mais|veja também|notícias relacionadas|artigos relacionados|artículos relacionados|noticias relacionadas|te puede interesar|también te puede interesar|lee también|mehr zum thema|das könnte sie auch interessieren|ähnliche artikel|weitere artikel|articoli correlati|potrebbe interessarti|leggi anche|gerelateerde artikelen|lees ook|читайте также|похожие (статьи|материалы|новости)|関連記事|相关文章|相關文章|관련 ?기사)\s*[:.…!»>→]*$/i;

/** Lists that are not "related": recency, popularity, archives, taxonomy. */
const NOT_RELATED_HEAD = /\b(recent|latest|newest|popular|trending|most (read|viewed|shared|commented)|top (stories|posts)|archives?|categories|tags|comments|sponsored|promoted|partner|advert|around the web)\b/i;
const AD_LABEL = /^(ad|ads|advert|advertisement|sponsored|promoted|paid|paid post|anzeige|publicité|publicidad|pubblicità|реклама)$/i;
const SPONSOR_TOKENS = new Set(['outbrain', 'taboola', 'ob', 'trc', 'sponsored', 'sponsor', 'promoted', 'partner', 'partners', 'paid', 'zergnet', 'revcontent', 'mgid', 'adblade', 'dianomi', 'nativo', 'ad', 'ads', 'advert', 'advertisement']);
const RECENT_TOKENS = new Set(['recent', 'latest', 'popular', 'trending', 'mostread', 'mostpopular', 'archive', 'archives', 'tagcloud', 'categories']);
const AD_HOSTS = /(^|\.)(outbrain|taboola|zergnet|revcontent|mgid|doubleclick|googlesyndication|adblade|dianomi|content\.ad|nativo)\./i;
const SHARE_URL = /(facebook\.com\/(sharer|dialog)|twitter\.com\/(intent|share)|x\.com\/intent|linkedin\.com\/(shareArticle|sharing)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com|wa\.me\/|t\.me\/share|telegram\.me\/share|plus\.google\.com\/share|tumblr\.com\/share|getpocket\.com\/save|flipboard\.com\/bookmarklet)/i;
const LISTING_PATH = /\/(tags?|category|categories|topics?|authors?|profiles?|people|person|users?|staff|contributors?|page|search|results|feed|rss|wp-login\.php|login|register|subscribe|newsletters?|about|contact|privacy|terms|shop|store)(\/|$)|[?&](s|q|query|search|keywords?|tag|cat|category|page|filter|replytocom)=/i;
const PLUGIN_SELECTOR = [
  '#jp-relatedposts', '.jp-relatedposts', '.yarpp-related', '.yarpp', '.crp_related', '[class*="crp_related"]',
  '.elementor-widget-posts', '.elementor-widget-loop-grid', '.read-next', '.read-next-feed', '.read-more-wrap', '.gh-read-next',
].join(',');
const CARD_TITLE = 'h1,h2,h3,h4,h5,h6,[class*="title"],[class*="headline"],[class*="heading"]';
const CARD_TEASER = '[class*="excerpt"],[class*="summary"],[class*="teaser"],[class*="dek"],[class*="description"],[class*="standfirst"],[class*="intro"],[class*="snippet"],[class*="lede"],p';
const CARD_SECTION = '[class*="categor"],[class*="section"],[class*="kicker"],[class*="eyebrow"],[class*="label"],[class*="topic"],[class*="rubric"],[class*="primary-tag"],[class*="context"],a[rel~="category"],a[rel~="tag"]';

/** Drops tracking parameters that related widgets add (utm_*, Jetpack's relatedposts_*) and the fragment. */
function stripTracking(u: string): string {
  try {
    const url = new URL(u);
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|relatedposts_|ref_?src$|fbclid$|gclid$)/i.test(key)) url.searchParams.delete(key);
    }
    url.hash = '';
    return url.href;
  } catch {
    return u;
  }
}

function normaliseUrl(u: string): string {
  return stripTracking(u).replace(/\/$/, '');
}

/** True when `href` can be an article of some site: http(s), not the page itself, not home, taxonomy, share or ad links. */
function articleUrl(href: string | null, base: string, self: string): string | null {
  const abs = absoluteUrl(href, base);
  if (!abs) return null;
  let u: URL;
  try {
    u = new URL(abs);
  } catch {
    return null;
  }
  if (AD_HOSTS.test(u.hostname) || SHARE_URL.test(abs)) return null;
  if (u.pathname === '/' || u.pathname === '' || LISTING_PATH.test(u.pathname + u.search)) return null;
  if (normaliseUrl(abs) === normaliseUrl(self)) return null;
  if (!articlePath(u)) return null;
  return stripTracking(abs);
}

/**
 * True when a URL reads like an article's: a dated path, a slug of two words or more, a long
 * slug, a numeric or alphanumeric id, or ?p=/?id= queries. One-word section fronts and hubs
 * ("/reviews/", "/video/") are not.
 */
function articlePath(u: URL): boolean {
  const segments = u.pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const stem = decodeURIComponent(last).replace(/\.\w{2,5}$/, '');
  const words = stem.split(/[-_+\s]+/).filter(Boolean).length;
  if (/\/(19|20)\d{2}\/\d{1,2}\//.test(`${u.pathname}/`)) return true;
  if (words >= 2 || stem.length >= 24) return true;
  if (/\d{4,}/.test(u.pathname) || (/^[a-z0-9]{8,}$/i.test(stem) && (stem.match(/\d/g)?.length ?? 0) >= 3)) return true;
  return /[?&](p|id|aid|articleid|story|storyid|newsid|nid|idx)=\w+/i.test(u.search);
}

/** The registrable part of a host ("news.example.co.uk" → "example.co.uk"), for same-site tests. */
function siteOf(url: string): string {
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
    const secondLevel = /^(co|com|org|net|ac|gov|edu|ne|or)$/.test(labels[labels.length - 2] ?? '') && (labels[labels.length - 1] ?? '').length === 2;
    return labels.slice(secondLevel ? -3 : -2).join('.');
  } catch {
    return '';
  }
}

function tokensUp(el: Element, stop: Element | null, depth: number): string[] {
  const out: string[] = [];
  for (let cur: Element | null = el, i = 0; cur && cur !== stop && i < depth; cur = cur.parentElement, i++) {
    out.push(...classTokens(classAndId(cur)));
  }
  return out;
}

/** Sponsored widgets, navigation and recent/popular lists are never related blocks. */
function excludedContainer(container: Element, heading: string): boolean {
  if (heading && (NOT_RELATED_HEAD.test(heading) && !RELATED_BLOCK_HEAD.test(heading))) return true;
  if (container.closest('nav,header,[role="navigation"],[role="banner"],[role="menu"],[role="menubar"]')) return true;
  const tokens = tokensUp(container, null, 12);
  if (tokens.some((t) => SPONSOR_TOKENS.has(t))) return true;
  const own = classTokens(classAndId(container));
  if (own.some((t) => RECENT_TOKENS.has(t))) return true;
  if (tokens.includes('widget') && tokens.some((t) => RECENT_TOKENS.has(t))) return true;
  const text = textOf(container).slice(0, 300);
  if (/^(sponsored|promoted|paid (content|post)|from (our|the) partners?|around the web)\b/i.test(text)) return true;
  // Native-ad widgets label their cards "Ad" or "Sponsored".
  for (const el of all(container, 'span,small,em,b,a,div,p,li,label')) {
    if (el.children.length > 1) continue;
    const t = (el.textContent ?? '').trim();
    if (t.length <= 14 && AD_LABEL.test(t)) return true;
  }
  return false;
}

function shortText(el: Element | null): string | null {
  const t = textOf(el);
  return t && t.length <= 200 ? t : null;
}

/** A title-sized piece of a teaser: its first sentence, else its first clause, else a word-cut with "…". */
function firstSentence(text: string, max = 120): string {
  const sentence = /^(.{20,}?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  const clause = /^(.{20,}?)(\s[:–—]\s|:\s|;\s)/.exec(sentence)?.[1];
  if (clause && clause.length <= max) return clause.trim();
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

function isDateText(t: string): boolean {
  return t.length <= 40 && parseDate(t) !== null;
}

/** The element holding everything about one link: the highest ancestor below `container` that links nowhere else. */
function cardOf(anchor: Element, container: Element, key: string, base: string): Element {
  let card: Element = anchor;
  for (let cur = anchor.parentElement; cur && cur !== container; cur = cur.parentElement) {
    const others = all(cur, 'a[href]').some((a) => {
      const u = absoluteUrl(a.getAttribute('href'), base);
      return u !== null && normaliseUrl(u) !== key && !LISTING_PATH.test(u) && !SHARE_URL.test(u);
    });
    if (others) break;
    card = cur;
  }
  return card;
}

/** Siblings around a lone link in a flat list (label, link, date, label, link, date…). */
function flatNeighbours(card: Element): { before: Element[]; after: Element[] } {
  const before: Element[] = [];
  const after: Element[] = [];
  for (let s = card.previousElementSibling; s && before.length < 3; s = s.previousElementSibling) {
    if (s.querySelector('a[href]') || tagOf(s) === 'a') break;
    before.push(s);
  }
  for (let s = card.nextElementSibling; s && after.length < 3; s = s.nextElementSibling) {
    if (s.querySelector('a[href]') || tagOf(s) === 'a') break;
    after.push(s);
  }
  return { before, after };
}

function backgroundImage(card: Element, base: string): string | null {
  for (const el of [card, ...all(card, '[style*="background"],[data-bg],[data-background-image]')]) {
    const data = el.getAttribute('data-bg') ?? el.getAttribute('data-background-image');
    if (data) return absoluteUrl(data.replace(/^url\(["']?|["']?\)$/g, ''), base);
    const m = /url\(\s*["']?([^"')]+)["']?\s*\)/i.exec(el.getAttribute('style') ?? '');
    if (m?.[1]) return absoluteUrl(m[1], base);
  }
  return null;
}

/** A section label: a few words, no sentence, no date ("In \"Features\"" becomes "Features"). */
function cleanSection(s: string | null): string | null {
  if (!s) return null;
  const t = s.replace(/^in\s+["“«]?|["”»]$/gi, '').replace(/\s+/g, ' ').trim();
  if (!t || t.length > 40 || t.split(' ').length > 5 || /[.!?,;]$/.test(t) || isDateText(t)) return null;
  return /\p{L}/u.test(t) ? t : null;
}

/** Builds one related item from an anchor and its card. */
function itemFrom(anchor: Element, container: Element, url: string, base: string): RelatedLink | null {
  const key = normaliseUrl(url);
  const card = cardOf(anchor, container, key, base);
  const neighbours = card === anchor || textOf(card) === textOf(anchor) ? flatNeighbours(card) : { before: [], after: [] };
  const linkText = textOf(anchor);
  // The card's title: a heading around (or inside) the link, else its longest heading (labels are short).
  const headings = all(card, CARD_TITLE).filter((h) => {
    const t = textOf(h);
    return t.length >= 3 && t.length <= 200 && !isDateText(t) && !h.matches(CARD_SECTION);
  });
  const headingEl =
    headings.find((h) => h.contains(anchor) || anchor.contains(h)) ??
    headings.reduce<Element | undefined>((best, h) => (!best || textOf(h).length > textOf(best).length ? h : best), undefined);
  const teaserEl = all(card, CARD_TEASER).find((p) => {
    const t = textOf(p);
    return t.length >= 40 && t !== textOf(headingEl) && !p.matches(CARD_TITLE);
  });
  const img = card.querySelector('img');
  const alt = (img?.getAttribute('alt') ?? '').trim();
  const titleAttr = (anchor.getAttribute('title') ?? '').trim();
  const genericLink = /^(read more|continue reading|more|read|view|see more|»|→)\W*$/i.test(linkText);

  let title: string | null = shortText(headingEl ?? null);
  let teaser: string | null = teaserEl ? textOf(teaserEl) : null;
  if (!title && titleAttr.length >= 3 && titleAttr.length <= 200) title = titleAttr;
  if (!title && linkText && linkText.length <= 150 && !genericLink && !isDateText(linkText)) title = linkText;
  if (!title && alt.length >= 10) title = alt;
  if (!title && linkText.length > 150) {
    // A teaser-only card: the link is a paragraph; its first sentence is the best title there is.
    title = firstSentence(linkText);
    teaser = teaser ?? linkText;
  }
  if (!title || /^(view|see|show|browse) (all|more)\b/i.test(title)) return null;
  // Some themes print the standfirst where the title goes: keep its first sentence as the title.
  if (title.length > 110 && /[.!?]\s+\p{Lu}|[.!?]$/u.test(title)) {
    teaser = teaser ?? title;
    title = firstSentence(title);
  }
  if (!teaser && linkText.length > 150 && linkText !== title) teaser = linkText;
  if (teaser === title) teaser = null;

  let section: string | null = null;
  for (const el of [...all(card, CARD_SECTION), ...neighbours.before, ...neighbours.after]) {
    const t = cleanSection(textOf(el));
    if (t && t !== title) {
      section = t;
      break;
    }
  }
  let date: string | null = null;
  const time = card.querySelector('time[datetime]') ?? neighbours.after.concat(neighbours.before).map((n) => n.querySelector('time[datetime]')).find(Boolean) ?? null;
  if (time) date = parseDate(time.getAttribute('datetime'));
  if (!date) {
    for (const el of [...all(card, 'time,span,div,p,small,li'), ...neighbours.after, ...neighbours.before]) {
      const t = textOf(el);
      if (t && t.length <= 40 && !el.querySelector('a')) {
        date = parseDate(t);
        if (date) break;
      }
    }
  }
  const image = findLeadImage(card, base) ?? backgroundImage(card, base);
  return { url, title, teaser: teaser ? teaser.slice(0, 600) : null, section, date, image };
}

/** A block of related links: its element, the heading it was found by (links before it are not part of it). */
interface Block {
  container: Element;
  after: Element | null;
  sameSite: boolean;
}

function follows(heading: Element, el: Element): boolean {
  if (heading.contains(el)) return false;
  return typeof heading.compareDocumentPosition !== 'function' || (heading.compareDocumentPosition(el) & 4) !== 0;
}

/** Items of one block: one per distinct article URL, in order. */
function itemsOf(block: Block, base: string, self: string): RelatedLink[] {
  const { container, after, sameSite } = block;
  const seen = new Set<string>();
  const items: RelatedLink[] = [];
  const site = siteOf(self);
  for (const a of all(container, 'a[href]')) {
    if ((a.getAttribute('rel') ?? '').split(/\s+/).includes('sponsored')) continue;
    if (after && !follows(after, a)) continue;
    const url = articleUrl(a.getAttribute('href'), base, self);
    if (!url) continue;
    // Blocks found by their heading or class keep to the page's own site: cross-site cards there are ads.
    if (sameSite && site && siteOf(url) !== site) continue;
    const key = normaliseUrl(url);
    if (seen.has(key)) continue;
    const item = itemFrom(a, container, url, base);
    if (!item) continue;
    seen.add(key);
    items.push(item);
    if (items.length >= LIMITS.maxRelated) break;
  }
  return relabelRepeatedTitles(items);
}

/**
 * A "title" that every card of a block repeats ("News Cloud", "Video") is a label: it becomes the
 * section, and the card's own text becomes the title.
 */
function relabelRepeatedTitles(items: RelatedLink[]): RelatedLink[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.title, (counts.get(i.title) ?? 0) + 1);
  return items.map((i) => {
    if ((counts.get(i.title) ?? 0) < 2 || !i.teaser || i.teaser.length > 200) return i;
    return { ...i, title: firstSentence(i.teaser, 150), teaser: null, section: i.section ?? cleanSection(i.title) };
  });
}

/** Text outside links: a related block is mostly links (plus dates, labels and short teasers). */
function holdsProse(container: Element, after: Element | null = null): boolean {
  let paragraphs = 0;
  for (const p of all(container, 'p')) {
    if (p.closest('a') || (after && !follows(after, p))) continue;
    if (textOf(p).length > 200) paragraphs++;
    if (paragraphs >= 3) return true;
  }
  return false;
}

function headingOf(container: Element): string {
  const label = container.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = container.getAttribute('aria-labelledby');
  if (labelledBy) {
    const byId = container.ownerDocument?.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    if (byId) return textOf(byId);
  }
  const h = container.querySelector('h1,h2,h3,h4,h5,h6,[class*="headline"],[class*="title"]');
  const t = textOf(h);
  return t.length <= 60 ? t : '';
}

/** Short elements that read like a related-block heading. */
function headingCandidates(doc: Document): Element[] {
  const out: Element[] = [];
  for (const el of all(doc, 'h2,h3,h4,h5,h6,header,strong,b,span,div,p,summary,[aria-label]')) {
    const label = el.getAttribute('aria-label');
    if (label && RELATED_BLOCK_HEAD.test(label.trim())) {
      out.push(el);
      continue;
    }
    const tag = tagOf(el);
    // Generic containers only count as headings when they are bare text (reading every div's text is costly).
    if ((tag === 'div' || tag === 'span' || tag === 'p') && el.children.length > 0) continue;
    if (el.children.length > 3) continue;
    const t = textOf(el);
    if (!t || t.length > 60) continue;
    if (!RELATED_BLOCK_HEAD.test(t)) continue;
    // A heading is a label, not a link to another article (a "Read more" link is not a heading).
    const link = el.closest('a') ?? el.querySelector('a');
    if (link && tagOf(el) !== 'h2' && tagOf(el) !== 'h3') continue;
    // An inline label inside a sentence ("<p><strong>Related:</strong> <a>…</a></p>") is a promo, not a block heading.
    const block = el.parentElement?.closest('p,li,td,dd,blockquote');
    if (block && textOf(block) !== t) continue;
    out.push(el);
  }
  return out;
}

/** Climbs from a heading to the smallest ancestor holding at least two article links after it. */
function containerForHeading(heading: Element, base: string, self: string): Element | null {
  if (heading.getAttribute('aria-label') && all(heading, 'a[href]').length >= 2) return heading;
  let cur: Element | null = heading.parentElement;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    const tag = tagOf(cur);
    if (tag === 'body' || tag === 'html' || tag === 'main') return null;
    const after = all(cur, 'a[href]').filter((a) => follows(heading, a) && articleUrl(a.getAttribute('href'), base, self) !== null);
    const distinct = new Set(after.map((a) => normaliseUrl(absoluteUrl(a.getAttribute('href'), base) ?? '')));
    if (distinct.size >= 2) return holdsProse(cur, heading) ? null : cur;
  }
  return null;
}

function slugTitle(url: string): string {
  try {
    const seg = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    const words = decodeURIComponent(seg).replace(/\.\w+$/, '').replace(/[-_]+/g, ' ').replace(/\b\d{4,}\b/g, '').trim();
    return words ? words.charAt(0).toUpperCase() + words.slice(1) : url;
  } catch {
    return url;
  }
}

function jsonLdRelated(doc: Document, base: string, self: string): RelatedLink[] {
  const ld = readJsonLd(doc);
  const out: RelatedLink[] = [];
  for (const node of ld.nodes) {
    const raw = node['relatedLink'];
    if (raw === undefined) continue;
    const list = Array.isArray(raw) ? raw : [raw];
    for (const v of list) {
      const url = articleUrl(asUrl(v), base, self);
      if (!url) continue;
      const anchor = all(doc, 'a[href]').find((a) => {
        const u = absoluteUrl(a.getAttribute('href'), base);
        return u !== null && normaliseUrl(u) === normaliseUrl(url) && textOf(a).length >= 3;
      });
      const title = anchor ? textOf(anchor) : typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string' ? v.name : slugTitle(url);
      out.push({ url, title: title.length > 150 ? firstSentence(title) : title, teaser: null, section: null, date: null, image: null });
    }
  }
  return out;
}

/**
 * Finds the related-article links of `doc` (read-only). Every item has an absolute `url` and a
 * `title`; `teaser`, `section`, `date` (ISO 8601) and `image` are filled when the card shows them.
 * Never throws; returns [] on pages without related blocks.
 */
export function extractRelated(doc: Document, url: string): RelatedLink[] {
  try {
    return findRelated(doc, url);
  } catch {
    return [];
  }
}

function findRelated(doc: Document, url: string): RelatedLink[] {
  const base = doc.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : url;
  const blocks: Block[] = [];
  const consider = (el: Element | null, heading: string, after: Element | null, sameSite: boolean): void => {
    if (!el) return;
    if (blocks.some((b) => b.container === el || b.container.contains(el) || el.contains(b.container))) return;
    if (excludedContainer(el, heading) || holdsProse(el, after)) return;
    blocks.push({ container: el, after, sameSite });
  };
  for (const el of all(doc, PLUGIN_SELECTOR)) consider(el, headingOf(el), null, false);
  for (const el of all(doc, '[class],[id]')) {
    const tokens = classTokens(classAndId(el));
    const related = tokens.includes('related') || tokens.includes('relatedposts') || tokens.includes('readnext') || (tokens.includes('read') && tokens.includes('next')) || tokens.includes('morestories') || (tokens.includes('more') && tokens.includes('stories'));
    if (!related || tokens.includes('tags') || tokens.includes('tag')) continue;
    const distinct = new Set(all(el, 'a[href]').map((a) => articleUrl(a.getAttribute('href'), base, url)).filter(Boolean));
    if (distinct.size < 2) continue;
    consider(el, headingOf(el), null, true);
  }
  for (const heading of headingCandidates(doc)) {
    consider(containerForHeading(heading, base, url), textOf(heading), heading.getAttribute('aria-label') ? null : heading, true);
  }
  // Blocks in page order, whatever rule found them.
  blocks.sort((a, b) => (typeof a.container.compareDocumentPosition === 'function' && a.container.compareDocumentPosition(b.container) & 2 ? 1 : -1));
  const seen = new Set<string>();
  const out: RelatedLink[] = [];
  const push = (item: RelatedLink): void => {
    const key = normaliseUrl(item.url);
    if (seen.has(key) || out.length >= LIMITS.maxRelated) return;
    seen.add(key);
    out.push(item);
  };
  for (const b of blocks) for (const item of itemsOf(b, base, url)) push(item);
  for (const item of jsonLdRelated(doc, base, url)) push(item);
  return out;
}
