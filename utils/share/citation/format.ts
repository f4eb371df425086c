import type { CslItem } from '@/utils/article/types';
import { apaCitation } from './apa';
import { chicagoCitation } from './chicago';
import { partsOfDate, type DateParts } from './dates';
import { mlaCitation } from './mla';
import { renderSpans, type FormattedCitation, type Span } from './spans';

/** The citation styles Reelmark formats. */
export type CitationStyle = 'apa' | 'mla' | 'chicago';

/** Each style's formatter; a map rather than a switch so a new style is one line. */
const STYLES: Record<CitationStyle, (item: CslItem, accessed: DateParts) => Span[]> = {
  apa: apaCitation,
  mla: mlaCitation,
  chicago: chicagoCitation,
};

/** Every style, in the order the popup offers them. */
export const CITATION_STYLES: readonly CitationStyle[] = ['apa', 'mla', 'chicago'];

/**
 * A reference-list / works-cited / bibliography entry for `item`, as plain text and as HTML
 * (italics kept). `accessed` is the day the reader read the page; styles print it when the
 * page has no publication date. The entry is in English, as the three guides are.
 */
export function formatCitation(item: CslItem, style: CitationStyle, accessed: Date = new Date()): FormattedCitation {
  return renderSpans(STYLES[style](item, partsOfDate(accessed)));
}
