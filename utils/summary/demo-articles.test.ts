import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FRENCH_ARTICLE_PATH, SEED_ARTICLE_PATH, SPANISH_ARTICLE_PATH } from '@/demo-site/paths';
import { extractArticle } from '@/utils/article/extract';
import { normaliseSpace } from './body-blocks';
import { summarizeArticle } from './summarize-article';

/** Extracts a demo-site article from its generated file, as the extension would from the live page. */
function demoArticle(path: string) {
  const html = readFileSync(`demo-site/public${path}index.html`, 'utf8');
  const url = `https://frameandnation.example${path}`;
  return extractArticle(new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document, url);
}

describe.each([
  ['seed (English)', SEED_ARTICLE_PATH, 'en'],
  ['French', FRENCH_ARTICLE_PATH, 'fr'],
  ['Spanish', SPANISH_ARTICLE_PATH, 'es'],
])('demo site %s article', (_name, path, lang) => {
  const article = demoArticle(path);
  const summary = summarizeArticle({ text: article.text, html: article.html, lang: article.lang, title: article.title });

  it('is summarised in its own language', () => {
    expect(article.lang).toBe(lang);
    expect(summary.lang).toBe(lang);
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.tldr).not.toBe('');
  });

  it('uses only sentences of the body, never ads, share bars, bylines or related pieces', () => {
    const body = normaliseSpace(article.text);
    for (const point of [...summary.points, summary.tldr]) {
      expect(body).toContain(point);
      expect(point).not.toMatch(
        /ADVERTISEMENT|PUBLICIDAD|PUBLICITÉ|Facebook|Pinterest|Related Articles|Artículos relacionados|Articles similaires|^Published|^Publicado|^Publié/,
      );
    }
  });
});
