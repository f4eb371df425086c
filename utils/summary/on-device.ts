/**
 * Summaries from the browser's on-device model (Chrome's Summarizer API): availability in the
 * article's language, creating the key-points and TL;DR summarizers (which may download the
 * model), and summarising a body of any length within the model's input quota.
 */
import { normaliseSpace } from './body-blocks';
import { sectionsWithinQuota } from './quota-sections';
import { cleanBodyBlocks, type SummaryInput } from './summarize-article';
import type {
  SummarizerApi,
  SummarizerAvailability,
  SummarizerCreateOptions,
  SummarizerLength,
  SummarizerSession,
  SummarizerType,
} from './summarizer-api';
import type { ArticleSummary } from './types';

/** The two summarizers Reelmark uses together. */
export interface OnDeviceSummarizers {
  keyPoints: SummarizerSession;
  tldr: SummarizerSession;
}

/** What the summary is for, told to the model as shared context (written in English). */
const SHARED_CONTEXT = 'An article from the web. The reader wants to learn in a few seconds what it says.';
/** How many rounds of summarising summaries a very long body may take before giving up. */
const MAX_ROUNDS = 3;
const MAX_POINTS = 5;

/** The primary language subtag of `lang` (`fr` for `fr-CA`), or null when unknown or malformed. */
export function baseLanguage(lang: string | null): string | null {
  if (!lang) return null;
  try {
    return new Intl.Locale(lang.replace(/_/g, '-')).language;
  } catch {
    return null;
  }
}

/** Create options for one summarizer: plain text, in and out in the article's language. */
export function summarizerOptions(type: SummarizerType, length: SummarizerLength, lang: string | null): SummarizerCreateOptions {
  const language = baseLanguage(lang);
  return {
    type,
    format: 'plain-text',
    length,
    sharedContext: SHARED_CONTEXT,
    // Contexts are English sentences that may quote the article's title, in its own language.
    expectedContextLanguages: language && language !== 'en' ? ['en', language] : ['en'],
    ...(language ? { expectedInputLanguages: [language], outputLanguage: language } : {}),
  };
}

/** `short` key points are at most three, `medium` at most five (the API's definition). */
function keyPointsLength(points: number): SummarizerLength {
  return points <= 3 ? 'short' : 'medium';
}

const RANK: Record<SummarizerAvailability, number> = { unavailable: 0, downloadable: 1, downloading: 2, available: 3 };

/**
 * Whether both summarizers can run for an article in `lang`: the less ready of the two answers.
 * A failing check counts as `unavailable`.
 */
export async function onDeviceAvailability(api: SummarizerApi, lang: string | null, points: number): Promise<SummarizerAvailability> {
  try {
    const [kp, tl] = await Promise.all([
      api.availability(summarizerOptions('key-points', keyPointsLength(points), lang)),
      api.availability(summarizerOptions('tldr', 'short', lang)),
    ]);
    return RANK[kp] <= RANK[tl] ? kp : tl;
  } catch {
    return 'unavailable';
  }
}

/**
 * Creates both summarizers. Both `create()` calls happen before this function returns, so calling
 * it from a click handler keeps the user gesture a model download needs. `onProgress` receives the
 * download fraction (0..1) while the model downloads.
 */
