import { computed, signal } from '@preact/signals';
import type { RelatedPiece, RelatedRun } from '@/utils/related/types';
import type { Ask } from './popup-model';

/** Subscribes to a tab's stored run; returns the unsubscribe function. */
export type WatchRun = (tabId: number, onChange: (run: RelatedRun | null) => void) => () => void;

export type RelatedLoadState = 'idle' | 'loading' | 'ready' | 'unavailable' | 'error';
export type PieceSaveState = 'saving' | 'saved' | 'error';

/** How often the popup asks for the run while it is going: this also wakes a stopped worker. */
const POLL_MS = 1500;

/**
 * The related panel's state, outside any component. Results stream in through the storage watch
 * (instant) and a slow poll (which restarts the background if the browser stopped it meanwhile).
 */
export function createRelatedModel(ask: Ask, watchRun: WatchRun, pollMs = POLL_MS) {
  const run = signal<RelatedRun | null>(null);
  const state = signal<RelatedLoadState>('idle');
  const saves = signal<Record<string, PieceSaveState>>({});
  let stopWatching: (() => void) | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;

  const pieces = computed<RelatedPiece[]>(() => run.value?.pieces ?? []);
  const running = computed(() => run.value?.state === 'running');
  const progress = computed(() => {
    const tasks = run.value?.tasks ?? [];
    return { done: tasks.filter((t) => t.status !== 'queued' && t.status !== 'running').length, total: tasks.length };
  });
  const failed = computed(() => pieces.value.filter((p) => p.status === 'error').length);

  function accept(next: RelatedRun | null): void {
    if (next) run.value = next;
    if (!running.value && poll !== null) {
      clearInterval(poll);
      poll = null;
    }
  }

  /** Starts (or rejoins) the tab's run and follows it until it is done. */
  async function load(tabId: number | null): Promise<void> {
    dispose();
    if (tabId === null) {
      state.value = 'unavailable';
      return;
    }
    state.value = 'loading';
    stopWatching = watchRun(tabId, accept);
    try {
      const started = await ask('startRelated', { tabId });
      if (!started) {
        state.value = 'unavailable';
        return;
      }
      accept(started);
      state.value = 'ready';
      if (running.value) {
        poll = setInterval(() => void ask('getRelated', { tabId }).then(accept, () => undefined), pollMs);
      }
    } catch {
      state.value = 'error';
    }
  }

  /** Saves one piece to the reading list. */
  async function save(url: string): Promise<void> {
    saves.value = { ...saves.value, [url]: 'saving' };
    try {
      await ask('saveRelated', { url });
      saves.value = { ...saves.value, [url]: 'saved' };
    } catch {
      saves.value = { ...saves.value, [url]: 'error' };
    }
  }

  /** Stops following the run (popup closing, or a new load). */
  function dispose(): void {
    stopWatching?.();
    stopWatching = null;
    if (poll !== null) clearInterval(poll);
    poll = null;
  }

  return { run, state, saves, pieces, running, progress, failed, load, save, dispose };
}

export type RelatedModel = ReturnType<typeof createRelatedModel>;
