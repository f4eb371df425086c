import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';
import { parseHtml } from './testing';

function text(html: string, skip?: (el: Element) => boolean): string {
  const doc = parseHtml(`<html><body><div id="r">${html}</div></body></html>`);
  const root = doc.getElementById('r');
  if (!root) throw new Error('no root');
  return htmlToText(root, skip);
}

describe('htmlToText', () => {
  it('puts blank lines between blocks and never glues words across them', () => {
    expect(text('<p>One.</p><p>Two.</p><h2>Head</h2><div>Three<div>Four</div></div>')).toBe('One.\n\nTwo.\n\nHead\n\nThree\n\nFour');
  });

  it('keeps inline words together and collapses whitespace', () => {
    expect(text('<p>A <b>bold</b>   move,\n  and <a href="#">a link</a>.</p>')).toBe('A bold move, and a link.');
    expect(text('<p>un<em>broken</em>word</p>')).toBe('unbrokenword');
  });

  it('breaks lines at <br> and list items, spaces table cells', () => {
    expect(text('<p>Line one<br>Line two</p><ul><li>a</li><li>b</li></ul>')).toBe('Line one\nLine two\n\na\nb');
    expect(text('<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>')).toBe('x y\nz');
  });

  it('keeps <pre> verbatim and skips scripts, styles and skipped elements', () => {
    expect(text('<pre>a  b\n  c</pre>')).toBe('a  b\n  c');
    expect(text('<p>Keep</p><script>var x = 1;</script><style>p{}</style><figure><img src="x.jpg"><figcaption>Cap</figcaption></figure>', (el) => el.tagName === 'FIGCAPTION')).toBe('Keep');
  });
});
