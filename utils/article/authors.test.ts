import { describe, expect, it } from 'vitest';
import { cleanName, looksLikeOrganization, parseOneAuthor, splitByline, toCslName } from './authors';

describe('bylines and names', () => {
  it('splits bylines on commas, "and", "&" and other languages’ conjunctions', () => {
    expect(splitByline('By Ana Silva and Tom Roe')).toEqual(['Ana Silva', 'Tom Roe']);
    expect(splitByline('Ana Silva, Tom Roe & Li Wei')).toEqual(['Ana Silva', 'Tom Roe', 'Li Wei']);
    expect(splitByline('Par Élodie Marchand et Jean Morel')).toEqual(['Élodie Marchand', 'Jean Morel']);
    expect(splitByline('von Katrin Wegener')).toEqual(['Katrin Wegener']);
  });

  it('keeps one inverted name together', () => {
    expect(splitByline('Lindqvist, Astrid')).toEqual(['Lindqvist, Astrid']);
  });

  it('drops roles, e-mail addresses and dates around a name', () => {
    expect(cleanName('By Tom Roe, Staff Writer')).toBe('Tom Roe');
    expect(cleanName('Tom Roe tom@example.com')).toBe('Tom Roe');
    expect(cleanName('Tom Roe | Updated Nov 19')).toBe('Tom Roe');
    expect(cleanName('Samuel K.')).toBe('Samuel K.');
  });

  it('reads inverted names with particles into parts', () => {
    expect(parseOneAuthor('van der Berg, Pieter')).toEqual({ name: 'Pieter van der Berg', organization: false, family: 'van der Berg', given: 'Pieter' });
    expect(parseOneAuthor('https://facebook.com/someone')).toBeNull();
  });

  it('tells organisations from people', () => {
    expect(looksLikeOrganization('Associated Press')).toBe(true);
    expect(looksLikeOrganization('Reel Notes Staff')).toBe(true);
    expect(looksLikeOrganization('AFP')).toBe(true);
    expect(looksLikeOrganization('Ana Silva')).toBe(false);
  });
});

describe('toCslName', () => {
  it('splits people, keeps organisations literal, handles particles and suffixes', () => {
    expect(toCslName({ name: 'Ana Silva', organization: false })).toEqual({ family: 'Silva', given: 'Ana' });
    expect(toCslName({ name: 'Ludwig van Beethoven', organization: false })).toEqual({ family: 'van Beethoven', given: 'Ludwig' });
    expect(toCslName({ name: 'Martin Luther King Jr.', organization: false })).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    expect(toCslName({ name: 'Reuters', organization: true })).toEqual({ literal: 'Reuters' });
    expect(toCslName({ name: 'Madonna', organization: false })).toEqual({ literal: 'Madonna' });
    expect(toCslName({ name: 'Silva, Ana', organization: false })).toEqual({ family: 'Silva', given: 'Ana' });
  });
});
