/**
 * The instant, extractive summary: key points and a TL;DR chosen among the sentences of the
 * article body, exactly as they stand there. Pure and deterministic (no DOM, no network), so the
 * popup, the background, a worker and Node scripts all get the same summary for the same body.
 */
import { blocksFromHtml, blocksFromText, normaliseSpace, type BodyBlock } from './body-blocks';
import { blockRejections, isCallToAction, MIN_POINT_WORDS, rejectReason, type RejectReason } from './boilerplate';
import { keyPointCount, SUMMARY_MIN_WORDS } from './point-count';
import { cosine, idfOf, rankSentences, termOf, vectorOf, Vocabulary, type RankInput, type TermVector } from './rank';
import { countWords, sentenceSpans, wordsOf } from './segment';
import type { ArticleSummary } from './types';

/** What the summariser reads: the clean body (text, and its HTML when there is one). */
export interface SummaryInput {
  /** Plain text of the body; paragraphs separated by blank lines. */
  text: string;
  /** Sanitised HTML of the same body: gives paragraph, heading, caption and link structure. */
  html?: string;
  /** BCP 47 language of the article, e.g. `fr`, `ja`; null when unknown. */
  lang: string | null;
  /** The article's title: a ranking cue only, never part of the summary. */
  title?: string;
}

/** One sentence of the body, with what the summariser learnt about it. */
export interface BodySentence {
  text: string;
  words: string[];
  block: number;
  /** Index among all sentences of the body. */
  order: number;
  kind: BodyBlock['kind'];
  opensBlock: boolean;
  afterHeading: boolean;
  /** Why it cannot be a key point, or null. */
  rejected: RejectReason | 'not-in-text' | null;
}

/** A TL;DR longer than this many words is shortened at a clause boundary, or another sentence is chosen. */
export const TLDR_MAX_WORDS = 40;
/** Two points more alike than this (tf-idf cosine) say the same thing; only the better one is kept. */
const REDUNDANT = 0.5;
/** Reasons that only make a sentence a weak point; used when a body has nothing better. */
const WEAK: ReadonlySet<RejectReason | 'not-in-text'> = new Set(['no-closing-punctuation', 'lead-in', 'table']);

/** A paragraph up to this long that carries a call to action is all promotion. */
const PROMO_BLOCK_WORDS = 60;
/** HTML blocks holding less than this share of the text mean the HTML and text disagree; the text wins. */
const HTML_COVERAGE = 0.4;

/** Reads the body's blocks: from the HTML when it carries the body's text, otherwise from the plain text. */
export function bodyBlocks(input: SummaryInput): BodyBlock[] {
  const fromHtml = input.html?.trim() ? blocksFromHtml(input.html) : [];
  const htmlChars = fromHtml.reduce((n, b) => n + b.text.length, 0);
  const textChars = normaliseSpace(input.text).length;
  if (htmlChars > 0 && htmlChars >= textChars * HTML_COVERAGE) return fromHtml;
  return blocksFromText(input.text);
}

/** Every sentence of the body in order, each marked with why it cannot be a key point (if so). */
export function bodySentences(input: SummaryInput): BodySentence[] {
  const blocks = bodyBlocks(input);
  const blockReasons = blockRejections(blocks);
  // Points must stand in the body text; HTML-only text (should the two disagree) is never used.
  const bodyText = normaliseSpace(input.text);
  const out: BodySentence[] = [];
  let afterHeading = false;
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') {
      // An ad label or a "Read also" line looks like a subheading in plain text but heads nothing.
      afterHeading = !isCallToAction(block.text);
      return;
    }
    if (block.kind === 'media') return;
    if (block.kind === 'code') {
      afterHeading = false;
      return;
    }
    const first = out.length;
    sentenceSpans(block.text, input.lang).forEach((span, i) => {
      const text = normaliseSpace(block.text.slice(span.start, span.end));
      if (!text) return;
      const words = wordsOf(text, input.lang);
      const inText = !bodyText || bodyText.includes(text);
      const rejected: BodySentence['rejected'] = inText ? (blockReasons[b] ?? rejectReason(text, words.length)) : 'not-in-text';
      out.push({
        text,
        words,
        block: b,
        order: out.length,
        kind: block.kind,
        opensBlock: i === 0,
        afterHeading: afterHeading && i === 0,
        rejected,
      });
    });
    // A short paragraph with a sign-up or "if you enjoyed this" prompt is a promotion throughout.
    const own = out.slice(first);
    if (own.some((s) => s.rejected === 'call-to-action') && countWords(block.text, input.lang) <= PROMO_BLOCK_WORDS) {
      for (const s of own) s.rejected = 'call-to-action';
    }
    afterHeading = false;
  });
  return out;
}

