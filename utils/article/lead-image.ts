import { absoluteUrl, all, tagOf } from './dom';

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-orig-file', 'data-large-file', 'data-img-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'srcset'];
const JUNK_IMAGE = /(logo|icon|avatar|sprite|pixel|spacer|blank|placeholder|loading|spinner|1x1|gravatar|badge|emoji|button|tracking|feeds\.feedburner)/i;

/** The largest candidate of a srcset (by `w`, else by `x`, else the last one). */
export function largestFromSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: string | null = null;
  let bestSize = -1;
  // Candidates are "url size" separated by commas; URLs may themselves contain commas (CDN transforms).
  for (const m of srcset.matchAll(/(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,\s*|$)/g)) {
    const url = m[1];
    if (!url) continue;
    const size = m[2] ? Number(m[2]) * (m[3] === 'x' ? 1000 : 1) : 0;
    if (size >= bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** A placeholder src (data: URI, blank gif, spinner) that lazy loaders swap out later. */
function isPlaceholder(src: string | null): boolean {
  return !src || /^data:/i.test(src) || /(blank|placeholder|spacer|lazy|loading|grey|gray|transparent)\.(gif|png|svg|jpg)/i.test(src);
}

/** The real source of an image, looking through lazy-loading attributes, srcset and <picture>. */
export function imageSource(img: Element, base: string): string | null {
  const src = img.getAttribute('src');
  if (!isPlaceholder(src)) return absoluteUrl(src, base);
  for (const attr of LAZY_ATTRS) {
    const v = img.getAttribute(attr);
    if (v && !isPlaceholder(v)) return absoluteUrl(v, base);
  }
  for (const attr of LAZY_SRCSET) {
    const v = largestFromSrcset(img.getAttribute(attr));
    if (v && !isPlaceholder(v)) return absoluteUrl(v, base);
  }
  const picture = img.parentElement && tagOf(img.parentElement) === 'picture' ? img.parentElement : null;
  if (picture) {
    for (const source of all(picture, 'source')) {
      const v = largestFromSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset'));
      if (v && !isPlaceholder(v)) return absoluteUrl(v, base);
    }
  }
  return null;
}

/** An <img> inside a <noscript> (parsed as elements by DOMs without scripting, as text by browsers). */
function noscriptImage(noscript: Element, base: string): string | null {
  const img = noscript.querySelector('img');
  if (img) return imageSource(img, base);
  const m = /<img\b[^>]*?\s(?:data-src|src)\s*=\s*["']([^"']+)["']/i.exec(noscript.textContent ?? '');
  return m?.[1] ? absoluteUrl(m[1], base) : null;
}

function tooSmall(img: Element): boolean {
  const w = Number(img.getAttribute('width') ?? '0');
  const h = Number(img.getAttribute('height') ?? '0');
  return (w > 0 && w < 120) || (h > 0 && h < 80);
}

/**
 * The first real illustration inside `root`: skips logos, icons, avatars, tracking pixels and
 * tiny images; understands lazy loading (data-src, data-srcset, srcset, <picture>, <noscript>).
 */
export function findLeadImage(root: ParentNode, base: string): string | null {
  for (const el of all(root, 'img,noscript')) {
    if (tagOf(el) === 'noscript') {
      const src = noscriptImage(el, base);
      if (src && !JUNK_IMAGE.test(src)) return src;
      continue;
    }
    if (tooSmall(el)) continue;
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('alt') ?? ''}`;
    if (/\b(logo|avatar|icon|author|profile)\b/i.test(hint)) continue;
    const src = imageSource(el, base);
    if (src && !JUNK_IMAGE.test(src)) return src;
  }
  return null;
}
