import { describe, expect, it } from 'vitest';
import { categorySlug, COMMON_FEED_PATHS, planFeeds, wordpressCategoryFeed } from './feed-candidates';
import { rankPieces, sharesNationOrSection } from './relevance';
import type { RelatedContext, RelatedPiece } from './types';
import { cinemaOfTitle, parseWikipediaSummary, wikipediaSummaryUrl } from './wikipedia';
import { parseWpCategoryId, parseWpPosts, wpCategoryUrl, wpPostsUrl } from './wp-api';

describe('feed plan', () => {
  const cat = { name: 'National cinemas', url: 'https://films.test/category/national-cinemas/' };

  it('reads the WordPress category feed first, then the declared feeds, and probes nothing', () => {
    const plan = planFeeds(
      { feeds: [{ url: 'https://films.test/feed/', format: 'rss', title: null }], wpApiRoot: 'https://films.test/wp-json/', categories: [cat] },
      'https://films.test/a/',
      'National cinemas',
    );
    expect(plan).toEqual({ feeds: ['https://films.test/category/national-cinemas/feed/', 'https://films.test/feed/'], probes: [] });
  });

  it('probes the common paths, in order, only when the page declares no feed', () => {
    const plan = planFeeds({ feeds: [], wpApiRoot: null, categories: [] }, 'https://mag.test/x/y', null);
    expect(plan.feeds).toEqual([]);
    expect(plan.probes).toEqual(COMMON_FEED_PATHS.map((p) => `https://mag.test${p}`));
  });

  it('builds category feeds only for WordPress-shaped archives', () => {
    expect(wordpressCategoryFeed('https://films.test/category/reviews', false)).toBe('https://films.test/category/reviews/feed/');
    expect(wordpressCategoryFeed('https://mag.test/section/world/', false)).toBeNull();
    expect(wordpressCategoryFeed('https://mag.test/section/world/', true)).toBe('https://mag.test/section/world/feed/');
    expect(categorySlug('https://films.test/category/national-cinemas/')).toBe('national-cinemas');
  });
});

describe('WordPress REST API', () => {
  it('builds routes under pretty and plain permalinks', () => {
    expect(wpCategoryUrl('https://films.test/wp-json/', 'national-cinemas')).toBe(
      'https://films.test/wp-json/wp/v2/categories?slug=national-cinemas&_fields=id%2Cname%2Cslug',
    );
    expect(wpPostsUrl('https://films.test/?rest_route=/', { categoryId: 7 })).toBe(
      'https://films.test/?rest_route=%2Fwp%2Fv2%2Fposts&categories=7&per_page=10&_fields=id%2Clink%2Ctitle%2Cexcerpt%2Cdate_gmt%2Cdate%2Ccategories',
    );
    expect(wpPostsUrl('https://films.test/wp-json', { search: 'National cinemas' })).toContain('/wp-json/wp/v2/posts?search=National+cinemas');
  });

  it('finds the category id even when the server ignores ?slug=, and keeps that category\'s posts', () => {
    expect(parseWpCategoryId([{ id: 3, slug: 'reviews' }, { id: 7, slug: 'national-cinemas' }], 'national-cinemas')).toBe(7);
    expect(parseWpCategoryId({ code: 'rest_no_route' }, 'x')).toBeNull();
    const posts = parseWpPosts(
      [
        { link: 'https://films.test/a/', title: { rendered: 'A &amp; B' }, excerpt: { rendered: '<p>Teaser [&hellip;]</p>' }, date_gmt: '2025-07-01T10:00:00', categories: [7] },
        { link: 'https://films.test/b/', title: { rendered: 'Other' }, categories: [3] },
        { title: { rendered: 'No link' } },
      ],
      'https://films.test/wp-json/',
      7,
      'National cinemas',
    );
    expect(posts).toEqual([
      { url: 'https://films.test/a/', title: 'A & B', summary: 'Teaser…', content: 'Teaser…', date: '2025-07-01T10:00:00.000Z', categories: ['National cinemas'], image: null },
    ]);
  });
});

describe('Wikipedia', () => {
  it('names "Cinema of …" pages the way English Wikipedia does', () => {
    expect(cinemaOfTitle('KZ')).toBe('Cinema of Kazakhstan');
    expect(cinemaOfTitle('US')).toBe('Cinema of the United States');
    expect(cinemaOfTitle('CZ')).toBe('Cinema of the Czech Republic');
    expect(cinemaOfTitle('SU')).toBe('Cinema of the Soviet Union');
    expect(wikipediaSummaryUrl('Cinema of Côte d’Ivoire')).toBe(
      'https://en.wikipedia.org/api/rest_v1/page/summary/Cinema_of_C%C3%B4te_d%E2%80%99Ivoire',
    );
  });

  it('skips disambiguation pages and answers from elsewhere', () => {
    const page = (over: object) => ({ type: 'standard', title: 'T', extract: 'E', content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/T' } }, ...over });
    expect(parseWikipediaSummary(page({}))?.attribution.license).toBe('CC BY-SA 4.0');
    expect(parseWikipediaSummary(page({ type: 'disambiguation' }))).toBeNull();
    expect(parseWikipediaSummary(page({ content_urls: { desktop: { page: 'https://evil.test/wiki/T' } } }))).toBeNull();
    expect(parseWikipediaSummary(page({ extract: '' }))).toBeNull();
  });
});

describe('relevance', () => {
  const context: RelatedContext = {
    url: 'https://films.test/a/',
    title: 'Kazakh cinema today',
    section: 'National cinemas',
    published: '2025-08-09T00:00:00Z',
    lang: 'en',
    nations: { about: ['KZ'], mentioned: ['FR'] },
  };
  const piece = (url: string, over: Partial<RelatedPiece>): RelatedPiece => ({
    url,
    title: url,
    date: null,
    section: null,
    teaser: null,
    summary: null,
    nations: { about: [], mentioned: [] },
    source: 'feed',
    position: 0,
    image: null,
    attribution: null,
    status: 'done',
    error: null,
    score: 0,
    ...over,
  });

  it('keeps feed items that share a nation or the section', () => {
    expect(sharesNationOrSection({ nations: { about: [], mentioned: ['KZ'] }, categories: [] }, context)).toBe(true);
    expect(sharesNationOrSection({ nations: { about: [], mentioned: [] }, categories: ['national CINEMAS'] }, context)).toBe(true);
    expect(sharesNationOrSection({ nations: { about: ['MX'], mentioned: [] }, categories: ['Reviews'] }, context)).toBe(false);
  });

  it('ranks shared nations, section, recency and block position; Wikipedia last', () => {
    const now = Date.parse('2025-08-10T00:00:00Z');
    const ranked = rankPieces(
      [
        piece('wiki', { source: 'wikipedia', nations: { about: ['KZ'], mentioned: [] } }),
        piece('old-unrelated', { date: '2020-01-01T00:00:00Z', position: 5 }),
        piece('same-nation', { nations: { about: ['KZ'], mentioned: [] }, date: '2025-08-01T00:00:00Z', position: 3 }),
        piece('block-first', { source: 'page', position: 0, section: 'National cinemas' }),
        piece('block-failed', { source: 'page', position: 0, section: 'National cinemas', status: 'error', error: 'timeout' }),
      ],
      context,
      now,
    );
    expect(ranked.map((p) => p.url)).toEqual(['block-first', 'block-failed', 'same-nation', 'old-unrelated', 'wiki']);
  });
});
