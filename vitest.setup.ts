import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from './public/_locales/en/messages.json';
import { formatLocaleMessage, type LocaleMessage } from './utils/i18n-format';

// WXT's fake browser has no i18n; answer from the English messages like the browser would.
fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) =>
  formatLocaleMessage((messages as Record<string, LocaleMessage>)[key], substitutions);
