import type { Detection } from './types';

/**
 * Article detection for the content script, which runs it on every page: cheap reads only (no
 * cloning, no layout, no innerText, no regex over the whole HTML), bounded loops, never throws.
 *
 * Signals, added into one score (article when score >= THRESHOLD):
 *   - JSON-LD @type: article kin +3; collection/search/profile/product/movie pages −3
 *   - og:type: article +2, website −1, video/profile/product/… −2; article:published_time +1
 *   - URL: home −4, search −3, tag/category/author/archive/pagination or a section front −3,
 *     a long slug (or a slug under a date or /news/-like segment) +2, else dated, slug-like or
 *     /article/<id> path +1
 *   - prose (paragraphs outside links and teaser cards; <div> text when a site avoids <p>):
 *     +3 / +2 / +1 by amount, −2 when there is almost none; a marked article body +1
 *   - listing structure: teaser cards (a linked heading beside a short excerpt) outnumbering
 *     the prose −3; many linked headings or <article> cards with little prose −2
 */

const THRESHOLD = 3;
const MAX_PARAGRAPHS = 400;
const MAX_TEXT_DIVS = 3000;
const MAX_LD_CHARS = 60_000;
const LONG = 120;

const ARTICLE_TYPE = /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|TechArticle|Report|Review|CriticReview|AdvertiserContentArticle)$/;
// Page types that are not articles. WebSite/Organization are absent on purpose: sites print them on every page.
const LISTING_TYPE = /^(CollectionPage|SearchResultsPage|ProfilePage|ItemList|Series|CreativeWorkSeries|Product|ProductCollection|VideoGallery|ImageGallery|MediaGallery|Movie|TVSeries|Event|Store|FAQPage|ContactPage|AboutPage|CheckoutPage)$/;
const LISTING_SEGMENT = /^(tags?|category|categories|topics?|section|sections|authors?|archives?|page|latest|label|labels|rubrique|rubrica|rubrik|kategorie|categoria|etiqueta|tema|temas)$/i;
const HUB_SEGMENT = /^(videos?|watch|gallery|galleries|photos|podcasts?|newsletters?|news|reviews|features|blog|articles|stories|films?|movies|interviews|opinion|culture|home)$/i;
const SEARCH_QUERY = /[?&](s|q|query|search|keywords?|searchterm)=/i;
const TAXONOMY_QUERY = /[?&](tag|cat|category)=/i;
const ID_QUERY = /[?&](p|id|idx|aid|articleid|story|storyid|no|num|newsid|nid|seq|article)=/i;
const ARTICLE_SEGMENT = /^(article|articles|story|stories|news|post|posts|blog|review|reviews|a|p|n|content)$/i;
const BODY_MARK = '[itemprop="articleBody"],.entry-content,.post-content,.article-body,.article-content,.articleBody,.story-body,.post-body,.article__body,.c-entry-content';

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && i < 200; i++) {
    const s = scripts[i];
    if (!s || !/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const text = (s.textContent ?? '').slice(0, MAX_LD_CHARS);
    // A regex over this small block, not JSON.parse: cheap and tolerant of the broken JSON sites ship.
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of (m[1] ?? '').matchAll(/"([^"]+)"/g)) types.push((t[1] ?? '').replace(/^.*[/:#]/, ''));
    }
  }
  return types;
}

function metaContent(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"],meta[name="${property}"]`);
  const v = el?.getAttribute('content')?.trim().toLowerCase();
  return v || null;
}

interface UrlShape {
  search: boolean;
  home: boolean;
  listing: boolean;
  articleLike: boolean;
  /** A long slug, or a slug under a date or an /article/-like segment. */
  stronglyArticleLike: boolean;
}

