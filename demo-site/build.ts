import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAND_WRITTEN, renderSite } from './generator/render-site';

/** The directory the demo server serves. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Writes the generated site into public/: changed files are rewritten, stale generated files are
 * removed, hand-written files are left alone. Returns what changed.
 */
export function buildSite(dir: string = PUBLIC_DIR): { written: string[]; removed: string[] } {
  const files = renderSite();
  const written: string[] = [];
  const removed: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const existing of listFiles(dir)) {
    if (!files.has(existing) && !HAND_WRITTEN.includes(existing)) {
      rmSync(join(dir, existing));
      removed.push(existing);
    }
  }
  for (const [rel, content] of files) {
    const full = join(dir, rel);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    let same = false;
    try {
      same = readFileSync(full).equals(bytes);
    } catch {
      same = false;
    }
    if (same) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
    written.push(rel);
  }
  return { written, removed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { written, removed } = buildSite();
  console.log(`demo-site: ${written.length} file(s) written, ${removed.length} removed, in ${PUBLIC_DIR}`);
}
