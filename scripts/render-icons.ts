/**
 * Renders public/icons/icon.svg into the PNG sizes the manifest needs, with the project's own
 * Chromium (no image tools required). Run after editing the SVG: `npx tsx scripts/render-icons.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../e2e/launch';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true });
    await writeFile(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png);
    await page.close();
  }
} finally {
  await browser.close();
}
