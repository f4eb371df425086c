import { JSDOM, VirtualConsole } from 'jsdom';
import { loadBenchmark } from './benchmark-pages';
import { readMetadata } from '../utils/article/metadata';
import { findBody } from '../utils/article/body';
import { extractRelated } from '../utils/article/related';
import { serializeClean, sanitizeHtml } from '../utils/article/sanitize';
import { detectArticle } from '../utils/article/detect';
const t = { meta: 0, body: 0, related: 0, sanitize: 0, detect: 0 };
for (const page of loadBenchmark()) {
  const doc = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() }).window.document;
  let a = performance.now();
  detectArticle(doc, page.url); t.detect += performance.now() - a; a = performance.now();
  const m = readMetadata(doc, page.url); t.meta += performance.now() - a; a = performance.now();
  const b = findBody(doc, m.title); t.body += performance.now() - a; a = performance.now();
  extractRelated(doc, page.url); t.related += performance.now() - a; a = performance.now();
  if (b.root) sanitizeHtml(serializeClean(b.root, page.url), doc); t.sanitize += performance.now() - a;
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v / 90)])));