export function createSummarizers(
  api: SummarizerApi,
  lang: string | null,
  points: number,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<OnDeviceSummarizers> {
  const monitor: SummarizerCreateOptions['monitor'] = (m) =>
    m.addEventListener('downloadprogress', (e) => {
      // The spec reports a fraction (total 1); early Chrome builds reported bytes of `total`.
      const fraction = e.total && e.total !== 1 ? e.loaded / e.total : e.loaded;
      onProgress?.(Math.min(1, Math.max(0, fraction)));
    });
  const keyPoints = api.create({ ...summarizerOptions('key-points', keyPointsLength(points), lang), monitor, signal });
  const tldr = api.create({ ...summarizerOptions('tldr', 'short', lang), signal });
  return Promise.allSettled([keyPoints, tldr]).then(([kp, tl]) => {
    if (kp.status === 'fulfilled' && tl.status === 'fulfilled') return { keyPoints: kp.value, tldr: tl.value };
    if (kp.status === 'fulfilled') kp.value.destroy();
    if (tl.status === 'fulfilled') tl.value.destroy();
    throw kp.status === 'rejected' ? kp.reason : tl.status === 'rejected' ? tl.reason : new Error('create failed');
  });
}

/** Frees both summarizers' resources. */
export function destroySummarizers(s: OnDeviceSummarizers): void {
  s.keyPoints.destroy();
  s.tldr.destroy();
}

/** The model's plain-text key points as a list: one per line, bullets and numbering removed. */
export function parseKeyPoints(output: string): string[] {
  return output
    .split(/\r?\n/)
    .map((line) => normaliseSpace(line.replace(/^\s*(?:[-*•·‣▪●–]|\d{1,2}[.)])\s+/u, '').replace(/\*\*/g, '')))
    .filter(Boolean)
    .slice(0, MAX_POINTS);
}

/** A summarizer's fit test: whether `text` (with `context`) fits its input quota. */
function fitsQuota(session: SummarizerSession, context: string, signal?: AbortSignal) {
  return async (text: string): Promise<boolean> => (await session.measureInputUsage(text, { context, signal })) <= session.inputQuota;
}

/**
 * Reduces the body until it fits both summarizers' quotas: each section is summarised,
 * and the summaries joined, again if needed (at most `MAX_ROUNDS` rounds).
 */
async function reduceToQuota(
  s: OnDeviceSummarizers,
  input: SummaryInput,
  signal: AbortSignal | undefined,
): Promise<string> {
  const about = input.title ? `the article "${input.title}"` : 'the article';
  let blocks = cleanBodyBlocks(input);
  let text = blocks.map((b) => b.text).join('\n\n');
  const fitsKeyPoints = fitsQuota(s.keyPoints, `Key points of ${about}.`, signal);
  const fitsTldr = fitsQuota(s.tldr, `A one-sentence summary of ${about}.`, signal);
  const fits = async (t: string) => (await fitsKeyPoints(t)) && (await fitsTldr(t));
  for (let round = 0; !(await fits(text)); round++) {
    if (round >= MAX_ROUNDS) throw new Error('Article too long for the on-device model');
    const sections = await sectionsWithinQuota(blocks, input.lang, fitsQuota(s.keyPoints, `One section of ${about}.`, signal));
    const summaries: string[] = [];
    for (const [i, section] of sections.entries()) {
      signal?.throwIfAborted();
      const context = `Section ${i + 1} of ${sections.length} of ${about}.`;
      summaries.push(parseKeyPoints(await s.keyPoints.summarize(section, { context, signal })).join('\n'));
    }
    text = summaries.join('\n\n');
    blocks = summaries.map((t) => ({ text: normaliseSpace(t), kind: 'paragraph', linkShare: 0 }));
  }
  return text;
}

/**
 * Summarises an article body with the on-device model: key points and a one-line TL;DR in the
 * article's language. The model reads the body without its boilerplate (ad labels, captions,
 * prompts), so none of it can reach the summary. Bodies over the input quota are summarised section by section first, and
 * the section summaries summarised. Throws on any model error (the caller keeps its summary).
 */
export async function summarizeOnDevice(
  s: OnDeviceSummarizers,
  input: SummaryInput,
  signal?: AbortSignal,
): Promise<ArticleSummary> {
  const text = await reduceToQuota(s, input, signal);
  const about = input.title ? `the article "${input.title}"` : 'the article';
  const points = parseKeyPoints(await s.keyPoints.summarize(text, { context: `Key points of ${about}.`, signal }));
  signal?.throwIfAborted();
  const tldr = normaliseSpace(await s.tldr.summarize(text, { context: `A one-sentence summary of ${about}.`, signal }));
  if (!points.length && !tldr) throw new Error('The on-device model returned an empty summary');
  return { points, tldr, lang: input.lang, source: 'on-device' };
}
