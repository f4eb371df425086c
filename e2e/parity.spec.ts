/// <reference types="chrome" />
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Article } from '../utils/article/types';
import {
  CATEGORY_PATH,
  FRENCH_ARTICLE_PATH,
  HOME_PATH,
  SEED_ARTICLE_PATH,
  SLOW_ARTICLE_PATH,
  SPANISH_ARTICLE_PATH,
} from '../demo-site/paths';
import { expect, openPopupFor, reportedTabId, test } from './fixtures';

const PAGES = [SEED_ARTICLE_PATH, SLOW_ARTICLE_PATH, FRENCH_ARTICLE_PATH, SPANISH_ARTICLE_PATH, HOME_PATH, CATEGORY_PATH];

/** Fields of the CLI record that come from the engine (`file` and the access date differ by design). */
const FIELDS = [
  'url', 'isArticle', 'confidence', 'title', 'byline', 'authors', 'published', 'modified', 'section', 'tags',
  'siteName', 'lang', 'canonical', 'description', 'image', 'wordCount', 'readingMinutes', 'text', 'html', 'related',
] as const;

test('the extension (live page) and the extract CLI (saved page) give the same result on the demo pages', async ({
  context,
  demo,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'reelmark-parity-'));
  try {
    const browserSide: Article[] = [];
    const manifest: { file: string; url: string }[] = [];
    let popup = null;
    for (const [i, pagePath] of PAGES.entries()) {
      const url = demo.origin + pagePath;
      // The CLI reads the page exactly as the server sent it.
      const html = await (await fetch(url)).text();
      await writeFile(path.join(dir, `page-${i}.html`), html);
      manifest.push({ file: `page-${i}.html`, url });

      const page = await context.newPage();
      await page.goto(url);
      const tabId = await reportedTabId(context, page.url());
      popup ??= await openPopupFor(context, extensionId, tabId);
      const reply = await popup.evaluate(
        (id) => chrome.runtime.sendMessage({ reelmark: 1, type: 'getTabArticle', data: { tabId: id } }),
        tabId,
      );
      expect(reply.ok, reply.error).toBe(true);
      browserSide.push(reply.value as Article);
      await page.close();
    }
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));

    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/extract.ts', '--manifest', path.join(dir, 'manifest.json')], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const cliSide = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(cliSide).toHaveLength(PAGES.length);

    for (const [i, cli] of cliSide.entries()) {
      const live = browserSide[i] as unknown as Record<string, unknown>;
      for (const field of FIELDS) expect(live[field], `${PAGES[i]} ${field}`).toEqual(cli[field]);
      const { accessed: _a, ...liveCitation } = live.citation as Record<string, unknown>;
      const { accessed: _b, ...cliCitation } = cli.citation as Record<string, unknown>;
      expect(liveCitation, `${PAGES[i]} citation`).toEqual(cliCitation);
    }
    // The articles really are articles, and the two listings are not.
    expect(cliSide.map((r) => r.isArticle)).toEqual([true, true, true, true, false, false]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
