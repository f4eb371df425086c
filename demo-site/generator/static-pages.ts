import { SITE } from '../content/site';
import { abs, esc, jsonForScript } from './html';
import { organizationNode, websiteNode } from './article-page';
import { page } from './layout';
import { indexFile, type FileMap } from './listing-pages';

interface StaticPage {
  path: string;
  title: string;
  paragraphs: string[];
}

// Short texts on purpose: these are pages, not articles, and should read that way.
const PAGES: StaticPage[] = [
  {
    path: '/about/',
    title: 'About',
    paragraphs: [
      'Frame & Nation is an invented film magazine. It exists only as a demo site for Reelmark, a reading companion for film writing.',
      'Its writers, readers and advertisers are invented too. Only the seed article’s text was supplied; everything else here is demo text.',
    ],
  },
  {
    path: '/contact/',
    title: 'Contact',
    paragraphs: ['Write to the invented editors at editors@frameandnation.example. Nobody will answer: this is a demo site.'],
  },
  {
    path: '/advertise/',
    title: 'Advertise',
    paragraphs: ['The ad slots on this demo site are empty containers. No ad network is ever contacted.'],
  },
  {
    path: '/newsletter/',
    title: 'Newsletter',
    paragraphs: ['Thanks for your interest. This is a demo site, so no address was stored and no newsletter will be sent.'],
  },
  {
    path: '/comment-received/',
    title: 'Comment received',
    paragraphs: ['This is a demo site: comments are not stored.'],
  },
  {
    path: '/privacy-policy/',
    title: 'Privacy Policy',
    paragraphs: [
      'This demo site sets no cookies, stores nothing and contacts no third party. The cookie banner only remembers your choice in your own browser.',
    ],
  },
];

function pageHead(path: string, title: string, description: string): string {
  const url = abs(path);
  return [
    `<meta property="og:locale" content="en_US">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${esc(title)}">`,
    `<meta property="og:description" content="${esc(description)}">`,
    `<meta property="og:url" content="${url}">`,
    `<meta property="og:site_name" content="${esc(SITE.name)}">`,
    `<script type="application/ld+json" class="yoast-schema-graph">${jsonForScript({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': url, url, name: `${title} - ${SITE.name}`, isPartOf: { '@id': `${SITE.origin}/#website` }, inLanguage: 'en-US' },
        websiteNode(),
        organizationNode(),
      ],
    })}</script>`,
  ].join('\n');
}

/** About, contact and the other WordPress "pages", plus the 404 page the server answers with. */
export function staticPages(files: FileMap): void {
  for (const p of PAGES) {
    const description = p.paragraphs[0] ?? '';
    files.set(
      indexFile(p.path),
      page({
        lang: 'en',
        path: p.path,
        title: `${p.title} - ${SITE.name}`,
        description,
        bodyClass: `page-template-default page page-${p.path.replace(/\//g, '')}`,
        head: pageHead(p.path, p.title, description),
        main: `<article class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">${esc(p.title)}</h1></header>
<div class="entry-content">
${p.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('\n')}
</div>
</article>`,
      }),
    );
  }
  files.set(
    '404.html',
    page({
      lang: 'en',
      path: null,
      title: `Page not found - ${SITE.name}`,
      description: 'The page you were looking for could not be found.',
      bodyClass: 'error404',
      robots: 'noindex, follow',
      head: `<meta property="og:type" content="website">\n<meta property="og:title" content="Page not found - ${esc(SITE.name)}">\n<meta property="og:site_name" content="${esc(SITE.name)}">`,
      main: `<section class="error-404 not-found">
<header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content"><p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p></div>
</section>`,
    }),
  );
}
