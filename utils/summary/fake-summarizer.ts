/**
 * A stand-in for the browser's Summarizer API, for tests: it reports a chosen availability,
 * fires download progress, demands a user gesture for downloads as Chrome does, measures input in
 * words against a small quota, and "summarises" deterministically (first sentences).
 */
import type {
  ModelDownloadProgress,
  SummarizeOptions,
  SummarizerApi,
  SummarizerAvailability,
  SummarizerCoreOptions,
  SummarizerCreateOptions,
  SummarizerSession,
  SummarizerType,
} from './summarizer-api';

/** How the fake behaves. */
export interface FakeSummarizerOptions {
  availability?: SummarizerAvailability | ((options: SummarizerCoreOptions | undefined) => SummarizerAvailability);
  /** Input quota in words (input plus context). */
  inputQuota?: number;
  /** Download fractions reported through the monitor when the model is not yet available. */
  progress?: number[];
  /** Whether the page has transient user activation right now; downloads need it. */
  isActive?: () => boolean;
  /** Make `create()` or `summarize()` fail. */
  fail?: 'create' | 'summarize';
}

/** One `summarize()` call, as the fake saw it. */
export interface FakeSummarizeCall {
  type: SummarizerType;
  input: string;
  context: string | undefined;
}

/** The fake, with a record of what was asked of it. */
export interface FakeSummarizer extends SummarizerApi {
  created: SummarizerCreateOptions[];
  summarized: FakeSummarizeCall[];
  destroyed: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const firstSentence = (text: string) => /^.*?[.!?。](?=\s|$)/su.exec(text.trim())?.[0] ?? text.trim();

/** A fake `Summarizer` global. */
export function fakeSummarizer(options: FakeSummarizerOptions = {}): FakeSummarizer {
  const quota = options.inputQuota ?? 1000;
  const availabilityOf = (o?: SummarizerCoreOptions) =>
    typeof options.availability === 'function' ? options.availability(o) : (options.availability ?? 'available');
  const fake: FakeSummarizer = {
    created: [],
    summarized: [],
    destroyed: 0,
    async availability(o) {
      return availabilityOf(o);
    },
    create(o: SummarizerCreateOptions = {}) {
      const state = availabilityOf(o);
      const needsDownload = state === 'downloadable' || state === 'downloading';
      // Checked synchronously, as the browser checks activation when create() is called.
      const allowed = !needsDownload || (options.isActive?.() ?? false);
      fake.created.push(o);
      if (state === 'unavailable') return Promise.reject(new DOMException('No model', 'NotSupportedError'));
      if (!allowed) return Promise.reject(new DOMException('Requires a user gesture', 'NotAllowedError'));
      if (options.fail === 'create') return Promise.reject(new DOMException('Model crashed', 'OperationError'));
      const listeners: ((e: ModelDownloadProgress) => void)[] = [];
      o.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      const type = o.type ?? 'key-points';
      const session: SummarizerSession = {
        inputQuota: quota,
        async measureInputUsage(input: string, so?: SummarizeOptions) {
          return words(input) + words(so?.context ?? '');
        },
        async summarize(input: string, so?: SummarizeOptions) {
          fake.summarized.push({ type, input, context: so?.context });
          if (options.fail === 'summarize') throw new DOMException('Filtered', 'NotReadableError');
          if (words(input) + words(so?.context ?? '') > quota) throw new DOMException('Too long', 'QuotaExceededError');
          const paragraphs = input.split(/\n+/).filter((p) => p.trim());
          if (type === 'tldr') return firstSentence(input);
          return paragraphs
            .slice(0, o.length === 'short' ? 3 : 5)
            .map((p) => `* ${firstSentence(p)}`)
            .join('\n');
        },
        destroy() {
          fake.destroyed++;
        },
      };
      return (async () => {
        if (needsDownload) {
          for (const loaded of options.progress ?? [0, 0.5, 1]) {
            await new Promise((r) => setTimeout(r, 0));
            for (const l of listeners) l({ loaded, total: 1 });
          }
        }
        return session;
      })();
    },
  };
  return fake;
}
