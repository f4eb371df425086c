import { describe, expect, it } from 'vitest';
import { normaliseUrl, siteOf, titleFromUrl } from './url';

describe('library URLs', () => {
  it('normalises what does not change the page', () => {
    expect(normaliseUrl(' HTTPS://Films.Test:443/a/b?utm_source=x&id=3&fbclid=9#part ')).toBe('https://films.test/a/b?id=3');
    expect(normaliseUrl('https://films.test/a?b=1&a=2')).toBe('https://films.test/a?b=1&a=2');
  });
  it('refuses what is not a web address', () => {
    for (const bad of ['', 'javascript:alert(1)', 'place:sort=8', 'not a url', 'ftp://films.test/x', 'mailto:a@b.c']) expect(normaliseUrl(bad)).toBeNull();
  });
  it('names sites and untitled links', () => {
    expect(siteOf('https://www.films.test/x')).toBe('films.test');
    expect(titleFromUrl('https://www.films.test/essays/la%20ciudad/')).toBe('films.test/essays/la ciudad');
  });
});
