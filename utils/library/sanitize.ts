import DOMPurify, { type Config, type WindowLike } from 'dompurify';

/**
 * What saved article HTML may contain: text, structure, links, images and media captions. No
 * scripts, styles, forms, frames or embedded objects, and no inline styles, so the reader's own
 * typography applies.
 */
const CONFIG: Config = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio', 'source', 'track', 'canvas', 'dialog'],
  FORBID_ATTR: ['style', 'srcset', 'sizes', 'background', 'ping', 'formaction'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
};

/**
 * A sanitiser bound to a window (a page's, or jsdom's in tests). Links open in a new tab without
 * sending the reader's page as referrer; images load lazily without a referrer.
 */
export function createSanitizer(win: WindowLike): (html: string) => string {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.nodeName.toLowerCase();
    if (tag === 'a' && node.getAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return (html) => String(purify.sanitize(html, CONFIG));
}
