/**
 * Sentence ranking: TextRank over tf-idf cosine similarity, blended with closeness to the
 * document's centroid, position, and cues from the title and subheadings. Deterministic and
 * language-independent: idf computed inside the article stands in for stop-word lists.
 */

/** A sentence as the ranker sees it. */
export interface RankInput {
  /** 0..1: where the sentence sits in the body (0 = first). */
  position: number;
  /** The sentence opens the first paragraph after a subheading. */
  afterHeading: boolean;
  /** The sentence opens its paragraph (topic sentences carry more). */
  opensBlock: boolean;
  /** Multiplier for how well the sentence reads as a point on its own (length, quotes...). */
  quality: number;
}

/** A sparse tf-idf vector: term ids in ascending order with their weights, scaled to unit length. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Euclidean norm before scaling (0 for a vector with no weighted term). */
  norm: number;
}

/** Term ids for a vocabulary, so vectors compare by merging sorted integer arrays. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** The id of `term`, assigned on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

const DAMPING = 0.85;
const MAX_ITERATIONS = 50;
/** PageRank stops when no score moves by more than this. */
const CONVERGED = 1e-7;
/**
 * Most sentences the similarity graph holds. The graph costs n² to build and walk; in longer
 * bodies only the best sentences by centrality and position take part (the rest are unlikely
 * points anyway).
 */
export const MAX_GRAPH = 200;

/** Longer Latin, Greek and Cyrillic words cut to a common stem, a crude stemmer for any language. */
const STEM_LENGTH = 6;
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u;

/** The comparison form of a word: lower case, and cut to a stem in alphabetic scripts. */
export function termOf(word: string, lang: string | null | undefined): string {
  let lower: string;
  try {
    lower = word.toLocaleLowerCase(lang ?? undefined);
  } catch {
    lower = word.toLowerCase();
  }
  return lower.length > STEM_LENGTH && ALPHABETIC.test(lower) ? lower.slice(0, STEM_LENGTH) : lower;
}

/** Document frequencies turned into idf weights: ln((n + 1) / (df + 0.5)), never negative. */
export function idfOf(docs: number[][]): Map<number, number> {
  const df = new Map<number, number>();
  for (const terms of docs) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<number, number>();
  for (const [term, count] of df) idf.set(term, Math.max(0, Math.log((docs.length + 1) / (count + 0.5))));
  return idf;
}

/** The tf-idf vector of `terms` under an idf table (unknown terms weigh nothing). */
export function vectorOf(terms: number[], idf: Map<number, number>): TermVector {
  const sums = new Map<number, number>();
  for (const term of terms) {
    const w = idf.get(term) ?? 0;
    if (w > 0) sums.set(term, (sums.get(term) ?? 0) + w);
  }
  return fromWeights(sums);
}

function fromWeights(sums: Map<number, number>): TermVector {
  const ids = Int32Array.from(sums.keys()).sort();
  let sq = 0;
  for (const w of sums.values()) sq += w * w;
  const norm = Math.sqrt(sq);
  const weights = Float64Array.from(ids, (id) => (norm ? (sums.get(id) ?? 0) / norm : 0));
  return { ids, weights, norm };
}

/** Cosine similarity of two vectors (both unit length, so a merge of their sorted ids). */
export function cosine(a: TermVector, b: TermVector): number {
  if (!a.norm || !b.norm) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] ?? 0;
    const y = bi[j] ?? 0;
    if (x === y) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** PageRank over the similarity graph of `vectors`: how central each sentence is. */
export function textRank(vectors: TermVector[]): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  // Dense similarity matrix: n stays in the hundreds, and typed arrays keep the iterations cheap.
  const sim = new Float64Array(n * n);
  const outWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const vi = vectors[i];
    if (!vi?.norm) continue;
    for (let j = i + 1; j < n; j++) {
      const vj = vectors[j];
      if (!vj?.norm) continue;
      const w = cosine(vi, vj);
      if (w <= 0) continue;
      sim[i * n + j] = w;
      sim[j * n + i] = w;
      outWeight[i] = (outWeight[i] ?? 0) + w;
      outWeight[j] = (outWeight[j] ?? 0) + w;
    }
  }
  let scores = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      const out = outWeight[j] ?? 0;
      const s = scores[j] ?? 0;
      if (out === 0) {
        dangling += s;
        continue;
      }
      const share = (DAMPING * s) / out;
      const row = j * n;
      for (let i = 0; i < n; i++) {
        const w = sim[row + i] ?? 0;
        if (w) next[i] = (next[i] ?? 0) + share * w;
      }
    }
    // Sentences sharing nothing with the rest pass their weight to everyone, as PageRank does.
    const spread = (DAMPING * dangling) / n;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      next[i] = (next[i] ?? 0) + spread;
      moved = Math.max(moved, Math.abs((next[i] ?? 0) - (scores[i] ?? 0)));
    }
    scores = next;
    if (moved < CONVERGED) break;
  }
  return Array.from(scores);
}

function normalised(values: number[]): number[] {
  const max = Math.max(0, ...values);
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}

/** Weights of the ranking signals; they sum to 1. */
export const RANK_WEIGHTS = { textRank: 0.35, centroid: 0.25, position: 0.2, title: 0.12, heading: 0.08 };

/**
 * Scores each sentence (higher is more summary-worthy). `titleTerms` are the title's terms (may be
 * empty); `vectors` are the sentences' tf-idf vectors under `idf`.
 */
export function rankSentences(
  inputs: RankInput[],
  vectors: TermVector[],
  idf: Map<number, number>,
  titleTerms: number[],
): number[] {
  const centroid = centroidOf(vectors);
  const central = normalised(vectors.map((v) => cosine(v, centroid)));
  // Articles put what matters first.
  const position = inputs.map((input) => Math.pow(1 - Math.min(1, Math.max(0, input.position)), 2));
  const tr = normalised(graphRank(vectors, central, position));
  const title = titleTerms.length ? vectorOf(titleTerms, idf) : null;
  const titleSim = normalised(vectors.map((v) => (title ? cosine(v, title) : 0)));
  return inputs.map((input, i) => {
    const heading = input.afterHeading ? 1 : input.opensBlock ? 0.35 : 0;
    const score =
      RANK_WEIGHTS.textRank * (tr[i] ?? 0) +
      RANK_WEIGHTS.centroid * (central[i] ?? 0) +
      RANK_WEIGHTS.position * (position[i] ?? 0) +
      RANK_WEIGHTS.title * (titleSim[i] ?? 0) +
      RANK_WEIGHTS.heading * heading;
    return score * input.quality;
  });
}

/** TextRank scores, over the best `MAX_GRAPH` sentences by centrality and position when there are more. */
function graphRank(vectors: TermVector[], central: number[], position: number[]): number[] {
  if (vectors.length <= MAX_GRAPH) return textRank(vectors);
  const keep = vectors
    .map((_, i) => i)
    .sort((a, b) => 0.7 * ((central[b] ?? 0) - (central[a] ?? 0)) + 0.3 * ((position[b] ?? 0) - (position[a] ?? 0)) || a - b)
    .slice(0, MAX_GRAPH)
    .sort((a, b) => a - b);
  const ranks = textRank(keep.map((i) => vectors[i]).filter((v): v is TermVector => Boolean(v)));
  const out = vectors.map(() => 0);
  keep.forEach((i, k) => (out[i] = ranks[k] ?? 0));
  return out;
}

function centroidOf(vectors: TermVector[]): TermVector {
  const sums = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, k) => sums.set(id, (sums.get(id) ?? 0) + (v.weights[k] ?? 0)));
  return fromWeights(sums);
}
