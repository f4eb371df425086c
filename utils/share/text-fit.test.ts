import { describe, expect, it } from 'vitest';
import { fitText, graphemeLength, graphemes, oneLine, xWeightedLength } from './text-fit';

describe('graphemes', () => {
  it('keeps emoji sequences, flags and combining marks whole', () => {
    expect(graphemes('a👩‍👩‍👧🇫🇷é')).toEqual(['a', '👩‍👩‍👧', '🇫🇷', 'é']);
    expect(graphemeLength('🎬🎬')).toBe(2);
  });
});

describe('xWeightedLength', () => {
  it('counts Latin, Arabic and Hebrew as 1, CJK as 2, an emoji sequence as 2', () => {
    expect(xWeightedLength('Film')).toBe(4);
    expect(xWeightedLength('سينما')).toBe(5);
    expect(xWeightedLength('קולנוע')).toBe(6);
    expect(xWeightedLength('映画')).toBe(4);
    expect(xWeightedLength('👩‍👩‍👧')).toBe(2);
    expect(xWeightedLength('🇯🇵')).toBe(2);
  });
});

describe('fitText', () => {
  it('returns short text unchanged', () => {
    expect(fitText('Short title', 20)).toBe('Short title');
  });
  it('cuts at a word break and ends with an ellipsis', () => {
    expect(fitText('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(fitText('The quick brown fox jumps over the lazy dog', 22)).toBe('The quick brown fox…');
  });
  it('never splits an emoji or a surrogate pair', () => {
    const cut = fitText('🎬🎬🎬🎬🎬🎬', 4);
    expect(cut).toBe('🎬🎬🎬…');
    expect(cut.isWellFormed()).toBe(true);
    expect(fitText('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 3)).toBe('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧');
    expect(fitText('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 2)).toBe('👩‍👩‍👧…');
  });
  it('cuts inside a long word when there is no good word break', () => {
    expect(fitText('Supercalifragilistic', 10)).toBe('Supercali…');
  });
  it('respects a custom measure', () => {
    const cut = fitText('映画映画映画映画', 9, xWeightedLength);
    expect(xWeightedLength(cut)).toBeLessThanOrEqual(9);
    expect(cut).toBe('映画映…');
  });
  it('gives up cleanly when nothing fits', () => {
    expect(fitText('Title', 0)).toBe('');
  });
  it('oneLine collapses newlines and tabs', () => {
    expect(oneLine(' A\n\tfilm \r\n essay ')).toBe('A film essay');
  });
});
