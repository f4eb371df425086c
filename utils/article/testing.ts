/**
 * Test helpers for the article engine (Node only): parse HTML with jsdom or linkedom, read the
 * fixture pages of test-pages/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from './decode-html';

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), 'test-pages');

/** A jsdom Document for `html` at `url` (scripts off, quiet console). */
export function parseHtml(html: string, url = 'https://example.org/2024/01/02/some-article-slug/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export { parseLinkedom } from '../fetching/parse-html';

/** A fixture page and the URL it pretends to come from (from test-pages/manifest.json). */
export function fixture(name: string): { html: string; url: string } {
  const manifest = JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
  const entry = manifest.find((m) => m.file.startsWith(`${name}/`));
  if (!entry) throw new Error(`no fixture ${name}`);
  return { html: decodeHtml(readFileSync(join(pagesDir, entry.file))).html, url: entry.url };
}

/** A fixture parsed with jsdom. */
export function fixtureDoc(name: string): { doc: Document; url: string } {
  const { html, url } = fixture(name);
  return { doc: parseHtml(html, url), url };
}

/** Names of all fixtures in the manifest. */
export function fixtureNames(): string[] {
  const manifest = JSON.parse(readFileSync(join(pagesDir, 'manifest.json'), 'utf8')) as { file: string }[];
  return manifest.map((m) => m.file.split('/')[0] ?? m.file);
}

/** A minimal HTML page around a body, with optional head markup. */
export function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body>${body}</body></html>`;
}

/** `n` paragraphs of plausible prose (each about 200 characters). */
export function prose(n: number, seed = 'The film'): string {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    out.push(
      `<p>${seed} returns in paragraph ${i} to the harbour where the story began, and the camera waits patiently while the characters decide what to say, which is usually less than they mean and more than they intend.</p>`,
    );
  }
  return out.join('\n');
}
