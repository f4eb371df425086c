import type { BrowserContext, Page } from '@playwright/test';
import { FETCHER_TEST_ARTICLE_PATH, MISSING_ARTICLE_PATH, SLOW_ARTICLE_PATH } from '../demo-site/server';
import { expect, extensionWorker, openPopupFor, reportedTabId, test } from './fixtures';

/** The article's own "Related Articles" links, read from the page as a reader sees them. */
async function relatedBlockLinks(page: Page): Promise<string[]> {
  const block = page.getByRole('region', { name: /related articles/i });
  const hrefs = await block.getByRole('heading', { level: 3 }).getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs)];
}

async function openArticle(context: BrowserContext, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await reportedTabId(context, page.url()) };
}

const panel = (popup: Page) => popup.getByRole('region', { name: 'Related pieces' });
const item = (popup: Page, url: string) => panel(popup).locator('li.related-item').filter({ has: popup.locator(`a.related-title[href="${url}"]`) });

test('related-block and feed pieces appear; a slow page and a 404 hold up nothing; reopening uses the cache', async ({
  context,
  demo,
  extensionId,
}) => {
  const slowUrl = demo.origin + SLOW_ARTICLE_PATH;
  const missingUrl = demo.origin + MISSING_ARTICLE_PATH;
  demo.setOptions({ delays: { [SLOW_ARTICLE_PATH]: 6_000 }, missing: [MISSING_ARTICLE_PATH] });
  const { page, tabId } = await openArticle(context, demo.origin + FETCHER_TEST_ARTICLE_PATH);
  const block = await relatedBlockLinks(page);
  expect(block).toContain(slowUrl);
  expect(block).toContain(missingUrl);

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(panel(popup)).toBeVisible();
  await expect(panel(popup).getByRole('progressbar', { name: 'Finding related pieces' })).toBeVisible();

  // Every other block piece is read while the slow page is still loading.
  for (const url of block.filter((u) => u !== slowUrl && u !== missingUrl)) {
    await expect(item(popup, url)).toHaveAttribute('data-status', 'done');
  }
  await expect(item(popup, missingUrl).getByText('Page not found')).toBeVisible();
  await expect(item(popup, slowUrl)).toHaveAttribute('data-status', 'pending');
  // Pieces from the site's feed, beyond the block.
  await expect(panel(popup).locator('li.related-item[data-source="feed"]').first()).toBeVisible();
  // Each piece can be saved to the reading list.
  await item(popup, block[2]!).getByRole('button', { name: /save/i }).click();
  await expect(item(popup, block[2]!).getByRole('button', { name: /save/i })).toHaveText('Saved');

  // The slow page arrives in the end, and the run finishes.
  await expect(item(popup, slowUrl)).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(panel(popup).getByRole('progressbar')).toHaveCount(0);
  await popup.close();

  // Reopened, in the same tab or another tab on the same article: no request for any related page or feed.
  const relatedPaths = new Set([...block.map((u) => new URL(u).pathname), '/category/national-cinemas/feed/']);
  const fetchedAgain = () => demo.requests.filter((r) => relatedPaths.has(r.path.split('?')[0]!) || r.path.startsWith('/wp-json/'));
  demo.clearLog();
  const reopened = await openPopupFor(context, extensionId, tabId);
  await expect(item(reopened, block[0]!)).toHaveAttribute('data-status', 'done');
  await expect(reopened.getByRole('region', { name: /reading list/i }).locator(`a[href="${block[2]}"]`)).toBeVisible();
  const other = await openArticle(context, demo.origin + FETCHER_TEST_ARTICLE_PATH);
  const otherPopup = await openPopupFor(context, extensionId, other.tabId);
  for (const url of block.filter((u) => u !== missingUrl)) await expect(item(otherPopup, url)).toHaveAttribute('data-status', 'done');
  await expect(panel(otherPopup).getByRole('progressbar')).toHaveCount(0);
  expect(fetchedAgain()).toEqual([]);
});

test('stopping the service worker mid-fetch still finishes the queue', async ({ context, demo, extensionId }) => {
  const { page, tabId } = await openArticle(context, demo.origin + FETCHER_TEST_ARTICLE_PATH);
  const block = await relatedBlockLinks(page);
  // Every related page takes a while, so the worker is stopped with requests in flight.
  demo.setOptions({ delays: Object.fromEntries(block.map((u) => [new URL(u).pathname, 2_500])), missing: [] });
  demo.clearLog();

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(panel(popup).getByRole('progressbar')).toBeVisible();
  await expect.poll(() => demo.requests.filter((r) => block.some((u) => new URL(u).pathname === r.path)).length).toBeGreaterThan(0);

  const cdp = await context.newCDPSession(popup);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped')).toBe(true);

  // The popup keeps asking; a new worker resumes the stored queue and finishes it.
  for (const url of block) await expect(item(popup, url)).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(panel(popup).getByRole('progressbar')).toHaveCount(0);
  await expect.poll(() => statuses.at(-1)).toBe('running');
  const sw = await extensionWorker(context);
  const stored = await sw.evaluate(async (key) => (await chrome.storage.session.get(key))[key] as { state: string }, `relatedRun:${tabId}`);
  expect(stored.state).toBe('done');
});
