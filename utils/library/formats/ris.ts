import type { CslItem } from '@/utils/article/types';
import type { SavedItemRow } from '../types';
import { citationOf } from './export-context';

const TYPES: Record<CslItem['type'], string> = {
  'article-newspaper': 'NEWS',
  'article-magazine': 'MGZN',
  'article-journal': 'JOUR',
  'post-weblog': 'BLOG',
  webpage: 'ELEC',
  article: 'ELEC',
};

/** An RIS date (`YYYY/MM/DD/`), or null. */
function risDate(date: CslItem['issued']): string | null {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  if (!y) return null;
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

/** RIS records (Zotero, EndNote, Mendeley): one per item, tags as keywords, notes as N1. */
export function toRis(rows: readonly SavedItemRow[]): string {
  const oneLine = (v: string) => v.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return rows
    .map((row) => {
      const c = citationOf(row);
      const lines: [string, string | null | undefined][] = [
        ['TY', TYPES[c.type] ?? 'ELEC'],
        ['TI', c.title],
        ...(c.author ?? []).map((n): [string, string] => ['AU', n.literal ?? [n.family, n.given].filter(Boolean).join(', ')]),
        ['T2', c['container-title']],
        ['PB', c.publisher],
        ['PY', c.issued?.['date-parts'][0]?.[0]?.toString()],
        ['DA', risDate(c.issued)],
        ['UR', c.URL],
        ['Y2', risDate(c.accessed)],
        ['DO', c.DOI],
        ['LA', c.language],
        ['AB', c.abstract],
        ...row.tags.map((tag): [string, string] => ['KW', tag]),
        ['N1', row.notes || null],
      ];
      return (
        lines
          .filter((l): l is [string, string] => Boolean(l[1]))
          .map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
          .join('\r\n') + '\r\nER  - \r\n'
      );
    })
    .join('\r\n');
}
