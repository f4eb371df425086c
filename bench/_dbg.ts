import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../utils/article/decode-html';
import { preClean } from '../utils/article/pre-clean';
import { findBody } from '../utils/article/body';
const id = process.argv[2] ?? ''; const needle = process.argv[3] ?? '';
const file = readdirSync('/work/shared/benchmarks/extraction/pages').find((f) => f.startsWith(id)) ?? '';
const html = decodeHtml(readFileSync('/work/shared/benchmarks/extraction/pages/' + file)).html;
const d = parseHTML(html).document as unknown as Document;
const c = d.cloneNode(true) as Document;
console.log('orig:', (d.body?.textContent ?? '').includes(needle));
preClean(c);
console.log('after preClean:', (c.body?.textContent ?? '').includes(needle));
const r = new Readability(c, { keepClasses: true, charThreshold: 400 }).parse();
console.log('after readability:', (r?.content ?? '').replace(/<[^>]+>/g, '').includes(needle));
const b = findBody(d, process.argv[4] ?? '');
console.log('after body:', (b.root?.textContent ?? '').includes(needle));
{
  const c2 = d.cloneNode(true) as Document;
  preClean(c2);
  const r2 = new Readability(c2, { keepClasses: true, charThreshold: 400 }).parse();
  const s = r2?.content ?? '';
  const i = s.indexOf(needle);
  console.log(s.slice(Math.max(0, i - 700), i + 200));
}
