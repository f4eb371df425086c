import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportLibrary } from './export';
import { startExportWorker, writeItemsBlob, type ExportWorkerMessage, type ExportWorkerRequest, type ExportWorkerScope } from './export-worker';
import { saveArticle } from './save';
import { article, deleteTestDbs, freshDb } from './testing';
import type { LibraryDb } from './db';

afterEach(deleteTestDbs);

const WHEN = new Date(Date.UTC(2025, 8, 2));

async function library(n: number): Promise<LibraryDb> {
  const db = freshDb();
  for (let i = 0; i < n; i++) {
    await saveArticle(
      db,
      article({ canonical: `https://films.example/${i}`, title: `Piece ${i} "quoted"`, text: `Body ${i}\n\nline`, html: `<p>Body ${i}</p><p>line</p>` }),
      { source: 'popup', now: Date.UTC(2025, 7, 1) + i * 1000 },
    );
  }
  return db;
}

const text = async (parts: BlobPart[]) => new Blob(parts).text();

describe('export writers', () => {
  it('writes the same bytes split into slices as in one piece, in order', async () => {
    const db = await library(1203);
    const alone = await exportLibrary(db, 'reelmark-json', { kind: 'all' }, WHEN);
    const slicesSeen: [number, number][] = [];
    const split = await exportLibrary(db, 'reelmark-json', { kind: 'all' }, WHEN, undefined, {
      slices: 3,
      write: (rows, first) => {
        slicesSeen.push([first, rows.length]);
        return writeItemsBlob(db, rows, first);
      },
    });
    expect(slicesSeen).toEqual([
      [0, 401],
      [401, 401],
      [802, 401],
    ]);
    const json = await text(split.parts);
    expect(json).toBe(await text(alone.parts));
    const parsed = JSON.parse(json) as { items: { url: string; text: string }[] };
    expect(parsed.items).toHaveLength(1203);
    expect(parsed.items[0]!.url).toBe('https://films.example/1202');
    expect(parsed.items.at(-1)!.text).toBe('Body 0\n\nline');
  });

  it('writes in this thread when the workers fail, losing nothing', async () => {
    const db = await library(1100);
    const file = await exportLibrary(db, 'reelmark-json', { kind: 'all' }, WHEN, undefined, {
      slices: 2,
      write: () => Promise.reject(new Error('no workers here')),
    });
    const parsed = JSON.parse(await text(file.parts)) as { items: unknown[] };
    expect(parsed.items).toHaveLength(1100);
  });

  it('keeps a small export in one piece', async () => {
    const db = await library(3);
    let calls = 0;
    const file = await exportLibrary(db, 'reelmark-json', { kind: 'all' }, WHEN, undefined, {
      slices: 4,
      write: () => {
        calls++;
        return Promise.resolve(new Blob([]));
      },
    });
    expect(calls).toBe(0);
    expect(file.count).toBe(3);
  });

  it('answers a worker request with the slice as a Blob, and reports a failure', async () => {
    const db = await library(2);
    const posted: ExportWorkerMessage[] = [];
    const scope: ExportWorkerScope = { postMessage: (m) => posted.push(m), onmessage: null };
    startExportWorker(scope, db);
    const rows = await db.articles.orderBy('savedAt').reverse().toArray();
    scope.onmessage!({ data: { id: 7, rows, firstIndex: 5 } } as MessageEvent<ExportWorkerRequest>);
    await expect.poll(() => posted.length).toBe(1);
    const answer = posted[0]!;
    expect(answer.ok && answer.id === 7).toBe(true);
    if (answer.ok) {
      const written = await answer.blob.text();
      // Items past the first of the export carry their separator.
      expect(written.startsWith(',\n{')).toBe(true);
      expect(written).toContain('"text":"Body 1\\n\\nline"');
    }
    db.close();
    scope.onmessage!({ data: { id: 8, rows, firstIndex: 0 } } as MessageEvent<ExportWorkerRequest>);
    await expect.poll(() => posted.length).toBe(2);
    expect(posted[1]).toMatchObject({ id: 8, ok: false });
  });
});
