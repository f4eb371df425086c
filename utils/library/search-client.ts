import type { SearchHit } from './search-index';
import type { SearchListeners, SearchService } from './search-service';
import type { SearchWorkerMessage, SearchWorkerRequests } from './search-worker-protocol';

/** What the client needs of a worker (a real `Worker` in pages). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<SearchWorkerMessage>) => void): void;
  addEventListener(type: 'error', listener: (e: Event) => void): void;
  terminate(): void;
}

/** A search service whose engine runs in a worker; every call is a message and its answer. */
export function workerSearch(worker: WorkerLike, { onProgress = () => undefined, onSearchTime }: SearchListeners = {}): SearchService {
  let next = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  worker.addEventListener('message', (e) => {
    const m = e.data;
    if ('progress' in m) return onProgress(m.progress.done, m.progress.total);
    const waiting = pending.get(m.id);
    if (!waiting) return;
    pending.delete(m.id);
    if (m.ok) waiting.resolve(m.value);
    else waiting.reject(new Error(m.error));
  });
  // A worker that fails to load or crashes fails every call, so the page falls back to plain matching.
  let failure: Error | null = null;
  worker.addEventListener('error', (e) => {
    failure = new Error(`The search worker stopped: ${(e as ErrorEvent).message ?? 'unknown error'}`);
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  });
  function ask<K extends keyof SearchWorkerRequests>(type: K, data: Parameters<SearchWorkerRequests[K]>[0]): Promise<ReturnType<SearchWorkerRequests[K]>> {
    const id = next++;
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, type, data });
    });
  }
  return {
    ready: ask('open', {}),
    search: async (query): Promise<SearchHit[]> => {
      const { hits, ms } = await ask('search', { query });
      onSearchTime?.(ms);
      return hits;
    },
    update: (urls, docs = []) => ask('update', { urls: [...urls], docs: [...docs] }),
    persist: () => ask('persist', {}),
    dispose: () => worker.terminate(),
  };
}
