/**
 * Addresses on the demo site that tests, benches and scripts need. They are literals on purpose
 * (importing them reads no files); site.test.ts checks each one against the generated site.
 */

/** The seed article (its text is ../shared/seed/national-cinemas-co-productions.txt). */
export const SEED_ARTICLE_PATH =
  '/2025/08/09/exploring-the-cultural-exchange-through-film-co-productions-in-strengthening-bilateral-relations-and-artistic-synergies-between-nations/';
export const SEED_ARTICLE_TITLE =
  'Exploring the Cultural Exchange Through Film Co-Productions in Strengthening Bilateral Relations and Artistic Synergies Between Nations.';

/** An article whose "Related Articles" block links SLOW_ARTICLE_PATH and MISSING_ARTICLE_PATH first. */
export const FETCHER_TEST_ARTICLE_PATH = '/2025/08/14/nollywood-and-its-neighbours-nigerias-growing-co-production-map/';
/** A normal article; make it slow with `delays: { [SLOW_ARTICLE_PATH]: ms }`. */
export const SLOW_ARTICLE_PATH = '/2025/08/13/taiwanese-cinemas-quiet-co-production-boom/';
/** A normal article; make it a 404 with `missing: [MISSING_ARTICLE_PATH]`. */
export const MISSING_ARTICLE_PATH = '/2025/08/11/georgian-cinemas-new-generation-finds-european-partners/';

/** Original French and Spanish articles (multilingual fixtures). */
export const FRENCH_ARTICLE_PATH = '/2025/08/03/le-cinema-senegalais-et-lart-de-la-coproduction/';
export const SPANISH_ARTICLE_PATH = '/2025/08/01/el-cine-argentino-y-el-largo-puente-de-la-coproduccion-con-espana/';

/** Pages that are not articles. */
export const HOME_PATH = '/';
export const CATEGORY_PATH = '/category/national-cinemas/';
export const TAG_PATH = '/tag/co-productions/';
export const SEARCH_PATH = '/?s=cinema';
export const ABOUT_PATH = '/about/';
/** The single-page app: listing at SPA_PATH, articles at SPA_PATH + <slug>/. */
export const SPA_PATH = '/app/';

/** Feeds and the WordPress REST API. */
export const FEED_PATHS = {
  rss: '/feed/',
  atom: '/feed/atom/',
  json: '/feed.json',
  categoryRss: '/category/national-cinemas/feed/',
} as const;
export const REST_INDEX_PATH = '/wp-json/';
export const REST_POSTS_PATH = '/wp-json/wp/v2/posts';
