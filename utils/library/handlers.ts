import { browser, type Browser } from 'wxt/browser';
import { fetchArticle } from '@/utils/fetching/fetch-article';
import { t } from '@/utils/i18n';
import { handleInBackground } from '@/utils/messaging';
import { tabPage } from '@/utils/tabs/page-registry';
import { tabArticle } from '@/utils/tabs/tab-article';
import { saveFromLink, saveFromTab, type CaptureDeps } from './capture';
import { libraryDb } from './db';
import { flashSaveOutcome } from './save-feedback';

/** The keyboard command declared in wxt.config.ts (`commands`). */
export const SAVE_COMMAND = 'save-page';
const MENU_SAVE_PAGE = 'reelmark-save-page';
const MENU_SAVE_LINK = 'reelmark-save-link';

const deps: CaptureDeps = { db: libraryDb, tabArticle, fetchArticle: (url) => fetchArticle(url) };

/** The URL a tab shows: the content script's last report, else the tab's own URL. */
async function urlOf(tab: Browser.tabs.Tab): Promise<string | null> {
  return tab.id === undefined ? (tab.url ?? null) : ((await tabPage(tab.id))?.url ?? tab.url ?? null);
}

/** The menus are kept by the browser; they are (re)made when Reelmark is installed or starts. */
function createMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('libraryMenuSavePage'), contexts: ['page', 'selection', 'image'] });
    browser.contextMenus.create({ id: MENU_SAVE_LINK, title: t('libraryMenuSaveLink'), contexts: ['link'] });
  });
}

/**
 * Background side of the library: saving a tab for the popup, the "Save to Reelmark" context
 * menu (the page, or a link fetched in the background) and the keyboard shortcut. Reading and
 * editing the library happen in the pages themselves (see utils/library/README.md).
 */
export function registerLibraryHandlers(): void {
  handleInBackground({
    async saveTab({ tabId, source, summary }) {
      const page = await tabPage(tabId);
      const outcome = await saveFromTab(deps, tabId, page?.url ?? null, source ?? 'popup', summary);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.item;
    },
  });

  browser.runtime.onInstalled.addListener(createMenus);
  browser.runtime.onStartup?.addListener(createMenus);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void (async () => {
      const outcome =
        info.menuItemId === MENU_SAVE_LINK && info.linkUrl
          ? await saveFromLink(deps, info.linkUrl, 'link', (info as { linkText?: string }).linkText)
          : tab?.id !== undefined
            ? await saveFromTab(deps, tab.id, info.pageUrl ?? (await urlOf(tab)), 'context-menu')
            : ({ ok: false, error: t('libraryNoTab') } as const);
      await flashSaveOutcome(tab?.id, outcome);
    })();
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== SAVE_COMMAND) return;
    void (async () => {
      const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id === undefined) return;
      await flashSaveOutcome(target.id, await saveFromTab(deps, target.id, await urlOf(target), 'shortcut'));
    })();
  });
}
