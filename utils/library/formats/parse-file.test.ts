import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sample, testEnv } from '../testing';
import { parseImportFile, UnknownImportFormatError } from './parse-file';

const env = testEnv();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('recognising import files by content', () => {
  it('tells every sample apart', () => {
    expect(parseImportFile('part_000000.csv', sample('pocket-2025/part_000000.csv'), env).format).toBe('pocket-csv');
    expect(parseImportFile('x.csv', sample('pocket-older/part_000000.csv'), env).format).toBe('pocket-csv');
    expect(parseImportFile('ril_export.html', sample('ril_export.html'), env).format).toBe('pocket-html');
    expect(parseImportFile('export.csv', sample('instapaper-export.csv'), env).format).toBe('instapaper-csv');
    expect(parseImportFile('bookmarks.html', sample('bookmarks.html'), env).format).toBe('netscape-html');
    expect(parseImportFile('library.json', sample('reelmark-library.json'), env).format).toBe('reelmark-json');
  });

  it("reads a Pocket zip of several parts as one export, numbering entries across parts", () => {
    const zip = zipSync({
      'part_000000.csv': bytes('title,url,time_added,tags,status\nA,https://films.test/a,1700000000,,unread\n'),
      'part_000001.csv': bytes('title,url,time_added,tags,status\nB,,1700000001,,unread\nC,https://films.test/c,1700000002,x,archive\n'),
    });
    const parsed = parseImportFile('pocket.zip', zip, env);
    expect(parsed.format).toBe('pocket-csv');
    expect(parsed.entries).toBe(3);
    expect(parsed.items.map((i) => i.title)).toEqual(['A', 'C']);
    expect(parsed.skipped[0]).toMatchObject({ entry: 2, reason: 'missing-url' });
  });

  it('refuses what it cannot read, naming the file', () => {
    expect(() => parseImportFile('notes.txt', bytes('just some notes'), env)).toThrow(UnknownImportFormatError);
    expect(() => parseImportFile('notes.txt', bytes('just some notes'), env)).toThrow(/notes\.txt/);
    expect(() => parseImportFile('data.json', bytes('{"some":"json"}'), env)).toThrow(UnknownImportFormatError);
  });
});
