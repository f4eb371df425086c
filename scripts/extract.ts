/**
 * Extracts saved pages with Reelmark's article engine and prints one JSON object per page, one
 * per line.
 *
 *   npm run -s extract -- [--url URL] [--accessed YYYY-MM-DD] FILE...
 *   npm run -s extract -- --manifest M.json      # M.json = [{"file": "...", "url": "..."}]
 *
 * Files may be .html or .html.gz; they are decoded by their declared charset (UTF-8 otherwise).
 */
import { extractPage, readManifest, type PageRef } from './extract-pages';

function usage(): never {
  process.stderr.write('usage: extract [--url URL] [--accessed YYYY-MM-DD] FILE...\n       extract --manifest M.json\n');
  process.exit(2);
}

function main(argv: string[]): void {
  let url: string | undefined;
  let manifest: string | undefined;
  let now: Date | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i];
    else if (arg === '--manifest') manifest = argv[++i];
    else if (arg === '--accessed') now = new Date(argv[++i] ?? '');
    else if (arg === '-h' || arg === '--help') usage();
    else if (arg.startsWith('--')) usage();
    else files.push(arg);
  }
  if (now && Number.isNaN(now.getTime())) usage();
  let refs: PageRef[];
  let baseDir: string | undefined;
  if (manifest) {
    ({ refs, baseDir } = readManifest(manifest));
  } else {
    if (!files.length) usage();
    refs = files.map((file) => ({ file, url }));
  }
  let failed = 0;
  for (const ref of refs) {
    const record = extractPage(ref, { now, baseDir });
    if (record.error) failed++;
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

main(process.argv.slice(2));
