import type { Article } from '@/utils/article/types';
import { clip } from './plain-text';

/**
 * HOOK for the summary domain (LEAD: wire `summarizeArticle` from `utils/summary/` here once it is
 * on main, e.g. `return summarizeArticle(article).points`). Until then a fetched piece shows its
 * teaser, and this returns null so the popup does not repeat it.
 */
export function pieceSummary(_article: Article): string[] | null {
  return null;
}

/** The teaser to show for a fetched piece: the block's teaser, else the page's description, else its opening. */
export function pieceTeaser(blockTeaser: string | null, article: Article): string | null {
  if (blockTeaser) return blockTeaser;
  if (article.description) return clip(article.description, 320);
  const opening = article.text.split(/\n\s*\n/)[0]?.trim();
  return opening ? clip(opening, 320) : null;
}
