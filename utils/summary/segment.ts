/**
 * Sentence and word segmentation with `Intl.Segmenter`, so every language the runtime's ICU knows
 * works, including those that put no spaces between words (Japanese, Chinese, Thai).
 */

type Granularity = 'sentence' | 'word';

const segmenters = new Map<string, Intl.Segmenter>();

/** A locale `Intl.Segmenter` accepts for `lang`, or undefined for the runtime default. */
export function segmenterLocale(lang: string | null | undefined): string | undefined {
  if (!lang) return undefined;
  for (const candidate of [lang, lang.replace(/_/g, '-'), lang.split(/[-_]/)[0] ?? '']) {
    if (!candidate) continue;
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      // Not a well-formed tag (e.g. "english"); try a simpler form.
    }
  }
  return undefined;
}

function segmenter(lang: string | null | undefined, granularity: Granularity): Intl.Segmenter {
  const locale = segmenterLocale(lang);
  const key = `${locale ?? ''}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    // Construction is the costly part, so one per locale and granularity is kept for reuse.
    s = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, s);
  }
  return s;
}

/** A sentence as a slice of the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Abbreviations after which ICU breaks although the sentence goes on: initials, titles before a
 * name, abbreviated months and "No.". Kept to forms that rarely end a sentence ("etc." and "Inc."
 * often do, so they are not here).
 */
const NAME_ABBREVIATION =
  /(?:^|[\s([{"'“‘«.])(?:\p{L}|Mr|Mrs|Ms|Messrs|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Maj|Prof|Capt|Sgt|Mt|Ft|Mme|Mlle|Mgr|Hr|Pres|Rev|Hon|Adm|Atty|Supt|Jan|Feb|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No|Nr|Nos|Vol|vs|Sra|Srta|Sta|Dott|Ing)\.$/u;
/** A short piece ending in a lower-case abbreviation or a number with a full stop ("z. ", "Am 3. ", "1. "). */
const SHORT_STOP = /(?:^|\s)(?:\p{Ll}{1,2}|\d{1,4})\.$/u;
/** Text that cannot start a sentence: lower case, digits, closing quotes and brackets, list punctuation. */
const CONTINUATION = /^[\p{Ll}\d»”’)\]}.,;:!?。、，]/u;

/**
 * ICU segmentation in V8 slows down more than linearly with the length of the string, so long
 * text is segmented in pieces of about this many characters, cut after a sentence end where there
 * is one, else at a space.
 */
const PIECE_CHARS = 1500;

/** Start offsets of the pieces `text` is segmented in. */
function pieceStarts(text: string): number[] {
  const starts = [0];
  let from = 0;
  while (text.length - from > PIECE_CHARS) {
    const window = text.slice(from, from + PIECE_CHARS);
    const sentenceEnd = Math.max(
      ...[...window.matchAll(/[.!?。！？]["”’»」)]*\s+|[。！？]/gu)].map((m) => m.index + m[0].length),
      -1,
    );
    const space = window.lastIndexOf(' ');
    const cut = sentenceEnd > PIECE_CHARS / 3 ? sentenceEnd : space > PIECE_CHARS / 3 ? space + 1 : PIECE_CHARS;
    from += cut;
    starts.push(from);
  }
  return starts;
}

/** Segments of `text` at `granularity`, as [index, segment, isWordLike], piece by piece. */
function* segments(text: string, lang: string | null | undefined, granularity: Granularity): Generator<Intl.SegmentData> {
  const starts = pieceStarts(text);
  const s = segmenter(lang, granularity);
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k] ?? 0;
    const piece = text.slice(start, starts[k + 1] ?? text.length);
    for (const part of s.segment(piece)) yield { ...part, index: part.index + start, input: text };
  }
}

/**
 * Splits `text` into sentences. ICU breaks after every full stop followed by a capital, so
 * fragments such as "Gov. " or "Am 3. " are joined to what follows, and so is a piece that starts
 * like the middle of a sentence (a closing quote, a lower-case word).
 */
export function sentenceSpans(text: string, lang: string | null | undefined): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const part of segments(text, lang, 'sentence')) {
    const span = { start: part.index, end: part.index + part.segment.length };
    const prev = merged[merged.length - 1];
    if (prev && joinsNext(text.slice(prev.start, prev.end).trim(), part.segment.trim(), lang)) {
      prev.end = span.end;
    } else {
      merged.push(span);
    }
  }
  return splitUnpunctuatedThai(text, merged);
}

function joinsNext(prev: string, next: string, lang: string | null | undefined): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  if (CONTINUATION.test(next)) return true;
  if (NAME_ABBREVIATION.test(prev)) return true;
  return SHORT_STOP.test(prev) && countWords(prev, lang) <= 2;
}

const THAI = /[\u0E00-\u0E7F]/;
/** Length of a typical Thai sentence, in characters. */
const THAI_SENTENCE_CHARS = 60;

/**
 * Thai marks the end of a sentence with a space, not a full stop, and ICU then returns a whole
 * paragraph as one sentence. Long unpunctuated Thai spans are split at their spaces.
 */
function splitUnpunctuatedThai(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    if (!THAI.test(piece) || piece.trim().length < 120) {
      out.push(span);
      continue;
    }
    // A space also separates phrases, so pieces are grouped until they read like a sentence.
    const re = /\S+(?:\s+|$)/g;
    let chunk: SentenceSpan | null = null;
    for (let m = re.exec(piece); m; m = re.exec(piece)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (chunk && chunk.end - chunk.start < THAI_SENTENCE_CHARS) chunk.end = end;
      else out.push((chunk = { start, end }));
    }
  }
  return out;
}

/** The words of `text`, as ICU's word segmentation finds them (punctuation and spaces left out). */
export function wordsOf(text: string, lang: string | null | undefined): string[] {
  const words: string[] = [];
  for (const part of segments(text, lang, 'word')) if (part.isWordLike) words.push(part.segment);
  return words;
}

/** Number of words in `text`, counted by ICU so languages without spaces count properly. */
export function countWords(text: string, lang: string | null | undefined): number {
  let n = 0;
  for (const part of segments(text, lang, 'word')) if (part.isWordLike) n++;
  return n;
}
