import { describe, expect, it } from 'vitest';
import { cosine, idfOf, rankSentences, termOf, textRank, vectorOf, Vocabulary } from './rank';

function vectors(sentences: string[]) {
  const vocabulary = new Vocabulary();
  const terms = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean).map((w) => vocabulary.id(termOf(w, 'en')));
  const docs = sentences.map(terms);
  const idf = idfOf(docs);
  return { idf, terms, vectors: docs.map((d) => vectorOf(d, idf)) };
}

describe('ranking', () => {
  it('stems long alphabetic words and leaves other scripts alone', () => {
    expect(termOf('Productions', 'en')).toBe(termOf('production', 'en'));
    expect(termOf('映画館', 'ja')).toBe('映画館');
  });

  it('measures cosine similarity between unit vectors', () => {
    const { vectors: v } = vectors(['cinema festival opens', 'cinema festival opens', 'weather report rain']);
    expect(cosine(v[0]!, v[1]!)).toBeCloseTo(1);
    expect(cosine(v[0]!, v[2]!)).toBe(0);
  });

  it('ranks a sentence that shares nothing with the others lowest', () => {
    const sentences = [
      'The festival screens restored silent films in the old cinema.',
      'Restored silent films draw young audiences to the old cinema.',
      'The old cinema hosts the festival of restored silent films every spring.',
      'Parking nearby costs two euros an hour.',
    ];
    const scores = textRank(vectors(sentences).vectors);
    expect(scores.indexOf(Math.min(...scores))).toBe(3);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('blends centrality with position, heading cues, title similarity and quality', () => {
    const sentences = [
      'A quiet opening line about the weather in the city.',
      'The festival of restored silent films opens in the old cinema.',
      'Restored silent films fill the old cinema at the festival.',
    ];
    const { vectors: v, idf, terms } = vectors(sentences);
    const input = (position: number, quality = 1) => ({ position, afterHeading: false, opensBlock: false, quality });
    const base = rankSentences([input(0), input(0.5), input(1)], v, idf, []);
    expect(base[1]).toBeGreaterThan(base[0]!);
    const penalised = rankSentences([input(0), input(0.5, 0.1), input(1)], v, idf, []);
    expect(penalised[1]).toBeLessThan(base[1]!);
    const untitled = rankSentences([input(0.5), input(0.5), input(0.5)], v, idf, []);
    const titled = rankSentences([input(0.5), input(0.5), input(0.5)], v, idf, terms('Weather in the city'));
    expect(titled[0]! - untitled[0]!).toBeGreaterThan(titled[1]! - untitled[1]!);
    const cued = rankSentences([input(0.5), { ...input(0.5), afterHeading: true }, input(0.5)], v, idf, []);
    expect(cued[1]).toBeGreaterThan(untitled[1]!);
  });
});
