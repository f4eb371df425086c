import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractPage, readManifest } from './extract-pages';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pages = join(root, 'utils/article/test-pages');
const KEYS = ['file', 'url', 'isArticle', 'confidence', 'title', 'byline', 'authors', 'published', 'modified', 'section', 'tags', 'siteName', 'lang', 'canonical', 'description', 'image', 'wordCount', 'readingMinutes', 'text', 'html', 'related', 'citation', 'summary', 'tldr', 'nations'];
const REVIEW_URL = 'https://reelnotes.example/2024/03/12/the-quiet-harbour-review/';

describe('extraction CLI', () => {
  it('prints exactly the documented keys, in order', () => {
    const record = extractPage({ file: join(pages, 'wp-film-review/source.html'), url: REVIEW_URL });
    expect(Object.keys(record)).toEqual(KEYS);
    expect(record.title).toBe('‘The Quiet Harbour’ review – a patient, luminous debut');
    expect(record.text).toContain('\n\n');
  });

  it('reads .html.gz and decodes legacy charsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelmark-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(pages, 'charset-windows-1252/source.html'))));
    const record = extractPage({ file: gz, url: 'http://cinequartier.example/critiques/2023/02/14/les-saisons-lentes.html' });
    expect(record.title).toBe('« Les Saisons lentes » : l’hiver comme un tableau');
    expect(record.authors).toEqual(['Hélène Dubœuf']);
  });

  it('resolves manifest paths against the manifest folder and reports unreadable files', () => {
    const { refs, baseDir } = readManifest(join(pages, 'manifest.json'));
    expect(baseDir).toBe(pages);
    expect(refs[0]).toEqual({ file: 'wp-film-review/source.html', url: REVIEW_URL });
    const missing = extractPage({ file: 'no/such/file.html', url: 'https://x.example/' }, { baseDir });
    expect(missing.isArticle).toBe(false);
    expect(missing.error).toMatch(/cannot read/);
    expect(Object.keys(missing)).toEqual([...KEYS, 'error']);
  });

  it('runs as `npm run -s extract -- --url URL FILE` and prints one JSON line per page', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/extract.ts', '--accessed', '2024-06-01', '--url', REVIEW_URL, join(pages, 'wp-film-review/source.html'), join(pages, 'nonarticle-home/source.html')], { cwd: root, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '{}') as { isArticle: boolean; citation: { accessed: unknown } };
    expect(first.isArticle).toBe(true);
    expect(first.citation.accessed).toEqual({ 'date-parts': [[2024, 6, 1]] });
  });
});
