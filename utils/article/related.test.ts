import { describe, expect, it } from 'vitest';
import { extractRelated } from './related';
import { fixtureDoc, page, parseHtml, prose } from './testing';

const URL_ = 'https://films.example/2024/05/06/this-article/';

function related(body: string, head = '') {
  return extractRelated(parseHtml(page(`<article><h1>This article</h1>${prose(4)}</article>${body}`, head), URL_), URL_);
}

describe('related blocks from plugins (fixtures)', () => {
  it('Jetpack #jp-relatedposts: title, excerpt, context section, date, image; tracking params dropped', () => {
    const { doc, url } = fixtureDoc('wp-film-review');
    const items = extractRelated(doc, url);
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      url: 'https://reelnotes.example/2024/01/30/winter-light-nordic-cinema/',
      title: 'Winter light: how Nordic cinema films the dark months',
      teaser: 'From Bergman to the present day, directors have turned the short northern days into a language of their own.',
      section: 'Features',
      date: '2024-01-30',
      image: 'https://i0.wp.com/reelnotes.example/wp-content/uploads/2024/01/winter-light.jpg?resize=350%2C200&ssl=1',
    });
    // Not the inline "Read more:" promo, the recent-posts widget nor the tag cloud.
    expect(items.map((i) => i.url)).not.toContain('https://reelnotes.example/2024/03/10/oscars-recap/');
  });

  it('YARPP list and thumbnail templates', () => {
    const { doc, url } = fixtureDoc('yarpp-blog');
    const items = extractRelated(doc, url);
    expect(items.map((i) => i.title)).toEqual([
      'Kinosterben in der Provinz',
      'Die Varda-Retrospektive im Rückblick',
      'Open-Air-Kino: Fünf Tipps für laue Nächte',
      'Wie man einen 35-mm-Projektor repariert',
    ]);
    expect(items[3]?.image).toBe('https://filmtagebuch.example/wp-content/uploads/2021/05/projektor-120x120.jpg');
    expect(items.some((i) => i.url.includes('festival-notizen'))).toBe(false);
  });

  it('Contextual Related Posts', () => {
    const { doc, url } = fixtureDoc('crp-blog');
    expect(extractRelated(doc, url)).toEqual([
      {
        url: 'https://midnightmatinee.example/midnight-movies-history/',
        title: 'A short history of the midnight movie',
        teaser: 'How a handful of New York cinemas invented a new way of watching films after dark.',
        section: null,
        date: '2020-09-12',
        image: 'https://midnightmatinee.example/wp-content/uploads/2020/09/midnight-150x150.jpg',
      },
      {
        url: 'https://midnightmatinee.example/vhs-rental-memories/',
        title: 'What the video shop taught us',
        teaser: 'Readers share their memories of the rental counter, the staff picks and the late fees.',
        section: null,
        date: '2020-08-02',
        image: 'https://midnightmatinee.example/wp-content/uploads/2020/08/vhs-150x150.jpg',
      },
    ]);
  });

  it('Elementor posts widget under "You may also like", not the "Recent Posts" one', () => {
    const { doc, url } = fixtureDoc('elementor-post');
    const items = extractRelated(doc, url);
    expect(items.map((i) => i.url)).toEqual(['https://framelines.example/christopher-doyle-light/', 'https://framelines.example/hong-kong-at-night/']);
    expect(items[0]).toMatchObject({ title: 'Christopher Doyle and the art of available light', date: '2023-05-18' });
  });

  it('Ghost (Casper) read-next aside, without the tag link', () => {
    const { doc, url } = fixtureDoc('ghost-essay');
    const items = extractRelated(doc, url);
    expect(items.map((i) => i.url)).toEqual([
      'https://cinephile.example/agnes-varda-cleo/',
      'https://cinephile.example/truffaut-400-blows-ending/',
      'https://cinephile.example/continuity-editing-explained/',
    ]);
    expect(items[2]).toMatchObject({ title: 'Continuity editing, explained', section: 'Editing', date: '2024-04-02' });
  });

  it('a labelled aside on a news page, but not Outbrain, Taboola or inline promos', () => {
    const { doc, url } = fixtureDoc('news-festival-report');
    const items = extractRelated(doc, url);
    expect(items.map((i) => i.title)).toEqual([
      'Harbour festival unveils its biggest line-up yet',
      'Two regional film funds collapse, leaving projects stranded',
      '‘The River Cinema’ review: brothers, debts and a projector',
    ]);
    expect(items[0]?.date).toBe('2023-09-01');
    expect(items.some((i) => /outbrain|taboola|sponsor|advertiser/.test(i.url))).toBe(false);
  });

  it('teaser-only cards (the seed’s Related Articles): title from the teaser, category and date kept', () => {
    const { doc, url } = fixtureDoc('demo-seed-article');
    const items = extractRelated(doc, url);
    expect(items).toHaveLength(20);
    for (const item of items) {
      expect(item.url).toMatch(/^https:\/\/frameandnation\.example\/2025\/0[78]\/\d\d\/[a-z0-9-]+\/$/);
      expect(item.title.length).toBeGreaterThan(10);
      expect(item.title.length).toBeLessThanOrEqual(121);
      expect(item.teaser?.startsWith(item.title.replace(/…$/, ''))).toBe(true);
      expect(item.section).toBe('National cinemas');
      expect(item.date).toMatch(/^2025-0[78]-\d\dT/);
    }
  });

  it('a flat teaser list headed "À lire aussi", plus JSON-LD relatedLink, not the "Les plus lus" list', () => {
    const { doc, url } = fixtureDoc('teaser-related-fr');
    const items = extractRelated(doc, url);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ url: 'https://champcontrechamp.example/critiques/la-nuit-du-phare/', section: 'Critiques', date: '2024-09-18', title: 'Un gardien de phare, une tempête et trois jours de huis clos' });
    expect(items[1]).toMatchObject({ section: 'Entretiens', date: '2024-09-30' });
  });
});

