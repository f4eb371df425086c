import { browser } from 'wxt/browser';
import { installedEngine, type EngineApi } from './engine-global';

let loading: Promise<EngineApi> | null = null;

/**
 * Loads the heavy extractor into this content script's isolated world on first use. It is a
 * web-accessible file imported at run time, so pages that are never extracted never pay for it.
 */
export function loadEngine(): Promise<EngineApi> {
  loading ??= (async () => {
    if (!installedEngine()) {
      await import(/* @vite-ignore */ browser.runtime.getURL('/extractor.js'));
    }
    const api = installedEngine();
    if (!api) throw new Error('The Reelmark extractor did not load');
    return api;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
