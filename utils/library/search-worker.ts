import { LibraryDb } from './db';
import { createSearchEngine, type SearchOpened } from './search-service';
import type { SearchWorkerMessage, SearchWorkerRequest, SearchWorkerRequests } from './search-worker-protocol';

/** A handler for every request of the protocol. */
type Handlers = { [K in keyof SearchWorkerRequests]: (data: Parameters<SearchWorkerRequests[K]>[0]) => ReturnType<SearchWorkerRequests[K]> | Promise<ReturnType<SearchWorkerRequests[K]>> };

/** What the worker needs of its global scope. */
export interface WorkerScope {
  postMessage(m: SearchWorkerMessage): void;
  onmessage: ((e: MessageEvent<SearchWorkerRequest>) => void) | null;
}

/**
 * The library page's search worker: it opens the library database itself (IndexedDB is shared
 * with the page), loads or builds the index and answers searches, off the page's main thread.
 * `entrypoints/search-worker.ts` starts it in the worker's global scope.
 */
export function startSearchWorker(scope: WorkerScope, db = new LibraryDb()): void {
  const engine = createSearchEngine(db);
  const post = (m: SearchWorkerMessage) => scope.postMessage(m);
  let opened: Promise<SearchOpened> | null = null;
  const handlers: Handlers = {
    open: () => (opened ??= engine.open((done, total) => post({ id: -1, progress: { done, total } }))),
    search: async ({ query }) => {
      await opened;
      const start = performance.now();
      const hits = engine.search(query);
      return { hits, ms: performance.now() - start };
    },
    update: async ({ urls, docs }) => {
      await opened;
      await engine.update(urls, docs);
    },
    persist: async () => {
      await opened;
      await engine.persist();
    },
  };

  scope.onmessage = (e) => {
    const { id, type, data } = e.data;
    const handler = handlers[type] as (d: typeof data) => unknown;
    Promise.resolve()
      .then(() => handler(data))
      .then(
        (value) => post({ id, ok: true, value }),
        (err: unknown) => post({ id, ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
  };
}
