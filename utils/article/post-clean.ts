import { CAPTION_TOKENS, DOMAIN_ONLY, JUNK_TOKENS, PROMO_LEAD, PROMO_WHOLE, RELATED_HEAD, TAIL_CTA, TAIL_TEXT, classTokens } from './boilerplate-patterns';
import { CAPTION_MARK } from './pre-clean';
import { all, classAndId, linkDensity, removeNode, tagOf, textOf } from './dom';

/** Leaf-ish blocks: the units post-cleaning judges one by one. */
const BLOCK_SELECTOR = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,figure,ul,ol,table,pre,section,dl,span,time,address';
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'ul', 'ol', 'table', 'pre', 'section', 'dl', 'address', 'article', 'header', 'footer', 'aside']);

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True for a block that contains no other block (its text is its own). */
function isLeafBlock(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (BLOCK_TAGS.has(tagOf(child))) return false;
  }
  return true;
}

/** The leaf blocks of `root` in document order. */
function leafBlocks(root: Element): Element[] {
  return all(root, BLOCK_SELECTOR).filter((el) => BLOCK_TAGS.has(tagOf(el)) && isLeafBlock(el));
}

/** A real paragraph of prose: long enough, few links. */
function isProse(el: Element): boolean {
  const t = textOf(el);
  return t.length >= 120 && linkDensity(el) < 0.35;
}

const DATE_LIKE =
  /(\b(19|20)\d{2}\b.*\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)?\d{2}\b|\b(19|20)\d{2}-\d{2}-\d{2}\b|\b(updated|published|posted|modified)\b|\b\d+\s+(minutes?|hours?|days?)\s+ago\b)/i;
// Case-sensitive on purpose: with the i flag \p{Lu} would match "By the time…" too.
const BYLINE_LIKE = /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Оо]т|[Аа]втор)\s+\p{Lu}/u;
/** Words of a date/author line in several languages ("Published", "Publicado por", "Tags:"). */
const META_WORDS = /\b(updated|published|posted|modified|written|publicado|publicada|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|opublikowano|categor[a-zíy]*|tags?)\b|\b(by|por|par|von|di)\s+\p{Lu}/iu;
const META_TOKENS = new Set(['byline', 'dateline', 'author', 'authors', 'date', 'time', 'timestamp', 'meta', 'published', 'updated', 'posted', 'pubdate', 'credit', 'source', 'kicker', 'eyebrow', 'category', 'label', 'breadcrumb', 'reading', 'readtime']);

/** The element, or a small wrapper around it (not the body container), has a byline/date/label class. */
function hasMetaClass(el: Element): boolean {
  for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    if (cur !== el && textOf(cur).length > 300) break;
    for (const t of classTokens(classAndId(cur))) if (META_TOKENS.has(t)) return true;
  }
  return false;
}

/** Short blocks before the first paragraph that are a byline, a date line, a kicker or a repeat of the title. */
function removeLeadingMeta(root: Element, title: string): void {
  const normTitle = normalise(title);
  for (const el of leafBlocks(root)) {
    if (!el.parentNode) continue;
    if (isProse(el)) break;
    const text = textOf(el);
    if (!text) continue;
    if (text.length > 200) break;
    const tag = tagOf(el);
    if (tag === 'figure' || el.querySelector('img,picture,video')) continue;
    const norm = normalise(text);
    const words = text.split(/\s+/).length;
    const isTitle = normTitle.length > 0 && (norm === normTitle || ((norm.length > 20 || norm.length >= normTitle.length * 0.5) && normTitle.includes(norm)));
    const bareLink = /^(doi:?\s*|https?:\/\/)\S+$/i.test(text);
    const metaLike =
      isTitle ||
      bareLink ||
      hasMetaClass(el) ||
      el.querySelector('time') !== null ||
      (BYLINE_LIKE.test(text) && text.length < 100 && words <= 12) ||
      (text.length < 120 && DATE_LIKE.test(text) && (words <= 10 || META_WORDS.test(text)));
    if (metaLike) removeNode(el);
  }
}

/** Inline promos: "Read more: …", "RELATED: …", all-caps link lines, bare "Read more" links. */
function removePromos(root: Element): void {
  for (const el of leafBlocks(root)) {
    if (!el.parentNode) continue;
    const text = textOf(el);
    if (!text || text.length > 300) continue;
    const links = el.querySelector('a') !== null;
    const density = links ? linkDensity(el) : 0;
    if (PROMO_WHOLE.test(text) && links) {
      removeNode(el);
      continue;
    }
    if (PROMO_LEAD.test(text) && density > 0.4) {
      removeNode(el);
      continue;
    }
    const letters = text.replace(/[^\p{L}]/gu, '');
    const upper = letters.replace(/[^\p{Lu}]/gu, '');
    if (links && density > 0.85 && letters.length >= 15 && upper.length / letters.length > 0.85) removeNode(el);
  }
}

