/**
 * Bad input never throws out of the engine and never hangs: it gets "not an article" or an error
 * result, and the work is capped.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';
import { detectArticle } from './detect';
import { extractArticle, usesFallback } from './extract';
import { readPageSummary } from './page-summary';
import { extractRelated } from './related';
import { fixture, page, parseHtml, parseLinkedom, prose } from './testing';

const URL_ = 'https://bad.example/2024/01/01/a-page-with-problems/';

function runAll(doc: Document, url = URL_) {
  const detection = detectArticle(doc, url);
  const summary = readPageSummary(doc, url);
  const related = extractRelated(doc, url);
  const article = extractArticle(doc, url);
  return { detection, summary, related, article };
}

describe('bad input', () => {
  it('an empty document', () => {
    const { article, detection } = runAll(parseHtml(''));
    expect(detection.isArticle).toBe(false);
    expect(article.isArticle).toBe(false);
    expect(article.text).toBe('');
    expect(article.wordCount).toBe(0);
    expect(article.readingMinutes).toBe(0);
  });

  it('a document with no <body> element at all', () => {
    const doc = parseHtml(page(prose(5)));
    doc.body?.remove();
    const { article } = runAll(doc);
    expect(article.isArticle).toBe(false);
    expect(article.text).toBe('');
  });

  it('a frameset page', () => {
    const { article, detection } = runAll(parseHtml('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'));
    expect(detection.isArticle).toBe(false);
    expect(article.isArticle).toBe(false);
    expect(article.title).toBe('Frames');
  });

  it('malformed markup: unclosed tags, stray closers, broken attributes, nested <p>s', () => {
    const html = `<html><head><title>Broken</title><body><div class="a"><p>Unclosed ${prose(1)}<p><b><i>misnested</b></i></div></div></span><table><tr><td>${prose(4)}</table><div class="x><p <p>>`;
    const { article } = runAll(parseHtml(html));
    expect(article.text).toContain('The film returns in paragraph');
    expect(article.error).toBeUndefined();
  });

  it('non-HTML junk and a binary blob', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 256)).join('');
    expect(() => runAll(parseHtml(junk))).not.toThrow();
    const decoded = decodeHtml(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(typeof decoded.html).toBe('string');
  });

  it('a 10 MB page of text is capped', () => {
    const paragraph = `<p>${'A very long line of film criticism that goes on and on. '.repeat(40)}</p>`;
    const big = page(`<article><h1>Huge</h1>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article>`);
    expect(big.length).toBeGreaterThan(10_000_000);
    const a = extractArticle(parseLinkedom(big), URL_);
    expect(a.text.length).toBeLessThanOrEqual(400_001);
    expect(a.html.length).toBeLessThanOrEqual(1_600_000);
    expect(a.error).toBeUndefined();
  });

  it('a page with a huge number of elements takes the cheap path', () => {
    const cells = '<div><span>x</span></div>'.repeat(30_000);
    const doc = parseLinkedom(page(`${cells}<div class="story">${prose(8)}</div>`));
    expect(usesFallback(doc)).toBe(true);
    const a = extractArticle(doc, URL_);
    expect(a.text).toContain('The film returns in paragraph 8');
    expect(a.text).not.toContain('x x x');
  });

  it('broken JSON-LD, absurd dates and hostile attribute values', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":' + '['.repeat(5000) + '</script><meta property="article:published_time" content="not a date"><link rel="canonical" href="javascript:alert(1)">';
    const { article } = runAll(parseHtml(page(`<h1>Still fine</h1>${prose(5)}`, head)));
    expect(article.published).toBe('2024-01-01');
    expect(article.canonical).toBe(URL_);
    expect(article.title).toBe('Test page');
  });

  it('an invalid URL does not break anything', () => {
    const { article } = runAll(parseHtml(page(prose(5))), 'not a url');
    expect(article.url).toBe('not a url');
    expect(article.canonical).toBe('not a url');
  });

  it('legacy charsets: windows-1252 and Shift_JIS are decoded by their declaration', () => {
    expect(fixture('charset-windows-1252').html).toContain('l’hiver comme un tableau');
    expect(fixture('charset-windows-1252').html).toContain('Dubœuf');
    const bytes1252 = new Uint8Array([...Buffer.from('<meta charset="windows-1252"><p>'), 0x93, 0x9c, 0x80, 0x94, ...Buffer.from('</p>')]);
    expect(decodeHtml(bytes1252)).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeHtml(bytes1252).html).toContain('“œ€”');
    const { html } = fixture('charset-shift-jis');
    expect(html).toContain('小津安二郎の静かな映画');
    const a = extractArticle(parseHtml(html, 'https://cinema-nikki.example/2023/06/01/ozu/'), 'https://cinema-nikki.example/2023/06/01/ozu/');
    expect(a.text).toContain('東京物語');
    expect(a.lang).toBe('ja');
  });

  it('undeclared charset defaults to UTF-8; a BOM or an HTTP charset wins over meta', () => {
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>café</p>')))).toMatchObject({ encoding: 'utf-8', source: 'default' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="shift_jis"><p>café</p>')]);
    expect(decodeHtml(bom)).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decodeHtml(bom).html).toContain('café');
    expect(decodeHtml(new Uint8Array(Buffer.from('<p>x</p>')), 'ISO-8859-1')).toMatchObject({ encoding: 'windows-1252', source: 'http' });
    expect(decodeHtml(new Uint8Array(Buffer.from('<meta charset="no-such-charset"><p>x</p>'))).encoding).toBe('utf-8');
  });
});
