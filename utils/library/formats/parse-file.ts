import { unzipSync } from 'fflate';
import { t } from '@/utils/i18n';
import { csvDialectOf, parseCsvImport, readCsv } from './csv-import';
import { parseNetscapeBookmarks, parsePocketHtml } from './html-import';
import { isOmnivoreZip, parseOmnivoreExport } from './omnivore-import';
import { isReelmarkExport, parseReelmarkJson } from './reelmark-json';
import { decodeText } from './text';
import type { ImportEnv, ParsedImport } from './types';

/** Thrown when a file is none of the formats Reelmark imports. */
export class UnknownImportFormatError extends Error {
  override readonly name = 'UnknownImportFormatError';
  constructor(fileName: string) {
    super(t('libraryImportUnknownFormat', fileName));
  }
}

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Joins the results of several files of one export (Pocket's `part_000000.csv`, `part_000001.csv`…). */
function concat(results: ParsedImport[]): ParsedImport {
  const out: ParsedImport = { format: results[0]!.format, entries: 0, items: [], lists: [], skipped: [] };
  const listKeys = new Set<string>();
  for (const r of results) {
    out.skipped.push(...r.skipped.map((s) => ({ ...s, entry: s.entry + out.entries })));
    out.entries += r.entries;
    out.items.push(...r.items);
    for (const l of r.lists) {
      if (listKeys.has(l.key)) continue;
      listKeys.add(l.key);
      out.lists.push(l);
    }
  }
  return out;
}

function parseZip(name: string, bytes: Uint8Array, env: ImportEnv): ParsedImport {
  const files = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(f.name) });
  const names = Object.keys(files);
  if (isOmnivoreZip(names)) return parseOmnivoreExport(files, env);
  const csvs = names.filter((n) => n.toLowerCase().endsWith('.csv')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const parsed = csvs.map((n) => decodeText(files[n]!)).filter((text) => csvDialectOf(readCsv(text.slice(0, 2000)).headers));
  if (parsed.length) return concat(parsed.map((text) => parseCsvImport(text, env.now)));
  const json = names.find((n) => n.toLowerCase().endsWith('.json'));
  if (json) return parseText(name, decodeText(files[json]!), env);
  throw new UnknownImportFormatError(name);
}

function parseText(name: string, text: string, env: ImportEnv): ParsedImport {
  const head = text.slice(0, 4000).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const value: unknown = JSON.parse(text);
    if (isReelmarkExport(value)) return parseReelmarkJson(value, env.now);
    // A lone Omnivore metadata batch, taken out of its zip.
    if (Array.isArray(value)) return parseOmnivoreExport({ 'metadata_0.json': new TextEncoder().encode(text) }, env);
    throw new UnknownImportFormatError(name);
  }
  if (/<!doctype\s+netscape-bookmark-file/i.test(head)) return parseNetscapeBookmarks(text, env);
  if (head.startsWith('<')) {
    return /\btime_added\s*=|<title>\s*pocket export/i.test(text) ? parsePocketHtml(text, env) : parseNetscapeBookmarks(text, env);
  }
  if (csvDialectOf(readCsv(head.split(/\r?\n/)[0] ?? '').headers)) return parseCsvImport(text, env.now);
  throw new UnknownImportFormatError(name);
}

/**
 * Reads an import file of any supported kind, recognised by its content rather than its name:
 * Pocket CSV (or a zip of its parts), Pocket HTML, Instapaper CSV, an Omnivore export zip,
 * Netscape bookmark HTML, a Reelmark JSON export, or any CSV with a URL column.
 */
export function parseImportFile(name: string, bytes: Uint8Array, env: ImportEnv): ParsedImport {
  return isZip(bytes) ? parseZip(name, bytes, env) : parseText(name, decodeText(bytes), env);
}
