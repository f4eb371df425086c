import type { Article } from '@/utils/article/types';
import { tagNations } from './tag-nations';
import type { NationTags } from './types';

/**
 * The nation fields the extract CLI adds to each record: `{ nations: { about, mentioned } }`.
 * Reads only what the article engine returns, so the same tags come out in Node and the browser.
 */
export function nationRecordFields(
  article: Pick<Article, 'title' | 'section' | 'text' | 'description' | 'lang'>,
): { nations: NationTags } {
  return {
    nations: tagNations({
      title: article.title,
      section: article.section,
      text: article.text,
      lead: article.description,
      lang: article.lang,
    }),
  };
}
