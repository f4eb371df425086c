import { AUTHORS, CATEGORIES, SITE, UI } from '../content/site';
import { authorOf, categoryOf, permalink, postById, postsByDate } from '../content/posts';
import { FRENCH_ID, SPANISH_ID } from '../content/more-posts';
import { SEED_ID } from '../content/posts';
import type { Lang, Post } from '../content/types';
import { abs, displayDate, esc, jsonForScript } from './html';
import { LEAD_SIZE, postImages } from './images';
import { organizationNode, websiteNode } from './article-page';
import { page, postCard } from './layout';
import { allTags, paths } from './taxonomy';

/** Relative file path (inside public/) -> file content. */
export type FileMap = Map<string, string | Buffer>;

/** public/ file that serves a root-relative directory path. */
export function indexFile(path: string, name = 'index.html'): string {
  return `${path.replace(/^\/+/, '')}${name}`;
}

interface ListingSpec {
  /** Path of page 1, e.g. /category/national-cinemas/. Later pages live at <base>page/<n>/. */
  base: string;
  heading: string;
  intro: string;
  titleBase: string;
  description: string;
  bodyClass: string;
  posts: Post[];
  perPage: number;
  lang?: Lang;
  currentNav?: string;
  /** Extra <head> tags, e.g. the category feed. */
  head?: string;
  /** Markup placed above the grid on page 1 only (the home page hero). */
  lead?: string;
}

function listingGraph(url: string, name: string, description: string, crumbs: { name: string; item?: string }[]): unknown {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'CollectionPage',
        '@id': url,
        url,
        name,
        description,
        isPartOf: { '@id': `${SITE.origin}/#website` },
        breadcrumb: { '@id': `${url}#breadcrumb` },
        inLanguage: 'en-US',
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#breadcrumb`,
        itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, ...(c.item ? { item: c.item } : {}) })),
      },
      websiteNode(),
      organizationNode(),
    ],
  };
}

function pagination(base: string, current: number, total: number): string {
  if (total < 2) return '';
  const href = (n: number): string => abs(n === 1 ? base : `${base}page/${n}/`);
  const parts: string[] = [];
  if (current > 1) parts.push(`<a class="prev page-numbers" href="${href(current - 1)}">&laquo; Previous</a>`);
  for (let n = 1; n <= total; n++) {
    parts.push(
      n === current
        ? `<span aria-current="page" class="page-numbers current">${n}</span>`
        : `<a class="page-numbers" href="${href(n)}">${n}</a>`,
    );
  }
  if (current < total) parts.push(`<a class="next page-numbers" href="${href(current + 1)}">Next &raquo;</a>`);
  return `<nav class="navigation pagination" aria-label="Posts pagination"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">${parts.join('\n')}</div></nav>`;
}

/** Writes a paginated archive (home, category, tag, author or search) into `files`. */
function listing(files: FileMap, spec: ListingSpec): void {
  const total = Math.max(1, Math.ceil(spec.posts.length / spec.perPage));
  const lang = spec.lang ?? 'en';
  for (let n = 1; n <= total; n++) {
    const path = n === 1 ? spec.base : `${spec.base}page/${n}/`;
    const url = abs(path);
    const title = n === 1 ? `${spec.titleBase} - ${SITE.name}` : `${spec.titleBase} - Page ${n} of ${total} - ${SITE.name}`;
    const cards = spec.posts.slice((n - 1) * spec.perPage, n * spec.perPage).map((p) => postCard(p)).join('\n');
    const rel = [
      n > 1 ? `<link rel="prev" href="${abs(n === 2 ? spec.base : `${spec.base}page/${n - 1}/`)}">` : '',
      n < total ? `<link rel="next" href="${abs(`${spec.base}page/${n + 1}/`)}">` : '',
    ].filter(Boolean);
    const head = [
      `<meta property="og:locale" content="${UI[lang].locale}">`,
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${esc(spec.titleBase)}">`,
      `<meta property="og:description" content="${esc(spec.description)}">`,
      `<meta property="og:url" content="${url}">`,
      `<meta property="og:site_name" content="${esc(SITE.name)}">`,
      `<meta name="twitter:card" content="summary_large_image">`,
      ...rel,
      spec.head ?? '',
      `<script type="application/ld+json" class="yoast-schema-graph">${jsonForScript(
        listingGraph(url, title, spec.description, [{ name: UI[lang].home, item: abs('/') }, { name: spec.heading }]),
      )}</script>`,
    ]
      .filter(Boolean)
      .join('\n');
    const main = `<header class="page-header archive-header">
<h1 class="page-title">${esc(spec.heading)}</h1>
${spec.intro ? `<div class="archive-description"><p>${esc(spec.intro)}</p></div>` : ''}
</header>
${n === 1 && spec.lead ? spec.lead : ''}
<div class="post-grid">
${cards || `<section class="no-results not-found"><h2 class="page-title">Nothing Found</h2><p>Sorry, but nothing matched your search terms. Please try again with some different keywords.</p></section>`}
</div>
${pagination(spec.base, n, total)}`;
    files.set(
      indexFile(path),
      page({
        lang,
        path,
        title,
        description: spec.description,
        bodyClass: `${spec.bodyClass}${n > 1 ? ' paged paged-' + n : ''}`,
        head,
        main,
        currentNav: spec.currentNav,
      }),
    );
  }
}

