import type { Article } from '@/utils/article/types';
import type { NationTags } from '@/utils/related/types';
import type { ArticleSummary } from '@/utils/summary/types';

/** Reading state of a saved item. */
export type ReadStatus = 'unread' | 'read' | 'archived';

/** One article in the user's library. */
export interface SavedItem {
  /** Canonical URL: the library's unique key. */
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  excerpt: string | null;
  status: ReadStatus;
  tags: string[];
  /** Epoch milliseconds. */
  savedAt: number;
  /** Full extracted article, when the page could be extracted. */
  article: Article | null;
  /** Summary kept with the article for the reader page (filled by the summary domain). */
  summary?: ArticleSummary | null;
  /** National cinemas the piece is about (filled by the related domain). */
  nations?: NationTags | null;
}
