/**
 * `npm run bench:related -- parse`: where should the background parse fetched pages in Chrome?
 *
 * It times parse + extract (the project's extractArticle) on the 90 benchmark pages in
 * ../shared/benchmarks/extraction in three places:
 *   1. Node with linkedom (the same engine code the extension's service worker runs);
 *   2. Chromium's MV3 service worker with linkedom (a throwaway extension built here with esbuild);
 *   3. Chromium's offscreen document with the native DOMParser, the page's HTML sent to it from the
 *      worker and the article sent back (so the messaging cost counts), plus the offscreen
 *      document's start-up time and the memory of the renderer process it adds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/launch';
import { extractFromHtml } from '../utils/fetching/fetch-article';

/** `shared/` sits beside the checkout (../shared), or beside the main checkout for a worktree. */
const PAGES_DIR =
  ['../shared', '../../shared'].map((d) => path.resolve(d, 'benchmarks/extraction/pages')).find((d) => existsSync(d)) ??
  path.resolve('../shared/benchmarks/extraction/pages');
const ROOT = path.resolve('.');

interface Stats {
  median: number;
  p90: number;
  total: number;
}

function stats(ms: number[]): Stats {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p90: at(0.9), total: s.reduce((a, b) => a + b, 0) };
}

const fmt = (s: Stats) => `median ${s.median.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, total ${Math.round(s.total)} ms`;

async function loadPages(): Promise<{ name: string; html: string }[]> {
  const names = (await readdir(PAGES_DIR)).filter((n) => n.endsWith('.html.gz')).sort();
  return Promise.all(names.map(async (name) => ({ name, html: new TextDecoder('utf-8').decode(gunzipSync(await readFile(path.join(PAGES_DIR, name)))) })));
}

/** Start-up cost of linkedom in a fresh Node process: import time and heap it adds. */
function linkedomStartup(): { importMs: number; heapMb: number } {
  const script = `const h0=process.memoryUsage().heapUsed;const t=performance.now();await import('linkedom');const ms=performance.now()-t;globalThis.gc?.();console.log(JSON.stringify({importMs:ms,heapMb:(process.memoryUsage().heapUsed-h0)/1048576}))`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as { importMs: number; heapMb: number };
}

/** Proportional set size (MiB) of the Chromium started with `profile` and all its child processes, by pid. */
function chromiumPss(profile: string): Map<number, number> {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }));
  const ours = new Set(rows.filter((r) => r.args.includes(`--user-data-dir=${profile}`)).map((r) => r.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (ours.has(r.ppid) && !ours.has(r.pid)) {
        ours.add(r.pid);
        grew = true;
      }
    }
  }
  const out = new Map<number, number>();
  for (const pid of ours) {
    try {
      const kb = Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
      out.set(pid, kb / 1024);
    } catch {
      // The process went away meanwhile.
    }
  }
  return out;
}

const SW_SOURCE = `
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/article/extract';
const OFFSCREEN = 'offscreen.html';
globalThis.benchLinkedom = async (urls) => {
  const times = [];
  for (const url of urls) {
    const html = await (await fetch(url)).text();
    const t = performance.now();
    const { document } = parseHTML(html);
    extractArticle(document, url);
    times.push(performance.now() - t);
  }
  return times;
};
globalThis.startOffscreen = async () => {
  const t = performance.now();
  await chrome.offscreen.createDocument({ url: OFFSCREEN, reasons: ['DOM_PARSER'], justification: 'benchmark' });
  await chrome.runtime.sendMessage({ type: 'ping' });
  return performance.now() - t;
};
globalThis.benchOffscreen = async (urls) => {
  const roundTrip = [];
  const inside = [];
  for (const url of urls) {
    const html = await (await fetch(url)).text();
    const t = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'extract', html, url });
    roundTrip.push(performance.now() - t);
    inside.push(reply.ms);
  }
  return { roundTrip, inside };
};
`;