function hero(post: Post): string {
  const img = postImages(post);
  const author = authorOf(post.authorSlug);
  const cat = categoryOf(post.categorySlug);
  return `<section class="home-hero" aria-label="Featured story">
<article class="hero-post post-${post.id} sticky">
<a class="hero-post__thumb" href="${permalink(post)}" tabindex="-1" aria-hidden="true"><img src="${abs(img.large)}" width="${LEAD_SIZE.w}" height="${LEAD_SIZE.h}" alt=""></a>
<div class="hero-post__body">
<a class="hero-post__category" href="${abs(paths.category(cat.slug))}">${esc(cat.name)}</a>
<h2 class="hero-post__title"><a href="${permalink(post)}" rel="bookmark">${esc(post.title)}</a></h2>
<p class="hero-post__excerpt">${esc(post.standfirst)}</p>
<div class="hero-post__meta">By <a href="${abs(paths.author(author.slug))}">${esc(author.name)}</a> <time datetime="${post.published}">${esc(displayDate(post.published, 'en'))}</time></div>
</div>
</article>
</section>
<section class="home-languages" aria-labelledby="home-languages-title">
<h2 id="home-languages-title" class="section-title">In other languages</h2>
<div class="post-grid post-grid--two">
${postCard(postById(FRENCH_ID), 3)}
${postCard(postById(SPANISH_ID), 3)}
</div>
</section>
<h2 class="section-title">Latest stories</h2>`;
}

/** Home page (hero, other-language picks, latest posts) and its later pages. */
export function homePages(files: FileMap): void {
  const seed = postById(SEED_ID);
  listing(files, {
    base: '/',
    heading: SITE.name,
    intro: SITE.tagline,
    titleBase: SITE.tagline,
    description: SITE.description,
    bodyClass: 'home blog',
    posts: postsByDate().filter((p) => p.id !== SEED_ID),
    perPage: 12,
    currentNav: '/',
    lead: hero(seed),
  });
}

/** One archive per category, plus its category feed link in <head>. */
export function categoryPages(files: FileMap): void {
  for (const cat of CATEGORIES) {
    listing(files, {
      base: paths.category(cat.slug),
      heading: cat.name,
      intro: cat.description,
      titleBase: `${cat.name} Archives`,
      description: cat.description,
      bodyClass: `archive category category-${cat.slug}`,
      posts: postsByDate().filter((p) => p.categorySlug === cat.slug),
      perPage: SITE.postsPerPage,
      lang: cat.lang,
      currentNav: paths.category(cat.slug),
      head: `<link rel="alternate" type="application/rss+xml" title="${esc(SITE.name)} &raquo; ${esc(cat.name)} Category Feed" href="${abs(paths.categoryFeed(cat.slug))}">`,
    });
  }
}

/** One archive per tag. */
export function tagPages(files: FileMap): void {
  for (const tag of allTags()) {
    listing(files, {
      base: paths.tag(tag.name),
      heading: `Tag: ${tag.name}`,
      intro: '',
      titleBase: `${tag.name} Archives`,
      description: `Articles tagged ${tag.name} on ${SITE.name}.`,
      bodyClass: `archive tag tag-${tag.slug}`,
      posts: postsByDate().filter((p) => p.tags.includes(tag.name)),
      perPage: SITE.postsPerPage,
    });
  }
}

/** One archive per author, with the (invented) bio as intro. */
export function authorPages(files: FileMap): void {
  for (const a of AUTHORS) {
    listing(files, {
      base: paths.author(a.slug),
      heading: `Author: ${a.name}`,
      intro: a.bio,
      titleBase: `${a.name}, Author`,
      description: a.bio,
      bodyClass: `archive author author-${a.slug}`,
      posts: postsByDate().filter((p) => p.authorSlug === a.slug),
      perPage: SITE.postsPerPage,
    });
  }
}

/** Search results WordPress would give for `term` (title, excerpt or body contains it). */
export function searchResults(term: string): Post[] {
  const t = term.toLowerCase();
  return postsByDate().filter(
    (p) =>
      p.title.toLowerCase().includes(t) ||
      p.standfirst.toLowerCase().includes(t) ||
      p.blocks.some((b) => b.kind !== 'ad' && b.text.toLowerCase().includes(t)),
  );
}

/**
 * Static search pages: /search/cinema/ (what /?s=cinema shows) and /search/ (the "nothing found"
 * page the server answers for any other term).
 */
export function searchPages(files: FileMap): void {
  const term = 'cinema';
  listing(files, {
    base: `/search/${term}/`,
    heading: `Search Results for: ${term}`,
    intro: '',
    titleBase: `You searched for ${term}`,
    description: `Search results for ${term}.`,
    bodyClass: 'search search-results',
    posts: searchResults(term),
    perPage: SITE.postsPerPage,
    head: '',
  });
  listing(files, {
    base: '/search/',
    heading: 'Nothing Found',
    intro: '',
    titleBase: 'Search',
    description: 'Search this site.',
    bodyClass: 'search search-no-results',
    posts: [],
    perPage: SITE.postsPerPage,
  });
  // Search pages are never indexed, as WordPress (Yoast) marks them.
  for (const [file, html] of files) {
    if (file.startsWith('search/') && typeof html === 'string') {
      files.set(file, html.replace(/<meta name="robots" content="[^"]*">/, '<meta name="robots" content="noindex, follow">'));
    }
  }
}
