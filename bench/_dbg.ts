import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../utils/article/decode-html';
import { preClean } from '../utils/article/pre-clean';
import { findBody } from '../utils/article/body';
const id = process.argv[2] ?? ''; const needle = process.argv[3] ?? '';
const file = readdirSync('/work/shared/benchmarks/extraction/pages').find((f: string) => f.startsWith(id));
const html = decodeHtml(readFileSync('/work/shared/benchmarks/extraction/pages/' + file)).html;
const { document } = parseHTML(html);
const d = document as unknown as Document;
const c = d.cloneNode(true) as Document;
preClean(c);
console.log('after preClean:', (c.body?.textContent ?? '').includes(needle));
const b = findBody(d, '');
console.log('after body:', (b.root?.textContent ?? '').includes(needle));
import { Readability } from '@mozilla/readability';
{
  const c2 = d.cloneNode(true) as Document;
  preClean(c2);
  const r = new Readability(c2, { keepClasses: true, charThreshold: 400 }).parse();
  console.log('after readability:', (r?.content ?? '').replace(/<[^>]+>/g, '').includes(needle));
}
