import {
  CHROME_TAGS,
  CONTENT_TOKENS,
  JUNK_ROLES,
  JUNK_TAGS,
  JUNK_TOKENS,
  LABEL_TEXT,
  WEAK_TOKENS,
  classTokens,
} from './boilerplate-patterns';
import { all, classAndId, linkDensity, removeNode, tagOf, textOf } from './dom';

/**
 * Strips page furniture from a CLONE of the page before the body is located: scripts and
 * widgets, hidden nodes, chrome (nav/aside/footer/header/forms), and blocks whose class, id, role
 * or aria-label says ad, share, newsletter, cookie, comments, related, popular, sidebar and so on.
 *
 * Safeguards keep the body: nothing that holds most of the page's paragraph text is removed, nor
 * an element marked as the article body (or an ancestor of one), nor <article>/<main>/<body>.
 */
export function preClean(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of all(doc, JUNK_TAGS.join(','))) {
    // Keep noscript images for the lead-image finder? It reads the original document, not this clone.
    removeNode(el);
  }
  removeHidden(doc);
  const totalText = paragraphText(body);
  const protectedNodes = protectedSet(doc);
  const canRemove = (el: Element): boolean => {
    if (protectedNodes.has(el)) return false;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
    // Never drop a block that carries most of the prose: the pattern was wrong for this page.
    const own = paragraphText(el);
    return !(totalText > 0 && own > totalText * 0.4);
  };

  for (const el of all(body, CHROME_TAGS.join(','))) {
    if (el.isConnected !== false && canRemove(el)) removeNode(el);
  }
  for (const el of all(body, '[role],[aria-label],[class],[id]')) {
    if (!el.parentNode) continue;
    if (!isJunk(el)) continue;
    if (canRemove(el)) removeNode(el);
  }
  removeLabels(body);
}

function removeHidden(doc: Document): void {
  for (const el of all(doc, '[hidden],[aria-hidden="true"],[style]')) {
    if (!el.parentNode) continue;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html') continue;
    if (el.hasAttribute('hidden')) {
      removeNode(el);
      continue;
    }
    const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (/display:none|visibility:hidden/.test(style)) {
      removeNode(el);
      continue;
    }
    // aria-hidden is also used on decorative wrappers of real text; only short ones go.
    if (el.getAttribute('aria-hidden') === 'true' && textOf(el).length < 200) removeNode(el);
  }
}

/** Text length of the paragraphs below `el` (cheap proxy for "how much prose is here"). */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of all(el, 'p')) n += (p.textContent ?? '').length;
  return n;
}

/** Elements marked as the article body, and all their ancestors. */
function protectedSet(doc: Document): Set<Element> {
  const out = new Set<Element>();
  const marked = all(doc, '[itemprop="articleBody"],[itemprop="articlebody"]');
  for (const el of all(doc, '[class],[id]')) {
    if (CONTENT_TOKENS.test(classAndId(el))) marked.push(el);
  }
  for (const el of marked) {
    for (let cur: Element | null = el; cur; cur = cur.parentElement) out.add(cur);
  }
  return out;
}

/** True when the element's role, class/id tokens or label say it is furniture. */
export function isJunk(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && JUNK_ROLES.has(role.toLowerCase())) return true;
  const tokens = classTokens(classAndId(el));
  let strong = false;
  let weak = false;
  for (const t of tokens) {
    if (JUNK_TOKENS.has(t)) {
      if (WEAK_TOKENS.has(t)) weak = true;
      else strong = true;
    }
  }
  if (strong) return true;
  if (!weak) return false;
  // Weak tokens: furniture only if there is no real prose inside.
  return !hasProse(el);
}

/** True when `el` holds at least one real paragraph (long, few links). */
export function hasProse(el: Element): boolean {
  for (const p of all(el, 'p')) {
    const t = textOf(p);
    if (t.length > 120 && linkDensity(p) < 0.3) return true;
  }
  return false;
}

const INLINE = new Set(['a', 'span', 'strong', 'em', 'small', 'b', 'i']);

/**
 * Removes labels whose whole text is an ad marker, "continue reading", a share button and the
 * like. An inline element only goes when it stands alone in its block, so a link reading
 * "Facebook" inside a sentence stays.
 */
function removeLabels(root: Element): void {
  for (const el of all(root, 'div,span,p,section,li,h2,h3,h4,h5,h6,a,strong,em,small,b,i')) {
    if (!el.parentNode) continue;
    const text = textOf(el);
    if (!text || text.length > 60 || !LABEL_TEXT.test(text)) continue;
    let target: Element = el;
    while (target.parentElement && tagOf(target.parentElement) !== 'body' && textOf(target.parentElement) === text) {
      target = target.parentElement;
    }
    if (INLINE.has(tagOf(target))) continue;
    removeNode(target);
  }
}
