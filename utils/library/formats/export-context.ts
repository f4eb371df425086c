import type { CslItem } from '@/utils/article/types';
import { basicCitation, cslDateOf } from '../records';
import type { SavedItemRow } from '../types';

/** What every export writer needs besides the items. */
export interface ExportContext {
  /** The display name of a list id. */
  listName(id: string): string;
  exportedAt: Date;
}

/**
 * The citation of an item for export: the stored CslItem (from the article engine, or built at
 * import), completed with the URL, title and access date when they are missing.
 */
export function citationOf(row: SavedItemRow): CslItem {
  const stored = row.citation?.URL ? row.citation : basicCitation(row);
  return {
    ...stored,
    title: stored.title || row.title,
    URL: stored.URL || row.url,
    accessed: stored.accessed ?? cslDateOf(row.savedAt),
  };
}
