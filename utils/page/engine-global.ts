import type { Article } from '@/utils/article/types';

/** What the lazily loaded extractor bundle (`entrypoints/extractor.ts`) installs. */
export interface EngineApi {
  extractArticle(doc: Document, url: string): Article;
}

const GLOBAL_KEY = '__reelmarkEngine';

type EngineHost = { [GLOBAL_KEY]?: EngineApi };

/**
 * Called by the extractor bundle when it loads, to hand its API to the content script. The global
 * lives in the extension's isolated world, which the page cannot see.
 */
export function installEngine(api: EngineApi): void {
  (globalThis as EngineHost)[GLOBAL_KEY] = api;
}

/** The installed engine, if the extractor bundle has loaded in this context. */
export function installedEngine(): EngineApi | undefined {
  return (globalThis as EngineHost)[GLOBAL_KEY];
}
