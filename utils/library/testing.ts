import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import type { Article } from '@/utils/article/types';
import { LibraryDb } from './db';
import type { ImportEnv } from './formats/types';
import { createSanitizer } from './sanitize';

/**
 * Helpers for the library's unit tests (imported by `*.test.ts` only). Tests import
 * `fake-indexeddb/auto` themselves so IndexedDB exists in Node.
 */

/** An extracted article with sensible defaults. */
export function article(over: Partial<Article> = {}): Article {
  const url = over.canonical ?? over.url ?? 'https://films.test/a';
  return {
    url,
    canonical: url,
    title: 'A piece',
    byline: 'By Ana Silva',
    authors: ['Ana Silva'],
    published: '2025-08-09',
    modified: null,
    section: 'National cinemas',
    tags: [],
    siteName: 'Films',
    lang: 'en',
    description: 'About films',
    image: null,
    isArticle: true,
    confidence: 0.9,
    wordCount: 3,
    readingMinutes: 1,
    text: 'Body about Kazakh cinema',
    html: '<p>Body about Kazakh cinema</p>',
    related: [],
    citation: { id: url, type: 'article-magazine', title: over.title ?? 'A piece', URL: url, author: [{ family: 'Silva', given: 'Ana' }], issued: { 'date-parts': [[2025, 8, 9]] }, 'container-title': 'Films' },
    ...over,
  };
}

let n = 0;
const open: LibraryDb[] = [];

/** A new, empty library database with a unique name. */
export function freshDb(): LibraryDb {
  const db = new LibraryDb(`test-library-${process.pid}-${n++}`);
  open.push(db);
  return db;
}

/** Deletes every database made by {@link freshDb} (call from `afterEach`). */
export async function deleteTestDbs(): Promise<void> {
  for (const db of open.splice(0)) await db.delete();
}

const { window } = new JSDOM('');

/** The import environment of a page, backed by jsdom. */
export function testEnv(now = Date.UTC(2025, 8, 1)): ImportEnv {
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizeHtml: createSanitizer(window as unknown as WindowLike),
    now,
  };
}

/** The jsdom window the test environment uses. */
export const testWindow = window;

/** A sample file from `formats/samples/`, as bytes. */
export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(import.meta.dirname, 'formats', 'samples', name)));
}

/** A sample file as text. */
export const sampleText = (name: string): string => new TextDecoder().decode(sample(name));
