import { describe, expect, it } from 'vitest';
import { extractArticle, readingMinutes } from './extract';
import { fixtureDoc, page, parseHtml, prose } from './testing';

const NOW = new Date('2025-03-04T05:06:07Z');

describe('extractArticle fields (WordPress review fixture)', () => {
  const { doc, url } = fixtureDoc('wp-film-review');
  const before = doc.documentElement.outerHTML;
  const a = extractArticle(doc, url, { now: NOW });

  it('reads the metadata fields', () => {
    expect(a).toMatchObject({
      url,
      canonical: 'https://reelnotes.example/2024/03/12/the-quiet-harbour-review/',
      title: '‘The Quiet Harbour’ review – a patient, luminous debut',
      byline: 'By Priya Raman',
      authors: ['Priya Raman'],
      published: '2024-03-12T09:30:00+00:00',
      modified: '2024-03-13T08:00:00+00:00',
      section: 'Reviews',
      tags: ['Mara Okafor', 'debut', 'Berlinale'],
      siteName: 'Reel Notes',
      lang: 'en-GB',
      description: 'Mara Okafor’s first feature watches a fishing town wait out a winter.',
      image: 'https://reelnotes.example/wp-content/uploads/2024/03/quiet-harbour.jpg',
      isArticle: true,
    });
    expect(a.citation.accessed).toEqual({ 'date-parts': [[2025, 3, 4]] });
    expect(a.error).toBeUndefined();
  });

  it('keeps the body and drops ads, share bars, newsletter, cookie banner, comments, related, inline promos', () => {
    expect(a.text).toContain('There is a moment about twenty minutes into The Quiet Harbour');
    expect(a.text).toContain('Okafor is a name worth remembering.');
    for (const junk of ['Advertisement', 'Share this', 'Twitter', 'newsletter', 'Subscribe', 'cookies', 'thoughts on', 'Winter light', 'Read more', 'Berlinale 2024 preview', 'Recent Posts', 'Tagged']) {
      expect(a.text, junk).not.toContain(junk);
    }
  });

  it('separates paragraphs with blank lines, list items with line breaks, and leaves captions out of the text', () => {
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^There is a moment/);
    expect(paragraphs).toContain('A harbour in winter');
    expect(a.text).toContain('Director: Mara Okafor\nStarring: Lena Sørvik, Jonas Berg\nRunning time: 104 minutes');
    expect(a.text).not.toContain('Ice on the nets');
    expect(a.text).not.toMatch(/\n{3,}/);
  });

  it('returns sanitised HTML that keeps headings, lists, quotes and figures with captions', () => {
    expect(a.html).toContain('<h2>A harbour in winter</h2>');
    expect(a.html).toContain('<ul><li>Director: Mara Okafor</li>');
    expect(a.html).toMatch(/<blockquote><p>“I wanted the audience/);
    expect(a.html).toContain('<figure><img src="https://reelnotes.example/wp-content/uploads/2024/03/quiet-harbour.jpg"');
    expect(a.html).toContain('<figcaption>Ice on the nets');
    expect(a.html).not.toMatch(/<script|<form|<button|onclick|class=|style=|data-/i);
  });

  it('counts words and reading time, and builds the citation', () => {
    expect(a.wordCount).toBeGreaterThan(300);
    expect(a.readingMinutes).toBe(Math.max(1, Math.round(a.wordCount / 230)));
    expect(a.citation).toMatchObject({ type: 'article-magazine', title: a.title, URL: a.canonical, 'container-title': 'Reel Notes' });
  });

  it('includes the related links and leaves the live document untouched', () => {
    expect(a.related).toHaveLength(3);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle body rules', () => {
  const url = 'https://films.example/2024/01/02/a-film-essay-about-light/';

  it('removes leading byline/date lines and a repeated title, and trailing credits', () => {
    const body = `<article><h1>A film essay about light</h1><p class="byline">By Ana Silva</p><p>Updated Jan. 2, 2024 10:00 a.m.</p>${prose(5)}<p>Ana Silva contributed to this report.</p><p>Follow us on Twitter for more.</p></article>`;
    const a = extractArticle(parseHtml(page(body, '<meta property="og:title" content="A film essay about light">'), url), url);
    expect(a.text.startsWith('The film returns in paragraph 1')).toBe(true);
    expect(a.text).not.toMatch(/contributed to this report|Follow us|By Ana Silva|Updated/);
  });

  it('removes inline promos and all-caps link lines but keeps links inside sentences', () => {
    const body = `<article>${prose(3)}<p>READ MORE: <a href="/x/">Another story entirely</a></p><p><a href="/y/"><strong>CLICK HERE TO GET THE APP NOW</strong></a></p><p>The director spoke to <a href="/z/">our critic</a> about the film at length, and explained why the ending changed during the edit.</p>${prose(2, 'Later')}</article>`;
    const a = extractArticle(parseHtml(page(body), url), url);
    expect(a.text).not.toMatch(/READ MORE|CLICK HERE|Another story/);
    expect(a.text).toContain('The director spoke to our critic about the film');
  });

  it('keeps embedded tweets inside social wrappers', () => {
    const body = `<article>${prose(3)}<div class="social-embed"><blockquote class="twitter-tweet"><p>What a premiere tonight, the whole room stood up.</p>— Critic (@critic) <a href="https://twitter.com/critic/status/1">May 1, 2024</a></blockquote></div>${prose(2, 'Later')}</article>`;
    const a = extractArticle(parseHtml(page(body), url), url);
    expect(a.text).toContain('What a premiere tonight, the whole room stood up.');
  });

  it('finds the lead image through lazy-loading attributes, srcset and noscript', () => {
    const lazy = `<article><h1>T</h1><figure><img src="data:image/gif;base64,R0lGOD" data-lazy-src="/img/still-from-the-film.jpg" width="800" height="450"></figure>${prose(5)}</article>`;
    expect(extractArticle(parseHtml(page(lazy), url), url).image).toBe('https://films.example/img/still-from-the-film.jpg');
    const srcset = `<article><h1>T</h1><img srcset="/img/a-400.jpg 400w, /img/a-1200.jpg 1200w" alt="x">${prose(5)}</article>`;
    expect(extractArticle(parseHtml(page(srcset), url), url).image).toBe('https://films.example/img/a-1200.jpg');
    const noscript = `<article><h1>T</h1><div class="photo"><noscript><img src="/img/ns.jpg" width="900"></noscript></div>${prose(5)}</article>`;
    expect(extractArticle(parseHtml(page(noscript), url), url).image).toBe('https://films.example/img/ns.jpg');
    const og = `<article><h1>T</h1><img src="/img/body.jpg">${prose(5)}</article>`;
    expect(extractArticle(parseHtml(page(og, '<meta property="og:image" content="/img/og.jpg">'), url), url).image).toBe('https://films.example/img/og.jpg');
  });

  it('makes links and images absolute and drops unsafe ones', () => {
    const body = `<article>${prose(3)}<p>See <a href="/rel/path">this</a>, <a href="javascript:alert(1)">that</a> and <img src="/img/x.jpg" onerror="alert(1)" width="600"></p>${prose(2)}</article>`;
    const a = extractArticle(parseHtml(page(body), url), url);
    expect(a.html).toContain('<a href="https://films.example/rel/path">this</a>');
    expect(a.html).not.toMatch(/javascript:|onerror/);
    expect(a.html).toContain('<img src="https://films.example/img/x.jpg"');
  });

  it('keeps a body that sits in a page-wide <form> and writes no <p> (ASP.NET-style pages)', () => {
    const divs = Array.from({ length: 6 }, (_, i) => `<div class="txt">Line ${i} of a story written without paragraphs, about a cinema that reopened after thirty years and the people who queued around the block on the first night.</div>`).join('');
    const body = `<form id="aspnetForm" action="/"><nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="story"><h1>Cinema reopens</h1>${divs}</div></form>`;
    const a = extractArticle(parseHtml(page(body), url), url);
    expect(a.text).toContain('Line 5 of a story written without paragraphs');
    expect(a.text).not.toContain('Home');
  });

  it('reading time counts CJK characters at their own pace', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('映画'.repeat(500))).toBe(2);
  });
});
