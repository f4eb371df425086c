import type { CslItem } from '@/utils/article/types';
import { apaDate, dateParts, longDate, type DateParts } from './dates';
import { sourceKind, locator, titleOf } from './kinds';
import { apaAuthors, groupAuthorNames } from './names';
import { closed, tidy, withPeriod, type Span } from './spans';

/**
 * APA 7th edition reference-list entry (Publication Manual ch. 9–10, examples 10.1–10.2 for
 * newspaper, magazine and blog articles, 10.16 for webpages on a website).
 *
 *   Author, A. A., & Author, B. B. (2025, August 9). Title of the article. *Site or Periodical*. URL
 *   Author, A. A. (2025, August 9). *Title of the webpage*. Site Name. URL
 *
 * - Authors: family name and initials; "&" before the last (with a comma, even for two); 21 or
 *   more: the first 19, ". . .", then the last.
 * - Date: (year, Month day) for periodicals, blogs and webpages; the year alone for journals;
 *   (n.d.) when unknown, and then "Retrieved Month day, year, from URL" because an undated page
 *   may change.
 * - No author: the title moves to the author position, before the date.
 * - Italics: the periodical, blog or journal name; for a webpage, its own title. A webpage's site
 *   name is left out when it is the same as the (group) author.
 * - The title's case is kept as published: sentence case needs knowledge of proper nouns that a
 *   formatter cannot have.
 * - DOI as https://doi.org/… in place of the URL; no period after the URL or DOI.
 */
export function apaCitation(item: CslItem, accessed: DateParts): Span[] {
  const kind = sourceKind(item.type);
  const date = dateParts(item.issued);
  const dateText = date ? (kind === 'journal' ? String(date.year) : apaDate(date)) : 'n.d.';
  const authors = apaAuthors(item.author);
  const title = closed(titleOf(item), kind === 'webpage');
  const container = tidy(item['container-title']);
  const showContainer = container && !(kind === 'webpage' && groupAuthorNames(item.author).includes(container.toLowerCase()));

  const spans: Span[] = authors
    ? [{ text: `${withPeriod(authors)} (${dateText}). ` }, ...title]
    : [...title, { text: ` (${dateText}).` }];
  if (showContainer) spans.push({ text: ' ' }, ...closed(container, kind !== 'webpage'));
  const where = locator(item);
  if (where) spans.push({ text: date ? ` ${where}` : ` Retrieved ${longDate(accessed)}, from ${where}` });
  return spans;
}
