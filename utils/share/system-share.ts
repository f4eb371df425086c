import type { PreparedShare } from './prepare';

/** The part of `navigator` the Web Share API lives on; injected so tests can fake it. */
export interface WebShareHost {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
}

/** What the system share sheet receives: title, the one-line summary as text, and the clean URL. */
export function webShareData(p: PreparedShare): ShareData {
  return p.tldr ? { title: p.title, text: p.tldr, url: p.url } : { title: p.title, url: p.url };
}

/** The outcome of a Web Share attempt. */
export type WebShareResult = 'shared' | 'cancelled' | 'unsupported';

/**
 * Opens the system share sheet when the browser has one (Chrome on Windows, macOS and ChromeOS,
 * Safari, Firefox on Windows and Android). 'unsupported' tells the caller to fall back; a reader
 * closing the sheet gives 'cancelled', which needs no fallback.
 */
export async function shareWithSystem(host: WebShareHost, data: ShareData): Promise<WebShareResult> {
  if (typeof host.share !== 'function') return 'unsupported';
  if (typeof host.canShare === 'function' && !host.canShare(data)) return 'unsupported';
  try {
    await host.share(data);
    return 'shared';
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'name' in err && err.name === 'AbortError') return 'cancelled';
    // NotAllowedError (no user activation, blocked by policy) and others: use the fallback.
    return 'unsupported';
  }
}