function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { search: false, home: false, listing: false, articleLike: false, stronglyArticleLike: false };
  }
  const path = u.pathname.replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const stem = last.replace(/\.\w{2,5}$/, '');
  const hasId = ID_QUERY.test(u.search);
  const search = SEARCH_QUERY.test(u.search) || segments.some((seg) => /^search$/i.test(seg));
  const home =
    !search &&
    !hasId &&
    (segments.length === 0 ||
      (segments.length === 1 && (/^(index|home|default)\.(html?|php|aspx?)$/i.test(last) || /^[a-z]{2}(-[a-z]{2})?$/i.test(last))));
  // /tag/x, /category/a/b, /author/x, /page/2: a listing keyword followed by at most two segments.
  let keyword = -1;
  for (let i = segments.length - 1; i >= 0 && keyword < 0; i--) if (LISTING_SEGMENT.test(segments[i] ?? '')) keyword = i;
  const slugWords = stem.split(/[-_]/).filter(Boolean).length;
  const listingPath = keyword >= 0 && segments.length - keyword - 1 <= 2 && slugWords < 5;
  // /videos, /news/, /reviews: a section front (a hub word as the last segment).
  const hub = segments.length <= 2 && HUB_SEGMENT.test(stem) && !hasId;
  const listing = !home && !search && (listingPath || hub || (TAXONOMY_QUERY.test(u.search) && !hasId));
  const dated = /\/(19|20)\d{2}\/\d{1,2}(\/\d{1,2})?\//.test(path + '/');
  const slug = slugWords >= 3 || stem.length >= 24 || /\d{5,}/.test(last) || (/\.html?$/i.test(last) && slugWords >= 2);
  const articleSegment = segments.some((seg, i) => ARTICLE_SEGMENT.test(seg) && i < segments.length - 1) || hasId;
  const articleLike = !home && !listing && !search && (dated || slug || articleSegment);
  const strongly = articleLike && (slugWords >= 5 || (slugWords >= 3 && (dated || articleSegment)));
  return { search, home, listing, articleLike, stronglyArticleLike: strongly };
}

interface Prose {
  long: number;
  longChars: number;
  teaserCards: number;
}

/**
 * Length of the readable text of `el`: textContent, minus scripts, styles and <noscript> (which
 * browsers with scripting on keep as raw markup text, and DOMs without scripting parse as elements).
 */
function readableLength(el: Element): number {
  if (!el.querySelector('script,style,noscript,template')) return (el.textContent ?? '').length;
  let n = 0;
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').length;
      else if (c.nodeType === 1 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  walk(el);
  return n;
}

/** A short excerpt beside a linked heading, inside a card that holds at most two paragraphs. */
function inTeaserCard(p: Element): boolean {
  let card = p.parentElement;
  for (let depth = 0; card && depth < 3; depth++, card = card.parentElement) {
    if (card.getElementsByTagName('p').length > 2) return false;
    if (card.querySelector('h2 a[href],h3 a[href],h4 a[href],a[href] h2,a[href] h3,a[href] h4')) return true;
  }
  return false;
}

function paragraphProse(doc: Document): Prose {
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  let longChars = 0;
  let teaserCards = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    if (!p) continue;
    const len = readableLength(p);
    if (len < LONG) continue;
    // A teaser inside a link, or beside a linked heading in a small card, is a listing, not prose.
    if (p.closest('a,noscript') || inTeaserCard(p)) {
      teaserCards++;
      continue;
    }
    long++;
    longChars += len;
  }
  return { long, longChars, teaserCards };
}

/** For sites that write paragraphs as <div>s or <br>-separated text: text held directly by divs. */
function divProse(doc: Document, into: Prose): void {
  const divs = doc.getElementsByTagName('div');
  for (let i = 0; i < divs.length && i < MAX_TEXT_DIVS; i++) {
    const div = divs[i];
    if (!div) continue;
    let own = 0;
    for (let c = div.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += (c.nodeValue ?? '').trim().length;
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        // Inline markup is part of the div's own text; a link wrapping a whole card is not.
        if (/^(A|B|STRONG|EM|I|SPAN)$/.test(tag) && (c as Element).children.length <= 1) own += (c.textContent ?? '').length;
      }
    }
    if (own < LONG || div.closest('a,noscript')) continue;
    into.long += Math.max(1, Math.floor(own / 400));
    into.longChars += own;
  }
}

