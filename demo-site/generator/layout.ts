import { CATEGORIES, SITE, UI } from '../content/site';
import { authorOf, categoryOf, permalink, postsByDate } from '../content/posts';
import type { Lang, Post } from '../content/types';
import { abs, esc } from './html';
import { postImages } from './images';
import { allTags, paths } from './taxonomy';

/** Hand-written theme assets (the generator never writes them; see HAND_WRITTEN in render-site.ts). */
export const THEME = {
  css: '/wp-content/themes/frame/style.css',
  js: '/wp-content/themes/frame/js/site.js',
  logo: '/wp-content/uploads/2025/01/frame-and-nation-logo.svg',
  avatar: '/wp-content/uploads/2025/01/avatar-default.svg',
} as const;

export interface PageSpec {
  lang: Lang;
  /** Root-relative path of the page; null for the 404 page, which has no canonical URL. */
  path: string | null;
  /** The whole <title>. */
  title: string;
  description: string;
  bodyClass: string;
  /** Page-specific <head> tags (OpenGraph, JSON-LD, extra alternates). */
  head: string;
  main: string;
  /** Root-relative path of the menu item to mark as current. */
  currentNav?: string;
  robots?: string;
}

const NAV: { label: string; path: string }[] = [
  { label: 'Home', path: '/' },
  { label: 'National cinemas', path: paths.category('national-cinemas') },
  { label: 'Reviews', path: paths.category('reviews') },
  { label: 'Festivals', path: paths.category('festivals') },
  { label: 'Interviews', path: paths.category('interviews') },
  { label: 'Streaming', path: paths.category('streaming') },
  { label: 'Français', path: paths.category('cinemas-nationaux') },
  { label: 'Español', path: paths.category('cines-nacionales') },
  { label: 'App', path: '/app/' },
];

const FOOTER_NAV: { label: string; path: string }[] = [
  { label: 'About', path: '/about/' },
  { label: 'Contact', path: '/contact/' },
  { label: 'Advertise', path: '/advertise/' },
  { label: 'Newsletter', path: '/newsletter/' },
  { label: 'Privacy Policy', path: '/privacy-policy/' },
];

/** The feeds every page advertises, the way WordPress (plus a JSON Feed plugin) prints them. */
export function feedAlternates(): string {
  const name = esc(SITE.name);
  return [
    `<link rel="alternate" type="application/rss+xml" title="${name} &raquo; Feed" href="${abs('/feed/')}">`,
    `<link rel="alternate" type="application/atom+xml" title="${name} &raquo; Atom Feed" href="${abs('/feed/atom/')}">`,
    `<link rel="alternate" type="application/feed+json" title="${name} &raquo; JSON Feed" href="${abs('/feed.json')}">`,
  ].join('\n');
}

/**
 * An ad slot as ad plugins print it: a visible "ADVERTISEMENT" label and an empty container with
 * ad-network-ish ids and data attributes. Nothing is ever loaded into it.
 */
export function adSlot(lang: Lang, position: string, variant: 'desktop' | 'mobile' | 'leaderboard' | 'sidebar'): string {
  const size = { desktop: '728x90', mobile: '300x250', leaderboard: '970x90', sidebar: '300x600' }[variant];
  const id = `${position}-${variant}`;
  return `<div class="ad-wrapper ad-${variant} code-block code-block-${position}" data-ad-position="${position}" data-ad-variant="${variant}">
<span class="ad-label">${UI[lang].advertisement}</span>
<div id="div-gpt-ad-${id}" class="ad-slot adsbygoogle gpt-ad" data-ad-unit="/1234567/frameandnation/${position}" data-ad-size="${size}" data-ad-lazy="true" style="min-height:${size.split('x')[1]}px"></div>
</div>`;
}

