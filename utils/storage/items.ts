import { storage } from 'wxt/utils/storage';
import type { PageSummary } from '@/utils/article/types';

/**
 * Every storage item Reelmark keeps in `browser.storage`, defined once. Bulk data (the library)
 * lives in IndexedDB instead (see `utils/library/db.ts`).
 *
 * To change a stored shape: bump `version`, add a migration from the previous version, and add a
 * test in `items.test.ts` that stores the old shape and reads the new one.
 */

/** User settings. */
export interface Settings {
  /** Use the browser's on-device model (Chrome Summarizer API) for summaries. Off until enabled. */
  onDeviceSummaries: boolean;
  /** Fetch Wikipedia's "Cinema of <country>" summaries for related pieces. Off until enabled. */
  wikipediaRelated: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  onDeviceSummaries: false,
  wikipediaRelated: false,
};

/** User settings; `fallback` only applies when nothing is stored, so new fields need a migration. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * What each tab's content script last reported, keyed by tab id. Session storage: it must outlive
 * the MV3 service worker being stopped, but not the browser session.
 */
export const tabPagesItem = storage.defineItem<Record<string, PageSummary>>('session:tabPages', {
  fallback: {},
  version: 1,
});
