/**
 * Word tokens for nation tagging. The gazetteer build and the tagger share this tokenizer, so a
 * term and the text it should match are always cut the same way ("Guinea-Bissau", "Côte d'Ivoire"
 * and "U.S." included).
 */

/** One word of a text, with what the tagger needs to judge its context. */
export interface Token {
  /** The word as written (dotted acronyms keep their dots). */
  text: string;
  /** Lower case, accents and dots removed: the form terms are matched on. */
  norm: string;
  start: number;
  end: number;
  /** A hyphen joins it to the previous word ("post-Soviet"). */
  hyphenBefore: boolean;
}

// Dotted acronyms first (U.S., U.K.), then runs of letters, marks and digits.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** The matching form of a word: lower case, without accents or dots (Québécois → quebecois). */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '').toLowerCase();
}

/** Splits text into word tokens. Hyphens and apostrophes separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const word = m[0];
    tokens.push({
      text: word,
      norm: normalizeWord(word),
      start,
      end: start + word.length,
      hyphenBefore: start > 0 && HYPHENS.has(text[start - 1] ?? ''),
    });
  }
  return tokens;
}

/** The normalised word sequence of a term ("Czech New Wave" → ["czech", "new", "wave"]). */
export function termWords(term: string): string[] {
  return tokenize(term).map((t) => t.norm);
}

/** True when the word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The text written between two tokens (spaces, punctuation). */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
