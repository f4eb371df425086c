import type { Article } from '@/utils/article/types';
import { summarizeArticle } from '@/utils/summary';
import { clip } from './plain-text';

/**
 * The short ad-free summary of a fetched piece: the extractive key points of its clean body, or
 * null when the body is too short to summarise (the teaser then stands alone).
 */
export function pieceSummary(article: Article): string[] | null {
  const { points } = summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });
  return points.length > 0 ? points : null;
}

/** The teaser to show for a fetched piece: the block's teaser, else the page's description, else its opening. */
export function pieceTeaser(blockTeaser: string | null, article: Article): string | null {
  if (blockTeaser) return blockTeaser;
  if (article.description) return clip(article.description, 320);
  const opening = article.text.split(/\n\s*\n/)[0]?.trim();
  return opening ? clip(opening, 320) : null;
}
