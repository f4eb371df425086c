import { describe, expect, it } from 'vitest';
import { keyPointCount, SUMMARY_MIN_WORDS } from './point-count';

describe('key point count', () => {
  it('scales from 1 to 5 points with the body length', () => {
    expect([0, 59, 60, 149, 150, 399, 400, 899, 900, 20_000].map(keyPointCount)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives every body of the summary threshold at least three points', () => {
    expect(keyPointCount(SUMMARY_MIN_WORDS)).toBeGreaterThanOrEqual(3);
  });
});
