import type { CslName } from '@/utils/article/types';
import { tidy } from './spans';

/** A name kept whole: an organisation, or a person known by one name. */
function wholeName(name: CslName): string | null {
  if (name.literal) return tidy(name.literal);
  if (!name.given?.trim()) return tidy(name.family) || null;
  if (!name.family?.trim()) return tidy(name.given);
  return null;
}

/** "Jean-Luc" → "J.-L.", "Mary Ann" → "M. A.", "J.R.R." → "J. R. R." */
export function initials(given: string): string {
  return tidy(given)
    .split(' ')
    .flatMap((word) => (/\.\S/.test(word) ? word.split('.').filter(Boolean) : [word]))
    .map((word) =>
      word
        .split('-')
        .filter(Boolean)
        .map((part) => `${(Array.from(part.replace(/^[^\p{L}]+/u, ''))[0] ?? '').toUpperCase()}.`)
        .join('-'),
    )
    .filter((i) => i !== '.')
    .join(' ');
}

/** APA: "Family, G. G." */
function apaName(name: CslName): string {
  return wholeName(name) ?? `${tidy(name.family)}, ${initials(name.given!)}`;
}

/** "Family, Given" (first author in MLA and Chicago). */
function invertedName(name: CslName): string {
  return wholeName(name) ?? `${tidy(name.family)}, ${tidy(name.given)}`;
}

/** "Given Family" (later authors in MLA and Chicago). */
function directName(name: CslName): string {
  return wholeName(name) ?? `${tidy(name.given)} ${tidy(name.family)}`;
}

const usable = (names: CslName[] | undefined): CslName[] =>
  (names ?? []).filter((n) => Boolean(tidy(n.literal) || tidy(n.family) || tidy(n.given)));

/**
 * APA 7 (9.8): up to 20 authors are all listed, "&" before the last (with a comma even for two);
 * from 21, the first 19, an ellipsis, then the last.
 */
export function apaAuthors(names: CslName[] | undefined): string {
  const list = usable(names).map(apaName);
  if (list.length === 0) return '';
  if (list.length === 1) return list[0]!;
  if (list.length <= 20) return `${list.slice(0, -1).join(', ')}, & ${list.at(-1)}`;
  return `${list.slice(0, 19).join(', ')}, . . . ${list.at(-1)}`;
}

/**
 * MLA 9 (5.6–5.7): one author inverted; two as "Family, Given, and Given Family"; three or more
 * as the first author followed by "et al."
 */
export function mlaAuthors(names: CslName[] | undefined): string {
  const list = usable(names);
  if (list.length === 0) return '';
  if (list.length === 1) return invertedName(list[0]!);
  if (list.length === 2) return `${invertedName(list[0]!)}, and ${directName(list[1]!)}`;
  return `${invertedName(list[0]!)}, et al.`;
}

/**
 * Chicago 17 (14.76): the first author inverted, the others in normal order, "and" before the
 * last; up to ten all listed, more than ten as the first seven followed by "et al."
 */
export function chicagoAuthors(names: CslName[] | undefined): string {
  const list = usable(names);
  if (list.length === 0) return '';
  const [first, ...rest] = list;
  if (list.length > 10) return `${[invertedName(first!), ...rest.slice(0, 6).map(directName)].join(', ')}, et al.`;
  if (rest.length === 0) return invertedName(first!);
  if (rest.length === 1) return `${invertedName(first!)}, and ${directName(rest[0]!)}`;
  return `${[invertedName(first!), ...rest.slice(0, -1).map(directName)].join(', ')}, and ${directName(rest.at(-1)!)}`;
}

/** The organisation names among the authors, to avoid repeating one as the site name (APA). */
export function groupAuthorNames(names: CslName[] | undefined): string[] {
  return usable(names)
    .map((n) => n.literal)
    .filter((n): n is string => Boolean(n))
    .map((n) => tidy(n).toLowerCase());
}
