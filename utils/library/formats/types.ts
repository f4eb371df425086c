import type { SavedItem } from '../types';

/** The export files Reelmark can import. */
export type ImportFormat =
  | 'pocket-csv'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'netscape-html'
  | 'reelmark-json'
  | 'csv';

/** Why an entry of an import file was left out. */
export type SkipReason = 'missing-url' | 'invalid-url' | 'bad-timestamp' | 'bad-entry';

/** An entry left out of an import, and why. */
export interface SkippedEntry {
  /** 1-based number of the entry in the file (a CSV record after the header, a link, a JSON item). */
  entry: number;
  url: string | null;
  title: string | null;
  reason: SkipReason;
  /** The offending value, e.g. the timestamp that did not parse. */
  detail: string | null;
}

/**
 * A list named in an import file. Items name lists by `key` (unique in the file); the import
 * maps each key to an existing list (by id, then by name) or creates it.
 */
export interface ImportedList {
  key: string;
  name: string;
  /** The list's id in a Reelmark export, kept so a round trip gives the same ids. */
  id?: string;
  createdAt?: number;
}

/**
 * What a parser read from a file: items (their `lists` hold list keys, and `DEFAULT_LIST_ID` for
 * the reading list), the lists they name, and the entries it skipped.
 */
export interface ParsedImport {
  format: ImportFormat;
  /** How many entries the file holds (items + skipped). */
  entries: number;
  items: SavedItem[];
  lists: ImportedList[];
  skipped: SkippedEntry[];
}

/** What DOM-based parsers need from their environment (a page, or jsdom in tests). */
export interface ImportEnv {
  /** Parses an HTML string into a detached document (DOMParser in a page). */
  parseHtml(html: string): Document;
  /** Sanitises untrusted article HTML (DOMPurify). */
  sanitizeHtml(html: string): string;
  /** The time of the import (items without a save time get it). */
  now: number;
}
