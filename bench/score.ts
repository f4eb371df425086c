/**
 * The article-body metric of the extraction benchmark (see ../shared/benchmarks/extraction/README.md,
 * which follows the upstream `evaluate.py`): 4-token shingles compared as multisets, per-page
 * TP/FP/FN normalised so every page weighs the same, precision and recall averaged over pages,
 * F1 from those means, exact token-list accuracy, and bootstrap spread.
 */

/** Per-page normalised counts (they sum to 1 unless both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Aggregated figures over a set of pages. */
export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

// Python's `\w` on str: Unicode letters and numbers plus the underscore (combining marks excluded).
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

/** Splits text into word tokens the way the benchmark's tokenizer does (case kept). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/** The multiset of `n`-token shingles; a text shorter than `n` tokens is one shingle, an empty text none. */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + n);
    if (slice.length === 0) continue;
    // \u0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = slice.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Compares one prediction against its truth: normalised multiset TP/FP/FN of shingles. */
export function matchShingles(truth: string, prediction: string, n = 4): PageCounts {
  const t = shingles(tokenize(truth), n);
  const p = shingles(tokenize(prediction), n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** One scored page: its shingle counts and whether its token list equals the truth's exactly. */
export interface PageScore extends PageCounts {
  exact: boolean;
}

/** Scores one page. */
export function scorePage(truth: string, prediction: string): PageScore {
  const counts = matchShingles(truth, prediction);
  const a = tokenize(truth);
  const b = tokenize(prediction);
  const exact = a.length === b.length && a.every((tok, i) => tok === b[i]);
  return { ...counts, exact };
}

/**
 * Aggregates page scores: precision over pages with a non-empty prediction, recall over pages with
 * a non-empty truth, F1 of the two means, accuracy as the share of exact pages.
 */
export function aggregate(pages: PageScore[]): Metrics {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((p) => (p.exact ? 1 : 0)));
  return { precision, recall, f1, accuracy };
}

/** A small seeded PRNG (mulberry32) so bootstrap figures are reproducible run to run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stdev(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / Math.max(1, values.length - 1));
}

/** Standard deviation of each metric over `rounds` bootstrap resamples of the pages. */
export function bootstrapStd(pages: PageScore[], rounds = 1000, seed = 1): Metrics {
  const rand = seededRandom(seed);
  const samples: Metrics[] = [];
  for (let r = 0; r < rounds; r++) {
    const pick: PageScore[] = [];
    for (let i = 0; i < pages.length; i++) {
      const page = pages[Math.floor(rand() * pages.length)];
      if (page) pick.push(page);
    }
    samples.push(aggregate(pick));
  }
  return {
    precision: stdev(samples.map((s) => s.precision)),
    recall: stdev(samples.map((s) => s.recall)),
    f1: stdev(samples.map((s) => s.f1)),
    accuracy: stdev(samples.map((s) => s.accuracy)),
  };
}
