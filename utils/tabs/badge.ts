import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import type { PageSummary } from '@/utils/article/types';

/** MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls. */
function actionApi(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'> {
  return browser.action ?? browser.browserAction;
}

/**
 * Marks the toolbar badge of one tab: a check mark on article pages, nothing elsewhere.
 * The title says the same thing in words for screen readers and tooltips.
 */
export async function markTabBadge(tabId: number, page: PageSummary | null): Promise<void> {
  const action = actionApi();
  const isArticle = page?.detection.isArticle === true;
  await action.setBadgeText({ tabId, text: isArticle ? t('badgeArticle') : '' });
  if (isArticle) await action.setBadgeBackgroundColor({ tabId, color: '#7a2e1f' });
  await action.setTitle({ tabId, title: isArticle ? t('actionTitleArticle') : t('actionTitle') });
}
