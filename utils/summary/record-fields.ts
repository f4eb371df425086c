import type { Article } from '@/utils/article/types';
import { summarizeArticle } from './summarize-article';

/** The summary fields a stored or exported article record carries. */
export interface SummaryRecordFields {
  /** Key points: sentences exactly as they stand in the body (whitespace collapsed). */
  summary: string[];
  /** One-line TL;DR, also a sentence (or the start of one) from the body. */
  tldr: string;
}

/**
 * The extractive summary of an extracted article as record fields, for the library (saved
 * articles, reader page) and the extract CLI's JSON output.
 */
export function summaryRecordFields(article: Pick<Article, 'text' | 'html' | 'lang' | 'title'>): SummaryRecordFields {
  const { points, tldr } = summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });
  return { summary: points, tldr };
}
