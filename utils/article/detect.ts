import type { Detection } from './types';

/**
 * Article detection for the content script, which runs it on every page: cheap reads only (no
 * cloning, no layout, no innerText, no regex over the whole HTML), bounded loops, never throws.
 *
 * Signals, added into one score (article when score >= THRESHOLD):
 *   JSON-LD @type (article kin +3; collection/search/profile/product pages −3), og:type (article
 *   +2, website −1, video/profile/product −2), article:published_time (+1), URL shape (home −4,
 *   tag/category/author/search/archive/pagination −3, dated or slug-like path +1), paragraph
 *   prose (+2 / +1 / −2), and listing structure (many linked headings or many <article> cards −2).
 */

const THRESHOLD = 3;
const MAX_PARAGRAPHS = 400;
const MAX_LD_CHARS = 60_000;

const ARTICLE_TYPE = /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|TechArticle|Report|Review|CriticReview|AdvertiserContentArticle)$/;
const LISTING_TYPE = /^(CollectionPage|SearchResultsPage|ProfilePage|ItemList|Product|ProductCollection|VideoGallery|ImageGallery|MediaGallery|Movie|TVSeries|Event|Store|Organization|Person|FAQPage|ContactPage|AboutPage|CheckoutPage)$/;
const LISTING_SEGMENT = /^(tags?|category|categories|topics?|section|sections|authors?|archives?|search|page|latest|label|labels|rubri(que|ca|k)|kategorie|categoria|categoria|etiqueta|tema|temas)$/i;
const HUB_SEGMENT = /^(videos?|watch|gallery|galleries|photos|podcasts?|newsletters?|news|reviews|features|blog|articles|stories|films?|movies|interviews|opinion|culture|home)$/i;
const LISTING_QUERY = /[?&](s|q|query|search|keywords?|tag|cat|category|page|paged)=/i;

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
  home: boolean;
  listing: boolean;
  articleLike: boolean;
}

function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { home: false, listing: false, articleLike: false };
  }
  const path = u.pathname.replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  const home = segments.length === 0 || /^(index|home|default)\.(html?|php|aspx?)$/i.test(last) || /^[a-z]{2}(-[a-z]{2})?$/i.test(path.slice(1));
  // /tag/x, /category/a/b, /author/x, /page/2: a listing keyword followed by at most two segments.
  const keyword = segments.findIndex((seg) => LISTING_SEGMENT.test(seg));
  const slugWords = last.split(/[-_]/).filter(Boolean).length;
  const listingPath = keyword >= 0 && segments.length - keyword - 1 <= 2 && slugWords < 5;
  // /videos, /news/, /reviews: a section front (a hub word as the last segment).
  const hub = segments.length <= 2 && HUB_SEGMENT.test(last);
  const listing = !home && (listingPath || hub || LISTING_QUERY.test(u.search));
  const dated = /\/(19|20)\d{2}\/\d{1,2}(\/\d{1,2})?\//.test(path + '/');
  const slug = slugWords >= 3 || last.replace(/\.\w+$/, '').length >= 24 || /\d{5,}/.test(last);
  return { home, listing, articleLike: !home && !listing && (dated || slug) };
}

interface Prose {
  long: number;
  longChars: number;
}

function prose(doc: Document): Prose {
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  let longChars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i];
    if (!p) continue;
    const len = (p.textContent ?? '').length;
    if (len < 120) continue;
    // A teaser inside a link is a card on a listing, not prose.
    if (p.closest('a')) continue;
    long++;
    longChars += len;
  }
  return { long, longChars };
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
  if (!doc.body) return { isArticle: false, confidence: 0.95, reasons: ['no-body'] };

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
  if (shape.home) {
    score -= 4;
    reasons.push('url:home');
  } else if (shape.listing) {
    score -= 3;
    reasons.push('url:listing');
  } else if (shape.articleLike) {
    score += 1;
    reasons.push('url:article-like');
  }

  const p = prose(doc);
  if (p.long >= 5 && p.longChars >= 1500) {
    score += 2;
    reasons.push(`paragraphs:${p.long}`);
  } else if (p.long >= 3 && p.longChars >= 700) {
    score += 1;
    reasons.push(`paragraphs:${p.long}`);
  } else if (p.long <= 1) {
    score -= 2;
    reasons.push('few-paragraphs');
  }

  const headingLinks = doc.querySelectorAll('h2 a[href],h3 a[href],h4 a[href]').length;
  if (headingLinks >= 8 && headingLinks > p.long) {
    score -= 2;
    reasons.push(`listing:many-teasers`);
  }
  const cards = doc.getElementsByTagName('article').length;
  if (cards >= 4) {
    score -= 2;
    reasons.push(`listing:many-articles`);
  }

  const isArticle = score >= THRESHOLD;
  const margin = Math.abs(score - (THRESHOLD - 0.5));
  const confidence = Math.round((1 / (1 + Math.exp(-0.9 * margin))) * 100) / 100;
  return { isArticle, confidence, reasons };
}
