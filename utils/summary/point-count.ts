/**
 * How many key points an article gets, by the length of its body in words (ICU word count, so a
 * Japanese or Chinese body counts its words, not its characters):
 *
 * | body words | key points |
 * | --- | --- |
 * | under 60 | 1 |
 * | 60–149 | 2 |
 * | 150–399 | 3 |
 * | 400–899 | 4 |
 * | 900 and more | 5 |
 *
 * Fewer when the body has fewer usable sentences. Short bodies get fewer points because a summary
 * that repeats most of a text is no summary.
 */
export function keyPointCount(bodyWords: number): number {
  if (bodyWords < 60) return 1;
  if (bodyWords < SUMMARY_MIN_WORDS) return 2;
  if (bodyWords < 400) return 3;
  if (bodyWords < 900) return 4;
  return 5;
}

/** From this many words on, a body always gets a summary (3 points or more when it has the sentences). */
export const SUMMARY_MIN_WORDS = 150;
