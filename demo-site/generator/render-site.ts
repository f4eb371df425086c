import { CATEGORIES } from '../content/site';
import { allPosts, permalink, permalinkPath } from '../content/posts';
import { abs, escXml } from './html';
import { articlePage } from './article-page';
import { feeds } from './feeds';
import { LEAD_SIZE, SMALL_SIZE, avatarSvg, faviconIco, leadSvg, logoSvg, postImages, sharePng } from './images';
import { THEME } from './layout';
import { authorPages, categoryPages, homePages, indexFile, searchPages, tagPages, type FileMap } from './listing-pages';
import { restApi } from './rest-api';
import { spa } from './spa';
import { staticPages } from './static-pages';
import { paths } from './taxonomy';

/**
 * Files in public/ written by hand, not by the generator (theme stylesheet and scripts, the SPA's
 * code). The generator leaves them alone and the up-to-date test ignores them.
 */
export const HAND_WRITTEN = ['wp-content/themes/frame/style.css', 'wp-content/themes/frame/js/site.js', 'app/app.js'];

/** Old-style /?p=<id> shortlinks and feed guids -> permalink; the server answers them with a 301. */
export function shortlinks(): Record<string, string> {
  return Object.fromEntries(allPosts().map((p) => [String(p.id), permalinkPath(p)]));
}

function images(files: FileMap): void {
  files.set(THEME.logo.slice(1), logoSvg());
  files.set(THEME.avatar.slice(1), avatarSvg());
  files.set('favicon.ico', faviconIco());
  for (const p of allPosts()) {
    const img = postImages(p);
    files.set(img.large.slice(1), leadSvg(p.id, LEAD_SIZE.w, LEAD_SIZE.h, p.imageAlt));
    files.set(img.small.slice(1), leadSvg(p.id, SMALL_SIZE.w, SMALL_SIZE.h, p.imageAlt));
    files.set(img.og.slice(1), sharePng(p.id));
  }
}

function sitemap(files: FileMap): void {
  const urls = [
    abs('/'),
    ...CATEGORIES.map((c) => abs(paths.category(c.slug))),
    ...allPosts().map((p) => permalink(p)),
  ];
  files.set(
    'wp-sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
      .map((u) => `<url><loc>${escXml(u)}</loc></url>`)
      .join('\n')}\n</urlset>\n`,
  );
  files.set(
    'robots.txt',
    `User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: ${abs('/wp-sitemap.xml')}\n`,
  );
}

/** Renders the whole demo site in memory: relative path inside public/ -> file content. */
export function renderSite(): FileMap {
  const files: FileMap = new Map();
  for (const post of allPosts()) files.set(indexFile(permalinkPath(post)), articlePage(post));
  homePages(files);
  categoryPages(files);
  tagPages(files);
  authorPages(files);
  searchPages(files);
  staticPages(files);
  feeds(files);
  restApi(files);
  spa(files);
  images(files);
  sitemap(files);
  files.set('_shortlinks.json', `${JSON.stringify(shortlinks(), null, 1)}\n`);
  for (const hand of HAND_WRITTEN) {
    if (files.has(hand)) throw new Error(`Generator must not write hand-written file ${hand}`);
  }
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
