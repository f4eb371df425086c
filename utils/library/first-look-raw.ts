import type { LibraryPeek } from './peek';

/** The `storage.local` key of the first-look copy (`firstLookItem` in `first-look.ts` defines it). */
export const FIRST_LOOK_KEY = 'libraryFirstLook';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** The part of the extension API this module uses (`browser` in Firefox, `chrome` in Chrome). */
export interface FirstLookHost {
  browser?: { storage?: { local?: StorageArea } };
  chrome?: { storage?: { local?: StorageArea } };
  /** The read started by `startFirstLookRead`, for the page's own code to pick up. */
  reelmarkFirstLook?: Promise<LibraryPeek | null>;
}

/**
 * Reads the first-look copy with the bare extension API: no polyfill, no storage wrapper, so the
 * code that calls it can be tiny and run before anything else. Null when there is no copy or
 * storage cannot be read.
 */
export async function readFirstLookRaw(host: FirstLookHost): Promise<LibraryPeek | null> {
  try {
    const got = await (host.browser ?? host.chrome)?.storage?.local?.get(FIRST_LOOK_KEY);
    const copy = got?.[FIRST_LOOK_KEY] as LibraryPeek | null | undefined;
    return copy && Array.isArray(copy.recent) && Array.isArray(copy.lists) ? copy : null;
  } catch {
    return null;
  }
}

/** Starts reading the first-look copy and leaves the promise on `host` for `takeFirstLookRead`. */
export function startFirstLookRead(host: FirstLookHost): void {
  host.reelmarkFirstLook ??= readFirstLookRaw(host);
}

/** The read `startFirstLookRead` began (or a new one, when the early script did not run). */
export function takeFirstLookRead(host: FirstLookHost): Promise<LibraryPeek | null> {
  const read = host.reelmarkFirstLook ?? readFirstLookRaw(host);
  delete host.reelmarkFirstLook;
  return read;
}
