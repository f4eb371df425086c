import type { CslItem, CslName } from '@/utils/article/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function nameOf(n: CslName, first: boolean): string {
  if (n.literal) return n.literal;
  if (!n.family) return n.given ?? '';
  if (!n.given) return n.family;
  return first ? `${n.family}, ${n.given}` : `${n.given} ${n.family}`;
}

function authorsOf(names: readonly CslName[]): string {
  const all = names.map((n, i) => nameOf(n, i === 0));
  if (all.length <= 1) return all[0] ?? '';
  if (all.length > 3) return `${all[0]}, et al`;
  return `${all.slice(0, -1).join(', ')}, and ${all.at(-1)}`;
}

function dateOf(date: CslItem['issued']): string | null {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  if (!y) return null;
  if (!m) return String(y);
  return d ? `${MONTHS[m - 1]} ${d}, ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/**
 * A reference in the shape of the Chicago notes-bibliography style for web and news pieces:
 * Author. “Title.” *Container*, Month Day, Year. URL. Returned as parts so a page can set the
 * container in italics without building HTML.
 */
export function formatReference(c: CslItem): { before: string; container: string | null; after: string } {
  const authors = c.author?.length ? authorsOf(c.author) : '';
  const title = c.title.replace(/[.]$/, '');
  const before = `${authors ? authors.replace(/\.$/, '') + '. ' : ''}“${title}.”${c['container-title'] ? ' ' : ''}`;
  const published = dateOf(c.issued);
  const accessed = !published ? dateOf(c.accessed) : null;
  const tail = [published, accessed ? `accessed ${accessed}` : null].filter(Boolean).join(', ');
  const after = `${c['container-title'] && tail ? ', ' : ''}${tail}${c['container-title'] || tail ? '. ' : ''}${c.URL}.`;
  return { before, container: c['container-title'] ?? null, after };
}