/**
 * Credits, contact lines, bios, app pitches and link lists that trail the last paragraph. Walks
 * the leaf blocks backwards; link lists and their "You may also like" labels go whole, pitch and
 * credit lines go while they stay under a third of the text, and the walk stops at real prose.
 */
function removeTail(root: Element): void {
  const blocks = leafBlocks(root);
  const total = textOf(root).length;
  let removedTail = 0;
  let removedAny = false;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i];
    if (!el || !el.parentNode) continue;
    const text = textOf(el);
    if (!text) continue;
    const tag = tagOf(el);
    const density = linkDensity(el);
    const linky = density > 0.6 && (tag === 'li' || tag === 'ul' || tag === 'ol' || text.length < 200);
    const label = text.length < 80 && RELATED_HEAD.test(text);
    const heading = /^h[2-6]$/.test(tag) && text.length < 80 && removedAny;
    const signature = text.length < 60 && DOMAIN_ONLY.test(text);
    const tail = (text.length < 400 && TAIL_TEXT.test(text)) || (text.length < 160 && TAIL_CTA.test(text));
    if (linky || label || heading || signature) {
      removeNode(el);
      removedAny = true;
      continue;
    }
    if (tail && removedTail + text.length <= total * 0.3) {
      removedTail += text.length;
      removeNode(el);
      removedAny = true;
      continue;
    }
    if (isProse(el) || text.length > 200) break;
  }
}

/** Removes blocks whose class says furniture that the extractor let through (share rows, tag lists). */
function removeJunkLeftovers(root: Element): void {
  for (const el of all(root, '[class],[id]')) {
    if (!el.parentNode) continue;
    const tokens = classTokens(classAndId(el));
    if (!tokens.some((t) => JUNK_TOKENS.has(t))) continue;
    const text = textOf(el);
    if (text.length < 200 && !el.querySelector('img,picture,video,p')) removeNode(el);
  }
}

/** Photo credits written into captions or loose lines ("Photo: AP", "(Getty Images)", "Foto: dpa"). */
const CREDIT = /(^|[\s(])((photo|photograph|image|picture|illustration|video|credit|foto|bild|imagen|crédit)s?\s*(by|:)|getty images|shutterstock|alamy|ap photo|afp|epa-efe|reuters\/|©)/i;

/**
 * Marks short lines that are photo captions or credits but carry no caption markup: a credit line,
 * or a short block right after an image that names a photographer or agency. They stay in the
 * HTML and leave the text.
 */
function markLooseCaptions(root: Element): void {
  for (const el of leafBlocks(root)) {
    if (el.hasAttribute(CAPTION_MARK)) continue;
    const text = textOf(el);
    if (!text || text.length > 250 || !CREDIT.test(text)) continue;
    const prev = el.previousElementSibling;
    const afterImage = prev !== null && prev.querySelector('img,picture') !== null && textOf(prev).length < 20;
    const ownImage = el.querySelector('img,picture') !== null;
    const creditOnly = text.length < 80 && /^[([]?\s*((photo|photograph|image|picture|credit|foto|bild|imagen|crédit)s?\s*(by|:)|©)/i.test(text);
    if (afterImage || ownImage || creditOnly) el.setAttribute(CAPTION_MARK, '');
  }
}

/**
 * Cleans the body the extractor picked: drops the leading title/byline/date lines, inline promos,
 * trailing credits and pitches, and leftover furniture. Mutates `root` (part of a clone).
 */
export function postClean(root: Element, title: string): void {
  removeJunkLeftovers(root);
  removeLeadingMeta(root, title);
  removePromos(root);
  removeTail(root);
  markLooseCaptions(root);
  // Containers emptied by the removals above.
  for (const el of all(root, 'div,section,span,ul,ol,li,p').reverse()) {
    if (!textOf(el) && !el.querySelector('img,picture,video,audio,iframe,svg,table,hr,br')) removeNode(el);
  }
}

/** True for caption and credit elements: kept in the HTML body, left out of the plain text. */
export function isCaption(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figcaption' || el.hasAttribute(CAPTION_MARK)) return true;
  if (tag === 'figure') {
    // A figure is an illustration with its caption; a figure full of paragraphs is a wrapper.
    return all(el, 'p').reduce((n, p) => n + textOf(p).length, 0) < 300;
  }
  return CAPTION_TOKENS.test(classAndId(el));
}
