import type { Article, RelatedLink } from '@/utils/article/types';

/** An Article with defaults, for tests and the benchmark. */
export function makeArticle(over: Partial<Article> & { url: string }): Article {
  const title = over.title ?? 'Untitled';
  return {
    canonical: over.url,
    title,
    byline: null,
    authors: [],
    published: null,
    modified: null,
    section: null,
    tags: [],
    siteName: 'Frame & Nation',
    lang: 'en',
    description: null,
    image: null,
    isArticle: true,
    confidence: 0.9,
    wordCount: 300,
    readingMinutes: 2,
    text: '',
    html: '',
    related: [],
    citation: { id: over.url, type: 'webpage', title, URL: over.url },
    ...over,
  };
}

/** An article page as a small WordPress-like site would serve it. */
export function articleHtml(opts: { title: string; section: string; date: string; paragraphs: string[]; description?: string }): string {
  const body = opts.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${opts.title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${opts.title}">
${opts.description ? `<meta name="description" content="${opts.description}">` : ''}
<meta property="article:published_time" content="${opts.date}"><meta property="article:section" content="${opts.section}">
</head><body><article><h1>${opts.title}</h1><p class="byline">By Demo Writer</p>${body}</article></body></html>`;
}

/** An RSS 2.0 feed of the given items. */
export function rssFeed(items: { url: string; title: string; description: string; category: string; date: string }[]): string {
  const entries = items
    .map(
      (i) => `<item><title><![CDATA[${i.title}]]></title><link>${i.url}</link><description><![CDATA[<p>${i.description}</p>]]></description>
<category><![CDATA[${i.category}]]></category><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Demo</title>${entries}</channel></rss>`;
}

/** The seed's related block: the first pieces, as the engine would return them. */
export function relatedLinks(origin: string, pieces: { slug: string; title: string; teaser: string; date: string }[]): RelatedLink[] {
  return pieces.map((p) => ({
    url: `${origin}/${p.slug}/`,
    title: p.title,
    teaser: p.teaser,
    section: 'National cinemas',
    date: p.date,
    image: null,
  }));
}
