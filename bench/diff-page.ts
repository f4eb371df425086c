/**
 * Shows where one prediction differs from the truth: the runs of predicted text that are not in
 * the truth (extra) and the runs of truth that were not predicted (missed), by 4-token shingles.
 *
 *   npx tsx bench/diff-page.ts <truth.txt> <prediction.txt>
 */
import { readFileSync } from 'node:fs';
import { shingles, tokenize } from './score';

function runs(tokens: string[], other: Map<string, number>): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const budget = new Map(other);
  for (let i = 0; i + 4 <= Math.max(4, tokens.length); i++) {
    const key = tokens.slice(i, i + 4).join('\u0001');
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      if (current.length) out.push(current.join(' '));
      current = [];
    } else {
      if (!current.length) current.push(...tokens.slice(i, i + 4));
      else current.push(tokens[i + 3] ?? '');
    }
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** Prints the extra and missed runs between two texts. */
export function diffTexts(truth: string, prediction: string): { extra: string[]; missed: string[] } {
  const t = tokenize(truth);
  const p = tokenize(prediction);
  return { extra: runs(p, shingles(t)), missed: runs(t, shingles(p)) };
}

if (process.argv[1]?.endsWith('diff-page.ts')) {
  const [truthFile, predFile] = process.argv.slice(2);
  if (!truthFile || !predFile) throw new Error('usage: diff-page.ts TRUTH PREDICTION');
  const { extra, missed } = diffTexts(readFileSync(truthFile, 'utf8'), readFileSync(predFile, 'utf8'));
  for (const e of extra) console.log(`+ ${e.slice(0, 300)}`);
  for (const m of missed) console.log(`- ${m.slice(0, 300)}`);
}
