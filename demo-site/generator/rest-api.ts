import { AUTHORS, CATEGORIES, SITE } from '../content/site';
import { allPosts, categoryOf, permalink, postsByDate } from '../content/posts';
import type { Post } from '../content/types';
import { abs, esc, restDate } from './html';
import { bodyHtml } from './article-page';
import { indexFile, type FileMap } from './listing-pages';
import { allTags, authorId, categoryId, paths, tagInfo } from './taxonomy';

const api = (route: string): string => abs(`/wp-json${route}`);
const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** One post as GET /wp-json/wp/v2/posts returns it (the fields clients read, WordPress's shape). */
export function restPost(p: Post): unknown {
  const cat = categoryOf(p.categorySlug);
  const tagIds = p.tags.map((t) => tagInfo(t).id);
  return {
    id: p.id,
    date: restDate(p.published),
    date_gmt: restDate(p.published),
    guid: { rendered: abs(`/?p=${p.id}`) },
    modified: restDate(p.modified),
    modified_gmt: restDate(p.modified),
    slug: p.slug,
    status: 'publish',
    type: 'post',
    link: permalink(p),
    title: { rendered: esc(p.title) },
    content: { rendered: `${bodyHtml(p, false)}\n`, protected: false },
    excerpt: { rendered: `<p>${esc(p.standfirst)}</p>\n`, protected: false },
    author: authorId(p.authorSlug),
    featured_media: p.id + 1,
    comment_status: 'open',
    ping_status: 'open',
    sticky: p.origin === 'seed',
    template: '',
    format: 'standard',
    meta: { footnotes: '' },
    categories: [categoryId(cat.slug)],
    tags: tagIds,
    class_list: [`post-${p.id}`, 'post', 'type-post', 'status-publish', 'format-standard', 'has-post-thumbnail', 'hentry', `category-${cat.slug}`],
    lang: p.lang,
    _links: {
      self: [{ href: api(`/wp/v2/posts/${p.id}`) }],
      collection: [{ href: api('/wp/v2/posts') }],
      author: [{ embeddable: true, href: api(`/wp/v2/users/${authorId(p.authorSlug)}`) }],
      'wp:term': [
        { taxonomy: 'category', embeddable: true, href: api(`/wp/v2/categories?post=${p.id}`) },
        { taxonomy: 'post_tag', embeddable: true, href: api(`/wp/v2/tags?post=${p.id}`) },
      ],
    },
  };
}

function route(path: string, args: Record<string, unknown> = {}): unknown {
  return {
    namespace: 'wp/v2',
    methods: ['GET'],
    endpoints: [{ methods: ['GET'], args }],
    _links: { self: [{ href: api(path) }] },
  };
}

/**
 * The static WordPress REST API: the index at /wp-json/, posts (list and one file per post),
 * categories, tags and users. The server serves these regardless of the query string.
 */
export function restApi(files: FileMap): void {
  const listArgs = {
    page: { type: 'integer', default: 1, minimum: 1 },
    per_page: { type: 'integer', default: 10, minimum: 1, maximum: 100 },
    search: { type: 'string' },
    categories: { type: 'array', items: { type: 'integer' } },
    tags: { type: 'array', items: { type: 'integer' } },
    slug: { type: 'array', items: { type: 'string' } },
  };
  files.set(
    indexFile('/wp-json/', 'index.json'),
    json({
      name: SITE.name,
      description: SITE.tagline,
      url: abs(''),
      home: abs(''),
      gmt_offset: 0,
      timezone_string: '',
      page_for_posts: 0,
      page_on_front: 0,
      show_on_front: 'posts',
      namespaces: ['oembed/1.0', 'wp/v2', 'wp-site-health/v1'],
      authentication: [],
      routes: {
        '/wp/v2/posts': route('/wp/v2/posts', listArgs),
        '/wp/v2/posts/(?P<id>[\\d]+)': route('/wp/v2/posts/(?P<id>[\\d]+)'),
        '/wp/v2/categories': route('/wp/v2/categories', listArgs),
        '/wp/v2/tags': route('/wp/v2/tags', listArgs),
        '/wp/v2/users': route('/wp/v2/users'),
      },
      site_logo: 0,
      site_icon: 0,
      site_icon_url: abs('/favicon.ico'),
      _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
    }),
  );
  files.set(indexFile('/wp-json/wp/v2/posts/', 'index.json'), json(postsByDate().map(restPost)));
  for (const p of allPosts()) files.set(indexFile(`/wp-json/wp/v2/posts/${p.id}/`, 'index.json'), json(restPost(p)));
  files.set(
    indexFile('/wp-json/wp/v2/categories/', 'index.json'),
    json(
      CATEGORIES.map((c) => ({
        id: categoryId(c.slug),
        count: allPosts().filter((p) => p.categorySlug === c.slug).length,
        description: c.description,
        link: abs(paths.category(c.slug)),
        name: c.name,
        slug: c.slug,
        taxonomy: 'category',
        parent: 0,
        meta: [],
        _links: { self: [{ href: api(`/wp/v2/categories/${categoryId(c.slug)}`) }] },
      })),
    ),
  );
  files.set(
    indexFile('/wp-json/wp/v2/tags/', 'index.json'),
    json(
      allTags().map((t) => ({
        id: t.id,
        count: t.count,
        description: '',
        link: abs(paths.tag(t.name)),
        name: t.name,
        slug: t.slug,
        taxonomy: 'post_tag',
        meta: [],
      })),
    ),
  );
  files.set(
    indexFile('/wp-json/wp/v2/users/', 'index.json'),
    json(
      AUTHORS.map((a) => ({
        id: authorId(a.slug),
        name: a.name,
        url: '',
        description: a.bio,
        link: abs(paths.author(a.slug)),
        slug: a.slug,
        avatar_urls: {},
        meta: [],
      })),
    ),
  );
}
