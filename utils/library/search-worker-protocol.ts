import type { SearchDoc, SearchHit } from './search-index';
import type { SearchOpened } from './search-service';

/**
 * Messages between the library page and its search worker. Requests carry an id; the worker
 * answers each with the same id. `progress` is sent unasked while the index is being built.
 */
export interface SearchWorkerRequests {
  open(req: Record<string, never>): SearchOpened;
  /** The hits, and how long the search took in the worker (ms). */
  search(req: { query: string }): { hits: SearchHit[]; ms: number };
  update(req: { urls: string[]; docs: SearchDoc[] }): void;
  persist(req: Record<string, never>): void;
}

/** A request as posted to the worker. */
export type SearchWorkerRequest = {
  [K in keyof SearchWorkerRequests]: { id: number; type: K; data: Parameters<SearchWorkerRequests[K]>[0] };
}[keyof SearchWorkerRequests];

/** What the worker posts back: an answer to request `id`, or progress while the index is built. */
export type SearchWorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: -1; progress: { done: number; total: number } };
