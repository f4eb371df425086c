import { describe, expect, it } from 'vitest';
import { normaliseMastodonInstance } from './mastodon-instance';

describe('normaliseMastodonInstance', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://mastodon.social/', 'mastodon.social'],
    ['https://mastodon.social/@ana/123', 'mastodon.social'],
    ['@ana@fosstodon.org', 'fosstodon.org'],
    ['ana@hachyderm.io', 'hachyderm.io'],
    ['social.example.co.uk', 'social.example.co.uk'],
    ['mastodon.example:8443', 'mastodon.example:8443'],
    ['mästodon.example', 'xn--mstodon-5wa.example'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseMastodonInstance(input)).toBe(expected);
  });

  it.each(['', '   ', 'localhost', 'not a host', 'mastodon', 'javascript:alert(1)', 'ftp://mastodon.social', 'https://user:pw@mastodon.social', '127.0.0.1', null, undefined])(
    'rejects %s',
    (input) => {
      expect(normaliseMastodonInstance(input)).toBeNull();
    },
  );
});
