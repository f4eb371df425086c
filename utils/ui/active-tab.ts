import { browser } from 'wxt/browser';

/**
 * The tab the popup is about: `?tabId=` when the popup page is opened bound to a tab (tests, and
 * the popup opened in a tab), otherwise the active tab of the current window.
 */
export async function resolvePopupTabId(location: Location): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
