import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SEED_ARTICLE_PATH, SEED_ARTICLE_TITLE } from '../demo-site/server';
import { expect, openPopupFor, reportedTabId, test } from './fixtures';

const SAMPLES = path.resolve('utils/library/formats/samples');

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  return page;
}

const count = (page: Page) => page.getByTestId('library-count');
const items = (page: Page) => page.getByRole('list', { name: 'Saved articles' }).getByRole('listitem');

/** Imports a file through the library page's file input and confirms the preview. */
async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<Page> {
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('region', { name: /Import preview/ })).toBeVisible();
  return page;
}

/** Exports the whole library as Reelmark JSON and returns the file's text. */
async function exportJson(page: Page): Promise<string> {
  await page.getByLabel('Export as').selectOption('reelmark-json');
  await page.getByLabel('What').selectOption('all');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  return readFile((await download.path())!, 'utf8');
}

/** An export without the export time, which is the one thing allowed to differ. */
const comparable = (json: string) => JSON.stringify({ ...JSON.parse(json), exportedAt: null });

test('saves from the popup, then finds, tags and reads the article in the library', async ({ context, demo, extensionId }) => {
  // The library page is open while the popup saves (through the service worker): it follows.
  const library = await openLibrary(context, extensionId);
  await expect(count(library)).toHaveText('0 articles');

  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());
  const popup = await openPopupFor(context, extensionId, tabId);
  await popup.getByRole('button', { name: 'Save to reading list', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
  // The popup's recent list has it, with its quick actions.
  await expect(popup.getByRole('region', { name: /reading list/i }).getByRole('link', { name: SEED_ARTICLE_TITLE })).toBeVisible();

  await library.bringToFront();
  await expect(count(library)).toHaveText('1 article');
  // A quick action in the popup (mark read) shows in the library too.
  await popup.getByRole('group', { name: `Actions for "${SEED_ARTICLE_TITLE}"` }).getByRole('button', { name: 'Read' }).click();
  await expect(items(library).getByRole('button', { name: 'Read', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(items(library)).toHaveCount(1);

  // Full-text search: a body word, a typo, a prefix; and a word that is nowhere.
  const search = library.getByRole('searchbox', { name: 'Search the library' });
  for (const query of ['laboratories', 'laboratores', 'bilater', 'synergies nations']) {
    await search.fill(query);
    await expect(items(library).getByRole('link', { name: SEED_ARTICLE_TITLE })).toBeVisible();
  }
  await search.fill('zzyzx');
  await expect(library.getByText('Nothing matches')).toBeVisible();
  await search.fill('');

  // Tag it inline, then filter by the new tag.
  await items(library).getByRole('button', { name: 'Details' }).click();
  const detail = library.getByRole('complementary');
  await detail.getByLabel('Add a tag').fill('co-production');
  await detail.getByLabel('Add a tag').press('Enter');
  await expect(detail.getByRole('listitem').filter({ hasText: 'co-production' })).toBeVisible();
  await expect(items(library).getByText('co-production', { exact: true })).toBeVisible();
  await library.getByLabel('Tag', { exact: true }).fill('co-production');
  await library.getByLabel('Tag', { exact: true }).press('Tab');
  await expect(count(library)).toHaveText('1 article');
  await search.fill('co-production');
  await expect(items(library)).toHaveCount(1);

  // The reader page shows the saved copy, with the notes and citation beside it.
  const [reader] = await Promise.all([context.waitForEvent('page'), items(library).getByRole('link', { name: SEED_ARTICLE_TITLE }).click()]);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(SEED_ARTICLE_TITLE);
  await expect(reader.locator('article .body')).toContainText('co-productions');
  await expect(reader.getByRole('heading', { name: 'Cite' })).toBeVisible();
  // The saved copy can be shared from the reader page.
  await reader.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(reader.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await reader.keyboard.press('Escape');
  await reader.getByText('Text settings').click();
  await reader.getByLabel('Dark').check();
  await reader.reload();
  await expect(reader.locator('.reader')).toHaveClass(/theme-dark/);
});

test('imports a Pocket CSV through the library page, with a preview first', async ({ context, extensionId }) => {
  const library = await openLibrary(context, extensionId);
  await expect(count(library)).toHaveText('0 articles');
  await importFile(library, path.join(SAMPLES, 'pocket-2025', 'part_000000.csv'));
  const preview = library.getByRole('region', { name: /Import preview/ });
  await expect(preview.locator('[data-count="libraryImportEntries"]')).toHaveText('12');
  await expect(preview.locator('[data-count="libraryImportAdded"]')).toHaveText('9');
  await expect(preview.locator('[data-count="libraryImportDuplicates"]')).toHaveText('1');
  await expect(preview.locator('[data-count="libraryImportSkipped"]')).toHaveText('2');
  await expect(preview.getByRole('row').filter({ hasText: 'No address here' })).toContainText('no address');
  await expect(preview.getByRole('row').filter({ hasText: 'Locarno' })).toContainText('yesterday');
  // Nothing is written before the import is confirmed.
  await expect(count(library)).toHaveText('0 articles');

  await preview.getByRole('button', { name: 'Import 9 items' }).click();
  await expect(library.getByRole('heading', { name: /Imported/ })).toBeVisible();
  await library.getByRole('button', { name: 'Close' }).click();
  await expect(count(library)).toHaveText('9 articles');

  await library.getByRole('searchbox', { name: 'Search the library' }).fill('Senegal');
  await expect(items(library).getByRole('link', { name: "Senegal's new wave and the Dakar film school" })).toBeVisible();
  await library.getByRole('searchbox', { name: 'Search the library' }).fill('');
  await library.getByLabel('Status').selectOption('archived');
  await expect(count(library)).toHaveText('4 of 9 articles');
});

test('exports to Reelmark JSON and re-imports it with an identical result', async ({ context, extensionId }) => {
  const library = await openLibrary(context, extensionId);
  await importFile(library, path.join(SAMPLES, 'bookmarks.html'));
  await library.getByRole('button', { name: /^Import \d+ items$/ }).click();
  await library.getByRole('button', { name: 'Close' }).click();
  await importFile(library, path.join(SAMPLES, 'reelmark-library.json'));
  await library.getByRole('button', { name: /^Import \d+ items$/ }).click();
  await library.getByRole('button', { name: 'Close' }).click();
  await expect(count(library)).toHaveText('5 articles');

  const first = await exportJson(library);
  expect(JSON.parse(first).items).toHaveLength(5);

  // Re-importing into the same library changes nothing.
  await importFile(library, { name: 'reelmark.json', mimeType: 'application/json', buffer: Buffer.from(first) });
  await expect(library.locator('[data-count="libraryImportUnchanged"]')).toHaveText('5');
  await expect(library.locator('[data-count="libraryImportAdded"]')).toHaveText('0');
  await library.getByRole('button', { name: 'Cancel' }).click();

  // Delete everything, import the export, and export again: the same library comes back.
  await library.getByRole('button', { name: /^Select all 5 shown$/ }).click();
  await library.getByRole('button', { name: 'Delete', exact: true }).click();
  await library.getByRole('button', { name: 'Delete 5 for good' }).click();
  await expect(count(library)).toHaveText('0 articles');
  await importFile(library, { name: 'reelmark.json', mimeType: 'application/json', buffer: Buffer.from(first) });
  await library.getByRole('button', { name: 'Import 5 items' }).click();
  await library.getByRole('button', { name: 'Close' }).click();
  await expect(count(library)).toHaveText('5 articles');
  expect(comparable(await exportJson(library))).toBe(comparable(first));
});

test('a large export is written by workers, whole and in order, and re-imports unchanged', async ({ context, extensionId }) => {
  const library = await openLibrary(context, extensionId);
  const ROWS = 1200;
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < ROWS; i++) lines.push(`"Piece ${i}, on ""cinema""",https://films-${i % 7}.example/p/${i},${1700000000 + i * 60},festival|n${i % 3},unread`);
  await importFile(library, { name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await library.getByRole('button', { name: `Import ${ROWS.toLocaleString('en')} items` }).click();
  await library.getByRole('button', { name: 'Close' }).click();
  await expect(count(library)).toHaveText(`${ROWS.toLocaleString('en')} articles`);

  const workers: string[] = [];
  library.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  const exported = await exportJson(library);
  expect(workers.filter((w) => w === '/export-worker.js').length).toBeGreaterThanOrEqual(1);
  const items = (JSON.parse(exported) as { items: { url: string; title: string }[] }).items;
  expect(items).toHaveLength(ROWS);
  // Newest first, nothing lost or repeated where the slices meet.
  expect(items.map((item) => item.url)).toEqual(Array.from({ length: ROWS }, (_, k) => `https://films-${(ROWS - 1 - k) % 7}.example/p/${ROWS - 1 - k}`));
  expect(items[0]!.title).toBe(`Piece ${ROWS - 1}, on "cinema"`);

  await importFile(library, { name: 'reelmark.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(library.locator('[data-count="libraryImportUnchanged"]')).toHaveText(ROWS.toLocaleString('en'));
  await expect(library.locator('[data-count="libraryImportAdded"]')).toHaveText('0');
});

test('shares a saved item from its details, and a list as a Markdown file', async ({ context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const library = await openLibrary(context, extensionId);
  await importFile(library, path.join(SAMPLES, 'bookmarks.html'));
  await library.getByRole('button', { name: /^Import \d+ items$/ }).click();
  await library.getByRole('button', { name: 'Close' }).click();

  // One saved item: the details' Share control copies its link.
  const senegal = "Senegal's new wave and the Dakar film school";
  await items(library).filter({ hasText: senegal }).getByRole('button', { name: 'Details' }).click();
  const detail = library.getByRole('complementary');
  const share = detail.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toBeEnabled();
  await share.click();
  await detail.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => library.evaluate(() => navigator.clipboard.readText())).toBe('https://africine.example/senegal/new-wave-dakar');
  await expect(detail.getByRole('button', { name: 'Share on Facebook' })).toBeVisible();

  // A list (a bookmarks folder): exported as Markdown, with its name and its items' links.
  await library.getByRole('navigation', { name: 'Lists' }).getByRole('button', { name: /^Film \/ Festivals/ }).click();
  const shareList = library.getByRole('group', { name: 'Share this list' });
  const [download] = await Promise.all([library.waitForEvent('download'), shareList.getByRole('button', { name: 'Export as Markdown file' }).click()]);
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown).toContain('Film / Festivals');
  expect(markdown).toContain("[Critics' Week 2024: the debuts](https://festival-diaries.example/cannes/2024/critics-week)");
  expect(markdown).not.toContain(senegal);
});
