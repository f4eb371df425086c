/** The national cinemas a piece is about, as ISO 3166-1 alpha-2 codes (e.g. `KZ`, `MX`). */
export interface NationTags {
  /** Nations the piece is about: named in the title or section, or mentioned repeatedly. */
  about: string[];
  /** Nations only mentioned in passing (a co-producer named once). */
  mentioned: string[];
}

/** Where a related piece was found. */
export type RelatedSource = 'page' | 'feed' | 'wp-api' | 'wikipedia';

/** Why a piece's own page could not be read (shown quietly next to it). */
export type PieceErrorCode =
  | 'not-found'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'not-html'
  | 'redirects'
  | 'rate-limited'
  | 'network';

/** Credit for text reused under a licence (Wikipedia summaries). */
export interface Attribution {
  /** e.g. "Wikipedia". */
  label: string;
  /** The page the text comes from. */
  url: string;
  license: string;
  licenseUrl: string;
}

/** One related piece as the popup lists it. */
export interface RelatedPiece {
  /** Canonical URL: the piece's identity in a run. */
  url: string;
  title: string;
  /** ISO 8601, when known. */
  date: string | null;
  section: string | null;
  /** Teaser from the block or feed, or the page's description. */
  teaser: string | null;
  /** Key sentences from the piece's own page, once it was fetched (see summary-hook.ts). */
  summary: string[] | null;
  nations: NationTags;
  source: RelatedSource;
  /** Position within its source (0 = first link in the block / newest feed item). */
  position: number;
  image: string | null;
  attribution: Attribution | null;
  /** `pending` until its page was read (page-block pieces are fetched; feed items are not). */
  status: 'pending' | 'done' | 'error';
  error: PieceErrorCode | null;
  /** Relevance to the article (higher first); see rank.ts. */
  score: number;
}

/** One unit of background work in a run; persisted so a restarted worker can resume it. */
export interface RelatedTask {
  id: string;
  kind: 'page' | 'feed' | 'feed-probe' | 'wp-category' | 'wp-posts' | 'wikipedia';
  url: string;
  status: 'queued' | 'running' | 'done' | 'error' | 'skipped';
  /** For a page task: the piece it fills in. For a probe: the group it belongs to (first hit wins). */
  ref: string | null;
  error: string | null;
}

/** What the article being read contributes to relevance. */
export interface RelatedContext {
  url: string;
  title: string;
  section: string | null;
  published: string | null;
  lang: string | null;
  nations: NationTags;
}

/** A tab's related-pieces run, kept in session storage while it lasts. */
export interface RelatedRun {
  tabId: number;
  /** The article URL the run is for; a new URL in the tab starts a new run. */
  articleUrl: string;
  context: RelatedContext;
  state: 'running' | 'done' | 'cancelled';
  startedAt: number;
  finishedAt: number | null;
  tasks: RelatedTask[];
  /** Ranked, best first. */
  pieces: RelatedPiece[];
}
