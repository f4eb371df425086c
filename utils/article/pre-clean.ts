import {
  CAPTION_TOKENS,
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
  // Prose is measured in <p> text; pages that write no <p> (div soup, <br> text) use all text.
  const paragraphTotal = paragraphText(body);
  const byParagraphs = paragraphTotal >= 500;
  const measure = (el: Element): number => (byParagraphs ? paragraphText(el) : (el.textContent ?? '').length);
  const totalText = byParagraphs ? paragraphTotal : (body.textContent ?? '').length;
  const protectedNodes = protectedSet(doc);
  const canRemove = (el: Element): boolean => {
    if (protectedNodes.has(el)) return false;
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
    // Never drop a block that carries most of the prose: the pattern was wrong for this page.
    if (totalText <= 0) return true;
    // Cheap bound first: a block with little text of any kind cannot hold most of the prose.
    if ((el.textContent ?? '').length <= totalText * 0.4) return true;
    return measure(el) <= totalText * 0.4;
  };

  for (const el of all(body, CHROME_TAGS.join(','))) {
    if (el.parentNode && canRemove(el)) removeNode(el);
  }
  for (const el of all(body, '[role],[aria-label],[class],[id]')) {
    if (!el.parentNode) continue;
    if (!isJunk(el)) continue;
    if (canRemove(el)) removeNode(el);
  }
  markCaptions(body);
  removeLabels(body);
  removeTagLists(body);
  removeShortcodes(body);
  unwrapSingleBlocks(body);
}

/** Attribute that marks caption and credit text so it survives Readability's rewrapping. */
export const CAPTION_MARK = 'data-reelmark-caption';

/**
 * Marks captions and credits (and the blocks inside them) before extraction: Readability replaces
 * a `<div class="caption"><p>` by its `<p>`, which would lose the class that says "caption".
 */
function markCaptions(root: Element): void {
  for (const el of all(root, 'figcaption,[class],[id]')) {
    if (tagOf(el) !== 'figcaption' && !CAPTION_TOKENS.test(classAndId(el))) continue;
    if (textOf(el).length > 600) continue;
    el.setAttribute(CAPTION_MARK, '');
    for (const inner of all(el, 'p,div,span')) inner.setAttribute(CAPTION_MARK, '');
  }
}

/**
 * Tag lists: the highest ancestor of `rel=tag` links in which those links are most of the text
 * (so the "Tags:" label goes with them, and the paragraph around a single inline tag link stays).
 */
function removeTagLists(root: Element): void {
  for (const a of all(root, 'a[rel~="tag"],a[rel~="category"]')) {
    if (!a.parentNode) continue;
    let target: Element | null = null;
    for (let cur = a.parentElement; cur && cur !== root; cur = cur.parentElement) {
      const text = textOf(cur).length;
      let tagText = 0;
      for (const link of all(cur, 'a[rel~="tag"],a[rel~="category"]')) tagText += textOf(link).length;
      if (!text || tagText / text < 0.6) break;
      target = cur;
    }
    if (target?.parentNode && !hasProse(target)) removeNode(target);
  }
}

/** Unrendered WordPress shortcodes standing alone in a block (`[button link=…]Send[/button]`). */
function removeShortcodes(root: Element): void {
  for (const el of all(root, 'p,div')) {
    if (!el.parentNode || el.children.length > 3) continue;
    const head = el.firstChild;
    if (!head || head.nodeType !== 3 || !(head.nodeValue ?? '').trimStart().startsWith('[')) continue;
    const text = textOf(el);
    if (text.length < 400 && /^\[([a-z_-]+)\b[^\]]*\].*\[\/\1\]$/i.test(text)) removeNode(el);
  }
}

/** True when `el` has no text of its own outside its element children. */
function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return true;
  }
  return false;
}

/**
 * Lifts paragraphs and quotes out of wrappers that hold nothing else (`<div class="card"><div><p>`).
 * Readability judges such wrappers as link-heavy boxes and drops short paragraphs with a link, or
 * an embedded tweet, along with them; a bare <p> or <blockquote> is never dropped that way.
 */
