import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeHtml } from '../utils/article/decode-html';

/** One benchmark page: its id, the URL it was fetched from, its decoded HTML and its true body. */
export interface BenchmarkPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

function exists(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Finds the benchmark folder from a few likely places (worktree or main checkout). */
export function locateBenchmark(): string {
  const candidates = [
    process.env.REELMARK_BENCH_DIR,
    resolve(process.cwd(), '..', 'shared', 'benchmarks', 'extraction'),
    resolve(process.cwd(), '..', '..', 'shared', 'benchmarks', 'extraction'),
    '/work/shared/benchmarks/extraction',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => exists(join(p, 'pages')));
  if (!found) throw new Error(`extraction benchmark not found; set REELMARK_BENCH_DIR (tried ${candidates.join(', ')})`);
  return found;
}

/** Loads every page of the benchmark (gunzipped and decoded) with its ground truth, sorted by id. */
export function loadBenchmark(dir = locateBenchmark()): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const bytes = readFileSync(join(dir, 'pages', `${id}.html.gz`));
      const entry = truth[id] ?? {};
      return { id, url: entry.url ?? 'https://example.invalid/', html: decodeHtml(bytes).html, truth: entry.articleBody ?? '' };
    });
}
