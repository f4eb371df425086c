/**
 * Browser/Node parity of the extractor: every fixture page (demo site included) is served at its
 * own URL to headless Chromium (page.route; the page's own scripts blocked by a CSP header, as
 * jsdom runs none), extracted there with the bundled engine,
 * and compared field by field with the CLI's record (jsdom). Prints the pages and fields that
 * differ and the time per page in the browser.
 *
 *   npx tsx bench/parity.ts               # the fixture pages
 *   npx tsx bench/parity.ts --benchmark   # also the 90 extraction-benchmark pages
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { CliRecord } from '../scripts/cli-record';
import { extractPage } from '../scripts/extract-pages';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/launch';
import { locateBenchmark } from './benchmark-pages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = join(root, 'utils/article/test-pages');
const NOW = '2025-09-01T12:00:00Z';

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { extractArticle } from './utils/article/extract';\nimport { cliRecord } from './scripts/cli-record';\nglobalThis.__reelmarkExtract = (file, url, now) => cliRecord(file, extractArticle(document, url, { now: new Date(now) }));`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function main(): Promise<void> {
  const code = await bundle();
  const manifest = (JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8')) as { file: string; url: string }[]).map((m) => ({ ...m, dir: pagesDir }));
  if (process.argv.includes('--benchmark')) {
    const dir = locateBenchmark();
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    for (const [id, entry] of Object.entries(truth)) manifest.push({ file: `pages/${id}.html.gz`, url: entry.url, dir });
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  let same = 0;
  const times: number[] = [];
  try {
    // JavaScript stays on (DOMPurify's Trusted Types callbacks need it, as in a content script); a
    // CSP header keeps the page's own scripts from running.
    const context = await browser.newContext();
    const page = await context.newPage();
    let current: { url: string; body: Buffer; contentType: string } | null = null;
    await context.route('**/*', async (route) => {
      const req = route.request();
      if (current && req.isNavigationRequest() && req.url() === current.url) {
        // Served as bytes with no charset: the browser must find the page's own declaration, as the CLI does.
        await route.fulfill({ status: 200, contentType: current.contentType, headers: { 'content-security-policy': "script-src 'none'" }, body: current.body });
      } else {
        await route.abort();
      }
    });
    for (const { file, url, dir } of manifest) {
      const raw = readFileSync(join(dir, file));
      const body = file.endsWith('.gz') ? gunzipSync(raw) : raw;
      // Benchmark pages are UTF-8 (their servers said so in the HTTP header); fixtures must declare their own charset.
      current = { url, body, contentType: file.endsWith('.gz') ? 'text/html; charset=utf-8' : 'text/html' };
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      const t0 = Date.now();
      const inBrowser = (await page.evaluate(({ f, u, n }) => (globalThis as unknown as { __reelmarkExtract: (f: string, u: string, n: string) => unknown }).__reelmarkExtract(f, u, n), { f: file, u: url, n: NOW })) as CliRecord;
      times.push(Date.now() - t0);
      const inNode = extractPage({ file, url }, { baseDir: dir, now: new Date(NOW) });
      const diffs = (Object.keys(inNode) as (keyof CliRecord)[]).filter((k) => JSON.stringify(inNode[k]) !== JSON.stringify(inBrowser[k]));
      if (!diffs.length) same++;
      else if (process.env.PARITY_DUMP) {
        writeFileSync(join(process.env.PARITY_DUMP, `${file.replace(/\W+/g, '_')}.node.txt`), inNode.text);
        writeFileSync(join(process.env.PARITY_DUMP, `${file.replace(/\W+/g, '_')}.browser.txt`), inBrowser.text);
        writeFileSync(join(process.env.PARITY_DUMP, `${file.replace(/\W+/g, '_')}.node.html`), inNode.html);
        writeFileSync(join(process.env.PARITY_DUMP, `${file.replace(/\W+/g, '_')}.browser.html`), inBrowser.html);
      }
      if (diffs.length) {
        console.log(`DIFF ${file}: ${diffs.join(', ')}`);
        for (const k of diffs.slice(0, 3)) {
          console.log(`   node:    ${String(JSON.stringify(inNode[k])).slice(0, 200)}`);
          console.log(`   browser: ${String(JSON.stringify(inBrowser[k])).slice(0, 200)}`);
        }
      }
    }
  } finally {
    // Also when a page fails: an open browser would keep this process alive.
    await browser.close();
  }
  times.sort((a, b) => a - b);
  console.log(`browser/CLI parity: ${same}/${manifest.length} pages identical in every field; extraction in Chromium median ${times[Math.floor(times.length / 2)] ?? 0} ms/page`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
