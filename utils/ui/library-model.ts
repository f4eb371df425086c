import { batch, computed, signal } from '@preact/signals';
import type { LibraryDb } from '@/utils/library/db';
import * as edit from '@/utils/library/edit';
import { allLists, createList, deleteList, renameList } from '@/utils/library/lists';
import { LIBRARY_FIRST_ROWS, peekLibrary, type LibraryPeek } from '@/utils/library/peek';
import type { SearchDoc } from '@/utils/library/search-doc';
import type { SearchHit } from '@/utils/library/search-index';
import type { SearchListeners, SearchService } from '@/utils/library/search-service';
import type { LibraryList, ReadStatus, SavedItemRow } from '@/utils/library/types';
import { t } from '@/utils/i18n';
import { facet, NO_FILTERS, nationsOf, quickMatch, visibleRows, type LibraryFilters, type LibrarySort } from './library-filter';
import { plural, statusLabel } from './format';
import { afterPaint, markAfterPaint, PERF } from './perf';

/** Rows shown before the whole library has been read (enough to fill a tall window). */
/** Rows read per chunk when loading the whole library, so the page stays responsive. */
const LOAD_CHUNK = 2500;

/** Where full-text search stands: the index loading, ready, or failed (plain matching then). */
export type SearchState = 'loading' | 'ready' | 'error';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The library page's state, outside any component: every item's row (bodies stay in IndexedDB),
 * the lists, filters, sort, full-text search, selection, and the edits the page makes. Other
 * extension contexts (popup, service worker) write the same database; their changes arrive
 * through a Dexie live query and are folded in.
 */
