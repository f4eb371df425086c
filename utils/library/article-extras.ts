import type { Article } from '@/utils/article/types';
import { nationRecordFields } from '@/utils/related/nation-fields';
import type { NationTags } from '@/utils/related/types';
import { summarizeArticle } from '@/utils/summary';
import type { ArticleSummary } from '@/utils/summary/types';

/** What the library keeps beside an extracted article, for the reader page and the filters. */
export interface ArticleExtras {
  summary: ArticleSummary | null;
  nations: NationTags | null;
}

/**
 * The summary and nation tags of an extracted article, computed once when it is saved. A summary
 * the reader already saw (the popup's, possibly from the on-device model) is kept as it is.
 * Pages without a body get neither.
 */
export function articleExtras(article: Article, shownSummary?: ArticleSummary | null): ArticleExtras {
  if (!article.text.trim()) return { summary: shownSummary ?? null, nations: null };
  const extractive = summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });
  const summary = shownSummary ?? (extractive.points.length || extractive.tldr ? extractive : null);
  return { summary, nations: nationRecordFields(article).nations };
}
