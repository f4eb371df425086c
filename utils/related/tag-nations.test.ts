import { describe, expect, it } from 'vitest';
import { NATION_PIECES } from './fixtures/nation-pieces';
import { SEED_TEASERS } from './fixtures/seed-teasers';
import { tagNations } from './tag-nations';

describe('tagNations', () => {
  it.each(NATION_PIECES)('$name', ({ input, about, mentioned }) => {
    const tags = tagNations(input);
    expect([...tags.about].sort()).toEqual(about);
    expect([...tags.mentioned].sort()).toEqual(mentioned);
  });

  it.each(SEED_TEASERS.map((s, i) => ({ ...s, i })))('seed teaser $i is about $about', ({ teaser, about }) => {
    const tags = tagNations({ section: 'National cinemas', text: teaser, lang: 'en' });
    expect(tags.about).toEqual(about);
    expect(tags.mentioned).toEqual([]);
  });

  it('needs capitals for names and English adjectives, and exact capitals for acronyms', () => {
    expect(tagNations({ text: 'They ate turkey and polished the china. Tell us.' })).toEqual({ about: [], mentioned: [] });
    expect(tagNations({ text: 'Polish cinema grew in the US after the war.' }).about).toContain('PL');
    expect(tagNations({ text: 'Distributed in the U.S. by a small label.' }).mentioned).toEqual(['US']);
  });

  it('skips idioms that contain a nation word', () => {
    const tags = tagNations({ text: 'The Mexican standoff is shot with a Dutch angle, then a Russian roulette scene. Latin American audiences loved it.' });
    expect(tags).toEqual({ about: [], mentioned: [] });
  });

  it('guesses the language when none is declared', () => {
    expect(tagNations({ text: 'Le cinéma kazakh et les films de la nouvelle vague tchèque sont dans la salle.' }).about).toEqual(
      expect.arrayContaining(['KZ', 'CZ']),
    );
  });

  it('handles empty input', () => {
    expect(tagNations({})).toEqual({ about: [], mentioned: [] });
  });
});
