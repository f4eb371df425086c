import type { Article } from '@/utils/article/types';

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
}
