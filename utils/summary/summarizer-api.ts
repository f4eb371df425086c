/**
 * Types for the browser's built-in Summarizer API (WICG Writing Assistance APIs; Chrome 138+ on
 * desktop), written here because TypeScript's DOM library does not have them yet. Only what
 * Reelmark uses is declared.
 */

/** Whether the model can be used: not at all, after a download, while downloading, or now. */
export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
/** What kind of summary: `key-points` (a bullet list) and `tldr` (a short overview) are Reelmark's. */
export type SummarizerType = 'tldr' | 'key-points' | 'teaser' | 'headline';
/** Reelmark asks for `plain-text`, so no Markdown reaches the popup. */
export type SummarizerFormat = 'plain-text' | 'markdown';
/** `key-points`: short ≤ 3, medium ≤ 5, long ≤ 7 points; `tldr`: short is one sentence. */
export type SummarizerLength = 'short' | 'medium' | 'long';

/** Options `availability()` and `create()` both take. */
export interface SummarizerCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

/** A `downloadprogress` event: `loaded` is the fraction downloaded, 0..1 (`total` is 1). */
export interface ModelDownloadProgress {
  readonly loaded: number;
  readonly total?: number;
}

/** What `create({ monitor })` hands to the monitor callback. */
export interface SummarizerCreateMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: ModelDownloadProgress) => void): void;
}

/** Options of `Summarizer.create()`: the core options plus context, abort signal and download monitor. */
export interface SummarizerCreateOptions extends SummarizerCoreOptions {
  sharedContext?: string;
  signal?: AbortSignal;
  monitor?: (monitor: SummarizerCreateMonitor) => void;
}

/** Options of `summarize()` and `measureInputUsage()`. */
export interface SummarizeOptions {
  context?: string;
  signal?: AbortSignal;
}

/** A summarizer made by `Summarizer.create()`. */
export interface SummarizerSession {
  summarize(input: string, options?: SummarizeOptions): Promise<string>;
  /** How much of `inputQuota` summarising `input` would use. */
  measureInputUsage(input: string, options?: SummarizeOptions): Promise<number>;
  /** The most input one `summarize()` call accepts, in the unit `measureInputUsage` returns. */
  readonly inputQuota: number;
  destroy(): void;
}

/** The global `Summarizer` interface object. */
export interface SummarizerApi {
  availability(options?: SummarizerCoreOptions): Promise<SummarizerAvailability>;
  /** Needs a user gesture (transient activation) when the model has to be downloaded first. */
  create(options?: SummarizerCreateOptions): Promise<SummarizerSession>;
}

function isSummarizerApi(value: unknown): value is SummarizerApi {
  if ((typeof value !== 'function' && typeof value !== 'object') || value === null) return false;
  return typeof Reflect.get(value, 'availability') === 'function' && typeof Reflect.get(value, 'create') === 'function';
}

/** The browser's `Summarizer`, or null where there is none (Firefox, Chromium without the model). */
export function findSummarizerApi(scope: object = globalThis): SummarizerApi | null {
  const api: unknown = Reflect.get(scope, 'Summarizer');
  return isSummarizerApi(api) ? api : null;
}
