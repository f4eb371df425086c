/**
 * Scores Reelmark's extractor and @mozilla/readability on the extraction benchmark (DEV half),
 * with the same DOM, the same text conversion and the same metric, and prints P/R/F1/accuracy
 * (± bootstrap std) and median ms/page.
 *
 *   npm run bench:extract                       # both extractors, jsdom
 *   npm run bench:extract -- --dom linkedom     # parse with linkedom instead
 *   npm run bench:extract -- --worst 15         # also list the worst Reelmark pages
 *   npm run bench:extract -- --dump /tmp/out    # write each prediction to DIR/<id>.{reelmark,readability}.txt
 *   npm run bench:extract -- --page <id-prefix> # only pages whose id starts with this
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../utils/article/extract';
import { htmlToText } from '../utils/article/html-to-text';
import { loadBenchmark, type BenchmarkPage } from './benchmark-pages';
import { aggregate, bootstrapStd, scorePage, type PageScore } from './score';

type DomKind = 'jsdom' | 'linkedom';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function parse(html: string, url: string, dom: DomKind): Document {
  if (dom === 'linkedom') {
    const { document } = parseHTML(html);
    return document as unknown as Document;
  }
  // A silent console: pages' broken CSS would otherwise flood the output.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

function readabilityText(doc: Document): string {
  const parsed = new Readability(doc).parse();
  if (!parsed?.content) return '';
  const holder = doc.createElement('div');
  holder.innerHTML = parsed.content;
  return htmlToText(holder);
}

function reelmarkText(doc: Document, url: string): string {
  return extractArticle(doc, url).text;
}

interface Run {
  name: string;
  scores: PageScore[];
  ms: number[];
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function runExtractor(
  name: string,
  pages: BenchmarkPage[],
  dom: DomKind,
  extract: (doc: Document, url: string) => string,
  dump: string | undefined,
): Run {
  const scores: PageScore[] = [];
  const ms: number[] = [];
  for (const page of pages) {
    const doc = parse(page.html, page.url, dom);
    const t0 = performance.now();
    let text = '';
    try {
      text = extract(doc, page.url);
    } catch (err) {
      console.error(`${name} threw on ${page.id}: ${String(err)}`);
    }
    ms.push(performance.now() - t0);
    scores.push(scorePage(page.truth, text));
    if (dump) writeFileSync(join(dump, `${page.id.slice(0, 12)}.${name.toLowerCase()}.txt`), text);
  }
  return { name, scores, ms };
}

function fmt(v: number): string {
  return v.toFixed(3).replace(/^0/, '');
}

function report(run: Run): void {
  const m = aggregate(run.scores);
  const sd = bootstrapStd(run.scores);
  console.log(
    `${run.name.padEnd(12)} P ${fmt(m.precision)} ± ${fmt(sd.precision)}  R ${fmt(m.recall)} ± ${fmt(sd.recall)}  ` +
      `F1 ${fmt(m.f1)} ± ${fmt(sd.f1)}  accuracy ${fmt(m.accuracy)} ± ${fmt(sd.accuracy)}  ` +
      `${median(run.ms).toFixed(1)} ms/page median`,
  );
}

function pageF1(s: PageScore): number {
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function main(): void {
  const dom: DomKind = arg('--dom') === 'linkedom' ? 'linkedom' : 'jsdom';
  const dump = arg('--dump');
  const only = arg('--page');
  const worst = Number(arg('--worst') ?? 0);
  const skipReadability = process.argv.includes('--no-readability');
  if (dump) mkdirSync(dump, { recursive: true });
  let pages = loadBenchmark();
  if (only) pages = pages.filter((p) => p.id.startsWith(only));
  console.log(`extraction benchmark: ${pages.length} pages, DOM ${dom}, text = block-aware text of the extracted body`);
  const ours = runExtractor('Reelmark', pages, dom, reelmarkText, dump);
  report(ours);
  if (!skipReadability) {
    const theirs = runExtractor('Readability', pages, dom, readabilityText, dump);
    report(theirs);
    const a = aggregate(ours.scores);
    const b = aggregate(theirs.scores);
    console.log(`Reelmark − Readability: F1 ${(a.f1 - b.f1 >= 0 ? '+' : '') + (a.f1 - b.f1).toFixed(3)}`);
  }
  if (worst > 0) {
    const ranked = pages
      .map((p, i) => ({ p, s: ours.scores[i] }))
      .filter((x): x is { p: BenchmarkPage; s: PageScore } => Boolean(x.s))
      .sort((x, y) => pageF1(x.s) - pageF1(y.s))
      .slice(0, worst);
    for (const { p, s } of ranked) {
      const prec = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
      const rec = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
      console.log(`  ${p.id.slice(0, 12)} F1 ${fmt(pageF1(s))} P ${fmt(prec)} R ${fmt(rec)}  ${p.url}`);
    }
  }
}

main();
