/**
 * Descriptive metadata of a page, merged from every source the engine reads.
 *
 * ORDER OF PRECEDENCE (first source with a usable value wins, field by field):
 *
 *   1. JSON-LD            the page's main Article-kin node (incl. @graph, with @id references
 *                         followed), then the WebSite / publisher nodes it points to
 *   2. citation_*         Highwire Press tags (Google Scholar)
 *   3. Dublin Core        DC.* and DCTERMS.* meta tags
 *   4. OpenGraph          og:* and article:* properties
 *   5. standard meta      <title>, meta name=author/description/keywords/date…, twitter:*,
 *                         parsely-* / sailthru.*, <html lang>, meta itemprop
 *   6. visible page       byline elements, <time>/[itemprop] dates, <h1>, rel=tag links,
 *                         breadcrumbs, the first real image of the body
 *   7. URL                a /yyyy/mm/dd/ date in the path; the host name as site name
 *
 * Field-specific exceptions, each because the generic order gives worse answers in practice:
 *   - canonical:  link rel=canonical > og:url > JSON-LD url > the page URL (the link element is
 *                 the standard way to declare it).
 *   - siteName:   JSON-LD WebSite name > citation_journal_title > DC.publisher > og:site_name >
 *                 JSON-LD publisher name > application-name > host (a publisher is often the
 *                 parent company, not the site).
 *   - lang:       <html lang> first (the document's own declaration, the one browsers, screen
 *                 readers and our rendered text use), then JSON-LD inLanguage > citation_language >
 *                 DC.language > content-language > og:locale (CMSs ship og:locale=en_US by default).
 *   - title:      a JSON-LD headline cut with "…" yields to the full og/meta title it prefixes;
 *                 a " | Site" or " - Site" suffix naming the site is removed.
 *   - list fields (authors, tags) come whole from the first source that has any, not unioned.
 * The same order is documented in utils/article/README.md.
 */
import { dedupeAuthors, parseOneAuthor, splitByline, type AuthorName } from './authors';
import { dateFromUrl, parseDate } from './dates';
import { absoluteUrl, all, first, textOf } from './dom';
import { ARTICLE_TYPES, asText, asTextList, asUrl, firstOfType, mainArticle, readJsonLd, resolve, typesOf, type JsonLd, type LdNode } from './jsonld';
import { findLeadImage } from './lead-image';
import { indexMeta, type MetaIndex } from './meta-tags';
import type { ArticleMeta } from './types';

/** Metadata plus what the CSL builder needs beyond ArticleMeta. */
export interface MergedMeta extends ArticleMeta {
  /** Authors with their kind (person / organisation), same order as `authors`. */
  authorNames: AuthorName[];
  /** schema.org types of the main JSON-LD node (empty when none). */
  ldTypes: string[];
  /** citation_journal_title etc.: set when the page is a journal article. */
  journal: string | null;
  publisher: string | null;
  doi: string | null;
  ogType: string | null;
}

type Source = 'jsonld' | 'citation' | 'dc' | 'og' | 'meta' | 'visible' | 'url';

/** First non-empty candidate. Candidates are thunks so later sources are only read when needed. */
function pick<T>(candidates: Array<[Source, () => T | null | undefined]>, valid: (v: T) => boolean = () => true): T | null {
  for (const [, get] of candidates) {
    const v = get();
    if (v !== null && v !== undefined && valid(v)) return v;
  }
  return null;
}

function nonEmpty(s: string): boolean {
  return s.trim().length > 0;
}

function collapse(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || null;
}

