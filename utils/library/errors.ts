import { t } from '@/utils/i18n';

/** Thrown when the browser refuses to store more: the library's storage quota is full. */
export class LibraryFullError extends Error {
  override readonly name = 'LibraryFullError';
  constructor(cause?: unknown) {
    super(t('libraryQuotaFull'), { cause });
  }
}

/** True for IndexedDB's quota error, however Dexie or the browser wrapped it. */
export function isQuotaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    // Dexie puts the browser's error in `inner`; bulk operations list failures in `failures`.
    const next = e as { inner?: unknown; cause?: unknown; failures?: unknown[] };
    if (next.failures?.some(isQuotaError)) return true;
    e = next.inner ?? next.cause;
  }
  return false;
}

/**
 * Runs a library write and turns a full quota into a {@link LibraryFullError}, whose message tells
 * the reader what happened and what to do, instead of IndexedDB's bare error.
 */
export async function withQuotaCheck<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isQuotaError(err)) throw new LibraryFullError(err);
    throw err;
  }
}
