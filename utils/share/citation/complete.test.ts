import { describe, expect, it } from 'vitest';
import type { CslItem } from '@/utils/article/types';
import { namesFromAuthors, splitByline, toCslName } from './author-names';
import { completeCitation, cslDateFromIso, type CitationSource } from './complete';

describe('author names from bylines', () => {
  it('splits bylines with "By", commas, "and" and "&"', () => {
    expect(splitByline('By Ana Silva and Tom Roe')).toEqual(['Ana Silva', 'Tom Roe']);
    expect(splitByline('Words by Kim Lee, Jo Park & Sam Ito')).toEqual(['Kim Lee', 'Jo Park', 'Sam Ito']);
    expect(splitByline('By Ana Silva | Film critic')).toEqual(['Ana Silva']);
    expect(splitByline('Martin Luther King, Jr.')).toEqual(['Martin Luther King']);
  });
  it('splits family and given names, keeping particles with the family name', () => {
    expect(toCslName('Ana María Silva')).toEqual({ given: 'Ana María', family: 'Silva' });
    expect(toCslName('Ludwig van Beethoven')).toEqual({ given: 'Ludwig', family: 'van Beethoven' });
    expect(toCslName('Juan de la Cruz')).toEqual({ given: 'Juan', family: 'de la Cruz' });
    expect(toCslName('ليلى حداد')).toEqual({ given: 'ليلى', family: 'حداد' });
  });
  it('keeps groups and single names whole', () => {
    expect(toCslName('Frame & Nation Staff')).toEqual({ literal: 'Frame & Nation Staff' });
    expect(toCslName('Agnès')).toEqual({ literal: 'Agnès' });
    expect(toCslName('Cinema Desk')).toEqual({ literal: 'Cinema Desk' });
    expect(toCslName('Frame Nation', 'Frame Nation')).toEqual({ literal: 'Frame Nation' });
  });
  it('uses the author list, or the byline when the list is empty', () => {
    expect(namesFromAuthors([], 'By Ana Silva and Tom Roe')).toEqual([
      { given: 'Ana', family: 'Silva' },
      { given: 'Tom', family: 'Roe' },
    ]);
    expect(namesFromAuthors(['Ana Silva', 'Ana Silva'], 'ignored')).toEqual([{ given: 'Ana', family: 'Silva' }]);
    expect(namesFromAuthors([], null)).toEqual([]);
  });
});

describe('cslDateFromIso', () => {
  it('reads the calendar date as written, whatever the time zone', () => {
    expect(cslDateFromIso('2025-08-09T23:30:00-05:00')).toEqual({ 'date-parts': [[2025, 8, 9]] });
    expect(cslDateFromIso('2025-08')).toEqual({ 'date-parts': [[2025, 8]] });
    expect(cslDateFromIso('2025')).toEqual({ 'date-parts': [[2025]] });
    expect(cslDateFromIso('2025-13-01')).toEqual({ 'date-parts': [[2025]] });
    expect(cslDateFromIso('August 9')).toBeUndefined();
    expect(cslDateFromIso(null)).toBeUndefined();
  });
});

describe('completeCitation', () => {
  const source: CitationSource = {
    url: 'https://films.example/a?utm_source=x',
    canonical: 'https://films.example/a',
    title: 'A film essay',
    siteName: 'Frame & Nation',
    byline: 'By Ana Silva',
    authors: ['By Ana Silva'],
    published: '2025-08-09T10:00:00Z',
  };
  it('fills what the engine left out (the v0 engine gives only title and URL)', () => {
    const v0: CslItem = { id: source.url, type: 'webpage', title: 'A film essay', URL: source.url };
    expect(completeCitation(v0, source)).toEqual({
      id: source.url,
      type: 'webpage',
      title: 'A film essay',
      URL: 'https://films.example/a',
      author: [{ given: 'Ana', family: 'Silva' }],
      issued: { 'date-parts': [[2025, 8, 9]] },
      'container-title': 'Frame & Nation',
    });
  });
  it('keeps what the engine set', () => {
    const full: CslItem = {
      id: 'x',
      type: 'article-magazine',
      title: 'Engine title',
      URL: 'https://films.example/a?fbclid=1',
      author: [{ literal: 'Someone Else' }],
      issued: { 'date-parts': [[2024]] },
      'container-title': 'Engine Site',
    };
    const out = completeCitation(full, source);
    expect(out).toMatchObject({ type: 'article-magazine', title: 'Engine title', author: [{ literal: 'Someone Else' }], 'container-title': 'Engine Site' });
    expect(out.issued).toEqual({ 'date-parts': [[2024]] });
    expect(out.URL).toBe('https://films.example/a');
  });
  it('builds a webpage citation when there is none', () => {
    const out = completeCitation(null, { ...source, byline: null, authors: [], published: null, siteName: null });
    expect(out).toEqual({ id: 'https://films.example/a', type: 'webpage', title: 'A film essay', URL: 'https://films.example/a' });
  });
});