/**
 * The body without its boilerplate, for a model to read: subheadings, and in each block the
 * sentences that are not ads, captions, prompts, links or datelines (a lone fragment such as an
 * ad label goes too; fragments inside a paragraph stay).
 */
export function cleanBodyBlocks(input: SummaryInput): BodyBlock[] {
  const blocks = bodyBlocks(input);
  const sentences = bodySentences(input);
  const kept = new Map<number, string[]>();
  const perBlock = new Map<number, number>();
  for (const s of sentences) perBlock.set(s.block, (perBlock.get(s.block) ?? 0) + 1);
  for (const s of sentences) {
    const keep =
      !s.rejected || WEAK.has(s.rejected) || (s.rejected === 'fragment' && (perBlock.get(s.block) ?? 0) > 1);
    if (keep) kept.set(s.block, [...(kept.get(s.block) ?? []), s.text]);
  }
  const out: BodyBlock[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'heading' && !isCallToAction(block.text)) out.push(block);
    const texts = kept.get(b);
    if (texts) out.push({ ...block, text: texts.join(' ') });
  });
  return out;
}

/** How well a sentence reads as a point on its own, from its length and form (0..1). */
function qualityOf(s: BodySentence): number {
  const n = s.words.length;
  let q = n < 9 ? 0.7 : n <= 45 ? 1 : n <= 70 ? 0.8 : 0.55;
  if (QUESTION.test(s.text)) q *= 0.75;
  if (OPENS_QUOTE.test(s.text)) q *= 0.9;
  if (s.kind === 'quote') q *= 0.75;
  else if (s.kind === 'list-item') q *= 0.9;
  if (s.rejected) q *= 0.5;
  return q;
}

/**
 * The sentences that may become the TL;DR and points: the clean ones, topped up with weak ones
 * (list lines, table cells, lead-ins; then short fragments) while there are fewer than `wanted`.
 */
function candidatesOf(sentences: BodySentence[], wanted: number): BodySentence[] {
  const pool = sentences.filter((s) => !s.rejected);
  if (pool.length < wanted) {
    pool.push(...sentences.filter((s) => s.rejected && WEAK.has(s.rejected) && s.words.length >= MIN_POINT_WORDS));
  }
  if (pool.length < wanted) pool.push(...sentences.filter((s) => s.rejected === 'fragment' && s.words.length >= 3));
  return pool.sort((a, b) => a.order - b.order);
}

/** The longest prefix of `text` ending at a clause boundary (; : — –) with at most `max` words, if any. */
function shortenAtClause(text: string, lang: string | null, max: number): string | null {
  const boundary = /\s*[;:—–]\s|\s+[-]\s+/gu;
  let best: string | null = null;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const prefix = text.slice(0, m.index).trim();
    const words = countWords(prefix, lang);
    if (words > max) break;
    if (words >= MIN_POINT_WORDS + 2) best = prefix;
  }
  return best;
}

/**
 * Summarises an article body: a one-line TL;DR (the best-ranked short sentence, or the top
 * sentence cut at a clause boundary) and 3 to 5 further key points (fewer for bodies under 150
 * words; see `keyPointCount`) in document order, each a sentence exactly as it stands in the body
 * (whitespace collapsed); the TL;DR's sentence is not repeated among them. Boilerplate that leaked
 * into the body (ad labels, captions, share and newsletter prompts, link lists) is never chosen.
 */
