import type { Article, CslItem, RelatedLink } from './types';

/**
 * One page as the extraction CLI prints it (one JSON object per line). Other domains extend it
 * (summary, tldr, nations…) by spreading this record and adding their fields after `citation`.
 */
export interface ExtractRecord {
  file: string;
  url: string;
  isArticle: boolean;
  confidence: number;
  title: string;
  byline: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  section: string | null;
  tags: string[];
  siteName: string | null;
  lang: string | null;
  canonical: string;
  description: string | null;
  image: string | null;
  wordCount: number;
  readingMinutes: number;
  text: string;
  html: string;
  related: RelatedLink[];
  citation: CslItem;
  /** Only present when reading or extracting the page failed. */
  error?: string;
}

/** Builds the CLI record of `article` read from `file`, with the keys in their documented order. */
export function toRecord(file: string, article: Article): ExtractRecord {
  const record: ExtractRecord = {
    file,
    url: article.url,
    isArticle: article.isArticle,
    confidence: article.confidence,
    title: article.title,
    byline: article.byline,
    authors: article.authors,
    published: article.published,
    modified: article.modified,
    section: article.section,
    tags: article.tags,
    siteName: article.siteName,
    lang: article.lang,
    canonical: article.canonical,
    description: article.description,
    image: article.image,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    text: article.text,
    html: article.html,
    related: article.related,
    citation: article.citation,
  };
  if (article.error) record.error = article.error;
  return record;
}
