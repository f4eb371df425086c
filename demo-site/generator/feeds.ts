import { CATEGORIES, SITE, UI } from '../content/site';
import { authorOf, categoryOf, permalink, postsByDate } from '../content/posts';
import type { Post } from '../content/types';
import { abs, cdata, esc, escXml, rfc822 } from './html';
import { bodyHtml } from './article-page';
import { postImages } from './images';
import { indexFile, type FileMap } from './listing-pages';
import { paths } from './taxonomy';

const guid = (post: Post): string => abs(`/?p=${post.id}`);

/** The post body as feeds carry it, with the line Yoast appends to every feed item. */
function feedContent(post: Post): string {
  return `${bodyHtml(post, false)}\n<p>The post <a href="${permalink(post)}">${esc(post.title)}</a> appeared first on <a href="${abs('/')}">${esc(SITE.name)}</a>.</p>`;
}

function newest(posts: Post[]): string {
  return posts.reduce((m, p) => (p.modified > m ? p.modified : m), posts[0]?.modified ?? '2025-01-01T00:00:00+00:00');
}

/** An RSS 2.0 feed exactly in WordPress's shape (content:encoded, dc:creator, sy:, slash:). */
export function rssFeed(opts: { title: string; selfPath: string; linkPath: string; description: string; posts: Post[] }): string {
  const items = opts.posts
    .map((p) => {
      const cats = [categoryOf(p.categorySlug).name, ...p.tags].map((c) => `\t\t<category>${cdata(c)}</category>`).join('\n');
      return `\t<item>
\t\t<title>${escXml(p.title)}</title>
\t\t<link>${permalink(p)}</link>
\t\t<comments>${permalink(p)}#respond</comments>
\t\t<dc:creator>${cdata(authorOf(p.authorSlug).name)}</dc:creator>
\t\t<pubDate>${rfc822(p.published)}</pubDate>
${cats}
\t\t<guid isPermaLink="false">${guid(p)}</guid>
\t\t<description>${cdata(p.standfirst)}</description>
\t\t<content:encoded>${cdata(feedContent(p))}</content:encoded>
\t\t<slash:comments>${p.comments.length}</slash:comments>
\t</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>

<channel>
\t<title>${escXml(opts.title)}</title>
\t<atom:link href="${abs(opts.selfPath)}" rel="self" type="application/rss+xml" />
\t<link>${abs(opts.linkPath)}</link>
\t<description>${escXml(opts.description)}</description>
\t<lastBuildDate>${rfc822(newest(opts.posts))}</lastBuildDate>
\t<language>en-US</language>
\t<sy:updatePeriod>
\thourly\t</sy:updatePeriod>
\t<sy:updateFrequency>
\t1\t</sy:updateFrequency>
\t<generator>https://wordpress.org/?v=${SITE.wpVersion}</generator>
<image>
\t<url>${abs('/favicon.ico')}</url>
\t<title>${escXml(opts.title)}</title>
\t<link>${abs(opts.linkPath)}</link>
\t<width>16</width>
\t<height>16</height>
</image>
${items}
</channel>
</rss>
`;
}

/** The site's Atom feed, as WordPress serves it at /feed/atom/. */
export function atomFeed(posts: Post[]): string {
  const entries = posts
    .map((p) => {
      const a = authorOf(p.authorSlug);
      const cats = [categoryOf(p.categorySlug).name, ...p.tags]
        .map((c) => `\t\t<category scheme="${abs('/')}" term="${escXml(c)}" />`)
        .join('\n');
      return `\t<entry>
\t\t<author>
\t\t\t<name>${escXml(a.name)}</name>
\t\t\t<uri>${abs(paths.author(a.slug))}</uri>
\t\t</author>
\t\t<title type="html">${cdata(p.title)}</title>
\t\t<link rel="alternate" type="text/html" href="${permalink(p)}" />
\t\t<id>${guid(p)}</id>
\t\t<updated>${p.modified.replace('+00:00', 'Z')}</updated>
\t\t<published>${p.published.replace('+00:00', 'Z')}</published>
${cats}
\t\t<summary type="html">${cdata(p.standfirst)}</summary>
\t\t<content type="html" xml:base="${permalink(p)}">${cdata(feedContent(p))}</content>
\t\t<link rel="replies" type="text/html" href="${permalink(p)}#comments" thr:count="${p.comments.length}" />
\t\t<thr:total>${p.comments.length}</thr:total>
\t</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><feed
  xmlns="http://www.w3.org/2005/Atom"
  xmlns:thr="http://purl.org/syndication/thread/1.0"
  xml:lang="en-US"
  >
\t<title type="text">${escXml(SITE.name)}</title>
\t<subtitle type="text">${escXml(SITE.tagline)}</subtitle>
\t<updated>${newest(posts).replace('+00:00', 'Z')}</updated>
\t<link rel="alternate" type="text/html" href="${abs('/')}" />
\t<id>${abs('/feed/atom/')}</id>
\t<link rel="self" type="application/atom+xml" href="${abs('/feed/atom/')}" />
\t<generator uri="https://wordpress.org/" version="${SITE.wpVersion}">WordPress</generator>
${entries}
</feed>
`;
}

/** The site's JSON Feed 1.1. */
export function jsonFeed(posts: Post[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: SITE.name,
    home_page_url: abs('/'),
    feed_url: abs('/feed.json'),
    description: SITE.tagline,
    icon: abs('/favicon.ico'),
    language: 'en-US',
    items: posts.map((p) => {
      const a = authorOf(p.authorSlug);
      return {
        id: guid(p),
        url: permalink(p),
        title: p.title,
        content_html: bodyHtml(p, false),
        summary: p.standfirst,
        image: abs(postImages(p).large),
        date_published: p.published,
        date_modified: p.modified,
        authors: [{ name: a.name, url: abs(paths.author(a.slug)) }],
        tags: [categoryOf(p.categorySlug).name, ...p.tags],
        language: UI[p.lang].locale.replace('_', '-'),
      };
    }),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** Site feeds (/feed/, /feed/atom/, /feed.json) and one RSS feed per category. */
export function feeds(files: FileMap): void {
  const latest = postsByDate().slice(0, SITE.postsPerFeed);
  files.set(
    indexFile('/feed/', 'index.rss'),
    rssFeed({ title: SITE.name, selfPath: '/feed/', linkPath: '/', description: SITE.tagline, posts: latest }),
  );
  files.set(indexFile('/feed/atom/', 'index.atom'), atomFeed(latest));
  files.set('feed.json', jsonFeed(latest));
  for (const cat of CATEGORIES) {
    files.set(
      indexFile(paths.categoryFeed(cat.slug), 'index.rss'),
      rssFeed({
        title: `${cat.name} Archives - ${SITE.name}`,
        selfPath: paths.categoryFeed(cat.slug),
        linkPath: paths.category(cat.slug),
        description: SITE.tagline,
        posts: postsByDate()
          .filter((p) => p.categorySlug === cat.slug)
          .slice(0, SITE.postsPerFeed),
      }),
    );
  }
}
