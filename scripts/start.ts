/**
 * `npm start`: builds Reelmark, serves the demo film site, and opens Chromium with the extension
 * on the seed article. With a display it stays open for you to use (Ctrl-C ends it). Without one
 * (CI, ssh), or with `--headless`, it runs the same flow headless, prints what the popup shows and
 * saves a screenshot of it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'wxt';
import { SEED_ARTICLE_PATH, startDemoServer, type DemoServer } from '../demo-site/server';
import type { Page } from '@playwright/test';
import {
  badgeText,
  extensionWorker,
  launchWithExtension,
  openPopupFor,
  openToolbarPopup,
  waitForReportedTabId,
} from '../e2e/launch';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = path.resolve('start-output');

async function startServer(): Promise<DemoServer> {
  const port = Number(process.env.PORT ?? 8787);
  try {
    return await startDemoServer({ port });
  } catch {
    return startDemoServer({ port: 0 }); // the usual port is taken: any free one will do
  }
}

console.log('Building the extension…');
await build({ browser: 'chrome' });

const demo = await startServer();
const articleUrl = demo.origin + SEED_ARTICLE_PATH;
console.log(`Demo film site: ${demo.origin}/`);
console.log(`Seed article:   ${articleUrl}`);

const profile = await mkdtemp(path.join(tmpdir(), 'reelmark-start-'));
const context = await launchWithExtension(profile, headless);
const cleanup = async () => {
  await context.close().catch(() => undefined);
  await demo.close();
  await rm(profile, { recursive: true, force: true });
};

try {
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(articleUrl);
  const tabId = await waitForReportedTabId(context, page.url());
  console.log(`Toolbar badge on the article: "${await badgeText(context, tabId)}"`);

  if (headless) {
    // The real toolbar popup, as a reader would see it; the popup page in a tab if that fails.
    let popup: Page;
    let disconnect = async () => {};
    try {
      await page.bringToFront();
      ({ popup, close: disconnect } = await openToolbarPopup(context, profile));
    } catch (err) {
      console.log(`(Showing the popup page in a tab: ${(err as Error).message})`);
      popup = await openPopupFor(context, extensionId, tabId);
      await popup.setViewportSize({ width: 400, height: 600 });
    }
    await popup.waitForFunction(() => (document.querySelector('h1')?.textContent ?? '').trim().length > 0);
    // The popup paints the title first; the byline, summary, share control and related pieces
    // follow. Print once they are in (or after 30 s, whatever is there by then).
    await popup
      .waitForFunction(
        () => Boolean(document.querySelector('.facts') && document.querySelector('.summary .points li') && document.querySelector('.share-toggle') && document.querySelector('.related')) && !document.querySelector('.related-progress, [aria-busy="true"]'),
        undefined,
        { timeout: 30_000 },
      )
      .catch(() => console.log('(Some parts of the popup were still loading after 30 s.)'));
    console.log('\nThe Reelmark popup shows:\n' + '-'.repeat(60));
    console.log((await popup.locator('body').innerText()).trim());
    console.log('-'.repeat(60));
    await mkdir(outDir, { recursive: true });
    const shot = path.join(outDir, 'popup.png');
    await popup.screenshot({ path: shot, fullPage: true });
    console.log(`Screenshot of the popup: ${shot}`);
    await disconnect();
    await cleanup();
  } else {
    // A real toolbar popup needs the window focused; opening it is a convenience, not a must.
    await page.bringToFront();
    await worker.evaluate(() => chrome.action.openPopup().catch(() => undefined));
    console.log('\nChromium is open with Reelmark on the seed article. Click the toolbar icon to open the popup.');
    console.log('Press Ctrl-C to stop.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      context.once('close', () => resolve());
    });
    await cleanup();
  }
} catch (err) {
  await cleanup();
  throw err;
}
