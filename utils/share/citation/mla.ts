import type { CslItem } from '@/utils/article/types';
import { dateParts, mlaDate, type DateParts } from './dates';
import { locator, sourceKind, titleOf } from './kinds';
import { groupAuthorNames, mlaAuthors } from './names';
import { quotedTitle, tidy, withPeriod, type Span } from './spans';

/**
 * MLA 9th edition works-cited entry (MLA Handbook, ch. 5: the core elements in order, each
 * followed by its punctuation).
 *
 *   Family, Given, and Given Family. “Title of the Article.” *Site or Periodical*, Publisher, 9 Aug. 2025, www.example.com/path.
 *
 * - Authors: one inverted; two as "Family, Given, and Given Family"; three or more: the first
 *   followed by "et al." An organisation that is both author and site (or publisher) is not
 *   repeated as author: the entry begins with the title (5.10).
 * - Title in quotation marks (the piece is part of a larger whole), period inside.
 * - Container (site, periodical, blog, journal) in italics, followed by a comma.
 * - Publisher: only for webpages and blogs, and only when it differs from the site's name (MLA
 *   leaves it out for periodicals and for sites named after their publisher).
 * - Date: day, abbreviated month (May, June, July whole; Sept.), year.
 * - URL without http:// or https:// (5.93); a DOI as https://doi.org/…; the entry ends with a
 *   period.
 * - "Accessed 10 Aug. 2025." is added when the page gives no publication date (5.112).
 */
export function mlaCitation(item: CslItem, accessed: DateParts): Span[] {
  const kind = sourceKind(item.type);
  const container = tidy(item['container-title']);
  const publisher = tidy(item.publisher);
  const groups = groupAuthorNames(item.author);
  const authorIsSite = item.author?.length === 1 && groups.length === 1 && [container, publisher].some((n) => n && n.toLowerCase() === groups[0]);
  const authors = authorIsSite ? '' : mlaAuthors(item.author);
  const date = dateParts(item.issued);

  const spans: Span[] = [];
  if (authors) spans.push({ text: `${withPeriod(authors)} ` });
  spans.push({ text: quotedTitle(titleOf(item)) });

  const elements: Span[][] = [];
  if (container) elements.push([{ text: container, italic: true }]);
  const publisherDiffers = publisher && publisher.toLowerCase() !== container.toLowerCase();
  if (publisherDiffers && (kind === 'webpage' || kind === 'blog')) elements.push([{ text: publisher }]);
  if (date) elements.push([{ text: mlaDate(date) }]);
  const where = locator(item);
  if (where) elements.push([{ text: item.DOI?.trim() ? where : where.replace(/^https?:\/\//i, '') }]);

  elements.forEach((element, i) => {
    spans.push({ text: i === 0 ? ' ' : ', ' }, ...element);
  });
  if (elements.length > 0) {
    const last = spans.at(-1)!;
    if (!/[.?!]$/.test(last.text)) spans.push({ text: '.' });
  }
  if (!date) spans.push({ text: ` Accessed ${mlaDate(accessed)}.` });
  return spans;
}
