/**
 * The article body as a list of blocks (paragraphs, headings, list items, quotes), read either from
 * the body's sanitised HTML or from its plain text. A small tag scanner instead of a DOM keeps the
 * summariser pure: it runs the same in the popup, a worker and Node.
 */

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table' | 'code' | 'media';

/** One block of the body: its text (whitespace collapsed) and what kind of block it is. */
export interface BodyBlock {
  text: string;
  kind: BlockKind;
  /** Share of the block's characters inside links (0..1); always 0 for plain text. */
  linkShare: number;
  /** Share of the block's characters in italics or small print (`em`, `i`, `small`, `cite`), 0..1. */
  emphasisShare?: number;
  /** Inside an element whose class or id names page furniture (caption, share, related, promo...). */
  marked?: boolean;
  /** The block holds a `<time>` element: a dateline. */
  hasTime?: boolean;
  /** For `media` blocks (an image with no text): what the image links to. */
  mediaLink?: 'page' | 'file' | null;
}

/** Elements whose text is never part of what the article says: captions, forms, embedded UI. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio',
  'canvas', 'figcaption', 'button', 'select', 'textarea', 'form', 'nav', 'aside', 'footer', 'label', 'head',
  'title', 'dialog', 'header',
]);
/** Elements that start and end a block. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'hgroup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt',
  'dd', 'dl', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'table', 'caption', 'tr', 'td', 'th', 'thead',
  'tbody', 'tfoot', 'details', 'summary', 'address', 'center', 'br', 'hr', 'img', 'picture',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed', 'param', 'track', 'base']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»', eacute: 'é',
};

/** Decodes the entities HTML serialisers write (`&amp;`, `&nbsp;`, numeric ones, a few common names). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Collapses whitespace runs to one space and trims; how body text is compared everywhere. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!?[^>]*>|[^<]+|</g;

interface OpenElement {
  name: string;
  /** This element hides its content from the summary (a caption, a form, `hidden`). */
  skips: boolean;
  /** Its class or id names page furniture. */
  marks: boolean;
  /** For links: where they point. */
  href?: string;
}

/** Class and id words that name page furniture rather than the article's text. */
const FURNITURE =
  /(?:^|[\s_-])(?:captions?|credits?|byline|dateline|share|sharing|social|related|newsletter|promo|advert|adverts|ads?|sponsor(?:ed)?|subscribe|signup|breadcrumbs?|tags|comments?|author-?bio|bio|dek|standfirst|summary|teaser|recirc|outbrain|taboola|popular|trending|read-?more|more-?stories)(?:$|[\s_-])/i;
const EMPHASIS = new Set(['em', 'i', 'small', 'cite']);
const HIDDEN = /(?:^|\s)hidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true/i;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)/i;

function attribute(attrs: string, name: string): string {
  const m = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
}

/**
 * Reads the blocks of a body from its HTML. Captions, forms, asides, navigation and embeds are
 * left out; images become empty `media` blocks so caption and teaser rules can see them.
 */
export function blocksFromHtml(html: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const open: OpenElement[] = [];
  let skipDepth = 0;
  let markDepth = 0;
  let linkDepth = 0;
  let emphasisDepth = 0;
  let buffer = '';
  let linkChars = 0;
  let emphasisChars = 0;
  let hasTime = false;
  let bufferKind: BlockKind = 'paragraph';
  let bufferMarked = false;

  const kindNow = (): BlockKind => {
    let kind: BlockKind = 'paragraph';
    for (const { name } of open) {
      if (/^h[1-6]$/.test(name)) return 'heading';
      if (name === 'pre') return 'code';
      if (name === 'blockquote') kind = 'quote';
      else if ((name === 'li' || name === 'dd' || name === 'dt') && kind === 'paragraph') kind = 'list-item';
      else if ((name === 'td' || name === 'th') && kind !== 'quote') kind = 'table';
    }
    return kind;
  };

  const flush = (): void => {
    const text = normaliseSpace(buffer);
    const chars = buffer.replace(/\s+/g, ' ').length;
    if (text) {
      const block: BodyBlock = { text, kind: bufferKind, linkShare: chars ? Math.min(1, linkChars / chars) : 0 };
      if (emphasisChars) block.emphasisShare = Math.min(1, emphasisChars / chars);
      if (bufferMarked) block.marked = true;
      if (hasTime) block.hasTime = true;
      blocks.push(block);
    }
    buffer = '';
    linkChars = 0;
    emphasisChars = 0;
    hasTime = false;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const [whole, closing, rawName, attrs = ''] = m;
    if (rawName === undefined) {
      if (skipDepth > 0 || whole.startsWith('<!') || whole.startsWith('<?')) continue;
      const text = decodeEntities(whole);
      if (!buffer.trim()) {
        bufferKind = kindNow();
        bufferMarked = markDepth > 0;
      }
      buffer += text;
      if (linkDepth > 0) linkChars += text.replace(/\s+/g, ' ').length;
      if (emphasisDepth > 0) emphasisChars += text.replace(/\s+/g, ' ').length;
      continue;
    }
    const name = rawName.toLowerCase();
    if (!closing) {
      if (skipDepth === 0 && BLOCKS.has(name)) flush();
      if (name === 'img' && skipDepth === 0) {
        const link = [...open].reverse().find((e) => e.name === 'a');
        const mediaLink = link ? (!link.href || IMAGE_FILE.test(link.href) ? 'file' : 'page') : null;
        blocks.push({ text: '', kind: 'media', linkShare: link ? 1 : 0, mediaLink });
      }
      if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
      const skips = SKIPPED.has(name) || HIDDEN.test(attrs);
      const marks = FURNITURE.test(`${attribute(attrs, 'class')} ${attribute(attrs, 'id')}`);
      const el: OpenElement = { name, skips, marks };
      if (name === 'a') el.href = attribute(attrs, 'href');
      open.push(el);
      if (skips) skipDepth++;
      if (marks) markDepth++;
      if (name === 'a') linkDepth++;
      if (EMPHASIS.has(name)) emphasisDepth++;
      if (name === 'time') hasTime = true;
      continue;
    }
    const at = open.map((e) => e.name).lastIndexOf(name);
    if (at < 0) continue;
    // Close whatever was left open inside the element as well (serialised HTML has none, but be safe).
    while (open.length > at) {
      const el = open.pop();
      if (el?.skips) skipDepth--;
      if (el?.marks) markDepth--;
      if (el?.name === 'a') linkDepth = Math.max(0, linkDepth - 1);
      if (el && EMPHASIS.has(el.name)) emphasisDepth = Math.max(0, emphasisDepth - 1);
    }
    if (skipDepth === 0 && BLOCKS.has(name)) flush();
  }
  flush();
  return blocks;
}

/** A line without closing punctuation that is short enough to be a subheading. */
const HEADING_LIKE_WORDS = 12;

/**
 * Reads the blocks of a body from its plain text (paragraphs separated by blank lines, list items
 * and `<br>` on lines of their own). A short line with no closing punctuation followed by a
 * paragraph is taken for a subheading.
 */
export function blocksFromText(text: string): BodyBlock[] {
  const lines = text
    .split(/\n/)
    .map((line) => normaliseSpace(line))
    .filter(Boolean);
  return lines.map((line, i) => {
    const next = lines[i + 1];
    const words = line.split(' ').length;
    const heading =
      words <= HEADING_LIKE_WORDS &&
      !/[.!?…:;,。！？」』"”'’)]$/u.test(line) &&
      next !== undefined &&
      next.split(' ').length > words * 2;
    return { text: line, kind: heading ? 'heading' : 'paragraph', linkShare: 0 };
  });
}
