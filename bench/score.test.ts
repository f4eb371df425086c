import { describe, expect, it } from 'vitest';
import { aggregate, bootstrapStd, matchShingles, scorePage, shingles, tokenize } from './score';

describe('benchmark scorer', () => {
  it('tokenizes like Python \\w+ (Unicode letters, digits, underscore; punctuation splits)', () => {
    expect(tokenize("Don't stop_me now, 2019!")).toEqual(['Don', 't', 'stop_me', 'now', '2019']);
    expect(tokenize('Résumé naïve café')).toEqual(['Résumé', 'naïve', 'café']);
    expect(tokenize('엘제이의 리벤지인가')).toEqual(['엘제이의', '리벤지인가']);
    expect(tokenize('')).toEqual([]);
  });

  it('makes 4-token shingles; a short text is one shingle, an empty text none', () => {
    expect([...shingles(['a', 'b', 'c', 'd', 'e']).keys()]).toHaveLength(2);
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
    // Multiset: a repeated window counts twice.
    expect(shingles(['x', 'x', 'x', 'x', 'x']).get(['x', 'x', 'x', 'x'].join('\u0001'))).toBe(2);
  });

  it('computes normalised TP/FP/FN by hand-checked cases', () => {
    // truth 6 tokens -> 3 shingles (abcd, bcde, cdef); prediction 5 tokens -> 2 shingles (abcd, bcde)
    const c = matchShingles('a b c d e f', 'a b c d e');
    expect(c.tp).toBeCloseTo(2 / 3);
    expect(c.fp).toBeCloseTo(0);
    expect(c.fn).toBeCloseTo(1 / 3);
    // disjoint texts: 1 truth shingle, 1 predicted shingle
    const d = matchShingles('one two three four', 'five six seven eight');
    expect(d).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    // both empty: all zero
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('aggregates like evaluate.py: precision skips empty predictions, F1 from the means', () => {
    const pages = [
      scorePage('a b c d e f', 'a b c d e'), // P 1, R 2/3
      scorePage('g h i j', ''), // empty prediction: P not counted, R 0
      scorePage('k l m n', 'k l m n'), // exact: P 1, R 1
    ];
    const m = aggregate(pages);
    expect(m.precision).toBeCloseTo(1);
    expect(m.recall).toBeCloseTo((2 / 3 + 0 + 1) / 3);
    expect(m.f1).toBeCloseTo((2 * 1 * (5 / 9)) / (1 + 5 / 9));
    expect(m.accuracy).toBeCloseTo(1 / 3);
  });

  it('accuracy compares whole token lists, so punctuation and spacing do not matter', () => {
    expect(scorePage('Hello, world!', 'Hello world').exact).toBe(true);
    expect(scorePage('Hello world', 'Hello world again').exact).toBe(false);
  });

  it('bootstrap spread is reproducible and zero for identical pages', () => {
    const same = Array.from({ length: 10 }, () => scorePage('a b c d e', 'a b c d e'));
    expect(bootstrapStd(same, 50).f1).toBe(0);
    const mixed = [scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', 'x y z w')];
    expect(bootstrapStd(mixed, 100, 7)).toEqual(bootstrapStd(mixed, 100, 7));
  });
});
