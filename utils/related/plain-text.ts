import { parseHTML } from 'linkedom';

const BLOCK_END = /<\/(p|div|li|h[1-6]|blockquote|figcaption|td|tr|section|article)>|<br\s*\/?>/gi;

/**
 * Plain text from an HTML fragment (feed descriptions, REST excerpts): tags dropped, entities
 * decoded, whitespace collapsed. Parsed with linkedom, which runs no scripts and loads nothing, so
 * it is safe on untrusted markup and works in the service worker.
 */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return '';
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_END, '$& ')}</body></html>`);
  document.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Shortens text to about `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
