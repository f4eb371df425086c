import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { markTabBadge } from '@/utils/tabs/badge';
import { tabPage } from '@/utils/tabs/page-registry';
import type { SaveOutcome } from './capture';

/** How long the badge shows the result of a save before it shows the page's mark again. */
const FLASH_MS = 4000;

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function actionApi(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> {
  return browser.action ?? browser.browserAction;
}

/**
 * Tells the reader how a save from the menu or the shortcut went, with no extra permission: the
 * tab's badge flashes "OK" (or "!") and the toolbar button's tooltip says what was saved or what
 * went wrong; then the badge goes back to the page's own mark.
 */
export async function flashSaveOutcome(tabId: number | undefined, outcome: SaveOutcome): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const action = actionApi();
  const title = outcome.ok
    ? outcome.extracted
      ? t('librarySavedTooltip', outcome.item.title)
      : t('librarySavedLinkTooltip', outcome.item.title)
    : t('librarySaveFailedTooltip', outcome.error);
  try {
    await action.setBadgeBackgroundColor({ tabId, color: outcome.ok ? '#1a7f37' : '#b42318' });
    await action.setBadgeText({ tabId, text: outcome.ok ? t('librarySavedBadge') : t('librarySaveFailedBadge') });
    await action.setTitle({ tabId, title });
  } catch {
    return; // The tab closed meanwhile.
  }
  setTimeout(() => {
    void tabPage(tabId)
      .then((page) => markTabBadge(tabId, page))
      .catch(() => undefined);
  }, FLASH_MS);
}
