import type { CslItem } from '@/utils/article/types';
import type { SavedItemRow } from '../types';
import { citationKeys, isoOfCslDate } from './citation-keys';
import { citationOf } from './export-context';

/** Escapes the characters TeX treats specially in a field value. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

const PERIODICAL: ReadonlySet<CslItem['type']> = new Set(['article-newspaper', 'article-magazine', 'article-journal']);

function names(c: CslItem): string | null {
  if (!c.author?.length) return null;
  return c.author
    .map((n) => (n.literal ? `{${escapeTex(n.literal)}}` : [n.family, n.given].filter(Boolean).map((p) => escapeTex(p!)).join(', ')))
    .join(' and ');
}

/**
 * BibTeX entries (biblatex-friendly, readable by plain BibTeX): newspaper, magazine and journal
 * pieces as `@article` with their `journal`, everything else as `@online`. Tags become keywords.
 */
export function toBibtex(rows: readonly SavedItemRow[]): string {
  const citations = rows.map(citationOf);
  const keys = citationKeys(citations);
  return citations
    .map((c, i) => {
      const periodical = PERIODICAL.has(c.type);
      const date = isoOfCslDate(c.issued);
      const fields: [string, string | null | undefined][] = [
        ['title', escapeTex(c.title)],
        ['author', names(c)],
        [periodical ? 'journal' : 'organization', c['container-title'] ? escapeTex(c['container-title']) : null],
        ['date', date],
        ['year', date?.slice(0, 4)],
        ['month', date && date.length >= 7 ? String(Number(date.slice(5, 7))) : null],
        ['url', c.URL.replace(/[{}]/g, encodeURIComponent)],
        ['urldate', isoOfCslDate(c.accessed)],
        ['doi', c.DOI],
        ['language', c.language],
        ['abstract', c.abstract ? escapeTex(c.abstract) : null],
        ['keywords', rows[i]!.tags.length ? escapeTex(rows[i]!.tags.join(', ')) : null],
      ];
      const body = fields
        .filter((f): f is [string, string] => Boolean(f[1]))
        .map(([k, v]) => `  ${k} = {${v}}`)
        .join(',\n');
      return `@${periodical ? 'article' : 'online'}{${keys[i]},\n${body}\n}\n`;
    })
    .join('\n');
}
