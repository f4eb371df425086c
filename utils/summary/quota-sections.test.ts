import { describe, expect, it } from 'vitest';
import type { BodyBlock } from './body-blocks';
import { sectionsByHeading, sectionsWithinQuota } from './quota-sections';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** A quota of `n` words, counting how often it was asked. */
function quota(n: number) {
  const fits = async (t: string) => {
    fits.calls++;
    return words(t) <= n;
  };
  fits.calls = 0;
  return fits;
}
const p = (text: string): BodyBlock => ({ text, kind: 'paragraph', linkShare: 0 });
const h = (text: string): BodyBlock => ({ text, kind: 'heading', linkShare: 0 });
const para = (label: string, n: number) => `${label} ${Array.from({ length: n - 1 }, (_, i) => `w${i}`).join(' ')}.`;

describe('sections within the input quota', () => {
  const blocks = [p(para('intro', 20)), h('First part'), p(para('a1', 30)), p(para('a2', 30)), h('Second part'), p(para('b1', 25))];

  it('groups paragraphs under their subheadings', () => {
    expect(sectionsByHeading(blocks).map((s) => s.length)).toEqual([1, 3, 2]);
  });

  it('returns the whole body as one piece when it fits', async () => {
    const pieces = await sectionsWithinQuota(blocks, 'en', quota(1000));
    expect(pieces).toHaveLength(1);
  });

  it('cuts at subheadings first and packs neighbouring sections while they fit', async () => {
    const pieces = await sectionsWithinQuota(blocks, 'en', quota(70));
    expect(pieces.map(words).every((n) => n <= 70)).toBe(true);
    expect(pieces[0]?.startsWith('intro')).toBe(true);
    expect(pieces.some((piece) => piece.startsWith('First part'))).toBe(true);
    expect(pieces.join(' ')).toContain('b1');
  });

  it('splits a section too big for the quota between paragraphs, then sentences, then words', async () => {
    const long = `${para('S1', 12)} ${para('S2', 12)} ${para('S3', 12)}`;
    const pieces = await sectionsWithinQuota([p(long), p(para('x', 40))], 'en', quota(15));
    expect(pieces.map(words).every((n) => n <= 15)).toBe(true);
    expect(pieces.slice(0, 3).map((s) => s.split(' ')[0])).toEqual(['S1', 'S2', 'S3']);
    // Nothing of the body is lost.
    expect(pieces.map(words).reduce((a, b) => a + b, 0)).toBe(words(long) + 40);
  });
});
