/** What the clipboard code needs from the page: injected so tests can fake it. */
export interface ClipboardHost {
  clipboard?: Pick<Clipboard, 'writeText'> & Partial<Pick<Clipboard, 'write'>>;
  ClipboardItem?: typeof ClipboardItem;
}

/**
 * Puts `text` on the clipboard; with `html`, also as rich text so editors keep the italics of a
 * citation. Falls back to plain text when the browser refuses rich clipboard items.
 */
export async function copyToClipboard(host: ClipboardHost, text: string, html?: string): Promise<void> {
  const { clipboard, ClipboardItem: Item } = host;
  if (!clipboard) throw new Error('Clipboard unavailable');
  if (html && Item && clipboard.write) {
    try {
      await clipboard.write([
        new Item({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers allow text only; the plain text is what matters.
    }
  }
  await clipboard.writeText(text);
}
