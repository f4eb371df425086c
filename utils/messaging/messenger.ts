import { browser, type Browser } from 'wxt/browser';

/** The request type of message `K` in protocol `P`. */
export type Req<P, K extends keyof P> = P[K] extends (req: infer R) => unknown ? R : never;
/** The (awaited) response type of message `K` in protocol `P`. */
export type Res<P, K extends keyof P> = P[K] extends (req: never) => infer R ? Awaited<R> : never;

/** The envelope that travels over `runtime.sendMessage` / `tabs.sendMessage`. */
interface Envelope {
  reelmark: 1;
  type: string;
  data: unknown;
}

/** What the receiving side answers: a value, or an error turned into plain data. */
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/** Handlers for some or all of a protocol's messages. */
export type Handlers<P> = {
  [K in keyof P]?: (req: Req<P, K>, sender: Browser.runtime.MessageSender) => Res<P, K> | Promise<Res<P, K>>;
};

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as Partial<Envelope>).reelmark === 1;
}

function unwrap(reply: unknown, type: string): unknown {
  if (reply === undefined) throw new Error(`No receiver answered "${type}"`);
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * Sends a message to the extension's background (or any extension page listening) and resolves
 * with the typed answer. Errors thrown by the handler are re-thrown here with their message.
 */
export async function sendMessage<P, K extends keyof P & string>(type: K, data: Req<P, K>): Promise<Res<P, K>> {
  const envelope: Envelope = { reelmark: 1, type, data };
  return unwrap(await browser.runtime.sendMessage(envelope), type) as Res<P, K>;
}

/** Sends a message to the content script of one tab (top frame). */
export async function sendTabMessage<P, K extends keyof P & string>(
  tabId: number,
  type: K,
  data: Req<P, K>,
): Promise<Res<P, K>> {
  const envelope: Envelope = { reelmark: 1, type, data };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }), type) as Res<P, K>;
}

/**
 * Registers handlers for a protocol. Dispatch is a lookup in the handler map, so a message with
 * no handler here is left for other listeners. Returns a function that removes the listener.
 */
export function onMessages<P>(handlers: Handlers<P>): () => void {
  const listener = (msg: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(msg)) return undefined;
    const handler = (handlers as Record<string, ((req: unknown, s: typeof sender) => unknown) | undefined>)[msg.type];
    if (!handler) return undefined;
    return (async (): Promise<Reply> => {
      try {
        return { ok: true, value: await handler(msg.data, sender) };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
