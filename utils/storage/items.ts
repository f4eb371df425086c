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
  /** The Mastodon instance to share to (host name, e.g. `mastodon.social`); null until chosen. */
  mastodonInstance: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  onDeviceSummaries: false,
  wikipediaRelated: false,
  mastodonInstance: null,
};

/** Settings as version 1 stored them, before sharing to Mastodon existed. */
type SettingsV1 = Omit<Settings, 'mastodonInstance'>;

/** User settings; `fallback` only applies when nothing is stored, so new fields need a migration. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (v1: SettingsV1): Settings => ({ ...DEFAULT_SETTINGS, ...v1, mastodonInstance: null }),
  },
});

/**
 * What each tab's content script last reported, keyed by tab id. Session storage: it must outlive
 * the MV3 service worker being stopped, but not the browser session.
 */
export const tabPagesItem = storage.defineItem<Record<string, PageSummary>>('session:tabPages', {
  fallback: {},
  version: 1,
});

/** How the reader page sets text. */
export interface ReaderPrefs {
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line length: narrow (~56 characters), medium (~68) or wide (~84). */
  width: 'narrow' | 'medium' | 'wide';
  /** Colours: follow the system, or light, sepia or dark. */
  theme: 'system' | 'light' | 'sepia' | 'dark';
  /** Serif or sans-serif body text. */
  font: 'serif' | 'sans';
}

export const DEFAULT_READER_PREFS: ReaderPrefs = { fontSize: 19, width: 'medium', theme: 'system', font: 'serif' };

/** Reader page typography; changes on one reader page apply to every open one. */
export const readerPrefsItem = storage.defineItem<ReaderPrefs>('local:readerPrefs', {
  fallback: DEFAULT_READER_PREFS,
  version: 1,
});
