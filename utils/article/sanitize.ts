import createDOMPurify from 'dompurify';
import { absoluteUrl, tagOf } from './dom';
import { imageSource } from './lead-image';
import { LIMITS } from './limits';

/** Tags kept in the body HTML; anything else is unwrapped (its children kept) or dropped. */
const KEEP = new Set([
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'pre',
  'code', 'em', 'strong', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'abbr', 'time', 'a', 'img', 'figure',
  'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'hr', 'div', 'section',
]);
/** Tags dropped with everything inside. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'link', 'meta', 'head', 'title', 'base', 'frame', 'frameset']);
const VOID = new Set(['br', 'hr', 'img']);
const ATTRS: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'],
  blockquote: ['cite'],
  q: ['cite'],
  abbr: ['title'],
  ol: ['start', 'reversed'],
};

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'hr', 'br', 'picture', 'img']);

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && BLOCKS.has(tagOf(node as Element));
}

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    const t = tagOf(child);
    if (t !== 'br' && t !== 'img' && BLOCKS.has(t)) return true;
  }
  return false;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Serialises `root`'s children with a strict allowlist: known tags only (h1 becomes h2, wrappers
 * unwrapped), a few attributes, links and images made absolute and limited to http(s), lazy
 * images given their real source. The output is safe by construction, whatever the DOM.
 */
export function serializeClean(root: Element, base: string): string {
  const out: string[] = [];
  let size = 0;
  const emit = (s: string): void => {
    out.push(s);
    size += s.length;
  };
  const walk = (node: Node, inPre: boolean): void => {
    if (size > LIMITS.maxHtmlChars) return;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      if (inPre) {
        emit(escapeText(raw));
        return;
      }
      // Indentation between blocks is noise; inside text one space keeps words apart.
      if (!raw.trim() && (isBlock(node.previousSibling) || isBlock(node.nextSibling) || !node.previousSibling || !node.nextSibling)) return;
      emit(escapeText(raw.replace(/\s+/g, ' ')));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    let tag = tagOf(el);
    if (DROP.has(tag)) return;
    if (tag === 'h1') tag = 'h2';
    // DOM surgery can leave blocks inside a <p>, which no parser would produce: make it a <div>.
    if (tag === 'p' && hasBlockChild(el)) tag = 'div';
    if (!KEEP.has(tag)) {
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inPre);
      return;
    }
    let attrs = '';
    for (const name of ATTRS[tag] ?? []) {
      let value: string | null = el.getAttribute(name);
      if (tag === 'img' && name === 'src') value = imageSource(el, base);
      else if (name === 'href' || name === 'cite') value = absoluteUrl(value, base);
      if (value === null || value === '') continue;
      if ((name === 'width' || name === 'height' || name === 'colspan' || name === 'rowspan' || name === 'start') && !/^\d{1,5}$/.test(value)) continue;
      attrs += ` ${name}="${escapeAttr(value)}"`;
    }
    if (tag === 'img' && !attrs.includes(' src=')) return;
    if (VOID.has(tag)) {
      emit(`<${tag}${attrs}>`);
      return;
    }
    emit(`<${tag}${attrs}>`);
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, inPre || tag === 'pre');
    emit(`</${tag}>`);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c, false);
  return out.join('').trim();
}

interface PurifyWindow {
  document: Document;
  Element: unknown;
}

function windowFor(doc: Document): PurifyWindow | null {
  const view: unknown = doc.defaultView;
  if (view && typeof view === 'object' && 'document' in view && 'Element' in view) return view as PurifyWindow;
  // Documents made by DOMParser (offscreen pages) have no view; the page's own window will do.
  const global: unknown = typeof window !== 'undefined' ? window : null;
  if (global && typeof global === 'object' && 'document' in global && 'Element' in global) return global as PurifyWindow;
  return null;
}

/**
 * Sanitises body HTML with DOMPurify, using the window of `doc` (content script, jsdom) or the
 * global window. Where no usable window exists (linkedom, workers) the input, which
 * `serializeClean` already made safe, is returned as is.
 */
export function sanitizeHtml(html: string, doc: Document): string {
  const win = windowFor(doc);
  if (!win) return html;
  try {
    const purify = createDOMPurify(win as unknown as Window & typeof globalThis);
    if (!purify.isSupported) return html;
    return purify.sanitize(html, {
      ALLOWED_TAGS: [...KEEP],
      ALLOWED_ATTR: [...new Set(Object.values(ATTRS).flat())],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    });
  } catch {
    return html;
  }
}
