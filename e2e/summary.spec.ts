import type { BrowserContext, Page } from '@playwright/test';
import { FRENCH_ARTICLE_PATH, SEED_ARTICLE_PATH, SPANISH_ARTICLE_PATH } from '../demo-site/paths';
import { expect, reportedTabId, test } from './fixtures';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Opens the popup bound to `tabId`, running `init` in the page before the popup's own scripts. */
async function popupFor(context: BrowserContext, extensionId: string, tabId: number, init?: () => void): Promise<Page> {
  const popup = await context.newPage();
  if (init) await popup.addInitScript(init);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Turns on "Use the browser's on-device AI model for summaries" on the options page. */
async function enableOnDeviceSummaries(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByRole('checkbox', { name: /on-device AI/i });
  await toggle.check();
  await expect(toggle).toBeChecked();
  await options.close();
}

/** The article page's visible body text, for checking that key points stand in it. */
async function articleText(page: Page): Promise<string> {
  return normalise(await page.locator('article').first().innerText());
}

test('the popup shows extractive key points that stand in the article, in its language', async ({
  context,
  demo,
  extensionId,
}) => {
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());
  const body = await articleText(article);

  const popup = await popupFor(context, extensionId, tabId);
  const summary = popup.getByRole('region', { name: 'Summary' });
  const points = summary.getByRole('list', { name: 'Key points' });
  await expect(points.getByRole('listitem').first()).toBeVisible();
  expect(await points.getAttribute('lang')).toBe('en');

  const texts = (await points.getByRole('listitem').allInnerTexts()).map(normalise);
  expect(texts.length).toBeGreaterThanOrEqual(3);
  expect(texts.length).toBeLessThanOrEqual(5);
  for (const point of texts) {
    expect(body).toContain(point);
    expect(point).not.toMatch(/ADVERTISEMENT|Facebook|Pinterest|Related Articles|Published/);
  }
  const tldr = normalise(await summary.locator('.tldr span[lang="en"]').innerText());
  expect(body).toContain(tldr);
  await expect(summary.getByText('Key sentences from the article itself.')).toBeVisible();
  await expect(summary.getByRole('button', { name: 'Summarise with on-device AI' })).toHaveCount(0);
});

for (const [language, path, lang] of [
  ['French', FRENCH_ARTICLE_PATH, 'fr'],
  ['Spanish', SPANISH_ARTICLE_PATH, 'es'],
] as const) {
  test(`the ${language} demo article is summarised in its own language`, async ({ context, demo, extensionId }) => {
    const article = await context.newPage();
    await article.goto(demo.origin + path);
    const tabId = await reportedTabId(context, article.url());
    const body = await articleText(article);

    const popup = await popupFor(context, extensionId, tabId);
    const summary = popup.getByRole('region', { name: 'Summary' });
    const points = summary.getByRole('list', { name: 'Key points' });
    await expect(points.getByRole('listitem').first()).toBeVisible();
    expect(await points.getAttribute('lang')).toBe(lang);
    await expect(summary.locator(`.tldr span[lang="${lang}"]`)).not.toBeEmpty();
    const texts = (await points.getByRole('listitem').allInnerTexts()).map(normalise);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const point of texts) expect(body).toContain(point);
  });
}

for (const [where, init] of [
  // Debian's Chromium has the API but no model: availability() answers "unavailable".
  ['the browser has no model', undefined],
  ['the browser has no Summarizer API at all', () => void Reflect.deleteProperty(self, 'Summarizer')],
] as const) {
  test(`with on-device summaries turned on where ${where}, the extractive summary stays, quietly`, async ({
    context,
    demo,
    extensionId,
  }) => {
    await enableOnDeviceSummaries(context, extensionId);
    const article = await context.newPage();
    await article.goto(demo.origin + SEED_ARTICLE_PATH);
    const tabId = await reportedTabId(context, article.url());

    const popup = await popupFor(context, extensionId, tabId, init);
    const summary = popup.getByRole('region', { name: 'Summary' });
    await expect(summary.getByRole('list', { name: 'Key points' }).getByRole('listitem').first()).toBeVisible();
    await expect(summary.getByText('Key sentences from the article itself.')).toBeVisible();
    await expect(summary.locator('progress')).toHaveCount(0);
    await expect(summary.getByRole('button', { name: 'Summarise with on-device AI' })).toHaveCount(0);
    await expect(summary.getByText(/couldn't summarise/)).toHaveCount(0);
  });
}

test('the Copy button copies the summary and says so', async ({ context, demo, extensionId }) => {
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());

  const popup = await popupFor(context, extensionId, tabId, () => {
    // Record what is copied (headless Chromium may have no system clipboard to read back).
    const copied: string[] = [];
    Object.defineProperty(window, '__copied', { value: copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
  });
  const summary = popup.getByRole('region', { name: 'Summary' });
  await summary.getByRole('button', { name: 'Copy summary' }).click();
  await expect(summary.getByRole('status')).toHaveText('Summary copied.');
  const copied = await popup.evaluate(() => (Reflect.get(window, '__copied') as string[])[0] ?? '');
  expect(copied).toMatch(/^TL;DR: .+\n\n- .+/s);
});

test('with a browser model to download, the button starts it in the click, shows progress, then the model’s summary', async ({
  context,
  demo,
  extensionId,
}) => {
  await enableOnDeviceSummaries(context, extensionId);
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());

  // A stand-in Summarizer that, like Chrome's, refuses to download without transient user activation.
  const popup = await popupFor(context, extensionId, tabId, () => {
    let downloaded = false;
    const release: (() => void)[] = [];
    Object.defineProperty(window, '__finishDownload', { value: () => release.splice(0).forEach((r) => r()) });
    Object.defineProperty(window, 'Summarizer', {
      value: {
        availability: async () => (downloaded ? 'available' : 'downloadable'),
        create: (o: { type?: string; monitor?: (m: EventTarget) => void }) => {
          if (!downloaded && !navigator.userActivation.isActive) {
            return Promise.reject(new DOMException('Requires a user gesture', 'NotAllowedError'));
          }
          const monitor = new EventTarget();
          o.monitor?.(monitor);
          return new Promise((resolve) => {
            setTimeout(() => monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5, total: 1 })), 0);
            release.push(() => {
              downloaded = true;
              resolve({
                inputQuota: 100_000,
                measureInputUsage: async (t: string) => t.length / 4,
                summarize: async () => (o.type === 'tldr' ? 'Model TL;DR.' : '* Model point one.\n* Model point two.'),
                destroy: () => undefined,
              });
            });
          });
        },
      },
    });
  });
  const summary = popup.getByRole('region', { name: 'Summary' });
  await expect(summary.getByText('Key sentences from the article itself.')).toBeVisible();
  await summary.getByRole('button', { name: 'Summarise with on-device AI' }).click();

  const bar = summary.getByRole('progressbar', { name: 'Downloading the on-device model…' });
  await expect(bar).toBeVisible();
  await expect.poll(() => bar.evaluate((p) => (p as HTMLProgressElement).value)).toBe(0.5);
  await popup.evaluate(() => (Reflect.get(window, '__finishDownload') as () => void)());

  await expect(summary.getByText("Summarised by your browser's on-device AI.")).toBeVisible();
  await expect(summary.getByRole('list', { name: 'Key points' }).getByRole('listitem')).toHaveText(['Model point one.', 'Model point two.']);
  await expect(summary.locator('.tldr span[lang="en"]')).toHaveText('Model TL;DR.');
});
