import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Article } from '@/utils/article/types';
import { settingsItem, type Settings } from '@/utils/storage/items';
import {
  createSummarizers,
  destroySummarizers,
  onDeviceAvailability,
  summarizeOnDevice,
  type OnDeviceSummarizers,
} from '@/utils/summary/on-device';
import { keyPointCount } from '@/utils/summary/point-count';
import { summarizeArticle, type SummaryInput } from '@/utils/summary/summarize-article';
import { findSummarizerApi, type SummarizerApi } from '@/utils/summary/summarizer-api';
import type { ArticleSummary } from '@/utils/summary/types';
import { countWords } from '@/utils/summary/segment';

/**
 * Where the on-device upgrade stands:
 * - `off`: the setting is off (the default);
 * - `unsupported`: no Summarizer API, or no model for this language; nothing is shown;
 * - `checking`: asking the API;
 * - `needs-gesture`: the model must be downloaded, which needs a click on our button;
 * - `downloading`: the model is downloading (`progress` says how far);
 * - `summarising`: the model is working;
 * - `done`: the model's summary replaced the extractive one;
 * - `failed`: the model failed; the extractive summary stays, with a quiet note.
 */
export type OnDeviceState = 'off' | 'unsupported' | 'checking' | 'needs-gesture' | 'downloading' | 'summarising' | 'done' | 'failed';
/** The Copy button's last outcome, announced in the panel's status line. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** What the summary model needs from the outside world; injected so tests can fake it. */
export interface SummaryDeps {
  /** The browser's Summarizer API, or null where there is none. */
  api: SummarizerApi | null;
  loadSettings: () => Promise<Pick<Settings, 'onDeviceSummaries'>>;
  writeText: (text: string) => Promise<void>;
}

/** The real browser: the global `Summarizer`, stored settings, the clipboard. */
export function browserSummaryDeps(): SummaryDeps {
  return {
    api: findSummarizerApi(globalThis),
    loadSettings: () => settingsItem.getValue(),
    writeText: (text) => navigator.clipboard.writeText(text),
  };
}

/** The summariser's input for an article. */
function inputOf(article: Article): SummaryInput {
  return { text: article.text ?? '', html: article.html, lang: article.lang ?? null, title: article.title };
}

/** The summary as plain text for the clipboard: the TL;DR, a blank line, then one point per line. */
export function summaryAsPlainText(summary: ArticleSummary, tldrLabel: string): string {
  const lines: string[] = [];
  if (summary.tldr) lines.push(`${tldrLabel}: ${summary.tldr}`);
  if (summary.tldr && summary.points.length) lines.push('');
  for (const point of summary.points) lines.push(`- ${point}`);
  return lines.join('\n');
}

function isNotAllowed(err: unknown): boolean {
  return err instanceof Error && err.name === 'NotAllowedError';
}

/**
 * The popup's summary state, outside any component. The extractive summary is computed from the
 * article the popup already has (no second extraction) and shows at once; when the user has
 * turned on on-device summaries and the browser has a model, its summary replaces it.
 */
export function createSummaryModel(article: ReadonlySignal<Article | null>, deps: SummaryDeps = browserSummaryDeps()) {
  const extractive = computed<ArticleSummary | null>(() => {
    const a = article.value;
    if (!a?.text && !a?.html) return null;
    const summary = summarizeArticle(inputOf(a));
    return summary.tldr || summary.points.length ? summary : null;
  });
  const onDevice = signal<ArticleSummary | null>(null);
  const summary = computed(() => onDevice.value ?? extractive.value);
  const state = signal<OnDeviceState>('off');
  /** Download progress, 0..1, or null when unknown (the bar is then indeterminate). */
  const progress = signal<number | null>(null);
  const copyState = signal<CopyState>('idle');

  let run = 0;
  let controller: AbortController | null = null;
  let current: Article | null = null;

  const pointsFor = (a: Article) => keyPointCount(countWords(a.text ?? '', a.lang ?? null));

  /** Creates the summarizers (maybe downloading the model), then summarises; any error leaves the extractive summary. */
  async function summariseWith(sessions: Promise<OnDeviceSummarizers>, a: Article, id: number, signal: AbortSignal): Promise<void> {
    let made: OnDeviceSummarizers | null = null;
    try {
      made = await sessions;
      if (id !== run) return;
      state.value = 'summarising';
      const result = await summarizeOnDevice(made, inputOf(a), signal);
      if (id !== run) return;
      onDevice.value = result;
      state.value = 'done';
    } catch (err) {
      if (id !== run) return;
      // Without a user gesture Chrome refuses to start a download: offer the button instead.
      state.value = isNotAllowed(err) && !made ? 'needs-gesture' : 'failed';
    } finally {
      if (made) destroySummarizers(made);
    }
  }

  function begin(initial: OnDeviceState): { id: number; signal: AbortSignal } {
    controller?.abort();
    controller = new AbortController();
    state.value = initial;
    progress.value = null;
    return { id: run, signal: controller.signal };
  }

  const onProgress = (id: number) => (fraction: number) => {
    if (id !== run) return;
    progress.value = fraction;
    if (fraction < 1) state.value = 'downloading';
  };

  /** Asks the API what it can do for this article, and summarises at once when no download is needed. */
  async function check(a: Article, id: number): Promise<void> {
    const settings = await deps.loadSettings().catch(() => ({ onDeviceSummaries: false }));
    if (id !== run) return;
    if (!settings.onDeviceSummaries) {
      state.value = 'off';
      return;
    }
    const api = deps.api;
    if (!api || !extractive.value) {
      state.value = 'unsupported';
      return;
    }
    state.value = 'checking';
    const availability = await onDeviceAvailability(api, a.lang ?? null, pointsFor(a));
    if (id !== run) return;
    if (availability === 'unavailable') state.value = 'unsupported';
    else if (availability === 'downloadable') state.value = 'needs-gesture';
    else {
      const { signal } = begin(availability === 'downloading' ? 'downloading' : 'summarising');
      await summariseWith(createSummarizers(api, a.lang ?? null, pointsFor(a), onProgress(id), signal), a, id, signal);
    }
  }

  /**
   * Starts the on-device summary from a click. `create()` is called before anything is awaited,
   * so the click's user activation still holds when Chrome asks for it to download the model.
   */
  function summariseWithGesture(): void {
    const a = current;
    const api = deps.api;
    if (!a || !api) return;
    const { id, signal } = begin('downloading');
    const sessions = createSummarizers(api, a.lang ?? null, pointsFor(a), onProgress(id), signal);
    void summariseWith(sessions, a, id, signal);
  }

  /** Copies the summary shown (TL;DR and points) as plain text. */
  async function copy(tldrLabel: string): Promise<void> {
    const s = summary.value;
    if (!s) return;
    try {
      await deps.writeText(summaryAsPlainText(s, tldrLabel));
      copyState.value = 'copied';
    } catch {
      copyState.value = 'failed';
    }
  }

  /** Follows the article: a new one resets the summary and asks the on-device model again. Returns a stop function. */
  function start(): () => void {
    const stop = effect(() => {
      const a = article.value;
      if (a === current) return;
      current = a;
      run++;
      controller?.abort();
      onDevice.value = null;
      copyState.value = 'idle';
      state.value = 'off';
      if (a) void check(a, run);
    });
    return () => {
      stop();
      run++;
      controller?.abort();
    };
  }

  return { extractive, onDevice, summary, state, progress, copyState, start, summariseWithGesture, copy };
}

export type SummaryModel = ReturnType<typeof createSummaryModel>;
