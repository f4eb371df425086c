import type { CslItem } from '@/utils/article/types';
import type { SavedItemRow } from '../types';
import { citationKeys } from './citation-keys';
import { citationOf } from './export-context';

/** CSL-JSON (Zotero, Pandoc, citeproc): the stored citations, with unique ids, tags as `keyword`, notes as `note`. */
export function toCslJson(rows: readonly SavedItemRow[]): string {
  const citations = rows.map(citationOf);
  const keys = citationKeys(citations);
  const out = citations.map((c, i): CslItem & { note?: string } => {
    const row = rows[i]!;
    const item: CslItem & { note?: string } = { ...c, id: keys[i]! };
    if (row.tags.length) item.keyword = row.tags.join(', ');
    if (row.notes) item.note = row.notes;
    return item;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
