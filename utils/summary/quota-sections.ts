/**
 * Splitting a long body into sections that each fit a model's input quota. The body is cut at its
 * subheadings first, then between paragraphs, then between sentences, and only as a last resort
 * inside a sentence; neighbouring pieces are packed together while they still fit, so the model
 * sees as few, as whole, sections as possible.
 */
import type { BodyBlock } from './body-blocks';
import { sentenceSpans } from './segment';

/** Tells whether a piece of text fits the quota (e.g. through `measureInputUsage`). */
export type FitsQuota = (text: string) => Promise<boolean>;

const PARAGRAPH = '\n\n';

/** The body's sections: each subheading starts one, holding the paragraphs up to the next. */
export function sectionsByHeading(blocks: BodyBlock[]): string[][] {
  const sections: string[][] = [];
  let current: string[] = [];
  for (const block of blocks) {
    if (!block.text) continue;
    if (block.kind === 'heading' && current.length) {
      sections.push(current);
      current = [];
    }
    current.push(block.text);
  }
  if (current.length) sections.push(current);
  return sections;
}

/** Packs `units` in order into as few joined pieces as fit; a unit too big alone goes to `split`. */
async function pack(units: string[], glue: string, fits: FitsQuota, split: (unit: string) => Promise<string[]>): Promise<string[]> {
  const out: string[] = [];
  let current = '';
  for (const unit of units) {
    const candidate = current ? current + glue + unit : unit;
    if (await fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) out.push(current);
    current = '';
    if (await fits(unit)) current = unit;
    else out.push(...(await split(unit)));
  }
  if (current) out.push(current);
  return out;
}

/** Halves `text` (at a space near the middle) until every half fits. */
async function splitByLength(text: string, fits: FitsQuota): Promise<string[]> {
  if (text.length < 2 || (await fits(text))) return [text];
  const middle = Math.floor(text.length / 2);
  const space = text.lastIndexOf(' ', middle);
  const cut = space > text.length / 4 ? space : middle;
  return [...(await splitByLength(text.slice(0, cut).trim(), fits)), ...(await splitByLength(text.slice(cut).trim(), fits))];
}

async function splitBySentence(paragraph: string, lang: string | null, fits: FitsQuota): Promise<string[]> {
  const sentences = sentenceSpans(paragraph, lang)
    .map((s) => paragraph.slice(s.start, s.end).trim())
    .filter(Boolean);
  return pack(sentences, ' ', fits, (sentence) => splitByLength(sentence, fits));
}

/**
 * Pieces of the body, in order, each fitting the quota: whole sections where they fit, packed
 * together while they fit; oversized sections split by paragraph, then sentence, then length.
 */
export async function sectionsWithinQuota(blocks: BodyBlock[], lang: string | null, fits: FitsQuota): Promise<string[]> {
  const sections = sectionsByHeading(blocks).map((paragraphs) => paragraphs.join(PARAGRAPH));
  return pack(sections, PARAGRAPH, fits, async (section) =>
    pack(section.split(PARAGRAPH), PARAGRAPH, fits, (paragraph) => splitBySentence(paragraph, lang, fits)),
  );
}