describe('generic related blocks', () => {
  it.each([
    ['Related', 'h2'],
    ['More from Reel Notes', 'h3'],
    ['You may also like', 'h4'],
    ['Read next', 'h2'],
    ['Mehr zum Thema', 'h3'],
    ['Artículos relacionados', 'h3'],
  ])('a section headed "%s"', (heading, tag) => {
    const items = related(`<section class="box"><${tag}>${heading}</${tag}><ul><li><a href="/2024/01/01/first-piece/">First piece</a></li><li><a href="/2024/01/02/second-piece/">Second piece</a></li></ul></section>`);
    expect(items.map((i) => i.title)).toEqual(['First piece', 'Second piece']);
    expect(items[0]?.url).toBe('https://films.example/2024/01/01/first-piece/');
  });

  it('an aside labelled by aria-label', () => {
    const items = related('<aside aria-label="Related stories"><a href="/a-story/">A story</a><a href="/b-story/">B story</a></aside>');
    expect(items.map((i) => i.title)).toEqual(['A story', 'B story']);
  });

  it('JSON-LD relatedLink alone, titled from the page’s link or the slug', () => {
    const head = '<script type="application/ld+json">{"@type":"WebPage","relatedLink":["https://films.example/the-long-goodbye-revisited/","https://films.example/other/noir-lighting-guide"]}</script>';
    const items = related('<p>See <a href="https://films.example/the-long-goodbye-revisited/">our Long Goodbye essay</a>.</p>', head);
    expect(items).toEqual([
      { url: 'https://films.example/the-long-goodbye-revisited/', title: 'our Long Goodbye essay', teaser: null, section: null, date: null, image: null },
      { url: 'https://films.example/other/noir-lighting-guide', title: 'Noir lighting guide', teaser: null, section: null, date: null, image: null },
    ]);
  });

  it('lazy images and background images on cards', () => {
    const items = related(
      '<div class="related-posts"><h3>Related</h3>' +
        '<div class="card"><a href="/one-film/"><img src="data:image/gif;base64,R0lGOD" data-src="/img/one.jpg" alt=""><span>One film</span></a></div>' +
        '<div class="card"><a href="/two-film/"><div class="thumb" style="background-image: url(\'/img/two.jpg\')"></div><span>Two film</span></a></div></div>',
    );
    expect(items.map((i) => i.image)).toEqual(['https://films.example/img/one.jpg', 'https://films.example/img/two.jpg']);
  });
});

describe('what is never related', () => {
  it('navigation, tag clouds, recent/popular lists, share links and the page itself', () => {
    const items = related(
      '<nav><h2>Related sites</h2><a href="/x-one/">X one</a><a href="/x-two/">X two</a></nav>' +
        '<div class="tagcloud related-tags"><h3>Related tags</h3><a href="/tag/noir/">noir</a><a href="/tag/western/">western</a></div>' +
        '<section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a href="/r-one/">R one</a></li><li><a href="/r-two/">R two</a></li></ul></section>' +
        '<section><h2>Most popular</h2><a href="/p-one/">P one</a><a href="/p-two/">P two</a></section>' +
        '<section><h2>Related</h2><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a><a href="' + URL_ + '">This article</a><a href="/category/reviews/">Reviews</a></section>',
    );
    expect(items).toEqual([]);
  });

  it('sponsored widgets: Outbrain, Taboola, and blocks labelled Sponsored or Promoted', () => {
    const items = related(
      '<div class="OUTBRAIN" data-widget-id="AR_1"><h3>Related</h3><a href="https://paid.outbrain.com/x">Ad one</a><a href="https://brand.example/y">Ad two</a></div>' +
        '<div id="taboola-below-article"><h3>You may also like</h3><a href="https://brand.example/a">T one</a><a href="https://brand.example/b">T two</a></div>' +
        '<section><h2>Sponsored stories</h2><a href="https://brand.example/c">S one</a><a href="https://brand.example/d">S two</a></section>' +
        '<section class="promoted"><h2>Read next</h2><a href="https://brand.example/e">P one</a><a href="https://brand.example/f">P two</a></section>',
    );
    expect(items).toEqual([]);
  });

  it('an inline "Related:" label inside the body does not turn the body into a block', () => {
    const body = `<article><h1>T</h1>${prose(2)}<p><strong>Related:</strong> <a href="/promo-piece/">Promo piece</a></p>${prose(2)}<p>More text with <a href="/another-link/">a link</a> inside.</p></article>`;
    expect(extractRelated(parseHtml(page(body), URL_), URL_)).toEqual([]);
  });

  it('never throws', () => {
    expect(extractRelated(parseHtml(''), 'https://x.example/')).toEqual([]);
    expect(extractRelated(parseHtml(page('<section><h2>Related</h2><a href="javascript:void(0)">x</a><a href="http://[bad">y</a></section>')), 'nonsense')).toEqual([]);
  });
});
