import { settingsItem } from '@/utils/storage/items';
import { copyToClipboard } from './clipboard';
import { normaliseMastodonInstance } from './mastodon-instance';
import { openShareUrl } from './open-url';
import type { WebShareHost } from './system-share';

/** Everything sharing touches outside itself; the popup passes the real one, tests a fake. */
export interface ShareEnv {
  /** Opens a share link in a new tab. */
  openUrl(url: string): Promise<void>;
  /** Puts text (and optionally rich HTML) on the clipboard. */
  copy(text: string, html?: string): Promise<void>;
  /** The Web Share API, where the browser has it. */
  webShare: WebShareHost;
  /** The reader's Mastodon server from the settings, normalised, or null. */
  loadMastodonInstance(): Promise<string | null>;
  /** Remembers the reader's Mastodon server in the settings. */
  saveMastodonInstance(host: string): Promise<void>;
  /** Today, for citations' "accessed" dates and file names. */
  now(): Date;
}

/** The real environment of an extension page (popup, library). */
export function browserShareEnv(win: Window & { ClipboardItem?: typeof ClipboardItem }): ShareEnv {
  return {
    openUrl: openShareUrl,
    copy: (text, html) => copyToClipboard({ clipboard: win.navigator.clipboard, ClipboardItem: win.ClipboardItem }, text, html),
    webShare: win.navigator,
    loadMastodonInstance: async () => normaliseMastodonInstance((await settingsItem.getValue()).mastodonInstance),
    saveMastodonInstance: async (host) => {
      await settingsItem.setValue({ ...(await settingsItem.getValue()), mastodonInstance: host });
    },
    now: () => new Date(),
  };
}