function unwrapSingleBlocks(root: Element): void {
  for (const el of all(root, 'p,blockquote')) {
    let wrapper = el.parentElement;
    let target: Element | null = null;
    while (wrapper && wrapper !== root && /^(div|section|span)$/.test(tagOf(wrapper)) && wrapper.children.length === 1 && !hasOwnText(wrapper)) {
      target = wrapper;
      wrapper = wrapper.parentElement;
    }
    if (target?.parentNode) target.parentNode.replaceChild(el, target);
  }
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

const TOOLTIP_TOKENS = new Set(['tooltip', 'popover', 'hovercard', 'rollover']);
const EMBEDDED_POSTS = 'blockquote.twitter-tweet,blockquote.instagram-media,blockquote.tiktok-embed,blockquote.reddit-card,blockquote[class*="embed"]';

/** True when the element's role, class/id tokens or label say it is furniture. */
export function isJunk(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && JUNK_ROLES.has(role.toLowerCase())) return true;
  const tokens = classTokens(classAndId(el));
  // Page builders (Elementor, Divi, WPBakery) call every block a "widget" or "module", body included.
  const builder = tokens.some((t) => t === 'elementor' || t.startsWith('et_pb') || t === 'vc' || t === 'wpb');
  let strong = false;
  let weak = false;
  for (const t of tokens) {
    if (builder && (t === 'widget' || t === 'widgets' || t === 'module')) continue;
    if (JUNK_TOKENS.has(t)) {
      if (WEAK_TOKENS.has(t)) weak = true;
      else strong = true;
    }
  }
  // Screen-reader-only labels ("sr-only") repeat what buttons say; "read-more" boxes are promos.
  if (tokens.includes('sr') && tokens.includes('only')) return true;
  if (hasPair(tokens, 'read', 'more') || hasPair(tokens, 'also', 'read') || hasPair(tokens, 'see', 'also')) return true;
  if (isAuthorBox(el, tokens)) return true;
  if (!strong && !weak) return false;
  // Embedded posts (tweets, Instagram, TikTok) sit in "social" wrappers but are quoted content.
  if (el.querySelector(EMBEDDED_POSTS) !== null) return false;
  // A hover card sits inside a wrapper that also holds the linked name: remove the card, keep the name.
  if (tokens.some((t) => TOOLTIP_TOKENS.has(t))) {
    for (const inner of all(el, '[class],[id]')) {
      if (classTokens(classAndId(inner)).some((t) => TOOLTIP_TOKENS.has(t))) return false;
    }
  }
  if (strong) return true;
  // Weak tokens: furniture only if there is no real prose inside.
  return !hasProse(el);
}

function hasPair(tokens: string[], a: string, b: string): boolean {
  const i = tokens.indexOf(a);
  return i >= 0 && tokens[i + 1] === b;
}

/** An author box (name, photo, short bio, links to the author page): about the writer, not the story. */
function isAuthorBox(el: Element, tokens: string[]): boolean {
  if (!tokens.some((t) => t === 'author' || t === 'bio' || t === 'biography' || t === 'authorbox' || t === 'about')) return false;
  if (textOf(el).length > 700) return false;
  return el.querySelector('a[rel~="author"],a[href*="/author/"],a[href*="/authors/"],a[href*="/profile/"],img') !== null;
}

/** True when `el` holds at least one real paragraph (long, few links). */
export function hasProse(el: Element): boolean {
  const paragraphs = tagOf(el) === 'p' ? [el] : all(el, 'p');
  for (const p of paragraphs) {
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
    // Labels are small leaves; reading the text of every wrapper would cost time quadratic in depth.
    if (!el.parentNode || el.children.length > 2) continue;
    const text = textOf(el);
    if (!text || text.length > 90 || !LABEL_TEXT.test(text)) continue;
    let target: Element = el;
    while (target.parentElement && tagOf(target.parentElement) !== 'body' && textOf(target.parentElement) === text) {
      target = target.parentElement;
    }
    if (INLINE.has(tagOf(target))) continue;
    removeNode(target);
  }
}
