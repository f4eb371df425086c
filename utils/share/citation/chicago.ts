import type { CslItem } from '@/utils/article/types';
import { dateParts, longDate, type DateParts } from './dates';
import { locator, sourceKind, titleOf } from './kinds';
import { chicagoAuthors } from './names';
import { quotedTitle, tidy, withPeriod, type Span } from './spans';

/**
 * Chicago Manual of Style 17th edition, notes-and-bibliography: bibliography entry (14.191 for
 * newspapers and magazines read online, 14.208 for blog posts, 14.206 for webpages, 14.175 for
 * journal articles).
 *
 *   Family, Given, and Given Family. “Title of the Article.” *Periodical*, August 9, 2025. URL.
 *   Family, Given. “Title of the Post.” *Blog Name* (blog), August 9, 2025. URL.
 *   Family, Given. “Title of the Page.” Site Name. August 9, 2025. URL.
 *
 * - Authors: the first inverted, the others "Given Family", "and" before the last; more than ten:
 *   the first seven, then "et al." (14.76).
 * - Title in quotation marks, period inside.
 * - Periodical, blog and journal names in italics followed by a comma and the date; "(blog)" is
 *   added after a blog's name unless the name says so already. A website's name is set in roman
 *   and, like the date, closed by a period.
 * - Date: Month day, year. With no publication date, "Accessed Month day, year." takes its place.
 * - URL (or https://doi.org/ link) last, followed by a period.
 */
export function chicagoCitation(item: CslItem, accessed: DateParts): Span[] {
  const kind = sourceKind(item.type);
  const authors = chicagoAuthors(item.author);
  const container = tidy(item['container-title']);
  const date = dateParts(item.issued);
  const dateText = date ? longDate(date) : `Accessed ${longDate(accessed)}`;

  const spans: Span[] = [];
  if (authors) spans.push({ text: `${withPeriod(authors)} ` });
  spans.push({ text: quotedTitle(titleOf(item)) });

  if (kind === 'webpage') {
    if (container) spans.push({ text: ` ${withPeriod(container)}` });
    spans.push({ text: ` ${dateText}.` });
  } else if (container) {
    const blogNote = kind === 'blog' && !/blog/i.test(container) ? ' (blog)' : '';
    // A date identifies the issue, so it follows the name after a comma; "Accessed" starts a new element.
    spans.push({ text: ' ' }, { text: container, italic: true }, { text: `${blogNote}${date ? ', ' : '. '}${dateText}.` });
  } else {
    spans.push({ text: ` ${dateText}.` });
  }
  const where = locator(item);
  if (where) spans.push({ text: ` ${withPeriod(where)}` });
  return spans;
}
