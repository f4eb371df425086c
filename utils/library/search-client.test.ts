import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveArticle } from './save';
import { workerSearch, type WorkerLike } from './search-client';
import { startSearchWorker, type WorkerScope } from './search-worker';
import type { SearchWorkerMessage } from './search-worker-protocol';
import { article, deleteTestDbs, freshDb } from './testing';

afterEach(deleteTestDbs);

/** A page-side worker handle and a worker scope wired to each other in one thread. */
function channel(): { worker: WorkerLike; scope: WorkerScope; fail(message: string): void } {
  const listeners: { message: ((e: MessageEvent<SearchWorkerMessage>) => void)[]; error: ((e: Event) => void)[] } = { message: [], error: [] };
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (m) => queueMicrotask(() => listeners.message.forEach((l) => l({ data: m } as MessageEvent<SearchWorkerMessage>))),
  };
  const worker: WorkerLike = {
    postMessage: (m) => queueMicrotask(() => scope.onmessage?.({ data: m } as MessageEvent)),
    addEventListener: ((type: 'message' | 'error', l: never) => listeners[type].push(l)) as WorkerLike['addEventListener'],
    terminate: () => undefined,
  };
  return { worker, scope, fail: (message) => listeners.error.forEach((l) => l({ message } as unknown as Event)) };
}

describe('search in a worker', () => {
  it('opens the index, answers searches and picks up updated items', async () => {
    const db = freshDb();
    await saveArticle(db, article({ canonical: 'https://films.test/kz', title: 'Steppe stories', text: 'Almaty' }), { source: 'popup', now: 1 });
    const { worker, scope } = channel();
    startSearchWorker(scope, db);
    const progress: number[] = [];
    const times: number[] = [];
    const search = workerSearch(worker, { onProgress: (done) => progress.push(done), onSearchTime: (ms) => times.push(ms) });
    expect((await search.ready).size).toBe(1);
    expect(progress).toEqual([1]);
    expect((await search.search('almaty')).map((h) => h.id)).toEqual(['https://films.test/kz']);
    expect(times).toHaveLength(1);

    await saveArticle(db, article({ canonical: 'https://films.test/sn', title: 'Dakar school', text: 'Senegal' }), { source: 'popup', now: 2 });
    await search.update(['https://films.test/sn']);
    expect((await search.search('senegal')).map((h) => h.id)).toEqual(['https://films.test/sn']);
  });

  it('fails every call once the worker has crashed', async () => {
    const { worker, fail } = channel();
    const search = workerSearch(worker);
    fail('out of memory');
    await expect(search.ready).rejects.toThrow(/out of memory/);
    await expect(search.search('x')).rejects.toThrow(/stopped/);
  });
});
