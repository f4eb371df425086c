import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/en/messages.json';

/** Every key in `public/_locales/en/messages.json`; a missing key fails to compile. */
export type MessageKey = keyof typeof messages;

/**
 * Looks up a UI string through `browser.i18n`, so the browser's language picks the locale.
 * Falls back to the key itself where i18n is unavailable (never an empty label on screen).
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const text = browser.i18n?.getMessage?.(key, substitutions);
  return text || key;
}
