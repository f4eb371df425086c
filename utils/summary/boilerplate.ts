/**
 * General rules for text that may leak into an extracted body but is not what the article says:
 * ad labels, calls to action, share and newsletter prompts, photo captions and credits, bylines,
 * datelines, link lists. They look at the shape of the text only, never at a particular site.
 */
import type { BodyBlock } from './body-blocks';

/** Why a sentence cannot be a key point, or null when it can. */
export type RejectReason =
  | 'block-links'
  | 'marked'
  | 'teaser'
  | 'header'
  | 'fragment'
  | 'no-closing-punctuation'
  | 'call-to-action'
  | 'caption'
  | 'url'
  | 'shouting'
  | 'lead-in'
  | 'social'
  | 'editorial-note'
  | 'dateline'
  | 'table'
  | 'byline'
  | 'gap';

/** Fewest words a key point may have; shorter pieces are labels, datelines and fragments. */
export const MIN_POINT_WORDS = 6;

/** A block that is mostly link text is a list of links (related articles, tags, a share bar). */
export function isLinkBlock(block: BodyBlock): boolean {
  return block.kind !== 'media' && block.linkShare > 0.5;
}

/** Longest text, in words, still taken for a caption, a credit or a teaser blurb. */
const CAPTION_MAX_WORDS = 50;
/** A run of at least this many list items, each at least this much link text, is a list of other pieces. */
const LINKED_LIST_MIN = 3;
const LINKED_ITEM_SHARE = 0.25;
/** How many blocks at the end of a body may be an author bio. */
const BIO_WITHIN = 5;
/** How far into the body a dateline may sit for what comes before it to be header material. */
const DATELINE_WITHIN = 4;

const roughWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Block-level rules, for each block the reason its sentences cannot be points (or null):
 * - `block-links`: mostly link text (related lists, tag clouds, share bars);
 * - `marked`: inside an element whose class or id names furniture, unless such elements hold most
 *   of the body (then the names say nothing);
 * - `caption`: a short block carrying a photo credit ("(Photo by …)", "Getty Images"), a credit
 *   line ("Image: …"), and the text between an image and its credit;
 * - `teaser`: a short blurb under an image that links to another page (related-article cards),
 *   the items of a list under a "More stories" label, and lists whose every item carries a link;
 * - `byline`: an author bio among the last blocks ("Jane Doe is a critic who…");
 * - `table`: table cells, which hold data rather than sentences (used only when nothing else is);
 * - `header`: what comes before a dateline (`<time>`) at the top of the body: title, standfirst.
 */
export function blockRejections(blocks: BodyBlock[]): (RejectReason | null)[] {
  const reasons: (RejectReason | null)[] = blocks.map((b) => (isLinkBlock(b) ? 'block-links' : null));
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const marked = blocks.reduce((n, b) => n + (b.marked ? b.text.length : 0), 0);
  const trustMarks = marked <= total / 2;
  let afterPageImage = false;
  let inRelatedList = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'media') {
      afterPageImage = block.mediaLink === 'page';
      return;
    }
    const prev = blocks[i - 1];
    const words = roughWords(block.text);
    // A teaser card: an image linking elsewhere, maybe a kicker heading, then a short blurb.
    const teaser = afterPageImage && words <= CAPTION_MAX_WORDS;
    if (!(block.kind === 'heading' && words <= 8)) afterPageImage = false;
    // A list under a "More stories" / "Read also" label is a list of other articles.
    if (block.kind !== 'list-item') inRelatedList = false;
    if (reasons[i] || !block.text) return;
    if (trustMarks && block.marked) reasons[i] = 'marked';
    else if (block.kind === 'table') reasons[i] = 'table';
    else if (teaser) reasons[i] = 'teaser';
    else if (inRelatedList) reasons[i] = 'teaser';
    else if (words <= 8 && RELATED_LABEL.test(block.text) && blocks[i + 1]?.kind === 'list-item') {
      reasons[i] = 'call-to-action';
      inRelatedList = true;
    } else if (words <= CAPTION_MAX_WORDS && CREDIT.test(block.text)) reasons[i] = 'caption';
    else if (prev?.kind === 'media' && words <= CAPTION_MAX_WORDS / 2 && (block.emphasisShare ?? 0) > 0.8) reasons[i] = 'caption';
    else if (words <= CAPTION_MAX_WORDS / 2 && CAPTION.test(block.text)) {
      reasons[i] = 'caption';
      const before = blocks[i - 2];
      if (prev?.text && before?.kind === 'media' && roughWords(prev.text) <= CAPTION_MAX_WORDS) reasons[i - 1] = 'caption';
    }
  });
  // A list whose every item carries a link is a list of other pieces, blurb or not.
  for (let start = 0; start < blocks.length; ) {
    let end = start;
    while (blocks[end]?.kind === 'list-item') end++;
    const run = blocks.slice(start, end);
    if (run.length >= LINKED_LIST_MIN && run.every((b) => b.linkShare >= LINKED_ITEM_SHARE)) {
      for (let i = start; i < end; i++) reasons[i] ??= 'teaser';
    }
    start = Math.max(end, start + 1);
  }
  // Author bios close a body: "Jane Doe is a film critic based in Lyon. She has written…".
  const textBlocks = blocks.map((b, i) => (b.text ? i : -1)).filter((i) => i >= 0);
  for (const i of textBlocks.slice(-BIO_WITHIN)) {
    if (isBio(blocks[i]?.text ?? '') && roughWords(blocks[i]?.text ?? '') <= CAPTION_MAX_WORDS * 2) reasons[i] ??= 'byline';
  }
  const textual = blocks.map((b, i) => (b.text ? i : -1)).filter((i) => i >= 0);
  // A short block with a <time> near the top is a dateline; a <time> inside a paragraph is not.
  const dateline = textual
    .slice(0, DATELINE_WITHIN)
    .find((i) => blocks[i]?.hasTime && roughWords(blocks[i]?.text ?? '') <= CAPTION_MAX_WORDS / 2);
  if (dateline !== undefined) {
    for (const i of textual) {
      if (i > dateline) break;
      reasons[i] ??= 'header';
    }
  }
  return reasons;
}

