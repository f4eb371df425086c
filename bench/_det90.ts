import { parseHTML } from 'linkedom';
import { detectArticle } from '../utils/article/detect';
import { loadBenchmark } from './benchmark-pages';
let ok = 0;
for (const p of loadBenchmark()) {
  const { document } = parseHTML(p.html);
  const d = detectArticle(document as unknown as Document, p.url);
  if (d.isArticle) ok++; else console.log(p.id.slice(0, 12), p.url, JSON.stringify(d));
}
console.log('articles', ok);
