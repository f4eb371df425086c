import { describe, expect, it } from 'vitest';
import { encodeQueryValue } from './encode';
import { BLUESKY_LIMIT, emailBody, INTENT_TARGETS, intentUrl, MASTODON_LIMIT, X_LIMIT, type IntentTargetId } from './intents';
import { prepareShare } from './prepare';
import type { Shareable } from './shareable';
import { graphemeLength, xWeightedLength } from './text-fit';

const DIRTY_URL = 'https://films.example/2025/08/co-productions/?id=7&utm_source=newsletter&fbclid=abc#xtor=RSS-1';
const CLEAN_URL = 'https://films.example/2025/08/co-productions/?id=7';
const E = encodeURIComponent(CLEAN_URL);
const IMAGE = 'https://films.example/img/lead.jpg?w=1200';

const item = (title: string, extra: Partial<Shareable> = {}): Shareable => ({ title, url: DIRTY_URL, image: IMAGE, ...extra });
const all = (s: Shareable) => INTENT_TARGETS.map((t) => [t, intentUrl(t, prepareShare(s), { mastodonInstance: 'mastodon.social' })!] as const);

describe('exact links for a title with & and #', () => {
  const p = prepareShare(item('Rock & Roll Cinema #1: Q&A', { tldr: 'Why co-productions matter.', summaryPoints: ['Money moves.', 'Talent too.'] }));
  const T = 'Rock%20%26%20Roll%20Cinema%20%231%3A%20Q%26A';
  const cases: [IntentTargetId, string][] = [
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${E}`],
    ['x', `https://x.com/intent/tweet?text=${T}&url=${E}`],
    ['reddit', `https://www.reddit.com/submit?url=${E}&title=${T}`],
    ['pinterest', `https://www.pinterest.com/pin/create/button/?url=${E}&media=${encodeURIComponent(IMAGE)}&description=${T}`],
    [
      'email',
      `mailto:?subject=${T}&body=${T}%0D%0A${E}%0D%0A%0D%0AWhy%20co-productions%20matter.%0D%0A%0D%0A-%20Money%20moves.%0D%0A-%20Talent%20too.`,
    ],
    ['bluesky', `https://bsky.app/intent/compose?text=${T}%20${E}`],
    ['mastodon', `https://mastodon.social/share?text=${T}%20${E}`],
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${E}`],
    ['whatsapp', `https://wa.me/?text=${T}%0A${E}`],
    ['telegram', `https://t.me/share/url?url=${E}&text=${T}`],
  ];
  it.each(cases)('%s', (target, expected) => {
    expect(intentUrl(target, p, { mastodonInstance: 'mastodon.social' })).toBe(expected);
  });
  it('covers every target', () => {
    expect(cases.map(([t]) => t).sort()).toEqual([...INTENT_TARGETS].sort());
  });
});

/** The decoded query parameters of a share link (mailto included). */
function params(link: string): Record<string, string> {
  const query = link.slice(link.indexOf('?') + 1);
  return Object.fromEntries(query.split('&').map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]));
}

/** One decoded parameter; fails the test when it is missing. */
function param(link: string, key: string): string {
  const value = params(link)[key];
  if (value === undefined) throw new Error(`${key} missing from ${link}`);
  return value;
}

const EXPECTED_KEYS: Record<IntentTargetId, string[]> = {
  facebook: ['u'],
  x: ['text', 'url'],
  reddit: ['url', 'title'],
  pinterest: ['url', 'media', 'description'],
  email: ['subject', 'body'],
  bluesky: ['text'],
  mastodon: ['text'],
  linkedin: ['url'],
  whatsapp: ['text'],
  telegram: ['url', 'text'],
};

const TITLES: Record<string, string> = {
  ampersand: 'Ben & Jerry’s Q&A: “cinema” ?=&#',
  hash: '#MeToo and #OscarsSoWhite: ten years on',
  emoji: 'Best films of 2025 🎬🍿 👩‍👩‍👧 🇯🇵',
  arabic: 'السينما العربية: الإنتاج المشترك بين مصر وتونس',
  hebrew: 'קולנוע ישראלי & שיתופי פעולה בינלאומיים',
  newlines: 'Line one\nLine two\r\n\tLine three',
};

