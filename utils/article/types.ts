/**
 * The shapes the article engine hands to the rest of Reelmark. Every other domain (summary,
 * related, library, share) reads articles through these types only.
 */

/** Why a page was, or was not, judged to be an article. */
export interface Detection {
  isArticle: boolean;
  /** 0..1: how sure the detector is of `isArticle`. */
  confidence: number;
  /** Short machine-readable reasons, e.g. `jsonld:NewsArticle`, `og:article`, `listing:many-teasers`. */
  reasons: string[];
}

/** A link found in one of the page's related-article blocks. */
export interface RelatedLink {
  url: string;
  title: string;
  teaser: string | null;
  section: string | null;
  /** ISO 8601 date (or date-time) when the block shows one. */
  date: string | null;
  image: string | null;
}

/** A CSL-JSON date: `date-parts` as [[year, month?, day?]]. */
export interface CslDate {
  'date-parts': [number, number?, number?][];
  raw?: string;
}

/** A CSL-JSON name, either split into family/given or kept whole as a literal (organisations). */
export interface CslName {
  family?: string;
  given?: string;
  /** "Jr.", "III": CSL's name suffix (added by the engine; optional). */
  suffix?: string;
  literal?: string;
}

/** The subset of CSL-JSON that Reelmark produces; citation formatters and exports read it. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'article-magazine' | 'article-journal' | 'post-weblog' | 'webpage' | 'article';
  title: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  'container-title'?: string;
  publisher?: string;
  URL: string;
  DOI?: string;
  language?: string;
  abstract?: string;
  section?: string;
  keyword?: string;
}

/** Descriptive metadata of a page, merged from every source the engine knows. */
export interface ArticleMeta {
  /** The URL the page was loaded from. */
  url: string;
  /** The canonical URL (link rel=canonical, og:url) or `url` when the page names none. */
  canonical: string;
  title: string;
  /** The byline as the page shows it, e.g. "By Ana Silva and Tom Roe". */
  byline: string | null;
  authors: string[];
  /** ISO 8601. */
  published: string | null;
  /** ISO 8601. */
  modified: string | null;
  section: string | null;
  tags: string[];
  siteName: string | null;
  /** BCP 47 language tag, e.g. `en`, `fr-CA`. */
  lang: string | null;
  description: string | null;
  /** Absolute URL of the lead image. */
  image: string | null;
}

/** Everything the engine returns for one page. */
export interface Article extends ArticleMeta {
  isArticle: boolean;
  confidence: number;
  wordCount: number;
  readingMinutes: number;
  /** Plain text of the body; paragraphs separated by blank lines. */
  text: string;
  /** Sanitised HTML of the body. */
  html: string;
  related: RelatedLink[];
  citation: CslItem;
  /** Set when extraction failed part-way (bad input); the other fields then hold what could be read. */
  error?: string;
}

/** The cheap facts the content script reports at page load (no extraction). */
export interface PageSummary {
  url: string;
  title: string;
  siteName: string | null;
  detection: Detection;
}