const OFFSCREEN_SOURCE = `
import { extractArticle } from '@/utils/article/extract';
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg.type === 'ping') { reply(true); return; }
  if (msg.type !== 'extract') return;
  const t = performance.now();
  const doc = new DOMParser().parseFromString(msg.html, 'text/html');
  const article = extractArticle(doc, msg.url);
  reply({ ms: performance.now() - t, article });
});
`;

async function buildExtension(dir: string): Promise<void> {
  const common = { bundle: true, format: 'esm' as const, target: 'chrome120', alias: { '@': ROOT }, logLevel: 'silent' as const, absWorkingDir: ROOT };
  await build({ ...common, stdin: { contents: SW_SOURCE, resolveDir: ROOT, loader: 'ts' }, outfile: path.join(dir, 'sw.js') });
  await build({ ...common, stdin: { contents: OFFSCREEN_SOURCE, resolveDir: ROOT, loader: 'ts' }, outfile: path.join(dir, 'offscreen.js') });
  await writeFile(path.join(dir, 'offscreen.html'), '<!doctype html><script type="module" src="offscreen.js"></script>');
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'parse bench',
      version: '1',
      background: { service_worker: 'sw.js', type: 'module' },
      permissions: ['offscreen'],
      host_permissions: ['http://127.0.0.1/*'],
    }),
  );
}

async function main(): Promise<void> {
  const pages = await loadPages();
  console.log(`Parse + extract on ${pages.length} benchmark pages (../shared/benchmarks/extraction)`);

  // 1. Node + linkedom, after one warm-up pass.
  for (const p of pages.slice(0, 10)) extractFromHtml(p.html, 'https://bench.test/');
  const nodeTimes = pages.map((p) => {
    const t = performance.now();
    extractFromHtml(p.html, 'https://bench.test/');
    return performance.now() - t;
  });
  const start = linkedomStartup();
  console.log(`node + linkedom:            ${fmt(stats(nodeTimes))}`);
  console.log(`  linkedom start-up:        import ${start.importMs.toFixed(0)} ms, +${start.heapMb.toFixed(1)} MiB heap`);

  // 2 and 3 in Chromium.
  const server = createServer((req, res) => {
    const page = pages[Number((req.url ?? '/').slice(1))];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page?.html ?? '');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = pages.map((_, i) => `${origin}/${i}`);

  const dir = await mkdtemp(path.join(tmpdir(), 'reelmark-parse-ext-'));
  const profile = await mkdtemp(path.join(tmpdir(), 'reelmark-parse-profile-'));
  await buildExtension(dir);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // Warm-up, then measure the worker with linkedom.
    await sw.evaluate((u) => (globalThis as unknown as { benchLinkedom(u: string[]): Promise<number[]> }).benchLinkedom(u), urls.slice(0, 10));
    const swTimes = await sw.evaluate((u) => (globalThis as unknown as { benchLinkedom(u: string[]): Promise<number[]> }).benchLinkedom(u), urls);
    console.log(`chrome SW + linkedom:       ${fmt(stats(swTimes))}`);

    const before = chromiumPss(profile);
    const startMs = await sw.evaluate(() => (globalThis as unknown as { startOffscreen(): Promise<number> }).startOffscreen());
    await new Promise((r) => setTimeout(r, 500));
    const after = chromiumPss(profile);
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const added = sum(after) - sum(before);
    const newProcesses = [...after.keys()].filter((pid) => !before.has(pid)).length;
    type Offscreen = { benchOffscreen(u: string[]): Promise<{ roundTrip: number[]; inside: number[] }> };
    await sw.evaluate((u) => (globalThis as unknown as Offscreen).benchOffscreen(u), urls.slice(0, 10));
    const off = await sw.evaluate((u) => (globalThis as unknown as Offscreen).benchOffscreen(u), urls);
    console.log(`chrome offscreen DOMParser: ${fmt(stats(off.inside))} (inside the document)`);
    console.log(`  with messaging:           ${fmt(stats(off.roundTrip))} (worker -> document -> worker)`);
    console.log(`  start-up:                 createDocument ${startMs.toFixed(0)} ms, +${added.toFixed(1)} MiB Chromium PSS, ${newProcesses} new process(es)`);
  } finally {
    await context.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
