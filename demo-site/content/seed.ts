import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block } from './types';

/** Where the project's copy of the seed article lives (copied from ../shared/seed/). */
export const SEED_FILE = fileURLToPath(new URL('./seed.txt', import.meta.url));

export interface SeedRelatedItem {
  category: string;
  teaser: string;
  /** As the seed prints it, e.g. "July 19, 2025". */
  dateText: string;
  /** YYYY-MM-DD. */
  date: string;
}

export interface Seed {
  title: string;
  standfirst: string;
  /** As the seed prints it: "Published August 09, 2025". */
  publishedLine: string;
  /** YYYY-MM-DD. */
  published: string;
  shareLabels: string[];
  /** Paragraphs, subheadings and ad slots in the order the seed has them. */
  blocks: Block[];
  relatedHeading: string;
  related: SeedRelatedItem[];
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Turns "July 19, 2025" into "2025-07-19"; throws on anything else so a changed seed fails loudly. */
export function parseSeedDate(text: string): string {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[1] ?? '') : -1;
  if (!m || month < 0) throw new Error(`Unrecognised seed date: ${text}`);
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

// Subheadings in the seed are single short sentences; body paragraphs are several sentences long.
const SUBHEADING_MAX = 120;

/**
 * Parses the seed's plain-text layout: title, standfirst, "Published" line, share labels, body
 * (ADVERTISEMENT lines are ad slots, short lines are the italic subheadings), then the related block
 * as repeating groups of category, teaser, "-" and date.
 */
export function parseSeed(text: string): Seed {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const [title = '', standfirst = '', publishedLine = '', shareLine = ''] = lines;
  const relatedAt = lines.indexOf('Related Articles');
  if (relatedAt < 0) throw new Error('Seed has no "Related Articles" block');
  const blocks: Block[] = [];
  let adRun = 0;
  for (const line of lines.slice(4, relatedAt)) {
    if (!line.trim()) continue;
    if (line === 'ADVERTISEMENT') {
      // Real ad plugins inject a desktop and a mobile slot side by side; the seed shows them as pairs.
      blocks.push({ kind: 'ad', variant: adRun % 2 === 0 ? 'desktop' : 'mobile' });
      adRun++;
      continue;
    }
    adRun = 0;
    blocks.push(line.length <= SUBHEADING_MAX ? { kind: 'h2', text: line } : { kind: 'p', text: line });
  }
  const related: SeedRelatedItem[] = [];
  const rest = lines.slice(relatedAt + 1).filter((l) => l.trim() !== '');
  if (rest.length % 4 !== 0) throw new Error('Related block is not made of category/teaser/-/date groups');
  for (let i = 0; i < rest.length; i += 4) {
    const [category = '', teaser = '', sep = '', dateText = ''] = rest.slice(i, i + 4);
    if (sep !== '-') throw new Error(`Unexpected related-block layout near: ${teaser}`);
    related.push({ category, teaser, dateText, date: parseSeedDate(dateText) });
  }
  return {
    title,
    standfirst,
    publishedLine,
    published: parseSeedDate(publishedLine.replace(/^Published /, '')),
    shareLabels: shareLine.split(' ').filter(Boolean),
    blocks,
    relatedHeading: 'Related Articles',
    related,
  };
}

let cached: Seed | undefined;

/** The parsed seed article (read once from the project's copy). */
export function readSeed(): Seed {
  cached ??= parseSeed(readFileSync(SEED_FILE, 'utf8'));
  return cached;
}
