/**
 * Golden fixtures: each test-pages/<name>/source.html is extracted (jsdom, the CLI's DOM) and the
 * record compared with test-pages/<name>/expected.json. After a deliberate engine change, review
 * the diff and regenerate with:  UPDATE_GOLDEN=1 npx vitest run utils/article/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';
import { extractArticle } from './extract';
import { toRecord } from './to-record';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'test-pages');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
const NOW = new Date('2025-09-01T12:00:00Z');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden fixtures', () => {
  for (const { file, url } of manifest) {
    it(file, () => {
      const html = decodeHtml(readFileSync(join(dir, file))).html;
      const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
      const record = toRecord(file, extractArticle(doc, url, { now: NOW }));
      const expectedPath = join(dir, dirname(file), 'expected.json');
      if (update) writeFileSync(expectedPath, `${JSON.stringify(record, null, 2)}\n`);
      if (!existsSync(expectedPath)) throw new Error(`${expectedPath} is missing: run with UPDATE_GOLDEN=1 and review it`);
      const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(record).toEqual(expected);
    });
  }
});