function header(lang: Lang, currentNav: string | undefined): string {
  const items = NAV.map((n) => {
    const current = n.path === currentNav;
    return `<li class="menu-item${current ? ' current-menu-item' : ''}"><a href="${abs(n.path)}"${current ? ' aria-current="page"' : ''}>${esc(n.label)}</a></li>`;
  }).join('');
  return `<header id="masthead" class="site-header">
${adSlot(lang, 'header', 'leaderboard')}
<div class="site-branding">
<a href="${abs('/')}" class="custom-logo-link" rel="home"><img src="${abs(THEME.logo)}" class="custom-logo" alt="${esc(SITE.name)}" width="240" height="48"></a>
<p class="site-title"><a href="${abs('/')}" rel="home">${esc(SITE.name)}</a></p>
<p class="site-description">${esc(SITE.tagline)}</p>
</div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">${items}</ul>
</nav>
${searchForm(lang, 'header-search')}
</header>
<p class="demo-notice demo-notice--banner" role="note">${esc(UI[lang].demoNotice)}</p>`;
}

function searchForm(lang: Lang, id: string): string {
  return `<form role="search" method="get" class="search-form" action="${abs('/')}">
<label for="${id}" class="screen-reader-text">${esc(UI[lang].search)}</label>
<input type="search" id="${id}" class="search-field" name="s" placeholder="${esc(UI[lang].search)} &hellip;">
<button type="submit" class="search-submit">${esc(UI[lang].search)}</button>
</form>`;
}

/** Sidebar widgets: search, an ad, recent posts, categories and the tag cloud (none of it is "related"). */
function sidebar(lang: Lang): string {
  const ui = UI[lang];
  const recent = postsByDate()
    .slice(0, 5)
    .map((p) => `<li><a href="${permalink(p)}">${esc(p.title)}</a></li>`)
    .join('\n');
  const cats = CATEGORIES.map((c) => {
    const n = postsByDate().filter((p) => p.categorySlug === c.slug).length;
    return `<li class="cat-item"><a href="${abs(paths.category(c.slug))}">${esc(c.name)}</a> (${n})</li>`;
  }).join('\n');
  // WordPress's tag cloud widget shows the 45 most used tags, alphabetically.
  const tags = [...allTags()]
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
    .slice(0, 45)
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const max = Math.max(...tags.map((t) => t.count));
  const cloud = tags
    .map((t, i) => {
      const pt = (8 + ((t.count - 1) / Math.max(1, max - 1)) * 14).toFixed(1).replace(/\.0$/, '');
      return `<a href="${abs(paths.tag(t.name))}" class="tag-cloud-link tag-link-${t.id} tag-link-position-${i + 1}" style="font-size: ${pt}pt;" aria-label="${esc(t.name)} (${t.count} ${t.count === 1 ? 'item' : 'items'})">${esc(t.name)}</a>`;
    })
    .join('\n');
  return `<aside id="secondary" class="widget-area sidebar" aria-label="Sidebar">
<section id="search-2" class="widget widget_search">${searchForm(lang, 'sidebar-search')}</section>
<section id="custom_html-3" class="widget widget_custom_html">${adSlot(lang, 'sidebar', 'sidebar')}</section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">${esc(ui.recentPosts)}</h2>
<ul>
${recent}
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">${esc(ui.categories)}</h2>
<ul>
${cats}
</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">${esc(ui.tagCloud)}</h2>
<div class="tagcloud">
${cloud}
</div></section>
</aside>`;
}

function footer(lang: Lang, extraNotice: string | undefined): string {
  const ui = UI[lang];
  const items = FOOTER_NAV.map((n) => `<li class="menu-item"><a href="${abs(n.path)}">${esc(n.label)}</a></li>`).join('');
  return `<footer id="colophon" class="site-footer">
<nav class="footer-navigation" aria-label="Footer menu"><ul class="footer-menu">${items}</ul></nav>
<div class="site-info">
${extraNotice ? `<p class="demo-notice demo-notice--article">${esc(extraNotice)}</p>\n` : ''}<p class="demo-notice">${esc(ui.demoNotice)}</p>
<p class="copyright">&copy; 2025 ${esc(SITE.name)}. Proudly powered by <a href="https://wordpress.org/" rel="nofollow">WordPress</a> (demo).</p>
</div>
</footer>`;
}

