import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_PATH, gazetteerJson } from './build-gazetteer';

describe('build-gazetteer', () => {
  it('the committed gazetteer is what the script builds from the pinned packages', () => {
    expect(readFileSync(GAZETTEER_PATH, 'utf8')).toBe(gazetteerJson(buildGazetteer()));
  });

  it('keeps only the four languages, drops junk adjectives and ambiguous names', () => {
    const { terms, langs } = buildGazetteer();
    expect(langs).toEqual(['en', 'fr', 'es', 'de']);
    expect(new Set(terms.map((t) => t[3]))).toEqual(new Set(['en', 'fr', 'es', 'de', '*']));
    const find = (surface: string, lang: string) => terms.filter((t) => t[0] === surface && t[3] === lang);
    expect(find('Welsh', 'en').map((t) => t[1])).toEqual(['GB']);
    expect(find('Congo', 'en')).toEqual([]);
    expect(find('Kazakh', 'en')[0]?.[1]).toBe('KZ');
    expect(find('Nollywood', '*')[0]?.[1]).toBe('NG');
    expect(find('US', 'en')[0]?.[4]).toContain('u');
    expect(find('Georgia', 'en')[0]?.[4]).toBe('xp');
    expect(terms.some((t) => /[(),]/.test(t[0]))).toBe(false);
    expect(terms.some((t) => t[1].split(' ').some((c) => ['AQ', 'BV'].includes(c)))).toBe(false);
  });
});
