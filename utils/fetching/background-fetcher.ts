import { IdbCacheStore } from './idb-cache-store';
import { MemoryCacheStore } from './http-cache';
import { PoliteFetcher } from './polite-fetcher';

let instance: PoliteFetcher | null = null;

/**
 * The extension's one fetcher, shared by related pieces and saved links so the per-host limits
 * hold across both. Its cache lives in IndexedDB (memory where there is none, e.g. Node).
 * Redirects are left to the browser: in manual mode an extension only sees an opaque answer.
 * Cookies are sent like on a normal visit, so a logged-in reader gets the page they would see.
 */
export function backgroundFetcher(): PoliteFetcher {
  instance ??= new PoliteFetcher({
    fetch: (input, init) => fetch(input, init),
    cache: typeof indexedDB === 'undefined' ? new MemoryCacheStore() : new IdbCacheStore(),
    redirects: 'follow',
    credentials: 'include',
  });
  return instance;
}
