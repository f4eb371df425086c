import type { Article, CslItem } from '@/utils/article/types';
import type { SavedItem } from '@/utils/library/types';
import type { ArticleSummary } from '@/utils/summary/types';
import { completeCitation } from './citation/complete';
import { isWebUrl } from './clean-url';

/**
 * Everything a share target may need about one piece, whatever it came from (the tab's article,
 * a saved item, a row of a list). Share encoders read only this.
 */
export interface Shareable {
  title: string;
  /** The address the piece was read from. */
  url: string;
  /** The page's canonical URL, when it names one. */
  canonical?: string | null;
  /** Key points of the summary, 3 to 5 sentences. */
  summaryPoints?: string[];
  /** One-line summary. */
  tldr?: string | null;
  /** Absolute URL of the lead image. */
  image?: string | null;
  citation?: CslItem | null;
  siteName?: string | null;
  /** The byline as shown, e.g. "By Ana Silva". */
  byline?: string | null;
  /** ISO 8601. */
  published?: string | null;
}

function summaryFields(summary: ArticleSummary | null | undefined): Pick<Shareable, 'summaryPoints' | 'tldr'> {
  if (!summary) return {};
  return { summaryPoints: summary.points.filter((p) => p.trim()), tldr: summary.tldr.trim() || null };
}

/** The current article (with its summary, when one has been made) as a Shareable. */
export function shareableFromArticle(article: Article, summary?: ArticleSummary | null): Shareable {
  return {
    title: article.title,
    url: article.url,
    canonical: article.canonical,
    image: isWebUrl(article.image) ? article.image : null,
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    citation: completeCitation(article.citation, article),
    // Without a summary, the page's own description is the best one-line gist there is.
    tldr: article.description?.trim() || null,
    ...summaryFields(summary),
  };
}

/** A saved library item as a Shareable; the stored article, when there is one, fills the gaps. */
export function shareableFromSavedItem(item: SavedItem): Shareable {
  const fromArticle = item.article ? shareableFromArticle(item.article, item.summary) : null;
  const citation =
    fromArticle?.citation ??
    completeCitation(null, {
      url: item.url,
      canonical: item.url,
      title: item.title,
      siteName: item.siteName,
      byline: item.byline,
      authors: [],
      published: item.published,
    });
  return {
    ...fromArticle,
    ...summaryFields(item.summary),
    title: item.title || fromArticle?.title || item.url,
    url: item.url,
    canonical: fromArticle?.canonical ?? item.url,
    siteName: item.siteName ?? fromArticle?.siteName ?? null,
    byline: item.byline ?? fromArticle?.byline ?? null,
    published: item.published ?? fromArticle?.published ?? null,
    tldr: item.summary?.tldr?.trim() || fromArticle?.tldr || item.excerpt?.trim() || null,
    citation: { ...citation, title: item.title || citation.title },
  };
}
