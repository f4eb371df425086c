import { SEED_ARTICLE_PATH, SEED_ARTICLE_TITLE } from '../demo-site/server';
import { badgeText, expect, openPopupFor, openToolbarPopup, reportedTabId, test } from './fixtures';

test('marks the badge on the demo article and leaves the home page unmarked', async ({ context, demo }) => {
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const articleTab = await reportedTabId(context, article.url());
  await expect.poll(() => badgeText(context, articleTab)).not.toBe('');

  const home = await context.newPage();
  await home.goto(demo.origin + '/');
  const homeTab = await reportedTabId(context, home.url());
  expect(await badgeText(context, homeTab)).toBe('');
});

test('updates the badge on SPA navigations', async ({ context, demo }) => {
  const page = await context.newPage();
  await page.goto(demo.origin + '/app/');
  const tabId = await reportedTabId(context, page.url());
  expect(await badgeText(context, tabId)).toBe('');
  await page.locator('a.app-card__link').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-spa-view', 'article');
  expect(await reportedTabId(context, page.url())).toBe(tabId);
  await expect.poll(() => badgeText(context, tabId)).not.toBe('');

  // And back to the listing: the mark goes away again.
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('data-spa-view', 'listing');
  await expect.poll(() => badgeText(context, tabId)).toBe('');
});

test('popup shows the article, saves it, and the saved item survives a service worker restart', async ({
  context,
  demo,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE_TITLE);
  await expect(popup.getByText('Frame & Nation').first()).toBeVisible();

  await popup.getByRole('button', { name: 'Save to reading list', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  await popup.close();

  const reopened = await openPopupFor(context, extensionId, tabId);
  const list = reopened.getByRole('region', { name: /reading list/i });
  await expect(list.getByRole('link', { name: SEED_ARTICLE_TITLE })).toBeVisible();

  // Stop the service worker, then open the popup again: it must start a new worker and still list the item.
  // The open popup is closed first: its panels ask the worker for progress and would wake it at once.
  await reopened.close();
  const cdp = await context.newCDPSession(article);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped')).toBe(true);

  const afterRestart = await openPopupFor(context, extensionId, tabId);
  await expect(
    afterRestart.getByRole('region', { name: /reading list/i }).getByRole('link', { name: SEED_ARTICLE_TITLE }),
  ).toBeVisible();
  // The popup reads the library itself; the worker it wakes (for the tab's page) may start just after.
  await expect.poll(() => statuses.at(-1)).toBe('running');
});

test('the real toolbar popup shows the article title', async ({ context, demo, userDataDir }) => {
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  await reportedTabId(context, article.url());
  await article.bringToFront();
  const { popup, close } = await openToolbarPopup(context, userDataDir);
  try {
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE_TITLE);
    await expect(popup.getByRole('button', { name: 'Save to reading list', exact: true })).toBeEnabled();
  } finally {
    await close();
  }
});
