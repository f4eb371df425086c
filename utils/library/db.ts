import Dexie, { type EntityTable } from 'dexie';
import type { SavedItem } from './types';

/**
 * The library's IndexedDB database. Schema changes add a new `version(n)` with an `upgrade`
 * step; earlier versions stay listed so Dexie can migrate any older install.
 */
export class LibraryDb extends Dexie {
  articles!: EntityTable<SavedItem, 'url'>;

  constructor(name = 'reelmark-library') {
    super(name);
    this.version(1).stores({ articles: 'url, savedAt, status, *tags' });
  }
}

let shared: LibraryDb | null = null;

/** The extension's one library database (opened lazily, shared by every caller in a context). */
export function libraryDb(): LibraryDb {
  shared ??= new LibraryDb();
  return shared;
}
