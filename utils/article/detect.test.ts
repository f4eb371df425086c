import { describe, expect, it } from 'vitest';
import { detectArticle } from './detect';
import { readPageSummary } from './page-summary';
import { fixture, fixtureDoc, fixtureNames, page, parseHtml, prose } from './testing';

describe('detectArticle on fixtures', () => {
  for (const name of fixtureNames()) {
    const expectArticle = !name.startsWith('nonarticle-');
    it(`${name} → ${expectArticle ? 'article' : 'not an article'}`, () => {
      const { doc, url } = fixtureDoc(name);
      const d = detectArticle(doc, url);
      expect(d.isArticle, d.reasons.join(' ')).toBe(expectArticle);
      expect(d.confidence).toBeGreaterThanOrEqual(0.5);
      expect(d.confidence).toBeLessThanOrEqual(1);
      expect(d.reasons.length).toBeGreaterThan(0);
    });
  }
});

describe('detectArticle signals', () => {
  it('listing pages stay non-articles at neutral URLs (content alone decides)', () => {
    for (const name of ['nonarticle-home', 'nonarticle-category', 'nonarticle-tag-ghost', 'nonarticle-demo-home', 'nonarticle-demo-category']) {
      const { html } = fixture(name);
      const url = 'https://site.example/some-neutral-landing-page-path';
      expect(detectArticle(parseHtml(html, url), url).isArticle, name).toBe(false);
    }
  });

  it('reads JSON-LD types inside @graph and arrays', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["BlogPosting","Thing"]}]}</script>';
    const d = detectArticle(parseHtml(page(prose(2), head), 'https://blog.example/p/1'), 'https://blog.example/p/1');
    expect(d.reasons).toContain('jsonld:BlogPosting');
  });

  it('a plain blog post with prose and a slug URL is an article without any metadata', () => {
    const url = 'https://blog.example/2021/05/notes-on-a-restoration-of-a-silent-film/';
    const d = detectArticle(parseHtml(page(`<h1>Notes</h1>${prose(7)}`), url), url);
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContain('url:article-slug');
  });

  it('sites that write paragraphs as <div>s still count as prose', () => {
    const divs = Array.from({ length: 8 }, (_, i) => `<div class="para">Paragraph ${i} of the story goes on at some length about the festival, the films and the people who queue for them in the rain every single morning.</div>`).join('');
    const url = 'https://news.example/2019/11/18/story-about-the-festival/index.html';
    const d = detectArticle(parseHtml(page(divs, '<meta property="og:type" content="article">'), url), url);
    expect(d.isArticle).toBe(true);
  });

  it('home, search, tag and paginated URLs count against', () => {
    const html = page(prose(6));
    expect(detectArticle(parseHtml(html), 'https://site.example/').reasons).toContain('url:home');
    expect(detectArticle(parseHtml(html), 'https://site.example/?s=noir').reasons).toContain('url:search');
    expect(detectArticle(parseHtml(html), 'https://site.example/tag/noir/').reasons).toContain('url:listing');
    expect(detectArticle(parseHtml(html), 'https://site.example/category/reviews/page/3/').reasons).toContain('url:listing');
    expect(detectArticle(parseHtml(html), 'https://site.example/videos/').reasons).toContain('url:listing');
  });

  it('a long article slug under /tag/ is still judged by its slug, not as a listing', () => {
    const url = 'https://site.example/tag/why-the-french-new-wave-still-matters-today/';
    expect(detectArticle(parseHtml(page(prose(6))), url).reasons).not.toContain('url:listing');
  });

  it('never throws and says no on empty or odd documents', () => {
    const empty = parseHtml('');
    expect(detectArticle(empty, 'https://x.example/').isArticle).toBe(false);
    const frames = parseHtml('<html><frameset><frame src="a.html"></frameset></html>');
    expect(detectArticle(frames, 'https://x.example/a-b-c-d').isArticle).toBe(false);
    expect(detectArticle(parseHtml(page(prose(3))), 'not a url').isArticle).toBe(false);
  });

  it('does not change the document', () => {
    const { doc, url } = fixtureDoc('wp-film-review');
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, url);
    readPageSummary(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPageSummary', () => {
  it('gives title, site name and detection from metadata', () => {
    const { doc, url } = fixtureDoc('wp-film-review');
    const s = readPageSummary(doc, url);
    expect(s.title).toBe('‘The Quiet Harbour’ review – a patient, luminous debut');
    expect(s.siteName).toBe('Reel Notes');
    expect(s.detection.isArticle).toBe(true);
    expect(s.url).toBe(url);
  });

  it('falls back to the h1 and the host name', () => {
    const s = readPageSummary(parseHtml(page('<h1> A  title </h1>')), 'https://www.films.example/a');
    expect(s.title).toBe('A title');
    expect(s.siteName).toBe('films.example');
  });
});
