import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { testEnv } from '../testing';
import { parseOmnivoreHighlights } from './omnivore-import';
import { parseImportFile } from './parse-file';

/** Zips the unzipped sample export the way Omnivore's exporter laid it out. */
function zipFolder(dir: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const child = path.join(rel, name);
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else files[child.split(path.sep).join('/')] = new Uint8Array(readFileSync(path.join(dir, child)));
    }
  };
  walk('');
  return zipSync(files);
}

const zip = zipFolder(path.join(import.meta.dirname, 'samples', 'omnivore-export'));

describe('Omnivore export zip', () => {
  const parsed = parseImportFile('omnivore-export.zip', zip, testEnv());

  it('reads every metadata batch, in order', () => {
    expect(parsed.format).toBe('omnivore-zip');
    expect(parsed.entries).toBe(5);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Steppe stories: how Kazakh cinema learned to co-produce',
      'Mexico\'s "Nuevo Cine", revisited',
      "Senegal's new wave and the Dakar film school",
    ]);
  });

  it('keeps labels as tags, state and progress as status, authors and dates', () => {
    const [kz, mx, sn] = parsed.items;
    expect(kz).toMatchObject({ tags: ['kazakhstan', 'co-production', 'to cite'], status: 'read', byline: 'Aigerim Nurlanova', published: '2025-08-09T06:00:00.000Z', savedAt: Date.parse('2025-08-09T11:00:00.000Z'), image: 'https://frame-and-nation.example/images/steppe.jpg' });
    expect(mx).toMatchObject({ status: 'archived', authors: ['Lucía Moreno', 'Tom Roe'], published: null });
    expect(sn).toMatchObject({ status: 'unread', html: '', wordCount: 0 });
  });

  it('stores the content sanitised, with its text', () => {
    const kz = parsed.items[0]!;
    expect(kz.html).toContain('<h2>The Kazakhfilm years</h2>');
    expect(kz.html).not.toMatch(/<script|onclick|onerror|<iframe/i);
    expect(kz.text).toContain('Almaty\'s producers spent the 2000s');
    expect(kz.text).not.toContain('alert');
    expect(kz.wordCount).toBeGreaterThan(40);
  });

  it('reads highlights with their notes', () => {
    expect(parsed.items[0]?.highlights).toEqual([
      { quote: 'By 2020 they had learned to look abroad: to Seoul for post-production, to Paris for sales agents and to Istanbul for co-financing.', note: 'Good summary of the three partners; check the figures against the ministry report.' },
      { quote: 'It owns the sound stages, and it still decides which debut gets a state grant.', note: null },
    ]);
  });

  it('skips the entry without a URL and the one with a bad save time', () => {
    expect(parsed.skipped.map((s) => [s.entry, s.reason, s.detail])).toEqual([
      [3, 'missing-url', null],
      [4, 'bad-timestamp', '31st of February'],
    ]);
  });

  it('parses highlight markdown on its own', () => {
    expect(parseOmnivoreHighlights('> one\n> two\n\nnote\n\n> three')).toEqual([
      { quote: 'one\ntwo', note: 'note' },
      { quote: 'three', note: null },
    ]);
  });
});
