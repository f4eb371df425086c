import { computed, signal } from '@preact/signals';
import type { Article, PageSummary } from '@/utils/article/types';
import type { ArticleSummary } from '@/utils/summary/types';
import { normaliseUrl } from '@/utils/library/url';
import type { BackgroundProtocol } from '@/utils/messaging';
import type { Req, Res } from '@/utils/messaging/messenger';
import { createRecentModel, directLibrary, type RecentLibrary } from './recent-model';

/** How the popup talks to the background; injected so tests can fake it. */
export type Ask = <K extends keyof BackgroundProtocol & string>(
  type: K,
  data: Req<BackgroundProtocol, K>,
) => Promise<Res<BackgroundProtocol, K>>;

export type LoadState = 'loading' | 'ready' | 'not-article' | 'unavailable' | 'error';
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The popup's state, outside any component: which tab it is about, what the page is, the
 * extracted article, the save action and the saved items.
 */
export function createPopupModel(ask: Ask, library: RecentLibrary = directLibrary()) {
  const tabId = signal<number | null>(null);
  const page = signal<PageSummary | null>(null);
  const article = signal<Article | null>(null);
  const state = signal<LoadState>('loading');
  const saveState = signal<SaveState>('idle');
  const recent = createRecentModel(library);
  const saved = recent.items;
  const error = signal<string | null>(null);

  const title = computed(() => article.value?.title || page.value?.title || '');
  const siteName = computed(() => article.value?.siteName ?? page.value?.siteName ?? null);
  const canSave = computed(() => tabId.value !== null && (state.value === 'ready' || state.value === 'not-article'));
  const currentUrl = computed(() => article.value?.canonical ?? page.value?.url ?? null);
  const isSaved = computed(() => {
    const key = normaliseUrl(currentUrl.value);
    return key !== null && saved.value.some((item) => item.url === key);
  });

  const refreshSaved = () => recent.load();
  let firstRecent: Promise<void> | null = null;

  /**
   * Starts reading the recent items once, as early as the popup can: the list is the first thing
   * shown, and it does not depend on which tab the popup is about.
   */
  const prefetchRecent = (): Promise<void> => (firstRecent ??= refreshSaved().catch(() => undefined));

  /** Loads everything for `id`: the quick page report first, then the full article. */
  async function load(id: number | null): Promise<void> {
    tabId.value = id;
    const savedLoad = prefetchRecent();
    if (id === null) {
      state.value = 'unavailable';
      await savedLoad;
      return;
    }
    try {
      page.value = await ask('getTabSummary', { tabId: id });
      if (!page.value) {
        state.value = 'unavailable';
        return;
      }
      article.value = await ask('getTabArticle', { tabId: id });
      state.value = article.value?.isArticle || page.value.detection.isArticle ? 'ready' : 'not-article';
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      state.value = page.value ? 'not-article' : 'error';
    } finally {
      await savedLoad;
    }
  }

  /** Saves the tab's article (with the summary the reader was shown, if any) and refreshes the list. */
  async function save(summary?: ArticleSummary | null): Promise<void> {
    if (tabId.value === null) return;
    saveState.value = 'saving';
    try {
      await ask('saveTab', { tabId: tabId.value, summary });
      saveState.value = 'saved';
      await refreshSaved();
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
      saveState.value = 'error';
    }
  }

  return { tabId, page, article, state, saveState, saved, recent, error, title, siteName, canSave, isSaved, prefetchRecent, load, save };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
