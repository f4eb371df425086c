/// <reference types="chrome" />
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';

/**
 * The Chromium Reelmark's tests and scripts drive. Debian's package by default; set
 * PLAYWRIGHT_CHROMIUM_PATH (or CHROMIUM_PATH) to use another build, e.g. Playwright's own.
 */
export function chromiumPath(): string {
  return process.env.PLAYWRIGHT_CHROMIUM_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Flags for Chromium on machines without outbound network and, often, as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** The built Chrome extension (`wxt build` writes it). */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Launches Chromium with the built extension in the given profile folder. */
export async function launchWithExtension(userDataDir: string, headless = true): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      ...CHROMIUM_ARGS,
      // A loopback DevTools port (any free one, written to DevToolsActivePort) lets a second CDP
      // client see the real toolbar popup, which Playwright's own connection does not list.
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
}

/**
 * Opens the real toolbar popup (`chrome.action.openPopup()`) for the focused tab and returns it
 * as a Playwright page, through a CDP connection to the browser launched in `userDataDir`.
 * Call `close()` to drop that connection (the browser stays up).
 */
export async function openToolbarPopup(
  context: BrowserContext,
  userDataDir: string,
): Promise<{ popup: Page; close: () => Promise<void> }> {
  const sw = await extensionWorker(context);
  const opened = await sw.evaluate(() => chrome.action.openPopup().then(() => '', (e: Error) => e.message));
  if (opened) throw new Error(`chrome.action.openPopup() failed: ${opened}`);
  const [port] = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  const cdp: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => /^chrome-extension:\/\/[^/]+\/popup\.html/.test(p.url()));
    if (popup) return { popup, close: () => cdp.close() };
    if (Date.now() > deadline) {
      await cdp.close();
      throw new Error('The toolbar popup did not appear');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The extension's service worker (waits for it to start if needed). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs });
}

/**
 * The tab id of the page showing `url`, as the extension knows it from the content script's
 * report, or undefined before the report lands. Playwright does not expose tab ids, and the
 * extension holds no `tabs` permission to look them up by URL.
 */
export async function reportedTabIdNow(context: BrowserContext, url: string): Promise<number | undefined> {
  const sw = await extensionWorker(context);
  return sw.evaluate(async (u) => {
    const { tabPages } = (await chrome.storage.session.get('tabPages')) as {
      tabPages?: Record<string, { url: string }>;
    };
    const hit = Object.entries(tabPages ?? {}).find(([, page]) => page.url === u);
    return hit ? Number(hit[0]) : undefined;
  }, url);
}

/** Waits (up to `timeoutMs`) for the content script of the page at `url` to report. */
export async function waitForReportedTabId(context: BrowserContext, url: string, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await reportedTabIdNow(context, url);
    if (id !== undefined) return id;
    if (Date.now() > deadline) throw new Error(`No content script report for ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The toolbar badge text of one tab. */
export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const sw = await extensionWorker(context);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup page in a tab, bound to the given tab the way the toolbar popup would be. */
export async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
