/**
 * `npm run bench:library`: Reelmark's library at scale, measured in Chromium with the built
 * extension. Seeds 10,000 synthetic articles of ~1,500 words into the extension's IndexedDB (from
 * an extension page), then prints:
 *  - popup and library page time to interactive (performance marks after first paint),
 *  - when the library page has every row and its search index,
 *  - full-text search time (p50/p95/max over typed queries),
 *  - full export time (Reelmark JSON with bodies, and CSV),
 *  - a 10,000-row Pocket CSV import through the library page's file input.
 *
 * Options: --articles N (default 10000), --words N (default 1500), --no-build, --runs N (default 9).
 * Prints figures only; nothing here asserts a timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { extensionWorker, launchWithExtension } from '../e2e/launch';
import { benchQueries, seededRandom } from './library-corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ARTICLES = option('articles', 10_000);
const WORDS = option('words', 1500);
const RUNS = option('runs', 9);
const IMPORT_ROWS = option('import-rows', 10_000);
const QUERIES = option('queries', 200);

const TARGETS = { interactive: 100, searchP95: 15, import: 3000, export: 2000 };

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
};
const median = (values: number[]) => pct(values, 0.5);
const verdict = (value: number, target: number) => (value <= target ? 'within target' : `OVER target (${target} ms)`);

/** The seeding code, bundled for the page (it runs where IndexedDB is the extension's). */
async function seedBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': path.resolve('.') } },
    build: {
      write: false,
      minify: false,
      lib: { entry: path.resolve('bench/library-seed.ts'), formats: ['iife'], name: '__reelmarkBench' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('Could not bundle bench/library-seed.ts');
}

/**
 * A realistic Pocket export of `rows` rows (quoted titles, some with commas, quotes and newlines),
 * and the titles it holds.
 */
function pocketCsv(rows: number): { csv: string; titles: string[] } {
  const rand = seededRandom(99);
  const words = ['cinema', 'festival', 'director', 'documentary', 'restoration', 'co-production', 'archive', 'debut', 'critic', 'studio', 'screen', 'quota'];
  const nations = ['kazakhstan', 'mexico', 'senegal', 'iran', 'japan', 'brazil', 'romania', 'korea'];
  const lines = ['title,url,time_added,tags,status'];
  const titles: string[] = [];
  for (let i = 0; i < rows; i++) {
    const w = () => words[Math.floor(rand() * words.length)];
    let title = `Imported ${w()} notes ${i}: ${w()}, ${w()} and the ${w()}`;
    if (i % 50 === 0) title += ' "quoted"';
    if (i % 97 === 0) title += '\nsecond line';
    titles.push(title);
    const tags = [nations[i % nations.length], w()].join('|');
    lines.push(`"${title.replace(/"/g, '""')}",https://imported-${i % 40}.example/pieces/${i}/?utm_source=pocket,${1500000000 + i * 3600},${tags},${i % 4 === 0 ? 'archive' : 'unread'}`);
  }
  return { csv: lines.join('\n') + '\n', titles };
}

async function markTime(page: Page, name: string, timeoutMs = 600_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs, polling: 50 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

async function measureDuration(page: Page, name: string, timeoutMs = 600_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: timeoutMs, polling: 50 });
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)!.duration, name);
}

/**
 * Leaves a page that is opening alone for a while before reading its marks. Playwright's first
 * evaluation in a page injects its own script (about 10 ms of the page's main thread), which would
 * otherwise land in the middle of the first screen being built. Marks are timestamps, so reading
 * them later loses nothing.
 */
function untouched(): Promise<void> {
  return settle(1500);
}

