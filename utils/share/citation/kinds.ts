import type { CslItem } from '@/utils/article/types';
import { doiUrl, tidy } from './spans';

/** How a CSL type is cited: as part of a periodical, or as a page of a website. */
export type SourceKind = 'periodical' | 'blog' | 'journal' | 'webpage';

/** Reelmark's CSL types grouped by how the three guides cite them. */
export function sourceKind(type: CslItem['type']): SourceKind {
  switch (type) {
    case 'article-newspaper':
    case 'article-magazine':
      return 'periodical';
    case 'post-weblog':
      return 'blog';
    case 'article-journal':
      return 'journal';
    default:
      return 'webpage';
  }
}

/** Where the piece is found: its DOI link when it has one, else its URL. */
export function locator(item: CslItem): string {
  return item.DOI?.trim() ? doiUrl(item.DOI) : tidy(item.URL);
}

/** The title, or the URL when the page had none (a citation always needs something there). */
export function titleOf(item: CslItem): string {
  return tidy(item.title) || tidy(item.URL);
}
