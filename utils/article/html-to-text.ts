import { ELEMENT_NODE, TEXT_NODE } from './dom';

/**
 * Plain text from an extracted body. `textContent` glues words together across block boundaries
 * ("end.Next"), so this walks the tree and puts a blank line between blocks, a line break at <br>
 * and between list items, and a space between table cells.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL', 'SUMMARY', 'CENTER', 'TBODY', 'THEAD', 'TFOOT',
  'CAPTION',
]);
const LINE = new Set(['LI', 'TR', 'OPTION']);
const CELL = new Set(['TD', 'TH']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);


/** Soft limits so a pathological body cannot make text building quadratic or unbounded. */
const MAX_CHARS = 2_000_000;

/**
 * Converts `root` (an element or fragment) to plain text: paragraphs separated by blank lines,
 * whitespace collapsed inside them, <pre> kept verbatim. `skip` leaves out elements (e.g. captions).
 */
export function htmlToText(root: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  // Pending separator strength: 0 none, 1 space, 2 newline, 3 blank line.
  let pending = 0;

  const push = (s: string): void => {
    if (!s) return;
    if (parts.length) {
      if (pending === 3) parts.push('\n\n');
      else if (pending === 2) parts.push('\n');
      else if (pending === 1) parts.push(' ');
    }
    pending = 0;
    parts.push(s);
    length += s.length;
  };
  const breakAt = (level: number): void => {
    if (level > pending) pending = level;
  };

  const walk = (node: Node, inPre: boolean): void => {
    if (length > MAX_CHARS) return;
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      if (inPre) {
        push(raw);
        return;
      }
      if (/^\s/.test(raw)) breakAt(1);
      const collapsed = raw.replace(/\s+/g, ' ').trim();
      if (collapsed) {
        // Adjacent inline text joins without a space unless the source had whitespace.
        push(collapsed);
      }
      if (/\s$/.test(raw) && collapsed) breakAt(1);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c, inPre);
      return;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || SKIP.has(el.tagName)) return;
    if (skip?.(el)) return;
    if (tag === 'BR') {
      breakAt(2);
      return;
    }
    if (tag === 'IMG') {
      breakAt(1);
      return;
    }
    const block = BLOCK.has(tag) ? 3 : LINE.has(tag) ? 2 : CELL.has(tag) ? 1 : 0;
    if (block) breakAt(block);
    const pre = inPre || tag === 'PRE';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre);
    if (block) breakAt(block);
  };

  walk(root, false);
  // Join without adding spaces: `push` already emitted every separator that belongs there.
  return parts
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
