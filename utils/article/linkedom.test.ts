/**
 * The background may parse fetched pages with linkedom (no browser DOM in a service worker):
 * the engine must give the same sane results there.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect';
import { extractArticle } from './extract';
import { extractRelated } from './related';
import { sanitizeHtml } from './sanitize';
import { fixture, parseHtml, parseLinkedom } from './testing';

describe('engine on linkedom', () => {
  for (const name of ['wp-film-review', 'demo-seed-article', 'news-festival-report', 'ghost-essay']) {
    it(`${name}: same title, text, metadata and related as on jsdom`, () => {
      const { html, url } = fixture(name);
      const onLinkedom = extractArticle(parseLinkedom(html), url);
      const onJsdom = extractArticle(parseHtml(html, url), url);
      expect(onLinkedom.error).toBeUndefined();
      expect(onLinkedom.isArticle).toBe(true);
      expect(onLinkedom.title).toBe(onJsdom.title);
      expect(onLinkedom.authors).toEqual(onJsdom.authors);
      expect(onLinkedom.published).toBe(onJsdom.published);
      expect(onLinkedom.text).toBe(onJsdom.text);
      expect(onLinkedom.related).toEqual(onJsdom.related);
      expect(onLinkedom.html).not.toMatch(/<script|on\w+=/i);
    });
  }

  it('detection agrees with jsdom on articles and listings', () => {
    for (const name of ['wp-film-review', 'nonarticle-home', 'nonarticle-category', 'demo-review']) {
      const { html, url } = fixture(name);
      expect(detectArticle(parseLinkedom(html), url).isArticle, name).toBe(detectArticle(parseHtml(html, url), url).isArticle);
    }
  });

  it('related links resolve against the page URL even though linkedom has no base URL', () => {
    const { html, url } = fixture('ghost-essay');
    expect(extractRelated(parseLinkedom(html), url)[0]?.url).toBe('https://cinephile.example/agnes-varda-cleo/');
  });

  it('the sanitiser falls back gracefully when DOMPurify has no usable window', () => {
    const safe = '<p>Already <a href="https://x.example/">clean</a></p>';
    expect(sanitizeHtml(safe, parseLinkedom('<html><body></body></html>'))).toContain('clean');
  });
});
