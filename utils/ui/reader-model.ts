import { effect, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { RelatedLink } from '@/utils/article/types';
import type { LibraryDb } from '@/utils/library/db';
import { setStatus, updateItem } from '@/utils/library/edit';
import { joinItem } from '@/utils/library/records';
import type { ReadStatus, SavedItem } from '@/utils/library/types';
import { normaliseUrl } from '@/utils/library/url';
import { t } from '@/utils/i18n';
import { DEFAULT_READER_PREFS, readerPrefsItem, type ReaderPrefs } from '@/utils/storage/items';
import { markAfterPaint, PERF } from './perf';

/** The reader page: loading, showing the item, the item is not in the library, or an error. */
export type ReaderState = 'loading' | 'ready' | 'missing' | 'error';

/** A related piece, and whether it is saved in the library (then it opens in the reader). */
export interface RelatedEntry extends RelatedLink {
  saved: boolean;
}

/**
 * The reader page's state: one saved item (followed live, so a summary or nations added by
 * another part of Reelmark appear), its related pieces, and the typography preferences.
 */
export function createReaderModel(db: LibraryDb, win: Window) {
  const state = signal<ReaderState>('loading');
  const item = signal<SavedItem | null>(null);
  const related = signal<RelatedEntry[]>([]);
  const prefs = signal<ReaderPrefs>(DEFAULT_READER_PREFS);
  const error = signal<string | null>(null);
  const notesState = signal<'idle' | 'saving' | 'saved'>('idle');
  const subscriptions: { unsubscribe(): void }[] = [];

  async function relatedOf(links: readonly RelatedLink[]): Promise<RelatedEntry[]> {
    const keys = links.map((l) => normaliseUrl(l.url) ?? l.url);
    const saved = await db.articles.bulkGet(keys);
    return links.map((l, i) => ({ ...l, url: saved[i] ? keys[i]! : l.url, saved: Boolean(saved[i]) }));
  }

  /** Opens the saved copy of `rawUrl` (the page's `?url=`), then follows changes to it. */
  async function load(rawUrl: string | null): Promise<void> {
    const url = normaliseUrl(rawUrl) ?? rawUrl;
    if (!url) {
      state.value = 'missing';
      return;
    }
    void readerPrefsItem.getValue().then((p) => (prefs.value = { ...DEFAULT_READER_PREFS, ...p }));
    subscriptions.push({ unsubscribe: readerPrefsItem.watch((p) => (prefs.value = { ...DEFAULT_READER_PREFS, ...p })) });
    try {
      const [row, body] = await Promise.all([db.articles.get(url), db.bodies.get(url)]);
      if (!row) {
        state.value = 'missing';
        return;
      }
      item.value = joinItem(row, body);
      state.value = 'ready';
      markAfterPaint(win, PERF.readerInteractive);
      related.value = await relatedOf(row.related);
      subscriptions.push(
        liveQuery(() => db.articles.get(url)).subscribe({
          next: (fresh) => {
            if (!fresh || !item.value) return;
            if (JSON.stringify(fresh) === JSON.stringify({ ...item.value, html: undefined, text: undefined })) return;
            item.value = { ...item.value, ...fresh };
            void relatedOf(fresh.related).then((r) => (related.value = r));
          },
        }),
      );
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      state.value = 'error';
    }
  }

  /** Changes typography; stored so every reader page uses it. */
  async function setPrefs(change: Partial<ReaderPrefs>): Promise<void> {
    prefs.value = { ...prefs.value, ...change };
    await readerPrefsItem.setValue(prefs.value);
  }

  async function saveNotes(notes: string): Promise<void> {
    const current = item.value;
    if (!current || notes === current.notes) return;
    notesState.value = 'saving';
    try {
      const row = await updateItem(db, current.url, { notes });
      if (row) item.value = { ...current, ...row };
      notesState.value = 'saved';
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      notesState.value = 'idle';
    }
  }

  async function mark(status: ReadStatus): Promise<void> {
    const current = item.value;
    if (!current) return;
    const [row] = await setStatus(db, [current.url], status);
    if (row) item.value = { ...current, ...row };
  }

  async function toggleFavourite(): Promise<void> {
    const current = item.value;
    if (!current) return;
    const row = await updateItem(db, current.url, { favourite: !current.favourite });
    if (row) item.value = { ...current, ...row };
  }

  /** Keeps the document's title and language those of the article shown. */
  function followDocument(doc: Document): void {
    const stop = effect(() => {
      const current = item.value;
      if (!current) return;
      doc.title = `${current.title} · ${t('extName')}`;
      if (current.lang) doc.documentElement.lang = current.lang;
    });
    subscriptions.push({ unsubscribe: stop });
  }

  return {
    state,
    item,
    followDocument,
    related,
    prefs,
    error,
    notesState,
    load,
    setPrefs,
    saveNotes,
    mark,
    toggleFavourite,
    dispose: () => subscriptions.forEach((s) => s.unsubscribe()),
  };
}

export type ReaderModel = ReturnType<typeof createReaderModel>;
