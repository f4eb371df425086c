import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readSiteLinks } from './site-links';

const page = (head: string, body: string) =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('readSiteLinks', () => {
  it('reads WordPress feed links, the REST root and category links, leaving comment feeds and post JSON out', () => {
    const doc = page(
      `<link rel="alternate" type="application/rss+xml" title="Frame &amp; Nation &raquo; Feed" href="/feed/">
       <link rel="alternate" type="application/rss+xml" title="Frame &amp; Nation &raquo; Comments Feed" href="/comments/feed/">
       <link rel="alternate" type="application/rss+xml" title="Co-productions Comments Feed" href="/2025/08/09/co/feed/">
       <link rel="https://api.w.org/" href="https://films.test/wp-json/">
       <link rel="alternate" type="application/json" href="https://films.test/wp-json/wp/v2/posts/4703">
       <link rel="alternate" type="application/atom+xml" href="https://films.test/feed/atom/">`,
      `<article><span class="cat-links"><a href="https://films.test/category/national-cinemas/" rel="category tag">National cinemas</a></span></article>
       <section class="related-articles"><div class="related-post__category"><a href="/category/reviews/" rel="category">Reviews</a></div></section>`,
    );
    const links = readSiteLinks(doc, 'https://films.test/2025/08/09/co/');
    expect(links).toEqual({
      feeds: [
        { url: 'https://films.test/feed/', format: 'rss', title: 'Frame & Nation » Feed' },
        { url: 'https://films.test/feed/atom/', format: 'atom', title: null },
      ],
      wpApiRoot: 'https://films.test/wp-json/',
      categories: [{ name: 'National cinemas', url: 'https://films.test/category/national-cinemas/' }],
    });
  });

  it('finds category-shaped links on sites without WordPress markup, and JSON Feed links', () => {
    const doc = page(
      `<link rel="alternate" type="application/feed+json" href="/feed.json">`,
      `<nav><a href="/section/reviews/">Reviews</a></nav>
       <main><p><a href="/section/world-cinema/">World cinema</a> · <a href="https://elsewhere.test/section/x/">X</a></p></main>`,
    );
    expect(readSiteLinks(doc, 'https://mag.test/a/b')).toEqual({
      feeds: [{ url: 'https://mag.test/feed.json', format: 'json', title: null }],
      wpApiRoot: null,
      categories: [{ name: 'World cinema', url: 'https://mag.test/section/world-cinema/' }],
    });
  });

  it('gives empty answers on a bare page', () => {
    expect(readSiteLinks(page('', '<p>hi</p>'), 'https://x.test/')).toEqual({ feeds: [], wpApiRoot: null, categories: [] });
  });
});
