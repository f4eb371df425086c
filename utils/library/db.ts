import Dexie, { liveQuery, type EntityTable, type Observable, type Transaction } from 'dexie';
import type { Article } from '@/utils/article/types';
import type { NationTags } from '@/utils/related/types';
import type { ArticleSummary } from '@/utils/summary/types';
import { trackFirstLook } from './first-look';
import { defaultList, itemForLink, itemFromArticle, splitItem } from './records';
import { LIBRARY_DB_NAME, type ItemBody, type LibraryList, type MetaRow, type ReadStatus, type SavedItem, type SavedItemRow } from './types';
import { normaliseUrl } from './url';

/**
 * The library's IndexedDB database. Schema changes add a new `version(n)` with an `upgrade`
 * step; earlier versions stay listed so Dexie can migrate any older install.
 *
 * - v1 (foundation): `articles` rows held the whole extracted article.
 * - v2: `articles` holds light rows (metadata, citation, reader's data) for fast listing;
 *   bodies move to `bodies`; `lists` (with the default "Reading list") and `meta` (the persisted
 *   search index) are new.
 */
export class LibraryDb extends Dexie {
  articles!: EntityTable<SavedItemRow, 'url'>;
  bodies!: EntityTable<ItemBody, 'url'>;
  lists!: EntityTable<LibraryList, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = LIBRARY_DB_NAME) {
    super(name);
    this.version(1).stores({ articles: 'url, savedAt, status, *tags' });
    this.version(2)
      .stores({
        // Few indexes: every index entry is written on each save and import. Filtering by status,
        // tag, list or site happens in memory on the rows the library page holds anyway.
        articles: 'url, savedAt, updatedAt',
        bodies: 'url',
        lists: 'id',
        meta: 'key',
      })
      .upgrade((tx) => upgradeToV2(tx, Date.now()));
    this.on('populate', (tx) => {
      void tx.table('lists').add(defaultList());
    });
    trackFirstLook(this);
  }

  /**
   * Follows the result of a query: it runs again whenever a write (in any extension context)
   * may have changed it. A method here so pages that load this module lazily get it with it.
   */
  observe<T>(querier: () => Promise<T>): Observable<T> {
    return liveQuery(querier);
  }
}

/** A row as version 1 stored it. */
export interface V1Row {
  url: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  excerpt: string | null;
  status: ReadStatus;
  tags: string[];
  savedAt: number;
  article: Article | null;
  summary?: ArticleSummary | null;
  nations?: NationTags | null;
}

/** A version 1 row as a version 2 item: the article's body and metadata are spread into fields. */
export function upgradeV1Row(old: V1Row, now: number): SavedItem | null {
  const base = old.article ? itemFromArticle(old.article, 'legacy', old.savedAt) : itemForLink(old.url, 'legacy', old.savedAt);
  if (!base) return null;
  return {
    ...base,
    url: normaliseUrl(old.url) ?? base.url,
    title: old.title || base.title,
    siteName: old.siteName ?? base.siteName,
    byline: old.byline ?? base.byline,
    published: old.published ?? base.published,
    excerpt: old.excerpt ?? base.excerpt,
    status: old.status,
    tags: old.tags ?? [],
    summary: old.summary ?? null,
    nations: old.nations ?? null,
    readAt: old.status === 'unread' ? null : now,
    updatedAt: now,
  };
}

async function upgradeToV2(tx: Transaction, now: number): Promise<void> {
  const articles = tx.table('articles');
  const olds = (await articles.toArray()) as V1Row[];
  await articles.clear();
  const items = new Map<string, SavedItem>();
  for (const old of olds) {
    const item = upgradeV1Row(old, now);
    // Normalising keys can make two v1 rows one item; the first saved one wins.
    if (item && (!items.has(item.url) || items.get(item.url)!.savedAt > item.savedAt)) items.set(item.url, item);
  }
  const parts = [...items.values()].map(splitItem);
  await articles.bulkPut(parts.map((p) => p.row));
  await tx.table('bodies').bulkPut(parts.map((p) => p.body));
  await tx.table('lists').put(defaultList());
}

let shared: LibraryDb | null = null;

/** The extension's one library database (opened lazily, shared by every caller in a context). */
export function libraryDb(): LibraryDb {
  shared ??= new LibraryDb();
  return shared;
}
