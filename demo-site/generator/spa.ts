import { SITE, UI } from '../content/site';
import { authorOf, categoryOf, permalinkPath, postsByDate } from '../content/posts';
import { abs, displayDate, esc, jsonForScript } from './html';
import { postImages } from './images';
import type { FileMap } from './listing-pages';

/** Root-relative path of the single-page app. */
export const SPA_PATH = '/app/';

/**
 * The single-page app: a static shell (the server answers every /app/... path with it) and the
 * data file app.js renders from. app.js itself is hand-written (public/app/app.js).
 */
export function spa(files: FileMap): void {
  const data = postsByDate().map((p) => ({
    id: p.id,
    slug: p.slug,
    permalink: permalinkPath(p),
    title: p.title,
    standfirst: p.standfirst,
    author: authorOf(p.authorSlug).name,
    published: p.published,
    modified: p.modified,
    dateText: displayDate(p.published, p.lang),
    publishedLabel: UI[p.lang].published,
    byLabel: UI[p.lang].by,
    adLabel: UI[p.lang].advertisement,
    category: categoryOf(p.categorySlug).name,
    tags: p.tags,
    lang: p.lang,
    image: postImages(p).large,
    imageAlt: p.imageAlt,
    blocks: p.blocks.filter((b) => b.kind !== 'ad').map((b) => ({ kind: b.kind, text: 'text' in b ? b.text : '' })),
  }));
  files.set('app/posts.json', `${JSON.stringify(data)}\n`);
  const graph = {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: `Stories - ${SITE.name}`,
    url: abs(SPA_PATH),
  };
  files.set(
    'app/index.html',
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stories - ${esc(SITE.name)}</title>
<meta name="description" content="${esc(SITE.description)}">
<link rel="canonical" href="${abs(SPA_PATH)}">
<meta property="og:type" content="website">
<meta property="og:title" content="Stories">
<meta property="og:description" content="${esc(SITE.description)}">
<meta property="og:url" content="${abs(SPA_PATH)}">
<meta property="og:site_name" content="${esc(SITE.name)}">
<script type="application/ld+json" id="app-jsonld">${jsonForScript(graph)}</script>
<link rel="alternate" type="application/rss+xml" title="${esc(SITE.name)} &raquo; Feed" href="${abs('/feed/')}">
<link rel="icon" href="${abs('/favicon.ico')}" sizes="any">
<link rel="stylesheet" href="${abs('/wp-content/themes/frame/style.css')}?ver=${SITE.themeVersion}">
</head>
<body class="spa">
<header class="site-header spa-header">
<div class="site-branding"><a href="${abs(SPA_PATH)}" data-spa-link class="site-title">${esc(SITE.name)} <span class="spa-badge">App</span></a></div>
<nav class="main-navigation" aria-label="App menu"><ul class="menu"><li><a href="${abs(SPA_PATH)}" data-spa-link>All stories</a></li><li><a href="${abs('/')}">Magazine</a></li></ul></nav>
</header>
<p class="demo-notice demo-notice--banner" role="note">${esc(UI.en.demoNotice)} This section is a single-page app: it navigates with the history API.</p>
<main id="app" class="site-main spa-main" aria-live="polite"><p class="spa-loading">Loading&hellip;</p></main>
<noscript><p class="spa-noscript">This part of the site needs JavaScript. Read the <a href="${abs('/')}">magazine</a> instead.</p></noscript>
<footer class="site-footer"><p class="demo-notice">${esc(UI.en.demoNotice)}</p></footer>
<script src="${abs('/app/app.js')}?ver=${SITE.themeVersion}" defer></script>
</body>
</html>
`,
  );
}
