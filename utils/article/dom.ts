/**
 * Small DOM helpers shared by the engine. They use only what browsers, jsdom and linkedom all
 * implement (no layout, no innerText, no getComputedStyle) so they run in content scripts and Node.
 */

/** Node.ELEMENT_NODE and Node.TEXT_NODE, without needing a global `Node` (absent in workers and Node). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Lower-case tag name (`tagName` is upper-case in HTML documents but not in every DOM). */
export function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

/** Whitespace-collapsed textContent. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The class and id of an element as one string, for pattern tests. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return `${cls} ${id}`.trim();
}

/** Removes a node from its parent, if it has one. */
export function removeNode(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** All elements matching `selector`, as an array; an invalid selector in some DOM gives none. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The first element matching `selector`, or null (also on selector errors in minimal DOMs). */
export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Characters of text inside links below `el`. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of all(el, 'a')) n += textOf(a).length;
  return n;
}

/** Share of `el`'s text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  return total ? Math.min(1, linkTextLength(el) / total) : 0;
}

/** Resolves `href` against `base`; null when it cannot be a web URL. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(javascript|data|mailto|tel|about):/i.test(trimmed)) return null;
  try {
    const u = new URL(trimmed, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Number of words in `text` (CJK characters counted one by one, as readers do). */
export function countWords(text: string): number {
  // Chinese and Japanese do not put spaces between words; Korean does, so Hangul is left to the word count.
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g)?.length ?? 0;
  const rest = text.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g, ' ');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
  return words + cjk;
}

/** Number of elements in `doc` (linkedom answers 0 to getElementsByTagName('*'), so fall back to a selector). */
export function countElements(doc: Document): number {
  const live = doc.getElementsByTagName('*').length;
  if (live > 0) return live;
  try {
    return doc.querySelectorAll('*').length;
  } catch {
    return 0;
  }
}
