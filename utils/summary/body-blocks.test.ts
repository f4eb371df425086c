import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText, decodeEntities } from './body-blocks';

describe('blocks from HTML', () => {
  it('reads paragraphs, headings, list items and quotes, with entities decoded', () => {
    const blocks = blocksFromHtml(
      '<h2>Sub &amp; head</h2><p>Hello <b>big</b> world.&nbsp;Next.</p><ul><li>One</li><li>Two</li></ul><blockquote><p>Quoted.</p></blockquote>',
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Sub & head'],
      ['paragraph', 'Hello big world. Next.'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
      ['quote', 'Quoted.'],
    ]);
  });

  it('leaves out captions, asides, navigation, forms, headers, hidden and script content', () => {
    const blocks = blocksFromHtml(
      `<header><p>Standfirst</p></header><p>Body.</p><figure><img src="a.jpg"><figcaption>Photo: X</figcaption></figure>
       <aside><p>Related</p></aside><nav>Menu</nav><form><p>Sign up</p></form><p hidden>Secret</p><script>var x = "<p>";</script><p>End.</p>`,
    );
    expect(blocks.filter((b) => b.text).map((b) => b.text)).toEqual(['Body.', 'End.']);
  });

  it('measures link share and marks furniture by class or id', () => {
    const [links, marked] = blocksFromHtml(
      '<p><a href="/a">Other story</a> · <a href="/b">Another</a></p><div class="share-bar"><p>Share on X</p></div>',
    );
    expect(links?.linkShare).toBeGreaterThan(0.8);
    expect(marked?.marked).toBe(true);
  });

  it('turns images into media blocks that know whether they link to a page', () => {
    const blocks = blocksFromHtml('<p><a href="/story"><img src="t.jpg"></a></p><p><a href="big.jpg"><img src="t.jpg"></a></p><p><img src="x.png"></p>');
    expect(blocks.map((b) => b.mediaLink)).toEqual(['page', 'file', null]);
  });

  it('marks datelines and ends blocks at <br>', () => {
    const blocks = blocksFromHtml('<p><time datetime="2019-11-20">Nov 20</time></p><p>Line one<br>line two</p>');
    expect(blocks[0]?.hasTime).toBe(true);
    expect(blocks.slice(1).map((b) => b.text)).toEqual(['Line one', 'line two']);
  });
});

describe('blocks from text', () => {
  it('takes each line as a block and a short unpunctuated line before a paragraph as a heading', () => {
    const blocks = blocksFromText('First paragraph is here.\n\nA subheading\n\nThe paragraph under the subheading is much longer than it.\nA list item');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'First paragraph is here.'],
      ['heading', 'A subheading'],
      ['paragraph', 'The paragraph under the subheading is much longer than it.'],
      ['paragraph', 'A list item'],
    ]);
  });
});

describe('entities', () => {
  it('decodes numeric and common named entities, and leaves unknown ones', () => {
    expect(decodeEntities('&#233;t&eacute; &#x2014; &amp;&lt;&gt; &bogus;')).toBe('été — &<> &bogus;');
  });
});