function cookieBanner(lang: Lang): string {
  const ui = UI[lang];
  return `<div id="cookie-notice" class="cookie-notice" role="dialog" aria-label="Cookie consent" aria-live="polite" data-cookie-consent>
<p class="cookie-notice__text">${esc(ui.cookieText)}</p>
<div class="cookie-notice__buttons">
<button type="button" class="cookie-notice__button cookie-notice__button--accept" data-consent="accept">${esc(ui.acceptCookies)}</button>
<button type="button" class="cookie-notice__button cookie-notice__button--reject" data-consent="reject">${esc(ui.rejectCookies)}</button>
<a class="cookie-notice__policy" href="${abs('/privacy-policy/')}">${esc(ui.privacyPolicy)}</a>
</div>
</div>`;
}

/**
 * A whole page in the theme: head (common tags plus `spec.head`), header with menu and the demo
 * banner, the main column, the sidebar, the footer, the cookie banner and the theme script.
 */
export function page(spec: PageSpec, footerNotice?: string): string {
  const canonical = spec.path === null ? '' : `<link rel="canonical" href="${abs(spec.path)}">\n`;
  return `<!DOCTYPE html>
<html lang="${spec.lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(spec.title)}</title>
<meta name="description" content="${esc(spec.description)}">
<meta name="robots" content="${spec.robots ?? 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1'}">
${canonical}${spec.head}
${feedAlternates()}
<link rel="https://api.w.org/" href="${abs('/wp-json/')}">
<link rel="icon" href="${abs('/favicon.ico')}" sizes="any">
<link rel="stylesheet" id="frame-style-css" href="${abs(THEME.css)}?ver=${SITE.themeVersion}" media="all">
<meta name="generator" content="WordPress ${SITE.wpVersion}">
</head>
<body class="${spec.bodyClass}">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
${header(spec.lang, spec.currentNav)}
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
${spec.main}
</main>
</div>
${sidebar(spec.lang)}
</div>
${footer(spec.lang, footerNotice)}
</div>
${cookieBanner(spec.lang)}
<script src="${abs(THEME.js)}?ver=${SITE.themeVersion}" id="frame-site-js" defer></script>
</body>
</html>
`;
}

/** A post as a listing card: thumbnail, category, title, teaser, byline and date. */
export function postCard(post: Post, headingLevel: 2 | 3 = 2): string {
  const img = postImages(post);
  const cat = categoryOf(post.categorySlug);
  const author = authorOf(post.authorSlug);
  const url = permalink(post);
  return `<article id="post-${post.id}" class="post-card post-${post.id} post type-post status-publish format-standard has-post-thumbnail category-${cat.slug}" lang="${post.lang}">
<a class="post-card__thumb" href="${url}" aria-hidden="true" tabindex="-1"><img src="${abs(img.small)}" width="600" height="338" alt="" loading="lazy" decoding="async"></a>
<div class="post-card__body">
<a class="post-card__category" href="${abs(paths.category(cat.slug))}" rel="category tag">${esc(cat.name)}</a>
<h${headingLevel} class="post-card__title entry-title"><a href="${url}" rel="bookmark">${esc(post.title)}</a></h${headingLevel}>
<p class="post-card__excerpt">${esc(post.standfirst)}</p>
<div class="post-card__meta"><span class="byline">${UI[post.lang].by} <a href="${abs(paths.author(author.slug))}">${esc(author.name)}</a></span> <time datetime="${post.published}">${esc(UI[post.lang].formatDate(new Date(post.published)))}</time></div>
</div>
</article>`;
}
