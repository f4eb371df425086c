import { describe, expect, it } from 'vitest';
import { buildCsl } from './csl';
import { readMetadata, stripSiteFromTitle } from './metadata';
import { fixtureDoc, page, parseHtml, prose } from './testing';

const URL_ = 'https://films.example/2024/02/03/a-long-article-slug-here/';

function meta(head: string, body = prose(3), url = URL_) {
  return readMetadata(parseHtml(page(body, head), url), url);
}

/** The same without <html lang>, which outranks every other language source. */
function metaNoLang(head: string) {
  return readMetadata(parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${prose(2)}</body></html>`, URL_), URL_);
}

const LD_GRAPH = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","@id":"https://films.example/#site","name":"Films Daily","url":"https://films.example/"},
  {"@type":"WebPage","@id":"${URL_}","url":"${URL_}","isPartOf":{"@id":"https://films.example/#site"}},
  {"@type":"NewsArticle","@id":"${URL_}#article","mainEntityOfPage":{"@id":"${URL_}"},"isPartOf":{"@id":"${URL_}"},
   "headline":"LD headline","description":"LD description","datePublished":"2024-02-03T08:00:00+01:00","dateModified":"2024-02-04T09:00:00+01:00",
   "author":[{"@id":"https://films.example/#/person/1"},{"@type":"Organization","name":"Agence Film"}],
   "publisher":{"@id":"https://films.example/#org"},"articleSection":["Festivals","News"],"keywords":"berlinale, awards",
   "inLanguage":"de-DE","image":{"@id":"${URL_}#img"}},
  {"@type":"ImageObject","@id":"${URL_}#img","url":"https://films.example/img/lead.jpg"},
  {"@type":"Person","@id":"https://films.example/#/person/1","name":"Jana Novak"},
  {"@type":"Organization","@id":"https://films.example/#org","name":"Films Daily GmbH"}
]}</script>`;
const CITATION = '<meta name="citation_title" content="Citation title"><meta name="citation_author" content="Citation, Author"><meta name="citation_publication_date" content="2020/01/02"><meta name="citation_journal_title" content="Journal of Film"><meta name="citation_language" content="fr"><meta name="citation_doi" content="10.1/xyz"><meta name="citation_keywords" content="one; two">';
const DC = '<meta name="DC.title" content="DC title"><meta name="DC.creator" content="Dee Cee"><meta name="DC.date.issued" content="2019-05-06"><meta name="DC.language" content="es"><meta name="DC.subject" content="dc-subject"><meta name="DC.description" content="DC description"><meta name="DC.publisher" content="DC Publisher">';
const OG = '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="og:description" content="OG description"><meta property="og:image" content="/img/og.jpg"><meta property="og:locale" content="pt_BR"><meta property="article:published_time" content="2018-03-04T05:06:07Z"><meta property="article:modified_time" content="2018-03-05T05:06:07Z"><meta property="article:author" content="Oh Gee"><meta property="article:section" content="OG section"><meta property="article:tag" content="og-tag">';
const STD = '<meta name="author" content="Meta Author"><meta name="description" content="Meta description"><meta name="keywords" content="k1, k2"><meta name="date" content="2017-01-01"><meta name="twitter:image" content="https://films.example/img/tw.jpg">';
const VISIBLE = '<h1>Visible title</h1><p class="byline">By Vis Ible</p><time datetime="2016-01-01">1 Jan 2016</time><a rel="tag" href="/tag/vis/">vis-tag</a>';

describe('metadata precedence: JSON-LD > citation_* > Dublin Core > OpenGraph > meta > visible > URL', () => {
  it('JSON-LD wins, following @graph and @id references', () => {
    const m = meta(LD_GRAPH + CITATION + DC + OG + STD, VISIBLE + prose(3));
    expect(m.title).toBe('LD headline');
    expect(m.authors).toEqual(['Jana Novak', 'Agence Film']);
    expect(m.authorNames[1]?.organization).toBe(true);
    expect(m.published).toBe('2024-02-03T08:00:00+01:00');
    expect(m.modified).toBe('2024-02-04T09:00:00+01:00');
    expect(m.section).toBe('Festivals');
    expect(m.tags).toEqual(['berlinale', 'awards']);
    expect(m.siteName).toBe('Films Daily');
    expect(m.lang).toBe('en');
    expect(metaNoLang(LD_GRAPH + CITATION).lang).toBe('de-DE');
    expect(m.description).toBe('LD description');
    expect(m.image).toBe('https://films.example/img/lead.jpg');
    expect(m.publisher).toBe('Films Daily GmbH');
    expect(m.ldTypes).toEqual(['NewsArticle']);
  });

  it('citation_* comes next', () => {
    const m = meta(CITATION + DC + OG + STD, VISIBLE + prose(3));
    expect(m.title).toBe('Citation title');
    expect(m.authors).toEqual(['Author Citation']);
    expect(m.authorNames[0]).toMatchObject({ family: 'Citation', given: 'Author' });
    expect(m.published).toBe('2020-01-02');
    expect(metaNoLang(CITATION + DC + OG + STD).lang).toBe('fr');
    expect(m.tags).toEqual(['one', 'two']);
    expect(m.siteName).toBe('Journal of Film');
    expect(m.journal).toBe('Journal of Film');
    expect(m.doi).toBe('10.1/xyz');
  });

  it('then Dublin Core', () => {
    const m = meta(DC + OG + STD, VISIBLE + prose(3));
    expect(m.title).toBe('DC title');
    expect(m.authors).toEqual(['Dee Cee']);
    expect(m.published).toBe('2019-05-06');
    expect(metaNoLang(DC + OG + STD).lang).toBe('es');
    expect(m.tags).toEqual(['dc-subject']);
    expect(m.description).toBe('DC description');
    expect(m.siteName).toBe('DC Publisher');
  });

  it('then OpenGraph and article:*', () => {
    const m = meta(OG + STD, VISIBLE + prose(3));
    expect(m.title).toBe('OG title');
    expect(m.authors).toEqual(['Oh Gee']);
    expect(m.published).toBe('2018-03-04T05:06:07Z');
    expect(m.modified).toBe('2018-03-05T05:06:07Z');
    expect(m.section).toBe('OG section');
    expect(m.tags).toEqual(['og-tag']);
    expect(m.siteName).toBe('OG Site');
    expect(m.description).toBe('OG description');
    expect(m.image).toBe('https://films.example/img/og.jpg');
  });

  it('then standard meta tags', () => {
    const m = meta(STD, VISIBLE + prose(3));
    expect(m.title).toBe('Test page');
    expect(m.authors).toEqual(['Meta Author']);
    expect(m.published).toBe('2017-01-01');
    expect(m.tags).toEqual(['k1', 'k2']);
    expect(m.description).toBe('Meta description');
    expect(m.image).toBe('https://films.example/img/tw.jpg');
    expect(m.lang).toBe('en');
  });

  it('then what the page shows, then the URL', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${VISIBLE}${prose(3)}</body></html>`;
    const m = readMetadata(parseHtml(html, URL_), URL_);
    expect(m.title).toBe('Visible title');
    expect(m.byline).toBe('By Vis Ible');
    expect(m.authors).toEqual(['Vis Ible']);
    expect(m.published).toBe('2016-01-01');
    expect(m.tags).toEqual(['vis-tag']);
    expect(m.siteName).toBe('films.example');
    const bare = readMetadata(parseHtml(`<html><body>${prose(2)}</body></html>`, URL_), URL_);
    expect(bare.published).toBe('2024-02-03');
  });

  it('canonical: link rel=canonical, then og:url, then the page URL', () => {
    expect(meta('<link rel="canonical" href="/canon/"><meta property="og:url" content="https://films.example/og/">').canonical).toBe('https://films.example/canon/');
    expect(meta('<meta property="og:url" content="https://films.example/og/">').canonical).toBe('https://films.example/og/');
    expect(meta('').canonical).toBe(URL_);
  });

  it('lang: <html lang> ranks first; without it JSON-LD, then og:locale; locales are normalised', () => {
    expect(meta('<meta property="og:locale" content="en_US">').lang).toBe('en');
    const ldOnly = '<!DOCTYPE html><html><head><script type="application/ld+json">{"@type":"Article","headline":"x","inLanguage":"de-DE"}</script><meta property="og:locale" content="pt_BR"></head><body></body></html>';
    expect(readMetadata(parseHtml(ldOnly, URL_), URL_).lang).toBe('de-DE');
    const noLang = '<!DOCTYPE html><html><head><meta property="og:locale" content="pt_BR"></head><body></body></html>';
    expect(readMetadata(parseHtml(noLang, URL_), URL_).lang).toBe('pt-BR');
  });

  it('a truncated JSON-LD headline yields to the full title it starts', () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"A very long headline that the CMS cut…"}</script><meta property="og:title" content="A very long headline that the CMS cut short in its schema">';
    expect(meta(head).title).toBe('A very long headline that the CMS cut short in its schema');
  });

  it('broken JSON-LD is skipped, not fatal', () => {
    const head = '<script type="application/ld+json">{"@type": "Article", "headline": "Broken" </script><meta property="og:title" content="Fallback">';
    expect(meta(head).title).toBe('Fallback');
    const tolerant = '<script type="application/ld+json">{"@type":"Article","headline":"Raw\nnewline",}</script>';
    expect(meta(tolerant).title).toBe('Raw newline');
  });

  it('removes a site-name decoration from titles', () => {
    expect(stripSiteFromTitle('A review | Reel Notes', 'Reel Notes')).toBe('A review');
    expect(stripSiteFromTitle('Reel Notes: A review', 'Reel Notes')).toBe('A review');
    expect(stripSiteFromTitle('Part one - part two', 'Reel Notes')).toBe('Part one - part two');
  });

  it('prefers a visible byline text but authors from metadata', () => {
    const { doc, url } = fixtureDoc('news-festival-report');
    const m = readMetadata(doc, url);
    expect(m.byline).toBe('By Joana Ferreira and Reuters');
    expect(m.authors).toEqual(['Joana Ferreira', 'Reuters']);
  });
});

describe('CSL-JSON', () => {
  const NOW = new Date('2025-01-02T03:04:05Z');

  it('builds a newspaper item with people and organisations', () => {
    const { doc, url } = fixtureDoc('news-festival-report');
    const csl = buildCsl(readMetadata(doc, url), true, NOW);
    expect(csl).toMatchObject({
      id: 'https://dailyreel.example/news/2023/09/14/harbour-film-festival-opens-record-crowds',
      type: 'article-newspaper',
      title: 'Harbour film festival opens with record crowds – and nervous producers',
      author: [{ family: 'Ferreira', given: 'Joana' }, { literal: 'Reuters' }],
      issued: { 'date-parts': [[2023, 9, 14]] },
      accessed: { 'date-parts': [[2025, 1, 2]] },
      'container-title': 'The Daily Reel',
      URL: 'https://dailyreel.example/news/2023/09/14/harbour-film-festival-opens-record-crowds',
      language: 'en',
      abstract: 'The largest programme in the festival’s history opened on Thursday, but producers worry about disappearing funds.',
    });
  });

  it('builds a journal item from Highwire tags, with DOI and particles', () => {
    const { doc, url } = fixtureDoc('scholarly-film-study');
    const csl = buildCsl(readMetadata(doc, url), true, NOW);
    expect(csl.type).toBe('article-journal');
    expect(csl['container-title']).toBe('Journal of Screen Studies');
    expect(csl.DOI).toBe('10.5555/jss.2022.0142');
    expect(csl.author).toEqual([
      { family: 'Lindqvist', given: 'Astrid' },
      { family: 'Oduya', given: 'Samuel K.' },
      { family: 'van der Berg', given: 'Pieter' },
    ]);
    expect(csl.issued).toEqual({ 'date-parts': [[2022, 6, 30]] });
  });

  it('uses post-weblog for BlogPosting, magazine for other articles, webpage for non-articles', () => {
    expect(buildCsl(readMetadata(fixtureDoc('elementor-post').doc, fixtureDoc('elementor-post').url), true, NOW).type).toBe('post-weblog');
    expect(buildCsl(readMetadata(fixtureDoc('ghost-essay').doc, fixtureDoc('ghost-essay').url), true, NOW).type).toBe('article-magazine');
    expect(buildCsl(readMetadata(fixtureDoc('nonarticle-home').doc, fixtureDoc('nonarticle-home').url), false, NOW).type).toBe('webpage');
  });
});
