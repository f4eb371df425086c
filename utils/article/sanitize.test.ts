import { describe, expect, it } from 'vitest';
import { sanitizeHtml, serializeClean } from './sanitize';
import { parseHtml } from './testing';

const BASE = 'https://films.example/a/b/';

function clean(html: string): string {
  const doc = parseHtml(`<html><body><div id="r">${html}</div></body></html>`, BASE);
  const root = doc.getElementById('r');
  if (!root) throw new Error('no root');
  return sanitizeHtml(serializeClean(root, BASE), doc);
}

describe('sanitised body HTML', () => {
  it('keeps structure: headings, lists, quotes, figures with captions, tables', () => {
    const html = '<h1>T</h1><h2>S</h2><ul><li>a</li></ul><ol start="3"><li>b</li></ol><blockquote cite="/src"><p>q</p></blockquote><figure><img src="/i.jpg" alt="A" width="10"><figcaption>Cap</figcaption></figure><table><tr><td colspan="2">c</td></tr></table>';
    expect(clean(html)).toBe(
      '<h2>T</h2><h2>S</h2><ul><li>a</li></ul><ol start="3"><li>b</li></ol><blockquote cite="https://films.example/src"><p>q</p></blockquote><figure><img src="https://films.example/i.jpg" alt="A" width="10"><figcaption>Cap</figcaption></figure><table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    );
  });

  it('drops scripts, handlers, styles, classes, forms, iframes and javascript: links', () => {
    const out = clean('<p class="x" style="color:red" onclick="evil()">Hi <a href="javascript:alert(1)">x</a> <a href="//cdn.example/p">y</a></p><script>evil()</script><iframe src="https://ads.example"></iframe><form><input></form><svg><script>1</script></svg>');
    expect(out).toBe('<p>Hi <a>x</a> <a href="https://cdn.example/p">y</a></p>');
  });

  it('unwraps unknown wrappers and keeps their text', () => {
    expect(clean('<custom-el><span>inside <font>old</font></span></custom-el>')).toBe('inside old');
  });

  it('gives lazy images their real source and drops images without one', () => {
    expect(clean('<img src="data:image/gif;base64,AAAA" data-src="/real.jpg"><img src="data:image/gif;base64,AAAA">')).toBe('<img src="https://films.example/real.jpg">');
  });

  it('escapes text and attribute values', () => {
    expect(clean('<p>&lt;script&gt; &amp; "q"</p><img src="/x.jpg" alt="a&quot;b">')).toBe('<p>&lt;script&gt; &amp; "q"</p><img src="https://films.example/x.jpg" alt="a&quot;b">');
  });
});
