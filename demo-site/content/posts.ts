import { AUTHORS, CATEGORIES, SITE } from './site';
import { readSeed } from './seed';
import { RELATED_PIECES } from './related-pieces';
import { MORE_POSTS } from './more-posts';
import { demoComments, seedComments } from './comments';
import { slugify } from './slug';
import type { Author, Block, Category, Lang, Post } from './types';

/** WordPress id of the seed article. */
export const SEED_ID = 4821;

const CAPTION_CREDIT: Record<Lang, string> = {
  en: 'Illustration: Frame & Nation (demo image)',
  fr: 'Illustration : Frame & Nation (image de démonstration)',
  es: 'Ilustración: Frame & Nation (imagen de demostración)',
};

/** Turns draft body lines into blocks and places in-body ad pairs the way an ad plugin would. */
function toBlocks(body: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraphs = 0;
  for (const line of body) {
    if (line.startsWith('## ')) {
      blocks.push({ kind: 'h2', text: line.slice(3) });
      continue;
    }
    blocks.push({ kind: 'p', text: line });
    paragraphs++;
    // After the 2nd paragraph, then every 4th one, but never as the last block.
    if ((paragraphs === 2 || (paragraphs > 2 && (paragraphs - 2) % 4 === 0)) && line !== body[body.length - 1]) {
      blocks.push({ kind: 'ad', variant: 'desktop' }, { kind: 'ad', variant: 'mobile' });
    }
  }
  return blocks;
}

function modifiedAfter(published: string, hours: number): string {
  return new Date(new Date(published).getTime() + hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

let cached: Post[] | undefined;

/** Every post of the demo site (seed article first, then its related pieces, then the rest). */
export function allPosts(): Post[] {
  if (cached) return cached;
  const seed = readSeed();
  const slugById = new Map<number, string>();
  const seedSlug = slugify(seed.title);
  slugById.set(SEED_ID, seedSlug);
  RELATED_PIECES.forEach((d) => slugById.set(d.id, slugify(d.title)));
  MORE_POSTS.forEach((d) => slugById.set(d.id, slugify(d.title)));
  const slugOf = (id: number): string => {
    const s = slugById.get(id);
    if (!s) throw new Error(`Unknown post id ${id}`);
    return s;
  };
  if (RELATED_PIECES.length !== seed.related.length) {
    throw new Error(`The seed lists ${seed.related.length} related pieces; related-pieces.ts has ${RELATED_PIECES.length}`);
  }

  const seedPublished = `${seed.published}T08:30:00+00:00`;
  const posts: Post[] = [
    {
      id: SEED_ID,
      slug: seedSlug,
      title: seed.title,
      standfirst: seed.standfirst,
      authorSlug: 'ines-varga',
      published: seedPublished,
      modified: '2025-08-10T10:12:00+00:00',
      categorySlug: 'national-cinemas',
      tags: ['co-productions', 'film diplomacy', 'soft power', 'film policy'],
      lang: 'en',
      blocks: seed.blocks,
      related: RELATED_PIECES.map((d) => slugOf(d.id)),
      imageAlt: 'Two film crews from different countries sharing a set at dusk',
      imageCaption: `Two film crews from different countries sharing a set at dusk. ${CAPTION_CREDIT.en}`,
      comments: seedComments(SEED_ID, seedPublished),
      origin: 'seed',
    },
  ];
  RELATED_PIECES.forEach((d, i) => {
    const item = seed.related[i];
    if (!item) throw new Error(`No seed teaser at ${i}`);
    const published = `${item.date}T${d.time}:00+00:00`;
    posts.push({
      id: d.id,
      slug: slugOf(d.id),
      title: d.title,
      standfirst: item.teaser,
      authorSlug: d.authorSlug,
      published,
      modified: modifiedAfter(published, 2),
      categorySlug: 'national-cinemas',
      tags: d.tags,
      lang: 'en',
      blocks: toBlocks(d.body),
      related: d.related.map((j) => slugOf(RELATED_PIECES[j]?.id ?? -1)),
      imageAlt: d.imageAlt,
      imageCaption: `${d.imageAlt}. ${CAPTION_CREDIT.en}`,
      comments: demoComments(d.id, 'en', published),
      origin: 'demo',
    });
  });
  for (const d of MORE_POSTS) {
    posts.push({
      id: d.id,
      slug: slugOf(d.id),
      title: d.title,
      standfirst: d.standfirst,
      authorSlug: d.authorSlug,
      published: d.published,
      modified: modifiedAfter(d.published, 1),
      categorySlug: d.categorySlug,
      tags: d.tags,
      lang: d.lang,
      blocks: toBlocks(d.body),
      related: d.related.map(slugOf),
      imageAlt: d.imageAlt,
      imageCaption: `${d.imageAlt}. ${CAPTION_CREDIT[d.lang]}`,
      comments: demoComments(d.id, d.lang, d.published),
      origin: 'demo',
    });
  }
  cached = posts;
  return posts;
}

/** Posts newest first, as WordPress lists them. */
export function postsByDate(): Post[] {
  return [...allPosts()].sort((a, b) => b.published.localeCompare(a.published) || b.id - a.id);
}

/** The post with `slug`; throws when there is none (a typo in the content should fail the build). */
export function postBySlug(slug: string): Post {
  const p = allPosts().find((x) => x.slug === slug);
  if (!p) throw new Error(`No post ${slug}`);
  return p;
}

/** The post with WordPress id `id`. */
export function postById(id: number): Post {
  const p = allPosts().find((x) => x.id === id);
  if (!p) throw new Error(`No post ${id}`);
  return p;
}

/** The author with `slug`. */
export function authorOf(slug: string): Author {
  const a = AUTHORS.find((x) => x.slug === slug);
  if (!a) throw new Error(`No author ${slug}`);
  return a;
}

/** The category with `slug`. */
export function categoryOf(slug: string): Category {
  const c = CATEGORIES.find((x) => x.slug === slug);
  if (!c) throw new Error(`No category ${slug}`);
  return c;
}

/** Root-relative permalink, WordPress's /%year%/%monthnum%/%day%/%postname%/ structure. */
export function permalinkPath(post: Pick<Post, 'published' | 'slug'>): string {
  const [y, m, d] = post.published.slice(0, 10).split('-');
  return `/${y}/${m}/${d}/${post.slug}/`;
}

/** Absolute permalink on the placeholder origin (the server rewrites it to its own). */
export function permalink(post: Pick<Post, 'published' | 'slug'>): string {
  return SITE.origin + permalinkPath(post);
}
