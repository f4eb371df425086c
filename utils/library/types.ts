import type { CslItem, RelatedLink } from '@/utils/article/types';
import type { NationTags } from '@/utils/related/types';
import type { ArticleSummary } from '@/utils/summary/types';

/** Reading state of a saved item. */
export type ReadStatus = 'unread' | 'read' | 'archived';

/** Where a saved item came from: how it was saved, or which export it was imported from. */
export type SaveSource =
  | 'popup'
  | 'context-menu'
  | 'shortcut'
  | 'link'
  /** A related piece saved from the popup's related list. */
  | 'related'
  | 'import:pocket'
  | 'import:instapaper'
  | 'import:omnivore'
  | 'import:bookmarks'
  | 'import:csv'
  | 'import:reelmark'
  /** Saved by the first version of the library, before sources were recorded. */
  | 'legacy';

/** A passage the reader highlighted (kept from Omnivore exports), with their note on it. */
export interface Highlight {
  quote: string;
  note: string | null;
}

/**
 * One article in the user's library, whole: what Reelmark read from the page (metadata, citation,
 * clean HTML and text), what other domains added (summary, nations, related pieces), and what the
 * reader added (tags, notes, status, favourite, lists). This is also the shape of a Reelmark JSON
 * export, so an export round-trips without loss.
 */
export interface SavedItem {
  /** Canonical URL, normalised (see `url.ts`): the library's unique key. */
  url: string;
  title: string;
  siteName: string | null;
  /** Host name without `www.`: what the site filter groups by. */
  site: string;
  byline: string | null;
  authors: string[];
  /** ISO 8601 date or date-time, as the page states it. */
  published: string | null;
  section: string | null;
  excerpt: string | null;
  /** BCP 47 language tag. */
  lang: string | null;
  image: string | null;
  wordCount: number;
  /** The article's CSL-JSON record (exports to BibTeX, RIS and CSL-JSON are made from it). */
  citation: CslItem;
  /** Related pieces the page linked to (filled when saved from a page, or by the related domain). */
  related: RelatedLink[];
  /** Summary kept with the article for the reader page (filled by the summary domain). */
  summary?: ArticleSummary | null;
  /** National cinemas the piece is about (filled by the related domain). */
  nations?: NationTags | null;
  tags: string[];
  notes: string;
  highlights: Highlight[];
  status: ReadStatus;
  favourite: boolean;
  /** Ids of the lists (see {@link LibraryList}) the item belongs to. */
  lists: string[];
  /** Epoch milliseconds of the first save. */
  savedAt: number;
  /** Epoch milliseconds of when it was marked read (or archived after reading), or null. */
  readAt: number | null;
  /** Epoch milliseconds of the last change of any kind; the search index catches up from it. */
  updatedAt: number;
  source: SaveSource;
  /** Sanitised clean HTML of the body ('' when only the link is known, e.g. most imports). */
  html: string;
  /** Plain text of the body; paragraphs separated by blank lines. */
  text: string;
}

/** The body of an item, stored apart so that listing 10,000 items never reads their text. */
export interface ItemBody {
  url: string;
  html: string;
  text: string;
}

/** A row of the `articles` table: a saved item without its body. */
export type SavedItemRow = Omit<SavedItem, 'html' | 'text'>;

/** A reading list. Items name the lists they are in by id. */
export interface LibraryList {
  id: string;
  /** The name the user gave it; '' for the default list, shown as "Reading list" in their language. */
  name: string;
  createdAt: number;
}

/** The IndexedDB database of the library (every extension context opens the same one). */
export const LIBRARY_DB_NAME = 'reelmark-library';

/** The id of the default list ("Reading list"): it always exists and cannot be deleted. */
export const DEFAULT_LIST_ID = 'reading-list';

/** A key/value row of the `meta` table (the persisted search index lives there). */
export interface MetaRow {
  key: string;
  value: unknown;
}