/** Unicode-aware word starts and ends (`\b` in JavaScript only knows ASCII letters). */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/**
 * Builds one case-insensitive Unicode pattern from alternatives written with `\b`: a `\b` before a
 * letter or a group opens a word, any other closes one.
 */
function anyOf(alternatives: string[]): RegExp {
  const source = alternatives.join('|').replace(/\\b(?=(.?))/g, (_, next: string) => (/[(\p{L}]/u.test(next) ? WORD_START : WORD_END));
  return new RegExp(source, 'iu');
}

/** A label followed by a colon, dash or arrow: "Related: …", "Lire aussi → …". */
const LABEL_END = String.raw`\s*(?:[:|›»→—–-]|$)`;

/** Labels and prompts, in the languages Reelmark's readers use most, anchored at the start. */
const CALL_TO_ACTION = anyOf([
  // English
  String.raw`^(?:advertisement|advertising|sponsored(?: content)?|paid (?:content|post)|promoted (?:content|stories))\b`,
  String.raw`^(?:read (?:more|next|also|the full (?:story|article|report|review|interview))|also read|see also)\b`,
  String.raw`^(?:related|recommended|more from [^.!?]{1,40}|more on [^.!?]{1,40}|most popular|trending|top stories|you may also like|further reading|more stories|latest)(?: (?:articles?|stories|reading|content|posts|videos|links|coverage))?${LABEL_END}`,
  String.raw`^(?:watch|listen)(?: to)?(?: the| this)? (?:video|trailer|clip|podcast|episode)${LABEL_END}`,
  String.raw`^(?:sign up|subscribe|follow us|join us|register) (?:to|for|now|on|today|here|free)\b`,
  String.raw`^(?:share|tweet|email|pin)(?: (?:this|on|via|to)\b|\s*$)`,
  String.raw`^(?:print|save|bookmark) this\b`,
  String.raw`^(?:click|tap|download|get) (?:here|the app|our app|now)\b`,
  String.raw`^check out (?:our|more|the latest)\b`,
  String.raw`^(?:listen|watch)\b[^.!?]{0,60}\b(?:live|listen back|on demand|podcast)\b`,
  String.raw`^(?:continue reading|keep reading|skip (?:to|advert)|back to top|scroll (?:down|to continue))\b`,
  // French, Spanish, German, Italian, Portuguese
  String.raw`^(?:publicité|lire aussi|lire la suite|à lire aussi|voir aussi|abonnez-vous|inscrivez-vous)\b`,
  String.raw`^(?:publicidad|lee también|leer más|ver también|suscríbete|suscríbase)\b`,
  String.raw`^(?:werbung|lesen sie auch|mehr zum thema|weiterlesen|jetzt abonnieren)\b`,
  String.raw`^(?:pubblicità|leggi anche|iscriviti)\b`,
  String.raw`^(?:publicidade|leia também|leia mais|assine)\b`,
  String.raw`^(?:anzeige|annonce|anuncio|partager|compartir|teilen|condividi|compartilhe)${LABEL_END}`,
]);

/** Prompts that give themselves away anywhere in the sentence. */
const PROMPT_ANYWHERE = anyOf([
  String.raw`\b(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|inbox|email|updates|alerts)\b`,
  String.raw`\b(?:newsletter|inbox)\b.{0,60}\b(?:sign up|subscribe|delivered|straight to|every (?:day|week|morning))\b`,
  String.raw`\b(?:delivered|sent|straight)\b.{0,30}\binbox\b`,
  String.raw`\b(?:follow us|like us) on\b`,
  String.raw`\b(?:cookies?|privacy policy|terms of (?:use|service))\b.{0,80}\b(?:accept|agree|consent|read our)\b`,
  String.raw`\bthis (?:article|story|post|piece|report) (?:was|has been|is|originally|first)\b.{0,40}\b(?:updated|published|appeared|produced|corrected|republished)\b`,
  String.raw`©|\ball rights reserved\b|\bcopyright \d{4}\b`,
  String.raw`\b(?:we may earn|earn a commission|affiliate commission)\b|\baffiliate\b.{0,30}\blinks?\b`,
  String.raw`\bmay (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b`,
  String.raw`\bprices? (?:are |is )?subject to change\b`,
  String.raw`\b(?:views|opinions) expressed\b.{0,60}\b(?:author|writer|contributor)s?\b`,
  String.raw`\b(?:this|our) (?:web ?)?site uses cookies\b`,
  String.raw`\b(?:get|receive|delivered)\b.{0,40}\b(?:inbox|letterbox)\b`,
  String.raw`\b\d+ issues for\b`,
  String.raw`\bif you (?:enjoyed|liked|found|appreciated) this (?:article|story|post|piece|report)\b`,
  String.raw`\bno paywalls?\b`,
  String.raw`\bfollow @[\w.]+`,
  String.raw`\bcontributed (?:reporting|research|additional reporting|to this (?:report|story|article))\b`,
  String.raw`\b(?:you can (?:follow|find) (?:him|her|them|me)|follow (?:him|her|them|me) on)\b`,
  String.raw`\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti)\b.{0,80}\b(?:moderat|approv|aprova|aprob|respect|guideline|policy|rules|règles|normas|regeln)`,
]);

/** A publication timestamp: a year and a clock time in a short line ("Updated 3:45 PM ET, Nov 18, 2019"). */
const TIMESTAMP_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const TIMESTAMP_TIME = /(?<!\d)\d{1,2}\s?[:h.]\s?\d{2}(?!\d)/u;
const TIMESTAMP_MAX_WORDS = 14;

/** A title with no name after it ("Rep. (D-Minn.)"): words were lost from the sentence, so it misquotes the page. */
const MISSING_NAME = /(?:^|\s)(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Prof|Gen|Sgt|Capt)\.\s*[(),;:]/u;

/** A notice under a shouted label: "ATTENTION: …", "UPDATE: …", "WATCH: …". */
const SHOUTED_LABEL = /^[\p{Lu}\p{N}][\p{Lu}\p{N}'’ ]{2,24}:\s/u;

/** Captions and credits: "Photo: …", "(Photo by …)", "… /Getty Images". */
const CAPTION = anyOf([
  String.raw`^(?:photo|photograph|image|picture|illustration|credit|video|graphic|foto|imagen|bild|photographie|crédit)s?\s*(?:\(|:|by\b|courtesy\b|credit\b|—|–|-\s)`,
  String.raw`\((?:photo|photograph|image|picture|credit|foto|imagen|bild)s?\b[^)]*\)\s*\.?$`,
  String.raw`\b(?:photo|photograph|image|picture|illustration|credit)s?\s*(?::|by\b)\s*[^.!?]{0,60}$`,
  String.raw`\b(?:getty images|shutterstock|alamy|istock(?:photo)?|ap photo)\s*\)?\s*\.?$`,
  String.raw`\/\s*(?:afp|reuters|epa|ap|getty)\b[^.!?]{0,30}$`,
  String.raw`^(?:in )?(?:this|these|an?)\b.{0,60}?\b(?:photos?|photographs?|images?|pictures?|file photo|handout)(?:,|\s+(?:shows?|provided|released|taken|made available)\b)`,
]);

/** A label over a list of other articles: "More Great Stories", "Related", "Lire aussi", "Читайте также". */
const RELATED_LABEL = anyOf([
  String.raw`^(?:more|related|recommended|popular|latest|trending|top|further|also|editors?'? picks)\b[^.!?]{0,40}$`,
  String.raw`\b(?:stories|articles|reading|posts|coverage|news|videos)\s*:?$`,
  String.raw`^(?:read|see|watch) (?:more|also|next)\b`,
  String.raw`^(?:lire aussi|à lire|sur le même sujet|voir aussi|lee también|te puede interesar|relacionad|mehr zum thema|weitere artikel|das könnte sie|leggi anche|leia também|читайте также|関連記事|相关)`,
]);

/** An author bio's opening: a name, then "is a … writer", "joined …", "covers …". */
const BIO_NAME = /^(?!(?:The|A|An|This|That|These|Its|His|Her|Our|Their|Le|La|Les|El|Los|Las|Der|Die|Das)\s)(?:\p{Lu}[\p{L}'’.-]+\s){1,3}/u;
const BIO_PREDICATE =
  /^(?:is (?:a|an|the)\b[^.!?]{0,80}\b(?:editor|writer|reporter|correspondent|journalist|contributor|columnist|critic|author|blogger|producer|native|freelancer|publisher)|joined\b|covers\b|writes (?:about|for)\b|has (?:been )?(?:reporting|writing|covering)\b)/i;

function isBio(text: string): boolean {
  const name = BIO_NAME.exec(text);
  return Boolean(name && BIO_PREDICATE.test(text.slice(name[0].length)));
}

/** A photo credit anywhere in a block: such short blocks are captions. */
const CREDIT = anyOf([
  String.raw`\((?:photo|photograph|image|picture|credit|foto|imagen|bild)s?\b[^)]{0,100}\)`,
  String.raw`\b(?:photo|photograph|image|picture)s?\s+(?:by|credit|courtesy)\b`,
  String.raw`\b(?:getty images|shutterstock|alamy|ap photo|istock(?:photo)?)\b`,
]);

/** "Editor's note", "Update:", "Correction:" notices. */
const EDITORIAL_NOTE = /^[([]?\s*(?:editor'?s note|update[ds]?|correction|clarification|disclosure|note)\s*[:—-]/iu;

/** A sentence that introduces a list or a quote rather than saying something ("Here's how:"). */
const LEAD_IN = /[:：]\s*$/u;

/** Closing punctuation of a sentence in the scripts the segmenter handles. */
const CLOSES = /[.!?…。！？؟।॥」』"”'’»)\]]$/u;

const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\w.-]+\.(?:com|org|net|co|io|fr|de|es|uk|ly|gl|me|tv)\/\S*|\S+@\S+\.\w+/giu;
const HANDLE_OR_TAG = /(?:^|\s)[@#][\p{L}\p{N}_]+/gu;

/** An ad label, a "Read also" or "Share" prompt, a sign-up call (any length). */
export function isCallToAction(text: string): boolean {
  const t = text.trim();
  return CALL_TO_ACTION.test(t) || PROMPT_ANYWHERE.test(t);
}

/**
 * Why `sentence` (whitespace-collapsed) is boilerplate or too slight to be a key point, or null.
 * `words` is its ICU word count.
 */
export function rejectReason(sentence: string, words: number): RejectReason | null {
  const text = sentence.trim();
  if (words < MIN_POINT_WORDS) return 'fragment';
  if (MISSING_NAME.test(text)) return 'gap';
  if (words <= TIMESTAMP_MAX_WORDS && TIMESTAMP_YEAR.test(text) && TIMESTAMP_TIME.test(text)) return 'dateline';
  if (CALL_TO_ACTION.test(text)) return 'call-to-action';
  if (EDITORIAL_NOTE.test(text) || SHOUTED_LABEL.test(text)) return 'editorial-note';
  if (PROMPT_ANYWHERE.test(text)) return 'call-to-action';
  if (CAPTION.test(text)) return 'caption';
  const urlChars = (text.match(URL_LIKE) ?? []).reduce((n, u) => n + u.length, 0);
  if (urlChars > 0 && urlChars / text.length > 0.15) return 'url';
  const handles = text.match(HANDLE_OR_TAG)?.length ?? 0;
  if (handles >= 2 && handles * 4 > words) return 'social';
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters >= 8 && upper / letters > 0.7) return 'shouting';
  if (LEAD_IN.test(text)) return 'lead-in';
  if (!CLOSES.test(text)) return 'no-closing-punctuation';
  return null;
}