describe.each(Object.entries(TITLES))('title with %s', (_name, title) => {
  const oneLineTitle = title.replace(/\s+/g, ' ').trim();
  it.each(all(item(title)))('%s: one parameter per field, no stray fragment, text and URL intact', (target, link) => {
    const decoded = params(link);
    expect(Object.keys(decoded)).toEqual(EXPECTED_KEYS[target]);
    if (link.startsWith('http')) expect(new URL(link).hash).toBe('');
    expect(link).not.toMatch(/[\s#]/);
    const texts = Object.values(decoded).join('\n');
    expect(texts).toContain(CLEAN_URL);
    expect(texts).not.toContain('utm_source');
    if (target !== 'facebook' && target !== 'linkedin') expect(texts).toContain(oneLineTitle);
  });
});

describe('very long titles', () => {
  const long = `${'Cinéma du monde 🎬 سينما '.repeat(30)}the end`;
  const links = Object.fromEntries(all(item(long))) as Record<IntentTargetId, string>;

  it('X: text fits 280 with the link counted as 23, cut on a grapheme, URL untouched', () => {
    const [text, url] = [param(links.x, 'text'), param(links.x, 'url')];
    expect(url).toBe(CLEAN_URL);
    expect(xWeightedLength(text) + 1 + 23).toBeLessThanOrEqual(X_LIMIT);
    expect(text.endsWith('…')).toBe(true);
    expect(text.isWellFormed()).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
  });
  it('Bluesky: the whole post fits 300 graphemes and still ends with the full URL', () => {
    const text = param(links.bluesky, 'text');
    expect(graphemeLength(text)).toBeLessThanOrEqual(BLUESKY_LIMIT);
    expect(text.endsWith(` ${CLEAN_URL}`)).toBe(true);
    expect(text.isWellFormed()).toBe(true);
  });
  it('Mastodon: fits 500 with the link counted as 23', () => {
    const text = param(links.mastodon, 'text');
    expect(graphemeLength(text.replace(CLEAN_URL, '')) + 23).toBeLessThanOrEqual(MASTODON_LIMIT);
    expect(text.endsWith(` ${CLEAN_URL}`)).toBe(true);
  });
  it('Reddit and Pinterest cut to their limits', () => {
    expect(graphemeLength(param(links.reddit, 'title'))).toBeLessThanOrEqual(300);
    expect(graphemeLength(param(links.pinterest, 'description'))).toBeLessThanOrEqual(500);
  });
  it('a URL too long for Bluesky is shared alone rather than broken', () => {
    const hugeUrl = `https://films.example/${'a'.repeat(400)}`;
    const link = intentUrl('bluesky', prepareShare({ title: 'Hi', url: hugeUrl }))!;
    expect(params(link).text).toBe(hugeUrl);
  });
  it('X weighs a long CJK title as two per character', () => {
    const text = param(intentUrl('x', prepareShare(item('映画'.repeat(200))))!, 'text');
    expect(xWeightedLength(text)).toBeLessThanOrEqual(256);
    expect(text.length).toBeLessThan(130);
  });
});

describe('details of single targets', () => {
  it('Pinterest leaves out media when there is no usable lead image', () => {
    expect(params(intentUrl('pinterest', prepareShare(item('T', { image: 'https://films.test/lead.svg?v=2' })))!)).toEqual({
      url: CLEAN_URL,
      description: 'T',
    });
    expect(params(intentUrl('pinterest', prepareShare(item('T', { image: null })))!)).toEqual({ url: CLEAN_URL, description: 'T' });
    expect(params(intentUrl('pinterest', prepareShare(item('T', { image: 'javascript:alert(1)' })))!)).toEqual({
      url: CLEAN_URL,
      description: 'T',
    });
  });
  it('Mastodon needs a valid server and normalises what was stored', () => {
    const p = prepareShare(item('T'));
    expect(intentUrl('mastodon', p)).toBeNull();
    expect(intentUrl('mastodon', p, { mastodonInstance: 'not a host' })).toBeNull();
    expect(intentUrl('mastodon', p, { mastodonInstance: 'https://Fosstodon.org/home' })?.startsWith('https://fosstodon.org/share?text=')).toBe(true);
  });
  it('the email body keeps the title and link, then as much summary as fits a mailto link', () => {
    const points = Array.from({ length: 50 }, (_, i) => `Point ${i} ${'x'.repeat(60)}`);
    const body = emailBody(prepareShare(item('Title', { tldr: 'Gist.', summaryPoints: points })));
    expect(body.startsWith(`Title\r\n${CLEAN_URL}\r\n\r\nGist.\r\n\r\n- Point 0`)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(1500);
  });
  it('an untitled piece shares its URL as the title', () => {
    expect(params(intentUrl('telegram', prepareShare({ title: '  ', url: CLEAN_URL }))!).text).toBe(CLEAN_URL);
  });
  it("encodes ! ' ( ) * too, so browsers send the link as built", () => {
    expect(encodeQueryValue("It's (not) *that*!")).toBe('It%27s%20%28not%29%20%2Athat%2A%21');
  });
});
