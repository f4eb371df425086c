/**
 * Node side of the extraction CLI: reads saved pages (.html or .html.gz), decodes them by their
 * declared charset, parses them with jsdom (a standards-compliant DOM; the page URL is passed so
 * relative links resolve) and runs the same engine the extension runs in the browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../utils/article/decode-html';
import { extractArticle } from '../utils/article/extract';
import { cliRecord, type CliRecord } from './cli-record';

export type { CliRecord };

/** One page to extract: where it is and the URL it was fetched from. */
export interface PageRef {
  file: string;
  url?: string;
}

/** Options shared by every page of a run. */
export interface ExtractRunOptions {
  /** Citation `accessed` date; defaults to now. */
  now?: Date;
  /** Folder that relative `file` paths are resolved against. */
  baseDir?: string;
}

/** Parses HTML into a jsdom Document at `url`, with scripts and resource loading off. */
export function parseWithJsdom(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

function usableUrl(url: string | undefined, path: string): string {
  if (url) {
    try {
      return new URL(url).href;
    } catch {
      // fall through to the file URL
    }
  }
  return pathToFileURL(path).href;
}

/** Reads, decodes, parses and extracts one page; failures become a record with `error`. */
export function extractPage(ref: PageRef, options: ExtractRunOptions = {}): CliRecord {
  const path = resolve(options.baseDir ?? process.cwd(), ref.file);
  const url = usableUrl(ref.url, path);
  let html = '';
  let readError: string | undefined;
  try {
    html = decodeHtml(readFileSync(path)).html;
  } catch (err) {
    readError = `cannot read ${ref.file}: ${err instanceof Error ? err.message : String(err)}`;
  }
  let doc: Document;
  try {
    doc = parseWithJsdom(html, url);
  } catch (err) {
    readError = readError ?? `cannot parse ${ref.file}: ${err instanceof Error ? err.message : String(err)}`;
    doc = parseWithJsdom('', url);
  }
  const article = extractArticle(doc, url, { now: options.now });
  const record = cliRecord(ref.file, article);
  if (readError) {
    record.isArticle = false;
    record.error = readError;
  }
  return record;
}

/** Reads a manifest (`[{"file", "url"}]`); relative files resolve against the manifest's folder. */
export function readManifest(path: string): { refs: PageRef[]; baseDir: string } {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${path}: a manifest is a JSON array of {"file", "url"}`);
  const refs: PageRef[] = [];
  for (const entry of raw) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { file?: unknown }).file !== 'string') {
      throw new Error(`${path}: every entry needs a "file" string`);
    }
    const { file, url } = entry as { file: string; url?: unknown };
    refs.push({ file, url: typeof url === 'string' ? url : undefined });
  }
  return { refs, baseDir: dirname(resolve(path)) };
}
