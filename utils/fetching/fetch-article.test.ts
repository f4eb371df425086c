import { describe, expect, it } from 'vitest';
import { extractFromHtml } from './fetch-article';

describe('extractFromHtml', () => {
  it('extracts a title and body from an HTML string without a browser DOM', () => {
    const paragraph = 'Kazakh cinema has long balanced memory and co-production money in its stories. '.repeat(6);
    const html = `<!doctype html><html lang="en"><head><title>Steppe stories</title>
      <meta property="og:type" content="article"><meta property="og:title" content="Steppe stories"></head>
      <body><article><h1>Steppe stories</h1><p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const article = extractFromHtml(html, 'https://films.test/steppe');
    expect(article.title).toBe('Steppe stories');
    expect(article.text).toContain('Kazakh cinema');
  });
});
