import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_DIR, listFiles } from './build';
import { HAND_WRITTEN, renderSite } from './generator/render-site';
import { parseSeed, parseSeedDate, readSeed } from './content/seed';
import { slugify } from './content/slug';

describe('generated site', () => {
  it('public/ holds exactly what the generator writes (run `npx tsx demo-site/build.ts` after editing content)', () => {
    const files = renderSite();
    const stale: string[] = [];
    for (const [rel, content] of files) {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      const full = join(PUBLIC_DIR, rel);
      if (!existsSync(full) || !readFileSync(full).equals(bytes)) stale.push(rel);
    }
    expect(stale).toEqual([]);
    const extra = listFiles(PUBLIC_DIR).filter((f) => !files.has(f) && !HAND_WRITTEN.includes(f));
    expect(extra).toEqual([]);
    for (const hand of HAND_WRITTEN) expect(existsSync(join(PUBLIC_DIR, hand)), hand).toBe(true);
  });

  it('keeps images tiny', () => {
    for (const [rel, content] of renderSite()) {
      if (/\.(svg|png|ico)$/.test(rel)) expect(content.length, rel).toBeLessThan(2_000);
    }
  });
});

describe('seed parsing', () => {
  it('reads the seed layout', () => {
    const seed = readSeed();
    expect(seed.shareLabels).toEqual(['Facebook', 'X', 'Reddit', 'Pinterest', 'Email']);
    expect(seed.blocks.filter((b) => b.kind === 'ad')).toHaveLength(6);
    expect(seed.blocks.filter((b) => b.kind === 'h2')).toHaveLength(4);
    expect(seed.related.map((r) => r.date)).toContain('2025-08-12');
    expect(seed.published).toBe('2025-08-09');
  });

  it('fails loudly on a layout it does not know', () => {
    expect(() => parseSeedDate('9 August 2025')).toThrow(/Unrecognised/);
    expect(() => parseSeed('Title\nStandfirst\nPublished August 09, 2025\nFacebook\nBody')).toThrow(/Related Articles/);
    expect(() => parseSeed('T\nS\nPublished August 09, 2025\nF\nRelated Articles\nNational cinemas\nTeaser\nJuly 1, 2025')).toThrow();
  });

  it('makes WordPress-style slugs', () => {
    expect(slugify('Nollywood and Its Neighbours: Nigeria’s Growing Co-Production Map')).toBe(
      'nollywood-and-its-neighbours-nigerias-growing-co-production-map',
    );
    expect(slugify('Le cinéma sénégalais et l’art de la coproduction')).toBe('le-cinema-senegalais-et-lart-de-la-coproduction');
  });
});
