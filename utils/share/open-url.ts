import { browser } from 'wxt/browser';

/**
 * Opens a share link in a new tab next to the current one. Every share target goes through
 * here, so there is one place that leaves the extension (and one place tests observe).
 * `tabs.create` needs no permission.
 */
export async function openShareUrl(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}
