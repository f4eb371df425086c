/**
 * Shapes of the demo site's content. Everything the generator writes comes from values of these
 * types, so a page, its feed item and its REST answer can never disagree.
 */

export type Lang = 'en' | 'fr' | 'es';

/** One block of an article body, in reading order. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  /** An in-body ad slot; `variant` mimics the desktop/mobile pairs real ad plugins inject. */
  | { kind: 'ad'; variant: 'desktop' | 'mobile' };

export interface CommentData {
  id: number;
  author: string;
  /** ISO 8601 with offset. */
  date: string;
  text: string;
  /** Id of the comment this one answers, for threaded replies. */
  parent?: number;
}

export interface Author {
  slug: string;
  name: string;
  bio: string;
}

export interface Category {
  slug: string;
  name: string;
  description: string;
  lang: Lang;
}

export interface Post {
  /** WordPress post id (used by shortlinks, the REST API and feed guids). */
  id: number;
  slug: string;
  title: string;
  /** Shown under the title, used as excerpt, meta description and related-block teaser. */
  standfirst: string;
  authorSlug: string;
  /** ISO 8601 with offset, e.g. 2025-08-09T08:30:00+00:00. */
  published: string;
  modified: string;
  categorySlug: string;
  tags: string[];
  lang: Lang;
  blocks: Block[];
  /** Slugs of the posts shown in this post's "Related Articles" block, in order. */
  related: string[];
  imageAlt: string;
  imageCaption: string;
  comments: CommentData[];
  /** `seed`: the body is the project's seed text; `demo`: every word was invented for the demo. */
  origin: 'seed' | 'demo';
}
