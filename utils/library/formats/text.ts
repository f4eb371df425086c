/** Removes a leading byte-order mark (exports written on Windows often carry one). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decodes file bytes as UTF-8 text without a BOM. */
export function decodeText(bytes: Uint8Array): string {
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}

/** Splits a tag cell on a separator, trimming and dropping empty tags and repeats. */
export function splitTags(cell: string | null | undefined, separator: RegExp): string[] {
  return uniqueTags((cell ?? '').split(separator));
}

/** Tags trimmed, without empty ones and without repeats (case-insensitive); non-strings are ignored. */
export function uniqueTags(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const tag = value.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** Plain text of a sanitised HTML body: block elements become paragraphs separated by blank lines. */
export function textOfHtml(doc: Document): string {
  const blocks = doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td');
  const parts: string[] = [];
  blocks.forEach((el) => {
    if (el.querySelector('p, li, blockquote')) return;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
  });
  return parts.length ? parts.join('\n\n') : (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The number of words in a text. */
export function countWords(text: string): number {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** A title on one line: line breaks and runs of spaces (quoted cells may hold them) become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
