/**
 * Caps on the work the engine does, so hostile or broken pages (10 MB dumps, millions of nodes)
 * cost bounded time. Past a cap the engine degrades (cheaper path, truncated text) rather than
 * throwing or hanging.
 */
export const LIMITS = {
  /** Above this many elements the full extractor is skipped for the cheap paragraph fallback. */
  maxElementsForExtractor: 40_000,
  /** Above this many elements even the fallback looks at only this many paragraphs. */
  maxParagraphsScanned: 5_000,
  /** Longest body text kept, in characters (a long novel chapter is ~100k). */
  maxTextChars: 400_000,
  /** Longest body HTML kept before sanitising, in characters. */
  maxHtmlChars: 1_500_000,
  /** JSON-LD blocks longer than this are not parsed. */
  maxJsonLdChars: 300_000,
  /** Most JSON-LD blocks read. */
  maxJsonLdBlocks: 30,
  /** Most related links returned. */
  maxRelated: 24,
} as const;