export function createLibraryModel(
  openDb: () => Promise<LibraryDb>,
  win: Window,
  openSearch: (listeners: Required<SearchListeners>) => SearchService | Promise<SearchService>,
) {
  let opening: Promise<LibraryDb> | null = null;
  /** The database, opened on first use (the first paint does without Dexie; see `peekLibrary`). */
  const database = () => (opening ??= openDb());
  const rows = new Map<string, SavedItemRow>();
  /** Bumped whenever `rows` changes (the Map itself is mutated in place). */
  const version = signal(0);
  const total = signal<number | null>(null);
  const loaded = signal(false);
  const lists = signal<LibraryList[]>([]);
  const filters = signal<LibraryFilters>(NO_FILTERS);
  const sort = signal<LibrarySort>('saved-desc');
  const query = signal('');
  const hits = signal<SearchHit[] | null>(null);
  const searchState = signal<SearchState>('loading');
  const searchProgress = signal<{ done: number; total: number } | null>(null);
  const selected = signal<ReadonlySet<string>>(new Set());
  const detailUrl = signal<string | null>(null);
  const announcement = signal('');
  const error = signal<string | null>(null);

  let search: SearchService | null = null;
  let searchSeq = 0;
  let lastSync = 0;
  let sortBeforeSearch: LibrarySort = 'saved-desc';

  const visible = computed(() => {
    void version.value;
    return visibleRows(rows.values(), rows, filters.value, sort.value, hits.value);
  });
  /** How many items the list shows (before the library is read: all of them). */
  const count = computed(() => (loaded.value ? visible.value.length : (total.value ?? visible.value.length)));
  const tags = computed(() => {
    void version.value;
    return facet(rows.values(), (r) => r.tags);
  });
  const sites = computed(() => {
    void version.value;
    return facet(rows.values(), (r) => (r.site ? [r.site] : []));
  });
  const nations = computed(() => {
    void version.value;
    return facet(rows.values(), nationsOf);
  });
  const listCounts = computed(() => {
    void version.value;
    const counts = new Map<string, number>();
    for (const row of rows.values()) for (const id of row.lists) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  });
  const detail = computed(() => {
    void version.value;
    return detailUrl.value ? (rows.get(detailUrl.value) ?? null) : null;
  });

  const say = (text: string) => {
    // The same text twice in a row is still announced when it is changed and back.
    announcement.value = announcement.value === text ? `${text}\u00a0` : text;
  };

  /**
   * Runs the current query: on the search index once it is ready (answers to older queries are
   * dropped), before that a plain match over the rows in memory.
   */
  function runSearch(): void {
    const q = query.value.trim();
    const mine = ++searchSeq;
    if (!q) {
      hits.value = null;
      return;
    }
    if (!search || searchState.value !== 'ready') {
      hits.value = quickMatch(rows.values(), q);
      return;
    }
    const start = win.performance.now();
    void search.search(q).then(
      (found) => {
        win.performance.measure(PERF.search, { start, end: win.performance.now() });
        if (mine === searchSeq) hits.value = found;
      },
      (err: unknown) => (error.value = errorText(err)),
    );
  }

  /** Sets the search text; the order switches to relevance while searching, and back after. */
  function setQuery(text: string): void {
    const was = query.value.trim();
    batch(() => {
      query.value = text;
      if (!was && text.trim() && sort.value !== 'relevance') {
        sortBeforeSearch = sort.value;
        sort.value = 'relevance';
      } else if (was && !text.trim() && sort.value === 'relevance') {
        sort.value = sortBeforeSearch;
      }
      runSearch();
    });
  }

  /** Brings the search index up to date for some items (the search service reads them from the database). */
  async function reindex(urls: readonly string[], docs: readonly SearchDoc[] = []): Promise<void> {
    if (!search || urls.length + docs.length === 0) return;
    await search.update(urls, docs);
    runSearch();
  }

  /** Folds changed rows into the page (and the search index when searchable fields changed). */
  function applyRows(changed: readonly SavedItemRow[], searchable = true, docs: readonly SearchDoc[] = []): Promise<void> {
    if (!changed.length) return Promise.resolve();
    for (const row of changed) rows.set(row.url, row);
    batch(() => {
      version.value++;
      if (loaded.value) total.value = rows.size;
    });
    if (searchable) {
      const known = new Set(docs.map((d) => d.id));
      return reindex(changed.map((r) => r.url).filter((url) => !known.has(url)), docs);
    }
    if (hits.value) runSearch();
    return Promise.resolve();
  }

  function forgetRows(urls: readonly string[]): void {
    for (const url of urls) rows.delete(url);
    void reindex(urls);
    const gone = new Set(urls);
    batch(() => {
      if (selected.value.size) selected.value = new Set([...selected.value].filter((u) => !gone.has(u)));
      if (detailUrl.value && gone.has(detailUrl.value)) detailUrl.value = null;
      version.value++;
      total.value = rows.size;
      runSearch();
    });
  }

  /** Picks up what other pages and the service worker changed since the last look. */
  async function refreshChanged(): Promise<void> {
    if (!loaded.value) return;
    const db = await database();
    const start = Date.now();
    const changed = await db.articles.where('updatedAt').aboveOrEqual(lastSync).toArray();
    const fresh = changed.filter((row) => JSON.stringify(rows.get(row.url)) !== JSON.stringify(row));
    if (fresh.length) void applyRows(fresh);
    const stored = await db.articles.count();
    if (stored !== rows.size) {
      const keys = new Set(await db.articles.toCollection().primaryKeys());
      forgetRows([...rows.keys()].filter((url) => !keys.has(url)));
      const missing = [...keys].filter((url) => !rows.has(url));
      if (missing.length) void applyRows((await db.articles.bulkGet(missing)).filter((r): r is SavedItemRow => Boolean(r)));
    }
    total.value = rows.size;
    lastSync = start;
  }

  async function refreshLists(): Promise<void> {
    lists.value = await allLists(await database());
  }

  async function loadAll(): Promise<number> {
    const db = await database();
    const readAt = Date.now();
    const all: SavedItemRow[] = [];
    let last: string | null = null;
    for (;;) {
      const chunk: SavedItemRow[] = await (last === null ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(LOAD_CHUNK).toArray();
      all.push(...chunk);
      if (chunk.length < LOAD_CHUNK) break;
      last = chunk[chunk.length - 1]!.url;
    }
    batch(() => {
      rows.clear();
      for (const row of all) rows.set(row.url, row);
      total.value = rows.size;
      loaded.value = true;
      version.value++;
      runSearch();
    });
    return readAt;
  }

  async function loadSearch(): Promise<void> {
    try {
      search = await openSearch({
        onProgress: (done, of) => {
          searchProgress.value = { done, total: of };
        },
        onSearchTime: (ms) => win.performance.measure(PERF.searchCompute, { start: 0, duration: ms }),
      });
      const opened = await search.ready;
      for (const [name, duration] of Object.entries(opened.phases)) win.performance.measure(name, { start: 0, duration });
      searchProgress.value = null;
      searchState.value = 'ready';
      runSearch();
      markAfterPaint(win, PERF.searchReady);
    } catch (err) {
      searchState.value = 'error';
      error.value = errorText(err);
    }
  }

  const subscriptions: { unsubscribe(): void }[] = [];

  /**
   * Loads the page: the count and the newest rows first (the page is usable at once), then every
   * row, then the search index; after that, changes made elsewhere are followed live. `firstLook`
   * is a read of the newest rows already under way (the page entry starts it before loading this).
   */
  async function load(firstLook?: Promise<LibraryPeek>): Promise<void> {
    try {
      win.performance.mark(PERF.libraryStart);
      const first = await (firstLook ?? peekLibrary(win.indexedDB, LIBRARY_FIRST_ROWS));
      win.performance.mark(PERF.libraryFirstRows);
      batch(() => {
        for (const row of first.recent) rows.set(row.url, row);
        lists.value = first.lists;
        version.value++;
      });
      // The first rows are painted before anything heavy starts: reading every row and opening
      // the search index (in a worker, which reads the library itself) come after.
      await afterPaint(win);
      win.performance.mark(PERF.libraryInteractive);
      // Dexie loads only now, so compiling it never delays the first paint. The count comes when
      // Dexie has it (counting walks every key); until then the page says "counting…".
      void database()
        .then((db) => db.articles.count())
        .then((n) => {
          if (!loaded.value) total.value = n;
        });
      const searching = loadSearch();
      const readAt = await loadAll();
      lastSync = readAt;
      markAfterPaint(win, PERF.libraryLoaded);
      const db = await database();
      await refreshLists();
      subscriptions.push(
        db.observe(() => db.articles.count()).subscribe({ next: () => void refreshChanged().catch(() => undefined) }),
        db.observe(() => db.lists.toArray()).subscribe({ next: () => void refreshLists().catch(() => undefined) }),
      );
      await searching;
    } catch (err) {
      error.value = errorText(err);
    }
  }

  /** Runs an edit, folds its result in and announces it; failures (a full quota) are shown. */
  async function run<T>(work: () => Promise<T>, done?: (result: T) => string): Promise<T | undefined> {
    try {
      const result = await work();
      error.value = null;
      if (done) say(done(result));
      return result;
    } catch (err) {
      error.value = errorText(err);
      say(errorText(err));
      return undefined;
    }
  }

  const items = (n: number) => plural(n, 'libraryItemCountOne', 'libraryItemCountOther');

  const actions = {
    setStatus: (urls: readonly string[], status: ReadStatus) =>
      run(
        async () => edit.setStatus(await database(), urls, status),
        (changed) => {
          void applyRows(changed, false);
          return t('libraryMarkedStatus', [items(changed.length), statusLabel(status)]);
        },
      ),
    setFavourite: (urls: readonly string[], favourite: boolean) =>
      run(
        async () => edit.editItems(await database(), urls, () => ({ favourite })),
        (changed) => {
          void applyRows(changed, false);
          return t(favourite ? 'libraryFavourited' : 'libraryUnfavourited', items(changed.length));
        },
      ),
    addTags: (urls: readonly string[], newTags: readonly string[]) =>
      run(
        async () => edit.addTags(await database(), urls, newTags.map((x) => x.trim()).filter(Boolean)),
        (changed) => {
          void applyRows(changed);
          return t('libraryTagged', [newTags.join(', '), items(changed.length)]);
        },
      ),
    removeTag: (urls: readonly string[], tag: string) =>
      run(
        async () => edit.removeTag(await database(), urls, tag),
        (changed) => {
          void applyRows(changed);
          return t('libraryUntagged', [tag, items(changed.length)]);
        },
      ),
    addToList: (urls: readonly string[], listId: string, move = false) =>
      run(
        async () => edit.addToList(await database(), urls, listId, move),
        (changed) => {
          void applyRows(changed, false);
          return t('libraryAddedToList', [items(changed.length), listName(listId)]);
        },
      ),
    removeFromList: (urls: readonly string[], listId: string) =>
      run(
        async () => edit.removeFromList(await database(), urls, listId),
        (changed) => {
          void applyRows(changed, false);
          return t('libraryRemovedFromList', [items(changed.length), listName(listId)]);
        },
      ),
    setNotes: (url: string, notes: string) =>
      run(
        async () => edit.updateItem(await database(), url, { notes }),
        (row) => {
          if (row) void applyRows([row]);
          return t('libraryNotesSaved');
        },
      ),
    deleteItems: (urls: readonly string[]) =>
      run(
        async () => edit.deleteItems(await database(), urls),
        () => {
          forgetRows(urls);
          return t('libraryDeleted', items(urls.length));
        },
      ),
    createList: (name: string) =>
      run(
        async () => createList(await database(), name),
        (list) => {
          void refreshLists();
          return t('libraryListCreated', list.name);
        },
      ),
    renameList: (id: string, name: string) =>
      run(
        async () => renameList(await database(), id, name),
        () => {
          void refreshLists();
          return t('libraryListRenamed', name);
        },
      ),
    deleteList: (id: string) => {
      const name = listName(id);
      return run(
        async () => deleteList(await database(), id),
        () => {
          const affected = [...rows.values()].filter((r) => r.lists.includes(id)).map((r) => ({ ...r, lists: r.lists.filter((l) => l !== id) }));
          void applyRows(affected, false);
          if (filters.value.listId === id) filters.value = { ...filters.value, listId: 'all' };
          void refreshLists();
          return t('libraryListDeleted', name);
        },
      );
    },
  };

  function listName(id: string): string {
    const list = lists.value.find((l) => l.id === id);
    return list ? list.name || t('libraryReadingList') : id;
  }

  function setFilter<K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K]): void {
    filters.value = { ...filters.value, [key]: value };
  }

  function toggleSelected(url: string): void {
    const next = new Set(selected.value);
    if (next.has(url)) next.delete(url);
    else next.add(url);
    selected.value = next;
  }

  return {
    rows,
    version,
    total,
    loaded,
    lists,
    filters,
    sort,
    query,
    hits,
    searchState,
    searchProgress,
    selected,
    detailUrl,
    detail,
    announcement,
    error,
    visible,
    count,
    tags,
    sites,
    nations,
    listCounts,
    load,
    setQuery,
    setFilter,
    clearFilters: () => (filters.value = NO_FILTERS),
    setSort: (value: LibrarySort) => (sort.value = value),
    toggleSelected,
    selectAllVisible: () => (selected.value = new Set(visible.value.map((r) => r.url))),
    clearSelection: () => (selected.value = new Set()),
    openDetail: (url: string | null) => (detailUrl.value = url),
    listName,
    applyRows,
    refreshLists,
    say,
    ...actions,
    /** Writes the search index to IndexedDB (e.g. before the page closes). */
    persistSearch: () => search?.persist(),
    dispose: () => {
      subscriptions.forEach((s) => s.unsubscribe());
      search?.dispose();
    },
  };
}

export type LibraryModel = ReturnType<typeof createLibraryModel>;