/** Waits `ms` so the work a closed page leaves behind (teardown, GC, disk) is not timed as the next page's. */
function settle(ms = 3000): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function openLibrary(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/library.html`);
  return page;
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    console.log('Building the extension (wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'reelmark-bench-'));
  let context = await launchWithExtension(profile);
  try {
    const worker = await extensionWorker(context);
    const base = `chrome-extension://${new URL(worker.url()).host}`;

    console.log(`Seeding ${ARTICLES.toLocaleString('en')} articles of ~${WORDS} words into IndexedDB from an extension page…`);
    const seeder = await context.newPage();
    await seeder.goto(`${base}/reader.html`);
    await seeder.evaluate(await seedBundle());
    const seedStart = Date.now();
    const stored = await seeder.evaluate(`__reelmarkBench.seed(0, ${ARTICLES}, ${WORDS})`);
    const seedMs = Date.now() - seedStart;
    await seeder.close();

    // First open: no search index yet, it is built from every body and persisted.
    const first = await openLibrary(context, base);
    const firstInteractive = await markTime(first, 'reelmark:library-interactive');
    const firstSearchReady = await markTime(first, 'reelmark:search-ready');
    await first.close();

    // Writing 200 MB leaves the browser compacting its IndexedDB files for a while. A reader opens
    // the popup or the library on a browser that has settled, so restart it and let it settle
    // before timing page opens (the library stays in the profile).
    await context.close();
    context = await launchWithExtension(profile);
    await extensionWorker(context);
    await settle();

    const interactive: number[] = [];
    const scriptsRun: number[] = [];
    const modelStart: number[] = [];
    const firstRows: number[] = [];
    const loaded: number[] = [];
    const searchReady: number[] = [];
    const searchPhases: Record<string, number[]> = { 'reelmark:search-read': [], 'reelmark:search-parse': [], 'reelmark:search-sync': [] };
    for (let i = 0; i < RUNS; i++) {
      const page = await openLibrary(context, base);
      await untouched();
      interactive.push(await markTime(page, 'reelmark:library-interactive'));
      loaded.push(await markTime(page, 'reelmark:library-loaded'));
      searchReady.push(await markTime(page, 'reelmark:search-ready'));
      scriptsRun.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart));
      modelStart.push(await markTime(page, 'reelmark:library-start'));
      firstRows.push(await markTime(page, 'reelmark:library-first-rows'));
      for (const name of Object.keys(searchPhases)) searchPhases[name]!.push(await measureDuration(page, name));
      await page.close();
      await settle(500);
    }

    // The floor on this machine right now: the smallest extension page (options) loading.
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`${base}/options.html`);
      baseline.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart));
      await page.close();
      await settle(500);
    }

    const popupTimes: number[] = [];
    const popupScripts: number[] = [];
    const blank = await context.newPage();
    await blank.goto('about:blank');
    for (let i = 0; i < RUNS; i++) {
      const popup = await context.newPage();
      await popup.goto(`${base}/popup.html?tabId=999999`);
      await untouched();
      popupTimes.push(await markTime(popup, 'reelmark:popup-interactive'));
      popupScripts.push(await popup.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart));
      await popup.close();
      await settle(500);
    }

    // Search: type queries into the search box; the page measures each search.
    const library = await openLibrary(context, base);
    await markTime(library, 'reelmark:search-ready');
    const box = library.getByRole('searchbox');
    const queries = benchQueries(QUERIES, ARTICLES);
    // One query at a time, as a reader types: the next starts once the answer to the last is in.
    for (const q of queries) {
      const before: number = await library.evaluate(() => performance.getEntriesByName('reelmark:search', 'measure').length);
      await box.fill(q);
      await library.waitForFunction((n) => performance.getEntriesByName('reelmark:search', 'measure').length > n, before, { polling: 'raf' });
    }
    await box.fill('');
    const searchTimes: number[] = await library.evaluate(() => performance.getEntriesByName('reelmark:search', 'measure').map((e) => e.duration));
    const computeTimes: number[] = await library.evaluate(() => performance.getEntriesByName('reelmark:search-compute', 'measure').map((e) => e.duration));
    const hitCounts: number[] = [];
    for (const q of queries.slice(0, 10)) {
      await box.fill(q);
      hitCounts.push(Number((await library.getByTestId('library-count').innerText()).replace(/[^\d].*$/, '').replace(/,/g, '')));
    }
    await box.fill('');

    // Full export, before the import (the library of ARTICLES articles).
    const exportTimes: Record<string, number> = {};
    const exportSizes: Record<string, number> = {};
    for (const format of ['reelmark-json', 'csv']) {
      await library.getByLabel('Export as').selectOption(format);
      await library.evaluate(() => performance.clearMeasures('reelmark:export'));
      const [download] = await Promise.all([library.waitForEvent('download', { timeout: 600_000 }), library.getByRole('button', { name: 'Export', exact: true }).click()]);
      exportTimes[format] = await measureDuration(library, 'reelmark:export');
      if (format === 'reelmark-json') exportTimes.write = await measureDuration(library, 'reelmark:export-write');
      exportSizes[format] = (await readFile((await download.path())!)).byteLength;
    }

    // Import a 10,000-row Pocket CSV through the file input, into the full library.
    const { csv, titles } = pocketCsv(IMPORT_ROWS);
    await library.locator('input[type="file"]').setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const parseMs = await measureDuration(library, 'reelmark:import-parsed');
    await library.getByRole('button', { name: /^Import [\d,]+ items$/ }).click();
    const commitMs = await measureDuration(library, 'reelmark:import-committed');
    const indexMs = await measureDuration(library, 'reelmark:import-indexed');
    const writeMs = await measureDuration(library, 'reelmark:import-write');
    const reused = await library.evaluate(() => performance.getEntriesByName('reelmark:import-plan-reused').length > 0);
    const countAfter = await library.getByTestId('library-count').innerText();
    // The imported titles can be found: search each of a few, and look for it among the hits.
    const probes = [7, 1234, 5000, 8765, IMPORT_ROWS - 1].filter((i) => i < titles.length).map((i) => titles[i]!.split('\n')[0]!);
    let found = 0;
    for (const title of probes) {
      await box.fill(title);
      const hit = library.getByRole('list', { name: 'Saved articles' }).getByRole('link', { name: title, exact: true });
      if (await hit.first().waitFor({ timeout: 10_000 }).then(() => true, () => false)) found++;
    }
    await library.close();

    const importTotal = parseMs + commitMs + indexMs;
    const lines = [
      '',
      `Reelmark library bench — ${Number(stored).toLocaleString('en')} articles of ~${WORDS} words (Chromium ${context.browser()?.version() ?? ''})`,
      `  machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end (other work on the machine slows every figure)`,
      `  seeding (bulk writes from an extension page)   ${ms(seedMs)}`,
      `  reference: the options page's scripts loaded and run ${ms(median(baseline))} (the floor for any extension page here)`,
      `  first open, search index built from bodies    interactive ${ms(firstInteractive)}, search ready ${ms(firstSearchReady)}`,
      `  library page interactive (median of ${RUNS})        ${ms(median(interactive))}  (max ${ms(Math.max(...interactive))})  ${verdict(median(interactive), TARGETS.interactive)}`,
      `    scripts loaded and run                       ${ms(median(scriptsRun))} (page model started at ${ms(median(modelStart))}, first rows read by ${ms(median(firstRows))})`,
      `    every row loaded                             ${ms(median(loaded))}`,
      `    search index loaded from IndexedDB           ${ms(median(searchReady))}  (read ${ms(median(searchPhases['reelmark:search-read']!))}, parse ${ms(median(searchPhases['reelmark:search-parse']!))}, catch up ${ms(median(searchPhases['reelmark:search-sync']!))})`,
      `  popup interactive (median of ${RUNS})               ${ms(median(popupTimes))}  (max ${ms(Math.max(...popupTimes))})  ${verdict(median(popupTimes), TARGETS.interactive)}`,
      `    scripts loaded and run                       ${ms(median(popupScripts))}`,
      `  search, ${searchTimes.length} typed queries (answer from the worker)  p50 ${ms(median(searchTimes))}, p95 ${ms(pct(searchTimes, 0.95))}, max ${ms(Math.max(...searchTimes))}  ${verdict(pct(searchTimes, 0.95), TARGETS.searchP95)}`,
      `    of which searching in the worker             p50 ${ms(median(computeTimes))}, p95 ${ms(pct(computeTimes, 0.95))}, max ${ms(Math.max(...computeTimes))}`,
      `    hits for the first queries                   ${hitCounts.join(', ')}`,
      `  full export, Reelmark JSON (with bodies)       ${ms(exportTimes['reelmark-json']!)}  (${(exportSizes['reelmark-json']! / 1e6).toFixed(1)} MB)  ${verdict(exportTimes['reelmark-json']!, TARGETS.export)}`,
      `    bodies read and written as JSON by ${Math.min(4, cpus().length)} workers ${ms(exportTimes.write!)}, the rest (rows, lists, the download) ${ms(exportTimes['reelmark-json']! - exportTimes.write!)}`,
      `  full export, CSV                               ${ms(exportTimes.csv!)}  (${(exportSizes.csv! / 1e6).toFixed(1)} MB)  ${verdict(exportTimes.csv!, TARGETS.export)}`,
      `  Pocket CSV import, ${IMPORT_ROWS.toLocaleString('en')} rows into the library   ${ms(importTotal)}  ${verdict(importTotal, TARGETS.import)}`,
      `    read + preview ${ms(parseMs)}, commit (one transaction) ${ms(commitMs)} (writes ${ms(writeMs)}, preview ${reused ? 'reused' : 'worked out again'}), added to the search index ${ms(indexMs)}`,
      `    library afterwards: ${countAfter}; searching ${probes.length} imported titles finds ${found}`,
      '',
    ];
    console.log(lines.join('\n'));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