function host(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Removes a "| Site" / "- Site" / "Site: " decoration naming the site from a title. */
export function stripSiteFromTitle(title: string, siteName: string | null): string {
  const t = title.trim();
  if (!siteName) return t;
  // "Ciné Quartier" names the site of host "cinequartier.example": compare letters and digits only.
  const key = (x: string): string => x.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const site = key(siteName.replace(/\.[a-z]{2,}$/i, ''));
  const names = (x: string): boolean => {
    const k = key(x);
    return k.length > 2 && (k === site || (k.length > 3 && site.includes(k)));
  };
  const seps = [...t.matchAll(/\s*[|·•｜]\s*|\s+[–—―-]\s+|:\s+/g)];
  if (!seps.length) return t;
  const last = seps[seps.length - 1];
  const firstSep = seps[0];
  if (last?.index !== undefined && names(t.slice(last.index + last[0].length))) return t.slice(0, last.index).trim();
  if (firstSep?.index !== undefined && names(t.slice(0, firstSep.index))) return t.slice(firstSep.index + firstSep[0].length).trim();
  return t;
}

function ldAuthors(ld: JsonLd, node: LdNode | null): AuthorName[] {
  if (!node) return [];
  const raw = node['author'] ?? node['creator'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: AuthorName[] = [];
  for (const item of list) {
    const v = resolve(ld, item);
    if (typeof v === 'string') {
      out.push(...namesFrom([v], true));
      continue;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) continue;
    const obj = v as LdNode;
    const given = asText(obj['givenName']);
    const family = asText(obj['familyName']);
    const types = typesOf(obj);
    const organization = types.some((t) => /Organization|Corporation|NewsMediaOrganization|EducationalOrganization/.test(t));
    const rawName = asText(obj['name']);
    if (!rawName && given && family) {
      out.push({ name: `${given} ${family}`, organization: false, family, given });
      continue;
    }
    const parsed = rawName ? parseOneAuthor(rawName) : null;
    if (!parsed) continue;
    if (organization) parsed.organization = true;
    else if (types.length > 0) parsed.organization = false;
    if (!parsed.family && given && family && !organization) {
      parsed.family = family;
      parsed.given = given;
    }
    out.push(parsed);
  }
  return out;
}

/**
 * Authors from meta values. `several` says a value may name more than one person ("Ana Silva,
 * Tom Roe"), as a free-text author tag can; Highwire and Dublin Core give one author per tag.
 */
function namesFrom(values: string[], several: boolean): AuthorName[] {
  const out: AuthorName[] = [];
  for (const v of values) {
    const parts = several ? splitByline(v) : [v];
    for (const part of parts) {
      const a = parseOneAuthor(part);
      if (a) out.push(a);
    }
  }
  return out;
}

const BYLINE_SELECTOR = [
  '[itemprop="author"]', '[rel="author"]', '.byline', '.by-line', '.article-byline', '.post-author', '.entry-author',
  '.author-name', '.authorName', '.author', '.writer', '[class*="byline"]', '[class*="author-name"]', 'address.author',
].join(',');

const NAME_INSIDE = '[rel="author"],[itemprop="author"] [itemprop="name"],[itemprop="author"],.author-name,[class*="author-name"],a[href*="/author/"],a[href*="/authors/"],.fn';
const BY_WORD = /^(by|von|par|por|di|door|av|af|от)\b/i;

/**
 * The visible byline: the first short element that names the author(s). When that element also
 * holds a date or reading time, only the name inside it is used (prefixed with its "By" word).
 */
function visibleByline(doc: Document): { text: string; names: string[] } | null {
  for (const el of all(doc, BYLINE_SELECTOR)) {
    if (el.closest('footer,aside,nav,[class*="comment"],[id*="comment"],[class*="related"]')) continue;
    let text = textOf(el);
    if (!text || text.length > 150) continue;
    const dated = el.querySelector('time') !== null || /\d{1,2}[:.]\d{2}|\b(19|20)\d{2}\b|\bmin read\b/i.test(text);
    if (dated) {
      const inner = all(el, NAME_INSIDE).map((n) => textOf(n)).find((t) => t.length >= 2 && t.length <= 80);
      if (!inner) continue;
      text = BY_WORD.test(text) ? `${text.split(/\s+/)[0]} ${inner}` : inner;
    }
    const names = splitByline(text);
    if (!names.length) continue;
    return { text, names };
  }
  return null;
}

/** A visible date: itemprop/pubdate <time> first, then the first <time datetime> in the article or header. */
function visibleDate(doc: Document, kind: 'published' | 'modified'): string | null {
  const selectors =
    kind === 'published'
      ? ['[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'header time[datetime]', 'main time[datetime]', 'time[datetime]', '[class*="published"]', '[class*="post-date"]', '[class*="entry-date"]', '[class*="dateline"]', '.date', '.timestamp']
      : ['[itemprop="dateModified"]', 'time[class*="updated"]', 'time[class*="modified"]', '[class*="updated"] time[datetime]', '[class*="modified"] time[datetime]'];
  for (const sel of selectors) {
    for (const el of all(doc, sel).slice(0, 5)) {
      if (el.closest('[class*="comment"],[id*="comment"],[class*="related"],aside,footer')) continue;
      const d = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? textOf(el));
      if (d) return d;
    }
  }
  return null;
}

function splitList(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) for (const part of v.split(/\s*[,;|]\s*/)) if (part.trim()) out.push(part.trim());
  return out;
}

function dedupeStrings(list: string[], cap: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const clean = s.replace(/\s+/g, ' ').trim();
    const key = clean.toLowerCase();
    if (!clean || clean.length > 60 || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
    if (out.length >= cap) break;
  }
  return out;
}

function nonEmptyList(list: string[]): boolean {
  return list.length > 0;
}

function normaliseLang(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/i.exec(raw.trim());
  if (!m?.[1]) return null;
  const primary = m[1].toLowerCase();
  if (!m[2]) return primary;
  const region = m[2].length === 2 ? m[2].toUpperCase() : m[2].length === 4 ? m[2][0]?.toUpperCase() + m[2].slice(1).toLowerCase() : m[2];
  return `${primary}-${region}`;
}

/** The last meaningful breadcrumb (not home, not the article itself). */
function breadcrumbSection(doc: Document, title: string): string | null {
  const crumbs = all(doc, '[class*="breadcrumb"] a, nav[aria-label*="readcrumb"] a, [itemtype*="BreadcrumbList"] [itemprop="name"]')
    .map((a) => textOf(a))
    .filter((t) => t && t.length < 40 && !/\d/.test(t) && !/^(home|start|accueil|inicio|início|startseite|главная|archives?|blog|news)$/i.test(t) && t !== title);
  return crumbs[crumbs.length - 1] ?? null;
}

/** JSON-LD BreadcrumbList: the item before the article itself. */
function ldBreadcrumbSection(ld: JsonLd): string | null {
  const list = firstOfType(ld, ['BreadcrumbList']);
  if (!list) return null;
  const items: string[] = [];
  const elements = list['itemListElement'];
  const arr = Array.isArray(elements) ? elements : [];
  for (const el of arr) {
    const obj = resolve(ld, el);
    if (typeof obj === 'object' && obj !== null && !Array.isArray(obj)) {
      const name = asText((obj as LdNode)['name']) ?? asText(resolve(ld, (obj as LdNode)['item']));
      if (name) items.push(name);
    }
  }
  // [Home, Section, Article] → Section
  return items.length >= 3 ? (items[items.length - 2] ?? null) : null;
}

/**
 * The lead image as the page shows it: the first real picture of the extracted body, else of the
 * header around the <h1> (never a card of a related list). Lazy-loading attributes are followed.
 */
export function visibleLeadImage(doc: Document, base: string, bodyRoot: Element | null): string | null {
  const fromBody = bodyRoot ? findLeadImage(bodyRoot, base) : null;
  if (fromBody) return fromBody;
  const h1 = first(doc, 'h1');
  const region = h1?.closest('article') ?? h1?.parentElement?.parentElement ?? null;
  return region && !/related|teaser|card/i.test(region.getAttribute('class') ?? '') ? findLeadImage(region, base) : null;
}

/**
 * Reads and merges the metadata of `doc` (never mutated) in the documented order of precedence.
 * `bodyRoot` (the extracted body, when known) lets the visible tier supply the lead image; without
 * it the image comes from metadata only and callers use `visibleLeadImage` afterwards.
 */
export function readMetadata(doc: Document, url: string, bodyRoot?: Element | null): MergedMeta {
  const ld = readJsonLd(doc);
  const meta: MetaIndex = indexMeta(doc);
  const art = mainArticle(ld, url);
  const website = firstOfType(ld, ['WebSite']);
  const publisherNode = art ? resolve(ld, art['publisher']) : null;
  const publisherName = publisherNode ? asText(publisherNode) : null;
  const isPartOf = art ? resolve(ld, art['isPartOf']) : null;
  const isPartOfNode = typeof isPartOf === 'object' && isPartOf !== null && !Array.isArray(isPartOf) ? (isPartOf as LdNode) : null;
  const webPageSite = isPartOfNode ? resolve(ld, isPartOfNode['isPartOf']) : null;

  const siteName = pick<string>(
    [
      ['jsonld', () => (isPartOfNode && typesOf(isPartOfNode).includes('WebSite') ? asText(isPartOfNode['name']) : null)],
      ['jsonld', () => (webPageSite ? asText(webPageSite) : null)],
      ['jsonld', () => (website ? asText(website['name']) : null)],
      ['citation', () => meta.first('citation_journal_title', 'citation_conference_title')],
      ['dc', () => meta.first('dc.publisher', 'dcterms.publisher')],
      ['og', () => meta.first('og:site_name')],
      ['jsonld', () => publisherName],
      ['meta', () => meta.first('application-name', 'apple-mobile-web-app-title')],
      ['visible', () => {
        const t = collapse(first(doc, 'header .site-title, .site-title, .site-name, [class*="site-title"]')?.textContent);
        return t && t.length <= 60 ? t : null;
      }],
      ['url', () => host(url)],
    ],
    nonEmpty,
  );

  const h1 = (): string | null => collapse(first(doc, 'article h1, main h1, h1')?.textContent);
  const docTitle = (): string | null => collapse(first(doc, 'title')?.textContent);
  let title =
    pick<string>(
      [
        ['jsonld', () => (art ? asText(art['headline']) ?? asText(art['name']) : null)],
        ['citation', () => meta.first('citation_title')],
        ['dc', () => meta.first('dc.title', 'dcterms.title')],
        ['og', () => meta.first('og:title')],
        ['meta', () => meta.first('twitter:title', 'title', 'headline')],
        ['meta', docTitle],
        ['visible', h1],
      ],
      nonEmpty,
    ) ?? '';
  if (/(…|\.\.\.)$/.test(title)) {
    const stem = title.replace(/(…|\.\.\.)$/, '').trim();
    const fuller = [meta.first('og:title'), meta.first('twitter:title'), h1(), docTitle()].find((t) => t && t.startsWith(stem) && t.length > stem.length);
    if (fuller) title = fuller;
  }
  title = collapse(stripSiteFromTitle(title, siteName)) ?? '';

  const byline = visibleByline(doc);
  const authorNames = dedupeAuthors(
    pick<AuthorName[]>(
      [
        ['jsonld', () => ldAuthors(ld, art)],
        ['citation', () => namesFrom(meta.all('citation_author'), false)],
        ['dc', () => namesFrom([...meta.all('dc.creator'), ...meta.all('dcterms.creator'), ...meta.all('dc.creator.personalname')], false)],
        ['og', () => namesFrom(meta.all('article:author').filter((a) => !/^https?:|^\/\//i.test(a)), false)],
        ['meta', () => namesFrom(meta.all('author').concat(meta.all('parsely-author'), meta.all('sailthru.author'), meta.all('byl')), true)],
        ['visible', () => (byline ? namesFrom(byline.names, false) : [])],
      ],
      (list) => list.length > 0,
    ) ?? [],
  )
    .map((a) => ({ ...a, organization: a.organization || (siteName !== null && a.name.toLowerCase() === siteName.toLowerCase()) }))
    .slice(0, 20);

  const published = pick<string>([
    ['jsonld', () => (art ? parseDate(asText(art['datePublished'])) ?? parseDate(asText(art['dateCreated'])) : null)],
    ['citation', () => parseDate(meta.first('citation_publication_date', 'citation_date', 'citation_online_date', 'citation_cover_date'))],
    ['dc', () => parseDate(meta.first('dcterms.issued', 'dc.date.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created'))],
    ['og', () => parseDate(meta.first('article:published_time', 'og:article:published_time', 'og:published_time'))],
    ['meta', () => parseDate(meta.first('datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.published', 'article_date_original', 'originalpublicationdate'))],
    ['visible', () => visibleDate(doc, 'published')],
    ['url', () => dateFromUrl(url)],
  ]);

  const modified = pick<string>([
    ['jsonld', () => (art ? parseDate(asText(art['dateModified'])) : null)],
    ['dc', () => parseDate(meta.first('dcterms.modified', 'dc.date.modified'))],
    ['og', () => parseDate(meta.first('article:modified_time', 'og:updated_time', 'og:article:modified_time'))],
    ['meta', () => parseDate(meta.first('datemodified', 'last-modified', 'lastmod', 'revised', 'article.updated', 'dc.date.modified'))],
    ['visible', () => visibleDate(doc, 'modified')],
  ]);

  const section = pick<string>(
    [
      ['jsonld', () => (art ? asText(art['articleSection']) : null)],
      ['og', () => meta.first('article:section')],
      ['meta', () => meta.first('section', 'article.section', 'parsely-section', 'sailthru.section', 'category')],
      ['jsonld', () => ldBreadcrumbSection(ld)],
      ['visible', () => collapse(first(doc, 'a[rel~="category"]')?.textContent)],
      ['visible', () => collapse(first(doc, '[class*="primary-tag"] a, .cat-links a, .entry-category a, .post-category a, article .kicker, article .eyebrow')?.textContent)],
      ['visible', () => breadcrumbSection(doc, title)],
    ],
    (s) => nonEmpty(s) && s.length < 80 && !/^https?:/.test(s),
  );

  const tags = dedupeStrings(
    pick<string[]>(
      [
        ['jsonld', () => (art ? splitList(asTextList(art['keywords'])) : [])],
        ['citation', () => splitList(meta.all('citation_keywords'))],
        ['dc', () => splitList([...meta.all('dc.subject'), ...meta.all('dcterms.subject')])],
        ['og', () => meta.all('article:tag')],
        ['meta', () => splitList(meta.all('news_keywords').concat(meta.all('keywords'), meta.all('parsely-tags'), meta.all('sailthru.tags')))],
        ['visible', () => all(doc, 'a[rel~="tag"]').map((a) => textOf(a))],
      ],
      nonEmptyList,
    ) ?? [],
    30,
  );

  const lang = normaliseLang(
    pick<string>([
      ['meta', () => doc.documentElement?.getAttribute('lang') ?? null],
      ['jsonld', () => (art ? asText(art['inLanguage']) : null)],
      ['citation', () => meta.first('citation_language')],
      ['dc', () => meta.first('dc.language', 'dcterms.language')],
      ['meta', () => meta.first('content-language', 'language')],
      ['og', () => meta.first('og:locale')],
    ], nonEmpty),
  );

  const canonical =
    pick<string>([
      ['meta', () => absoluteUrl(first(doc, 'link[rel~="canonical"]')?.getAttribute('href'), url)],
      ['og', () => absoluteUrl(meta.first('og:url'), url)],
      ['jsonld', () => (art ? absoluteUrl(asUrl(art['url']) ?? asUrl(resolve(ld, art['mainEntityOfPage'])), url) : null)],
    ]) ?? url;

  const description = pick<string>(
    [
      ['jsonld', () => (art ? collapse(asText(art['description'])) : null)],
      ['citation', () => collapse(meta.first('citation_abstract'))],
      ['dc', () => collapse(meta.first('dc.description', 'dcterms.description', 'dcterms.abstract'))],
      ['og', () => collapse(meta.first('og:description'))],
      ['meta', () => collapse(meta.first('description', 'twitter:description'))],
    ],
    nonEmpty,
  );

  const image = pick<string>([
    ['jsonld', () => (art ? absoluteUrl(asUrl(resolve(ld, art['image'])) ?? asUrl(art['thumbnailUrl']), url) : null)],
    ['citation', () => absoluteUrl(meta.first('citation_image'), url)],
    ['og', () => absoluteUrl(meta.first('og:image:secure_url', 'og:image', 'og:image:url'), url)],
    ['meta', () => absoluteUrl(meta.first('twitter:image', 'twitter:image:src', 'thumbnail') ?? first(doc, 'link[rel="image_src"]')?.getAttribute('href'), url)],
    ['visible', () => (bodyRoot === undefined ? null : visibleLeadImage(doc, url, bodyRoot))],
  ]);

  const bylineText =
    byline?.text ??
    (authorNames.length
      ? authorNames.length === 1
        ? authorNames[0]?.name ?? null
        : `${authorNames.slice(0, -1).map((a) => a.name).join(', ')} and ${authorNames[authorNames.length - 1]?.name ?? ''}`
      : null);

  return {
    url,
    canonical,
    title: title || host(url) || '',
    byline: bylineText,
    authors: authorNames.map((a) => a.name),
    authorNames,
    published,
    modified,
    section: section ? collapse(section) : null,
    tags,
    siteName,
    lang,
    description: description ? description.slice(0, 1000) : null,
    image,
    ldTypes: art ? typesOf(art).filter((t) => ARTICLE_TYPES.has(t)) : [],
    journal: meta.first('citation_journal_title', 'citation_conference_title'),
    publisher: publisherName ?? meta.first('citation_publisher', 'dc.publisher', 'dcterms.publisher'),
    doi: meta.first('citation_doi', 'dc.identifier.doi', 'prism.doi') ?? (art ? asText(art['doi']) : null),
    ogType: meta.first('og:type'),
  };
}
