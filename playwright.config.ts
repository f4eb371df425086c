import { defineConfig } from '@playwright/test';

/**
 * End-to-end specs drive Chromium with the built extension (`.output/chrome-mv3`) against the
 * local demo site. Each test gets a fresh browser profile. Extensions need a persistent context,
 * so the specs launch Chromium themselves (see e2e/fixtures.ts) rather than through `projects`.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
});
