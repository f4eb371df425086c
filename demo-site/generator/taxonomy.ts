import { AUTHORS, CATEGORIES } from '../content/site';
import { allPosts } from '../content/posts';
import { slugify } from '../content/slug';

export interface TagInfo {
  id: number;
  name: string;
  slug: string;
  count: number;
}

/** Every tag used by a post, with a stable WordPress-like id and its post count. */
export function allTags(): TagInfo[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const post of allPosts()) {
    for (const name of post.tags) {
      const slug = slugify(name);
      const entry = counts.get(slug) ?? { name, count: 0 };
      entry.count++;
      counts.set(slug, entry);
    }
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, { name, count }], i) => ({ id: 100 + i, name, slug, count }));
}

/** The tag record for a tag name. */
export function tagInfo(name: string): TagInfo {
  const slug = slugify(name);
  const t = allTags().find((x) => x.slug === slug);
  if (!t) throw new Error(`No tag ${name}`);
  return t;
}

/** WordPress term id of a category (small numbers, as on a young site). */
export function categoryId(slug: string): number {
  const i = CATEGORIES.findIndex((c) => c.slug === slug);
  if (i < 0) throw new Error(`No category ${slug}`);
  return 3 + i;
}

/** WordPress user id of an author. */
export function authorId(slug: string): number {
  const i = AUTHORS.findIndex((a) => a.slug === slug);
  if (i < 0) throw new Error(`No author ${slug}`);
  return 2 + i;
}

/** Root-relative archive paths, as WordPress builds them. */
export const paths = {
  category: (slug: string): string => `/category/${slug}/`,
  categoryFeed: (slug: string): string => `/category/${slug}/feed/`,
  tag: (name: string): string => `/tag/${slugify(name)}/`,
  author: (slug: string): string => `/author/${slug}/`,
};
