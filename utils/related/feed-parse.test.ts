import { describe, expect, it } from 'vitest';
import { cleanExcerpt, parseFeed } from './feed-parse';

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Frame &amp; Nation</title><link>https://films.test/</link>
<item>
  <title><![CDATA[Kazakh cinema & the <em>steppe</em>]]></title>
  <link>https://films.test/2025/07/19/kazakh-cinema/?utm_source=rss</link>
  <guid isPermaLink="false">films.test/?p=4715</guid>
  <description><![CDATA[<p>How Kazakh cinema navigates post-Soviet identity&hellip;</p><p>The post <a href="/x">Kazakh cinema</a> appeared first on <a href="/">Frame &amp; Nation</a>.</p>]]></description>
  <content:encoded><![CDATA[<p>Body about <strong>Kazakh</strong> films &amp; co-productions.</p>]]></content:encoded>
  <category><![CDATA[National cinemas]]></category><category>Kazakhstan</category>
  <dc:creator>Ann Writer</dc:creator>
  <pubDate>Sat, 19 Jul 2025 09:30:00 +0000</pubDate>
  <media:thumbnail url="/img/k.jpg"/>
</item>
<item><title>Caf&#233; culture &amp; cinema</title><link>/relative/item/</link><description>Entities: caf&#xE9; &lt;b&gt;bold&lt;/b&gt;</description></item>
<item><title>No link here</title></item>
</channel></rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://films.test/"><title>Old feed</title><items><rdf:Seq><rdf:li rdf:resource="https://films.test/a"/></rdf:Seq></items></channel>
  <item rdf:about="https://films.test/a"><title>Czech New Wave revisited</title><link>https://films.test/a</link>
    <description>Aesthetics that still resonate.</description><dc:date>2025-08-05T08:00:00Z</dc:date><dc:subject>National cinemas</dc:subject></item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://films.test/blog/">
  <title>Atom feed</title>
  <entry>
    <title type="html">Mexican cinema &lt;i&gt;now&lt;/i&gt;</title>
    <link rel="self" href="https://films.test/self"/>
    <link rel="alternate" type="text/html" href="mexican-cinema/"/>
    <published>2025-07-18T10:00:00+02:00</published><updated>2025-07-20T10:00:00Z</updated>
    <summary>Ancestral narratives meet streaming.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full <b>text</b>.</p></div></content>
    <category term="national-cinemas" label="National cinemas"/>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON feed',
  items: [
    { id: '1', url: 'https://films.test/armenian/', title: 'Armenian cinema &amp; diaspora', content_html: '<p>Memory and <em>migration</em>.</p>', date_published: '2025-07-25T00:00:00Z', tags: ['National cinemas'], image: '/a.jpg' },
    { id: '2', title: 'No URL' },
    'junk',
  ],
});

describe('parseFeed', () => {
  it('reads RSS 2.0 with CDATA, entities, categories, images and relative links', () => {
    const items = parseFeed(RSS2, 'https://films.test/category/national-cinemas/feed/');
    expect(items).toHaveLength(2);
    expect(items[0]).toEqual({
      url: 'https://films.test/2025/07/19/kazakh-cinema/',
      title: 'Kazakh cinema & the steppe',
      summary: 'How Kazakh cinema navigates post-Soviet identity…',
      content: 'Body about Kazakh films & co-productions.',
      date: '2025-07-19T09:30:00.000Z',
      categories: ['National cinemas', 'Kazakhstan'],
      image: 'https://films.test/img/k.jpg',
    });
    expect(items[1]).toMatchObject({ url: 'https://films.test/relative/item/', title: 'Café culture & cinema', summary: 'Entities: café bold' });
  });

  it('reads RSS 1.0 (RDF) items, which sit beside the channel', () => {
    expect(parseFeed(RDF, 'https://films.test/index.rdf')).toEqual([
      expect.objectContaining({ url: 'https://films.test/a', title: 'Czech New Wave revisited', date: '2025-08-05T08:00:00.000Z', categories: ['National cinemas'] }),
    ]);
  });

  it('reads Atom: html titles, xhtml content, the alternate link against xml:base', () => {
    expect(parseFeed(ATOM, 'https://films.test/atom.xml')).toEqual([
      {
        url: 'https://films.test/blog/mexican-cinema/',
        title: 'Mexican cinema now',
        summary: 'Ancestral narratives meet streaming.',
        content: 'Full text.',
        date: '2025-07-18T08:00:00.000Z',
        categories: ['National cinemas'],
        image: null,
      },
    ]);
  });

  it('reads JSON Feed and skips items without a URL', () => {
    expect(parseFeed(JSON_FEED, 'https://films.test/feed.json')).toEqual([
      {
        url: 'https://films.test/armenian/',
        title: 'Armenian cinema & diaspora',
        summary: 'Memory and migration.',
        content: 'Memory and migration.',
        date: '2025-07-25T00:00:00.000Z',
        categories: ['National cinemas'],
        image: 'https://films.test/a.jpg',
      },
    ]);
  });

  it('drops the boilerplate feeds append to excerpts', () => {
    expect(cleanExcerpt('Memory on screen [&hellip;]'.replace('&hellip;', '…'))).toBe('Memory on screen…');
    expect(cleanExcerpt('Memory on screen. Continue reading →')).toBe('Memory on screen.');
    expect(cleanExcerpt('Memory on screen. The post Memory appeared first on Films.')).toBe('Memory on screen.');
  });

  it('gives an empty list for HTML, junk and broken input', () => {
    expect(parseFeed('<!doctype html><html><body><p>Not a feed</p></body></html>', 'https://x.test/')).toEqual([]);
    expect(parseFeed('{"items": 3', 'https://x.test/')).toEqual([]);
    expect(parseFeed('', 'https://x.test/')).toEqual([]);
    expect(parseFeed('<rss><channel><item><title>Unclosed', 'https://x.test/')).toEqual([]);
  });
});
