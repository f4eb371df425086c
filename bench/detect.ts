/**
 * Measures article detection where it runs: in Chromium, on the benchmark pages and the
 * non-article fixtures. Bundles detect.ts + page-summary.ts with esbuild, serves each page at its
 * own URL (page.route; a CSP header stops the page's own scripts, everything else is aborted),
 * times detectArticle with performance.now over several batches and prints median / p95 per
 * call, plus the verdicts and bundle sizes.
 *
 *   npm run bench:detect
 *   npx wxt build first to also see the size of the built content script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/launch';
import { decodeHtml } from '../utils/article/decode-html';
import { loadBenchmark } from './benchmark-pages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BATCHES = 7;
const CALLS_PER_BATCH = 10;

interface Fixture {
  name: string;
  url: string;
  html: string;
  expectArticle: boolean;
}

function fixtures(): Fixture[] {
  const dir = join(root, 'utils/article/test-pages');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
  return manifest.map((m) => ({
    name: m.file.split('/')[0] ?? m.file,
    url: m.url,
    html: decodeHtml(readFileSync(join(dir, m.file))).html,
    expectArticle: !m.file.startsWith('nonarticle-') && !m.file.startsWith('bad-'),
  }));
}

async function bundle(minify: boolean): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { detectArticle } from './utils/article/detect';\nimport { readPageSummary } from './utils/article/page-summary';\nglobalThis.__reelmark = { detectArticle, readPageSummary };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify,
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const code = await bundle(true);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  // JavaScript on, as for a content script; a CSP header keeps the page's own scripts from running
  // so we measure our code on the parsed DOM. Subresources are aborted (no network).
  const context = await browser.newContext();
  let current: { url: string; html: string } | null = null;
  await context.route('**/*', async (route) => {
    const req = route.request();
    if (current && req.isNavigationRequest() && req.url() === current.url) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" }, body: current.html });
    } else {
      await route.abort();
    }
  });
  const page = await context.newPage();

  const pages = [
    ...loadBenchmark().map((p) => ({ name: p.id.slice(0, 12), url: p.url, html: p.html, expectArticle: true })),
    ...fixtures(),
  ];
  const perCall: number[] = [];
  const wrong: string[] = [];
  let articles = 0;
  let benchPages = 0;
  for (const p of pages) {
    current = { url: new URL(p.url).href, html: p.html };
    await page.goto(current.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(code);
    const result = await page.evaluate(
      ({ url, batches, calls }) => {
        const api = (globalThis as unknown as { __reelmark: { detectArticle: (d: Document, u: string) => { isArticle: boolean; reasons: string[] } } }).__reelmark;
        const verdict = api.detectArticle(document, url);
        const times: number[] = [];
        for (let b = 0; b < batches; b++) {
          const t0 = performance.now();
          for (let i = 0; i < calls; i++) api.detectArticle(document, url);
          times.push((performance.now() - t0) / calls);
        }
        return { verdict, times };
      },
      { url: p.url, batches: BATCHES, calls: CALLS_PER_BATCH },
    );
    const sorted = [...result.times].sort((a, b) => a - b);
    const med = sorted[Math.floor(sorted.length / 2)] ?? 0;
    if (p.expectArticle && /^[0-9a-f]{12}$/.test(p.name)) {
      benchPages++;
      perCall.push(med);
      if (result.verdict.isArticle) articles++;
    }
    if (result.verdict.isArticle !== p.expectArticle) wrong.push(`${p.name} ${p.url} → ${JSON.stringify(result.verdict)}`);
  }
  await browser.close();

  console.log(`detection in Chromium (${BATCHES}×${CALLS_PER_BATCH} calls per page, median per page)`);
  console.log(`  benchmark pages: ${benchPages}, judged articles: ${articles}/${benchPages}`);
  console.log(`  time per call: median ${quantile(perCall, 0.5).toFixed(3)} ms, p95 ${quantile(perCall, 0.95).toFixed(3)} ms, max ${quantile(perCall, 1).toFixed(3)} ms (budget: median ≤ 2 ms)`);
  const fx = fixtures();
  console.log(`  fixtures: ${fx.length} (${fx.filter((f) => !f.expectArticle).length} non-articles), wrong verdicts: ${wrong.length}`);
  for (const w of wrong) console.log(`    WRONG ${w}`);
  const minified = Buffer.from(code);
  console.log(`bundle detect+page-summary (esbuild, minified): ${kb(minified.length)}, gzip ${kb(gzipSync(minified, { level: 9 }).length)} (budget 15 KB gzip)`);
  const content = join(root, '.output/chrome-mv3/content-scripts/content.js');
  if (existsSync(content)) {
    const bytes = readFileSync(content);
    console.log(`built content script .output/chrome-mv3/content-scripts/content.js: ${kb(bytes.length)}, gzip ${kb(gzipSync(bytes, { level: 9 }).length)} (budget 15 KB gzip)`);
  } else {
    console.log('built content script: not found (run `npx wxt build` first)');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
