import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/article/detect';
const m = JSON.parse(readFileSync('utils/article/test-pages/manifest.json', 'utf8')) as { file: string; url: string }[];
for (const e of m) {
  const doc = new JSDOM(readFileSync('utils/article/test-pages/' + e.file, 'utf8'), { url: e.url, virtualConsole: new VirtualConsole() }).window.document;
  console.log(e.file.padEnd(40), JSON.stringify(detectArticle(doc, e.url)));
}
