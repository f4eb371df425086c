import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../demo-site/server';
import { extensionWorker, launchWithExtension, waitForReportedTabId } from './launch';

type Fixtures = { userDataDir: string; context: BrowserContext; serviceWorker: Worker; extensionId: string };
type WorkerFixtures = { demo: DemoServer };

/** Playwright test with a fresh Chromium profile carrying the built extension, and the demo site. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0 });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reelmark-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect };

/** The tab id of the page showing `url`, once its content script has reported. */
export const reportedTabId = (context: BrowserContext, url: string): Promise<number> => waitForReportedTabId(context, url);

export { badgeText, extensionWorker, openPopupFor, openToolbarPopup } from './launch';
