import { describe, expect, it } from 'vitest';
import { isWebUrl, removeTrackingParams, shareUrlFor } from './clean-url';
import { isTrackingParam, TRACKING_PARAM_NAMES } from './tracking-params';

describe('removeTrackingParams', () => {
  it.each([
    ['https://a.example/p?utm_source=x&utm_medium=y&utm_campaign=z', 'https://a.example/p'],
    ['https://a.example/p?id=7&utm_source=x', 'https://a.example/p?id=7'],
    ['https://a.example/p?fbclid=IwAR0abc', 'https://a.example/p'],
    ['https://a.example/p?gclid=1&dclid=2&msclkid=3&yclid=4&igshid=5', 'https://a.example/p'],
    ['https://a.example/p?mc_cid=1&mc_eid=2&_hsenc=3&_hsmi=4', 'https://a.example/p'],
    ['https://a.example/p?vero_conv=1&vero_id=2&oly_anon_id=3&oly_enc_id=4', 'https://a.example/p'],
    ['https://a.example/p?spm=a2.b3&ref_src=twsrc%5Etfw', 'https://a.example/p'],
    ['https://a.example/p?UTM_Source=Newsletter&page=2', 'https://a.example/p?page=2'],
    ['https://a.example/p?utm%5Fsource=x&q=film', 'https://a.example/p?q=film'],
  ])('%s → %s', (input, expected) => {
    expect(removeTrackingParams(input)).toBe(expected);
  });

  it('keeps other parameters byte for byte and in order', () => {
    expect(removeTrackingParams('https://a.example/s?q=la+strada&utm_term=k&sort=new&x=%C3%A9')).toBe(
      'https://a.example/s?q=la+strada&sort=new&x=%C3%A9',
    );
    expect(removeTrackingParams('https://a.example/watch?v=abc&list=def&t=30')).toBe('https://a.example/watch?v=abc&list=def&t=30');
  });

  it('keeps ordinary fragments and drops tracking fragments', () => {
    expect(removeTrackingParams('https://a.example/p?utm_source=x#section-2')).toBe('https://a.example/p#section-2');
    expect(removeTrackingParams('https://a.example/p#xtor=RSS-3')).toBe('https://a.example/p');
    expect(removeTrackingParams('https://a.example/p#utm_source=feed&utm_medium=rss')).toBe('https://a.example/p');
    expect(removeTrackingParams('https://a.example/p#Echobox=1690000000')).toBe('https://a.example/p');
    expect(removeTrackingParams('https://a.example/p#:~:text=co-production')).toBe('https://a.example/p#:~:text=co-production');
    expect(removeTrackingParams('https://a.example/app#!/film?id=3')).toBe('https://a.example/app#!/film?id=3');
  });

  it('does not touch parameters that merely contain a tracker name', () => {
    expect(removeTrackingParams('https://a.example/p?notutm_source=1&gclid_note=2&ref=home')).toBe(
      'https://a.example/p?notutm_source=1&gclid_note=2&ref=home',
    );
  });

  it('leaves relative or broken input alone', () => {
    expect(removeTrackingParams('/p?utm_source=x')).toBe('/p?utm_source=x');
    expect(removeTrackingParams('')).toBe('');
  });

  it('the documented list is all lower case (matching is case-insensitive)', () => {
    for (const name of TRACKING_PARAM_NAMES) expect(name).toBe(name.toLowerCase());
    expect(isTrackingParam('FBCLID')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });
});

describe('shareUrlFor', () => {
  it('prefers the canonical URL and cleans it', () => {
    expect(shareUrlFor('https://m.a.example/p?utm_source=x', 'https://a.example/p?fbclid=1')).toBe('https://a.example/p');
  });
  it('ignores a canonical that is the home page of a deeper article', () => {
    expect(shareUrlFor('https://a.example/2025/08/film/?utm_medium=social', 'https://a.example/')).toBe('https://a.example/2025/08/film/');
  });
  it('ignores a missing or non-web canonical', () => {
    expect(shareUrlFor('https://a.example/p', null)).toBe('https://a.example/p');
    expect(shareUrlFor('https://a.example/p', 'javascript:alert(1)')).toBe('https://a.example/p');
  });
  it('isWebUrl accepts only absolute http(s)', () => {
    expect(isWebUrl('https://a.example')).toBe(true);
    expect(isWebUrl('data:text/html,hi')).toBe(false);
    expect(isWebUrl('/relative')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
