import { signal } from '@preact/signals';
import type { LibraryDb } from '@/utils/library/db';
import type { ImportEnv, ParsedImport } from '@/utils/library/formats/types';
import { searchDocOf } from '@/utils/library/search-doc';
import { commitImport, previewImport, type ImportPreview, type ImportResolution } from '@/utils/library/import';
import { t } from '@/utils/i18n';
import type { LibraryModel } from './library-model';
import { PERF } from './perf';

/** Where an import stands: nothing, reading the file, showing its preview, writing, finished, or failed. */
export type ImportPhase = 'idle' | 'reading' | 'preview' | 'committing' | 'done' | 'error';

/**
 * The import flow of the library page: a file is read and previewed (counts, skipped entries
 * with their reasons) and nothing is written until the reader confirms; the commit is one
 * transaction, so it imports everything or nothing.
 */
export function createImportModel(database: () => Promise<LibraryDb>, library: LibraryModel, win: Window & typeof globalThis, perf: Performance) {
  const phase = signal<ImportPhase>('idle');
  const fileName = signal('');
  const preview = signal<ImportPreview | null>(null);
  const result = signal<ImportResolution | null>(null);
  const error = signal<string | null>(null);
  let parsed: ParsedImport | null = null;

  /**
   * The parsers load on first use (most visits to the library import nothing); the sanitiser
   * only for zips, the one kind of export that carries article HTML (Omnivore's).
   */
  async function parserAndEnv(bytes: Uint8Array): Promise<{ parse: typeof import('@/utils/library/formats/parse-file').parseImportFile; env: ImportEnv }> {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const [{ parseImportFile }, sanitize] = await Promise.all([
      import('@/utils/library/formats/parse-file'),
      zip ? import('@/utils/library/sanitize').then((m) => m.createSanitizer(win)) : null,
    ]);
    const parser = new win.DOMParser();
    return {
      parse: parseImportFile,
      env: {
        parseHtml: (html) => parser.parseFromString(html, 'text/html'),
        // Only zips carry article HTML; elsewhere this is never called, and refuses rather than let HTML through.
        sanitizeHtml: sanitize ?? (() => ''),
        now: Date.now(),
      },
    };
  }

  /** Reads a chosen file and shows what importing it would do. */
  async function choose(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> {
    phase.value = 'reading';
    fileName.value = file.name;
    error.value = null;
    result.value = null;
    try {
      perf.mark(`${PERF.importParsed}:start`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { parse, env } = await parserAndEnv(bytes);
      parsed = parse(file.name, bytes, env);
      preview.value = await previewImport(await database(), parsed);
      perf.measure(PERF.importParsed, `${PERF.importParsed}:start`);
      phase.value = 'preview';
      library.say(t('libraryImportPreviewReady', [file.name, String(preview.value.counts.added + preview.value.counts.merged)]));
    } catch (err) {
      parsed = null;
      error.value = t('libraryImportUnreadable', [file.name, err instanceof Error ? err.message : String(err)]);
      phase.value = 'error';
      library.say(error.value);
    }
  }

  /** Writes the previewed import (all of it, or nothing if anything fails). */
  async function commit(): Promise<void> {
    if (!parsed || phase.value !== 'preview') return;
    phase.value = 'committing';
    try {
      perf.mark(`${PERF.importCommitted}:start`);
      const done = await commitImport(await database(), parsed, Date.now(), preview.value ?? undefined);
      perf.measure(PERF.importCommitted, `${PERF.importCommitted}:start`);
      result.value = done;
      preview.value = null;
      parsed = null;
      phase.value = 'done';
      await library.refreshLists();
      perf.mark(`${PERF.importIndexed}:start`);
      // New items and imported bodies are indexed from what the import holds; merged items are re-read.
      const bodies = new Map(done.bodies.map((b) => [b.url, b.text]));
      const added = new Set(done.added);
      const docs = done.rows.filter((r) => bodies.has(r.url) || added.has(r.url)).map((r) => searchDocOf(r, bodies.get(r.url) ?? ''));
      await library.applyRows(done.rows, true, docs);
      perf.measure(PERF.importIndexed, `${PERF.importIndexed}:start`);
      library.say(t('libraryImportDone', [String(done.counts.added), String(done.counts.merged), String(done.counts.skipped)]));
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      phase.value = 'error';
      library.say(t('libraryImportFailed', error.value));
    }
  }

  function cancel(): void {
    parsed = null;
    preview.value = null;
    phase.value = 'idle';
    library.say(t('libraryImportCancelled'));
  }

  return { phase, fileName, preview, result, error, choose, commit, cancel, close: () => (phase.value = 'idle') };
}

export type ImportModel = ReturnType<typeof createImportModel>;