export function summarizeArticle(input: SummaryInput): ArticleSummary {
  const empty: ArticleSummary = { points: [], tldr: '', lang: input.lang, source: 'extractive' };
  const sentences = bodySentences(input);
  const bodyWords = countWords(input.text || sentences.map((s) => s.text).join(' '), input.lang);
  // A body long enough to need a summary gets its full count of points (plus the TL;DR) if it has the sentences.
  const candidates = candidatesOf(sentences, bodyWords >= SUMMARY_MIN_WORDS ? keyPointCount(bodyWords) + 1 : 1);
  if (!candidates.length) return empty;

  const vocabulary = new Vocabulary();
  const termCache = new Map<string, number>();
  const terms = (words: string[]) =>
    words.map((w) => {
      let id = termCache.get(w);
      if (id === undefined) termCache.set(w, (id = vocabulary.id(termOf(w, input.lang))));
      return id;
    });
  // idf over the whole body, so words common across it weigh little whatever the language.
  const idf = idfOf(sentences.map((s) => terms(s.words)));
  const vectors = candidates.map((s) => vectorOf(terms(s.words), idf));
  const last = Math.max(1, sentences.length - 1);
  const inputs: RankInput[] = candidates.map((s) => ({
    position: s.order / last,
    afterHeading: s.afterHeading,
    opensBlock: s.opensBlock,
    quality: qualityOf(s),
  }));
  const titleTerms = input.title ? terms(wordsOf(input.title, input.lang)) : [];
  const scores = rankSentences(inputs, vectors, idf, titleTerms);
  const byScore = candidates.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);

  const ranked = byScore.map((i) => candidates[i]).filter((s): s is BodySentence => Boolean(s));
  const tldr = pickTldr(ranked, input.lang);
  // The TL;DR's sentence is shown above the points already, so the points say something else.
  const tldrIndex = tldr ? candidates.indexOf(tldr.from) : -1;
  const want = Math.min(keyPointCount(bodyWords), candidates.length - (tldrIndex >= 0 ? 1 : 0));
  const chosen = choosePoints(candidates, vectors, scores, want, tldrIndex);

  const points = chosen
    .map((i) => candidates[i])
    .filter((s): s is BodySentence => Boolean(s))
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text);
  return { ...empty, points, tldr: tldr?.text ?? '' };
}

/** Each point already taken from a paragraph scales the next one from it by this, to cover more of the article. */
const SAME_BLOCK = 0.8;

/**
 * Picks `want` points greedily by score, leaving out candidate `exclude` (the TL;DR), skipping
 * repeats and sentences too alike to one already picked (kept as a last resort), and favouring
 * paragraphs not yet drawn from.
 */
function choosePoints(candidates: BodySentence[], vectors: TermVector[], scores: number[], want: number, exclude: number): number[] {
  const chosen: number[] = [];
  const perBlock = new Map<number, number>();
  const left = new Set(candidates.map((_, i) => i));
  left.delete(exclude);
  const alike = (i: number) => {
    const v = vectors[i];
    if (!v) return false;
    return chosen.some((c) => {
      const w = vectors[c];
      return w ? cosine(v, w) > REDUNDANT : false;
    });
  };
  for (const allowAlike of [false, true]) {
    while (chosen.length < want) {
      let best = -1;
      let bestScore = -Infinity;
      for (const i of left) {
        const s = candidates[i];
        if (!s || chosen.some((c) => candidates[c]?.text === s.text) || (!allowAlike && alike(i))) continue;
        const adjusted = (scores[i] ?? 0) * Math.pow(SAME_BLOCK, perBlock.get(s.block) ?? 0);
        if (adjusted > bestScore) {
          bestScore = adjusted;
          best = i;
        }
      }
      if (best < 0) break;
      chosen.push(best);
      left.delete(best);
      const block = candidates[best]?.block ?? -1;
      perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
    }
  }
  return chosen;
}

/** Opening quotation marks: a sentence starting with one speaks in someone else's voice. */
const OPENS_QUOTE = /^["“„«‹「『‘']/u;
const QUESTION = /[?？؟]["”’»」)]*$/u;
/** How far down the ranking the TL;DR may be taken from, to find one that reads as the article's own voice. */
const TLDR_POOL = 5;

/**
 * The TL;DR and the sentence it comes from: the best-ranked sentence that is short enough and in
 * the article's own voice (not a question, not a quotation); failing that the best one, cut at a
 * clause boundary when too long.
 */
function pickTldr(ranked: BodySentence[], lang: string | null): { text: string; from: BodySentence } | null {
  const top = ranked[0];
  if (!top) return null;
  const pool = ranked.slice(0, TLDR_POOL);
  const own = (s: BodySentence) => !QUESTION.test(s.text) && !OPENS_QUOTE.test(s.text);
  const best =
    pool.find((s) => own(s) && s.words.length <= TLDR_MAX_WORDS) ??
    pool.find((s) => s.words.length <= TLDR_MAX_WORDS && !QUESTION.test(s.text)) ??
    pool.find(own) ??
    top;
  const text = best.words.length <= TLDR_MAX_WORDS ? best.text : (shortenAtClause(best.text, lang, TLDR_MAX_WORDS) ?? best.text);
  return { text, from: best };
}