/**
 * Decides from cheap signals whether `doc` is an article page, with a confidence (0.5..1) and
 * machine-readable reasons. It reads the DOM only and never changes it.
 */
export function detectArticle(doc: Document, url: string): Detection {
  try {
    return detect(doc, url);
  } catch {
    return { isArticle: false, confidence: 0.5, reasons: ['error'] };
  }
}

function detect(doc: Document, url: string): Detection {
  const reasons: string[] = [];
  let score = 0;
  const body = doc.body;
  if (!body || body.tagName.toUpperCase() !== 'BODY') return { isArticle: false, confidence: 0.95, reasons: ['no-body'] };

  const types = jsonLdTypes(doc);
  const articleType = types.find((t) => ARTICLE_TYPE.test(t));
  const listingType = types.find((t) => LISTING_TYPE.test(t));
  if (articleType) {
    score += 3;
    reasons.push(`jsonld:${articleType}`);
  } else if (listingType) {
    score -= 3;
    reasons.push(`jsonld:${listingType}`);
  }

  const ogType = metaContent(doc, 'og:type');
  if (ogType === 'article' || ogType === 'blog' || ogType === 'news') {
    score += 2;
    reasons.push('og:article');
  } else if (ogType === 'website') {
    score -= 1;
    reasons.push('og:website');
  } else if (ogType && /^(video|music|profile|product|book|place|business)/.test(ogType)) {
    score -= 2;
    reasons.push(`og:${ogType}`);
  }
  if (metaContent(doc, 'article:published_time')) {
    score += 1;
    reasons.push('meta:published_time');
  }

  const shape = urlShape(url);
  if (shape.search) {
    score -= 3;
    reasons.push('url:search');
  } else if (shape.home) {
    score -= 4;
    reasons.push('url:home');
  } else if (shape.listing) {
    score -= 3;
    reasons.push('url:listing');
  } else if (shape.stronglyArticleLike) {
    score += 2;
    reasons.push('url:article-slug');
  } else if (shape.articleLike) {
    score += 1;
    reasons.push('url:article-like');
  }

  const prose = paragraphProse(doc);
  if (prose.long < 3) divProse(doc, prose);
  if (prose.long >= 10 && prose.longChars >= 4000) {
    score += 3;
    reasons.push(`prose:${prose.long}`);
  } else if (prose.long >= 5 && prose.longChars >= 1500) {
    score += 2;
    reasons.push(`prose:${prose.long}`);
  } else if (prose.long >= 3 && prose.longChars >= 600) {
    score += 1;
    reasons.push(`prose:${prose.long}`);
  } else if (prose.long <= 1) {
    score -= 2;
    reasons.push('prose:none');
  }
  const marked = doc.querySelector(BODY_MARK);
  if (marked && marked.getElementsByTagName('p').length >= 2 && prose.long >= 2) {
    score += 1;
    reasons.push('body-marked');
  }

  if (prose.teaserCards >= 4 && prose.teaserCards >= prose.long) {
    score -= 3;
    reasons.push(`listing:teaser-cards:${prose.teaserCards}`);
  } else if (prose.long < 3) {
    const headingLinks = doc.querySelectorAll('h2 a[href],h3 a[href],h4 a[href]').length;
    const cards = doc.getElementsByTagName('article').length;
    if (headingLinks >= 8 || cards >= 4) {
      score -= 2;
      reasons.push('listing:many-links');
    }
  }

  const isArticle = score >= THRESHOLD;
  const margin = Math.abs(score - (THRESHOLD - 0.5));
  const confidence = Math.round((1 / (1 + Math.exp(-0.9 * margin))) * 100) / 100;
  return { isArticle, confidence, reasons };
}
