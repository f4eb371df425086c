/**
 * Measures the extractive summariser on the extraction benchmark (DEV half): each page is parsed
 * with jsdom, run through Reelmark's article engine, then summarised. Prints
 *   (a) the share of key-point sentences that stand in the ground-truth body (whitespace-normalised),
 *   (b) the share of pages whose extracted body has 150+ words that get a summary,
 *   (c) the median time per article of the summariser alone, in Node,
 * and lists every key point of (a) that is not in the ground truth, so rules can be fixed generally.
 *
 *   npm run bench:summary
 *   npm run bench:summary -- --show            # also print every page's summary
 *   npm run bench:summary -- --page <id-prefix>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../utils/article/extract';
import { SUMMARY_MIN_WORDS } from '../utils/summary/point-count';
import { summarizeArticle } from '../utils/summary/summarize-article';

interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function benchmarkDir(): string {
  const candidates = [
    process.env.REELMARK_BENCH_DIR,
    resolve(process.cwd(), '..', 'shared', 'benchmarks', 'extraction'),
    resolve(process.cwd(), '..', '..', 'shared', 'benchmarks', 'extraction'),
    '/work/shared/benchmarks/extraction',
  ].filter((p): p is string => Boolean(p));
  for (const dir of candidates) {
    try {
      readdirSync(join(dir, 'pages'));
      return dir;
    } catch {
      // try the next place
    }
  }
  throw new Error(`extraction benchmark not found; set REELMARK_BENCH_DIR (tried ${candidates.join(', ')})`);
}

function loadPages(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const prefix = arg('--page') ?? '';
  return Object.keys(truth)
    .filter((id) => id.startsWith(prefix))
    .sort()
    .map((id) => ({
      id,
      url: truth[id]?.url ?? 'https://example.invalid/',
      // Every page is UTF-8 (the README's note), many without saying so.
      html: new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, 'pages', `${id}.html.gz`)))),
      truth: truth[id]?.articleBody ?? '',
    }));
}

/**
 * Whitespace normalisation for the comparison: all whitespace removed, because the ground truth
 * puts spaces at inline-element boundaries ("“ Wild Rose ”") where the page has none. The
 * stricter figure (whitespace runs collapsed to one space) is printed too.
 */
const norm = (s: string) => s.replace(/\s+/g, '');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function main(): void {
  const dir = benchmarkDir();
  const pages = loadPages(dir);
  const show = process.argv.includes('--show');
  let points = 0;
  let pointsInTruth = 0;
  let pointsStrict = 0;
  let tldrs = 0;
  let tldrsInTruth = 0;
  let longBodies = 0;
  let longSummarised = 0;
  const counts = new Map<number, number>();
  const ms: number[] = [];
  const failures: string[] = [];
  const unsummarised: string[] = [];

  for (const page of pages) {
    const doc = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() }).window.document;
    const article = extractArticle(doc, page.url);
    // The first call also pays for JIT compilation and ICU segmenter set-up; keep it out of the times.
    if (!ms.length) summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });
    const t0 = performance.now();
    const summary = summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });
    ms.push(performance.now() - t0);

    const truth = norm(page.truth);
    const truthCollapsed = collapse(page.truth);
    for (const point of summary.points) {
      points++;
      if (truthCollapsed.includes(collapse(point))) pointsStrict++;
      if (truth.includes(norm(point))) pointsInTruth++;
      else failures.push(`${page.id.slice(0, 12)} ${page.url}\n    ✗ ${point}`);
    }
    if (summary.tldr) {
      tldrs++;
      if (truth.includes(norm(summary.tldr))) tldrsInTruth++;
    }
    if (article.wordCount >= SUMMARY_MIN_WORDS) {
      longBodies++;
      counts.set(summary.points.length, (counts.get(summary.points.length) ?? 0) + 1);
      if (summary.points.length > 0 && summary.tldr) longSummarised++;
      else unsummarised.push(`${page.id.slice(0, 12)} ${page.url} (${article.wordCount} words)`);
    }
    if (show) {
      console.log(`\n## ${page.id.slice(0, 12)} ${page.url} [${article.lang ?? '?'}; ${article.wordCount} words]`);
      console.log(`TL;DR: ${summary.tldr}`);
      for (const point of summary.points) console.log(`  • ${point}`);
    }
  }

  console.log(`\nSummary benchmark: ${pages.length} pages (DEV half, ${dir})`);
  console.log(`(a) key points standing in the ground-truth body: ${pointsInTruth}/${points} = ${pct(pointsInTruth, points)}  (target 100%)`);
  console.log(`    same with whitespace runs collapsed instead of removed: ${pct(pointsStrict, points)}`);
  console.log(`    TL;DRs standing in the ground-truth body:      ${tldrsInTruth}/${tldrs} = ${pct(tldrsInTruth, tldrs)}`);
  console.log(`(b) bodies of ${SUMMARY_MIN_WORDS}+ words with a summary: ${longSummarised}/${longBodies} = ${pct(longSummarised, longBodies)}  (target 100%)`);
  const dist = [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k} points: ${v}`);
  console.log(`    key points per summary there: ${dist.join(', ')}`);
  console.log(`(c) summariser median ms/article (Node ${process.versions.node}): ${median(ms).toFixed(2)} ms (max ${Math.max(0, ...ms).toFixed(1)} ms)`);
  if (failures.length) {
    console.log(`\nKey points not in the ground truth (${failures.length}):`);
    for (const f of failures) console.log(`  ${f}`);
  }
  if (unsummarised.length) {
    console.log(`\nLong bodies without a summary (${unsummarised.length}):`);
    for (const u of unsummarised) console.log(`  ${u}`);
  }
}

main();
