/**
 * Length rules of the places Reelmark shares to, and a truncation that respects them without
 * ever splitting a character: cuts fall between grapheme clusters, so surrogate pairs, emoji
 * sequences (👩‍👩‍👧, flags) and combining marks stay whole.
 */

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The user-perceived characters of `text`. Falls back to code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (!segmenter) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Bluesky and Mastodon count grapheme clusters. */
export function graphemeLength(text: string): number {
  return graphemes(text).length;
}

/** The code point ranges X counts as one; every other character counts as two (twitter-text v3). */
const X_LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

/** X's weighted length: light ranges 1, other characters 2, any emoji sequence 2 (twitter-text v3 rules). */
export function xWeightedLength(text: string): number {
  let total = 0;
  for (const g of graphemes(text.normalize('NFC'))) {
    if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(g)) {
      total += 2;
      continue;
    }
    for (const ch of g) {
      const cp = ch.codePointAt(0)!;
      total += X_LIGHT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? 1 : 2;
    }
  }
  return total;
}

/** Collapses runs of whitespace, newlines included, into single spaces. */
export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const ELLIPSIS = '…';

/**
 * `text` cut to fit `budget` as measured by `measure`, ending in "…" when cut. The cut goes at the
 * last word break when that keeps most of the text (at least two thirds), else at a grapheme.
 * Returns '' when not even the ellipsis fits.
 */
export function fitText(text: string, budget: number, measure: (s: string) => number = graphemeLength): string {
  if (measure(text) <= budget) return text;
  if (measure(ELLIPSIS) > budget) return '';
  const parts = graphemes(text);
  // Binary search for the longest prefix that fits with the ellipsis appended.
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(parts.slice(0, mid).join('') + ELLIPSIS) <= budget) lo = mid;
    else hi = mid - 1;
  }
  let prefix = parts.slice(0, lo).join('');
  const endsAtWord = /^\s/u.test(parts[lo] ?? ' ');
  const lastSpace = prefix.lastIndexOf(' ');
  if (!endsAtWord && lastSpace > 0 && lastSpace >= (prefix.length * 2) / 3) prefix = prefix.slice(0, lastSpace);
  prefix = prefix.replace(/[\s,;:–—-]+$/u, '');
  return prefix ? prefix + ELLIPSIS : '';
}
