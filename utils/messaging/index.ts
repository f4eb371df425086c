import type { BackgroundProtocol, ContentProtocol } from './protocol';
import { onMessages, sendMessage, sendTabMessage, type Handlers, type Req, type Res } from './messenger';

/** Ask the background something; typed by {@link BackgroundProtocol}. */
export function askBackground<K extends keyof BackgroundProtocol & string>(
  type: K,
  data: Req<BackgroundProtocol, K>,
): Promise<Res<BackgroundProtocol, K>> {
  return sendMessage<BackgroundProtocol, K>(type, data);
}

/** Ask a tab's content script something; typed by {@link ContentProtocol}. */
export function askTab<K extends keyof ContentProtocol & string>(
  tabId: number,
  type: K,
  data: Req<ContentProtocol, K>,
): Promise<Res<ContentProtocol, K>> {
  return sendTabMessage<ContentProtocol, K>(tabId, type, data);
}

/** Register background handlers (call once per domain from `entrypoints/background.ts`). */
export const handleInBackground = (handlers: Handlers<BackgroundProtocol>): (() => void) => onMessages(handlers);

/** Register content-script handlers. */
export const handleInContent = (handlers: Handlers<ContentProtocol>): (() => void) => onMessages(handlers);

export type { BackgroundProtocol, ContentProtocol };
