import { describe, expect, it } from 'vitest';
import { normaliseSpace } from './body-blocks';
import { ARABIC_FILM, FRENCH_FILM, GERMAN_FILM, JAPANESE_FILM, SPANISH_FILM } from './fixtures';
import { summaryRecordFields } from './record-fields';
import { countWords } from './segment';
import { bodySentences, summarizeArticle, TLDR_MAX_WORDS } from './summarize-article';

const SUBJECTS = ['The festival', 'The jury', 'The director', 'The studio', 'The critic', 'The audience', 'The producer', 'The archive'];
const VERBS = ['praised', 'restored', 'screened', 'funded', 'criticised', 'celebrated', 'programmed', 'discovered'];
const OBJECTS = ['a silent comedy', 'a war documentary', 'an animated short', 'a musical', 'a noir thriller', 'a family drama'];
const PLACES = ['in Lyon', 'in Busan', 'in Toronto', 'in Lagos', 'in Hof', 'in Mar del Plata', 'in Kyoto'];

/** An English body of roughly `words` words: distinct ten-word sentences in paragraphs of four. */
function englishBody(words: number): string {
  const sentences: string[] = [];
  for (let i = 0; sentences.length * 10 < words; i++) {
    sentences.push(
      `${SUBJECTS[i % 8]} ${VERBS[(i * 3) % 8]} ${OBJECTS[(i * 5) % 6]} ${PLACES[(i * 2) % 7]} during week ${i + 1}.`,
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  return paragraphs.join('\n\n');
}

const inBody = (text: string, sentence: string) => normaliseSpace(text).includes(sentence);

describe.each([
  ['French', FRENCH_FILM],
  ['Spanish', SPANISH_FILM],
  ['German', GERMAN_FILM],
  ['Japanese', JAPANESE_FILM],
  ['Arabic', ARABIC_FILM],
])('%s article', (_name, fixture) => {
  const summary = summarizeArticle({ text: fixture.text, lang: fixture.lang, title: fixture.title });

  it('is summarised in its own language with sentences that stand in the body, in order', () => {
    expect(summary.source).toBe('extractive');
    expect(summary.lang).toBe(fixture.lang);
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    expect(summary.tldr).not.toBe('');
    for (const point of [...summary.points, summary.tldr]) expect(inBody(fixture.text, point)).toBe(true);
    const positions = summary.points.map((p) => normaliseSpace(fixture.text).indexOf(p));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('does not repeat the TL;DR among the key points', () => {
    expect(summary.points).not.toContain(summary.tldr);
    for (const point of summary.points) expect(point.startsWith(summary.tldr)).toBe(false);
  });

  it('is deterministic', () => {
    expect(summarizeArticle({ text: fixture.text, lang: fixture.lang, title: fixture.title })).toEqual(summary);
  });

  it('never uses the title, which is not body text', () => {
    expect(summary.points).not.toContain(fixture.title);
    expect(summary.tldr).not.toBe(fixture.title);
  });
});

describe('multilingual details', () => {
  it('leaves out the French caption, ad label and newsletter prompt', () => {
    const { points, tldr } = summarizeArticle({ text: FRENCH_FILM.text, lang: 'fr', title: FRENCH_FILM.title });
    const all = [...points, tldr].join('\n');
    expect(all).not.toMatch(/Photo|Publicité|Abonnez-vous|infolettre/);
    expect(points).toHaveLength(3);
  });

  it('leaves out the Spanish "Lee también" teaser and share prompt, and does not lead with a question', () => {
    const { points, tldr } = summarizeArticle({ text: SPANISH_FILM.text, lang: 'es', title: SPANISH_FILM.title });
    expect([...points, tldr].join('\n')).not.toMatch(/Lee también|Compartir/);
    expect(tldr).not.toMatch(/\?$/);
  });

  it('keeps German abbreviations inside their sentences', () => {
    const sentences = bodySentences({ text: GERMAN_FILM.text, lang: 'de' }).map((s) => s.text);
    expect(sentences).toContain(
      'Am 3. Oktober beginnt der Vorverkauf, und die Veranstalter erwarten wieder ausverkaufte Kinos in der kleinen oberfränkischen Stadt.',
    );
    expect(sentences.some((s) => s.startsWith('Die Festivalleiterin Dr. Weber'))).toBe(true);
  });

  it('counts Japanese words without spaces, so a Japanese body of 150+ words gets three points', () => {
    expect(countWords(JAPANESE_FILM.text, 'ja')).toBeGreaterThanOrEqual(150);
    const { points } = summarizeArticle({ text: JAPANESE_FILM.text, lang: 'ja' });
    expect(points).toHaveLength(3);
    for (const p of points) expect(p.endsWith('。')).toBe(true);
  });
});

describe('length scaling', () => {
  it.each([
    [40, 1],
    [100, 2],
    [300, 3],
    [600, 4],
    [1500, 5],
  ])('a body of about %i words gets %i key points', (words, points) => {
    const text = englishBody(words);
    expect(summarizeArticle({ text, lang: 'en' }).points).toHaveLength(points);
  });

  it('gives a one-sentence body a TL;DR and at most one point', () => {
    const text = 'The restored print of the silent comedy screens on Friday at the old cinema.';
    const summary = summarizeArticle({ text, lang: 'en' });
    expect(summary.tldr).toBe(text);
    expect(summary.points.length).toBeLessThanOrEqual(1);
  });

  it('gives an empty body nothing', () => {
    expect(summarizeArticle({ text: '', lang: 'en' })).toEqual({ points: [], tldr: '', lang: 'en', source: 'extractive' });
  });

  it('still summarises a long body without sentence punctuation', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Stage ${i + 1} of the film tour visits ${PLACES[i % 7]} with a new restored print`).join('\n');
    const summary = summarizeArticle({ text, lang: 'en' });
    expect(summary.points.length).toBeGreaterThan(0);
    expect(summary.tldr).not.toBe('');
  });

  it('tops up a long body with few clean sentences with list lines, to its full count of points', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `Stage ${i + 1} of the film tour visits ${PLACES[i % 7]} with a new restored print`);
    const text = ['The touring festival brings restored classics to seven cities this autumn.', ...lines].join('\n');
    const summary = summarizeArticle({ text, lang: 'en' });
    expect(summary.tldr).toBe('The touring festival brings restored classics to seven cities this autumn.');
    expect(summary.points).toHaveLength(3);
  });

  it('keeps the TL;DR to one short line', () => {
    const long = `The festival, which opened on Friday in a city that has hosted it for forty years; and which this year shows ${'more restored and new films from many countries '.repeat(6)}than ever.`;
    const text = `${long}\n\n${englishBody(300)}`;
    const { tldr } = summarizeArticle({ text, lang: 'en' });
    expect(countWords(tldr, 'en')).toBeLessThanOrEqual(TLDR_MAX_WORDS);
    expect(inBody(text, tldr)).toBe(true);
  });
});

describe('body only', () => {
  const html = `
    <p>The Busan festival opened on Friday with a restored print of a 1960s Korean melodrama, drawing a full house.</p>
    <figure><img src="a.jpg"><figcaption>The festival director opens the festival on the red carpet in Busan on Friday.</figcaption></figure>
    <p>Programmers said the restoration took three years and used the only surviving negative, found in a private archive.</p>
    <div class="share-buttons"><p>Share this story with the festival fans you know on every network.</p></div>
    <aside><h3>Related</h3><p>The ten best Korean melodramas of the 1960s, ranked by our critics.</p></aside>
    <h2>A new audience</h2>
    <p>Younger viewers made up most of the audience, and many said they had never seen a film from the period before.</p>
    <p>Sign up for our newsletter to get the best festival coverage delivered to your inbox.</p>
    <p>The festival runs until next Saturday, with forty restored films in its classics section this year.</p>`;
  const text = html
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n');

  it('never picks captions, share prompts, related teasers or newsletter calls', () => {
    const summary = summarizeArticle({ text, html, lang: 'en', title: 'Busan restores a melodrama' });
    const all = [...summary.points, summary.tldr].join('\n');
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    expect(all).not.toMatch(/red carpet|Share this|ranked by our critics|newsletter/);
  });

  it('never falls back to HTML text that is missing from the body text', () => {
    const htmlOnly = '<ul><li>Stage one of the tour visits Lyon with a restored print</li><li>Stage two of the tour visits Busan with another print</li></ul>';
    const summary = summarizeArticle({ text: 'Stage one of the tour visits Lyon with a restored print', html: htmlOnly, lang: 'en' });
    expect([...summary.points, summary.tldr]).not.toContain('Stage two of the tour visits Busan with another print');
  });

  it('never picks HTML text that is missing from the body text', () => {
    const onlyInHtml = `${html}<p>An extra sentence appears only in the HTML and never in the plain text of the body.</p>`;
    const summary = summarizeArticle({ text, html: onlyInHtml, lang: 'en' });
    expect([...summary.points, summary.tldr].join('\n')).not.toMatch(/only in the HTML/);
  });

  it('gives the first paragraph after a subheading a heading cue', () => {
    const sentence = bodySentences({ text, html, lang: 'en' }).find((s) => s.text.startsWith('Younger viewers'));
    expect(sentence?.afterHeading).toBe(true);
  });

  it('exports record fields for the library and the extract CLI', () => {
    const fields = summaryRecordFields({ text, html, lang: 'en', title: 'Busan' });
    expect(fields.summary).toEqual(summarizeArticle({ text, html, lang: 'en', title: 'Busan' }).points);
    expect(fields.tldr).not.toBe('');
  });
});
