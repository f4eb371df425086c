import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { RelatedRun } from './types';

const PREFIX = 'relatedRun:';

/** Where runs are kept: `storage.session` in the extension; memory in Node (benchmark). */
export interface RunBackend {
  get(key: StorageItemKey): Promise<RelatedRun | null>;
  set(key: StorageItemKey, run: RelatedRun): Promise<void>;
  remove(key: StorageItemKey): Promise<void>;
  /** Every stored value by key, without the `session:` prefix. */
  snapshot(): Promise<Record<string, unknown>>;
}

const sessionBackend: RunBackend = {
  get: (key) => storage.getItem<RelatedRun>(key),
  set: (key, run) => storage.setItem(key, run),
  remove: (key) => storage.removeItem(key),
  snapshot: () => storage.snapshot('session'),
};

/** A backend in memory, for Node. */
export function memoryRunBackend(): RunBackend {
  const map = new Map<string, RelatedRun>();
  return {
    get: async (key) => map.get(key) ?? null,
    set: async (key, run) => void map.set(key, run),
    remove: async (key) => void map.delete(key),
    snapshot: async () => Object.fromEntries([...map].map(([k, v]) => [k.replace(/^session:/, ''), v])),
  };
}

/** The session-storage key of a tab's run; the popup watches it for progress. */
export function relatedRunKey(tabId: number): StorageItemKey {
  return `session:${PREFIX}${tabId}`;
}

/**
 * Runs by tab, in memory while the worker lives and written through to `storage.session`, so a
 * stopped MV3 worker finds its queue, progress and results again (session storage lasts as long
 * as the browser session, like the tabs it describes). Writes for a tab are chained, so they land
 * in order.
 */
export class RunStore {
  private readonly runs = new Map<number, RelatedRun>();
  private readonly writes = new Map<number, Promise<void>>();

  constructor(private readonly backend: RunBackend = sessionBackend) {}

  /** Every stored run (after a restart: what the previous worker left). */
  async loadAll(): Promise<RelatedRun[]> {
    const snapshot = await this.backend.snapshot();
    const found: RelatedRun[] = [];
    for (const [key, value] of Object.entries(snapshot)) {
      if (!key.startsWith(PREFIX) || !isRun(value)) continue;
      if (!this.runs.has(value.tabId)) this.runs.set(value.tabId, value);
      found.push(this.runs.get(value.tabId)!);
    }
    return found;
  }

  /** A tab's run, from memory or storage. */
  async read(tabId: number): Promise<RelatedRun | null> {
    const inMemory = this.runs.get(tabId);
    if (inMemory) return inMemory;
    await this.writes.get(tabId);
    const stored = await this.backend.get(relatedRunKey(tabId));
    if (stored) this.runs.set(tabId, stored);
    return stored ?? null;
  }

  /** Stores a (new) run for its tab. */
  put(run: RelatedRun): Promise<void> {
    this.runs.set(run.tabId, run);
    return this.write(run.tabId);
  }

  /** Changes a tab's run in place and writes it; nothing happens when the tab has no run. */
  async update(tabId: number, articleUrl: string, mutate: (run: RelatedRun) => void): Promise<RelatedRun | null> {
    const run = this.runs.get(tabId) ?? (await this.read(tabId));
    // A run replaced meanwhile (the tab moved on) is not touched by the old run's late results.
    if (!run || run.articleUrl !== articleUrl || run.state === 'cancelled') return null;
    mutate(run);
    await this.write(tabId);
    return run;
  }

  /** Forgets a tab's run. */
  async remove(tabId: number): Promise<void> {
    this.runs.delete(tabId);
    const prev = this.writes.get(tabId) ?? Promise.resolve();
    const next = prev.then(() => this.backend.remove(relatedRunKey(tabId)));
    this.writes.set(tabId, next.catch(() => undefined));
    await next;
  }

  private write(tabId: number): Promise<void> {
    const prev = this.writes.get(tabId) ?? Promise.resolve();
    const next = prev.then(async () => {
      const run = this.runs.get(tabId);
      // A structured copy: the stored value never aliases the live object.
      if (run) await this.backend.set(relatedRunKey(tabId), structuredClone(run));
    });
    this.writes.set(tabId, next.catch(() => undefined));
    return next;
  }
}

function isRun(v: unknown): v is RelatedRun {
  return typeof v === 'object' && v !== null && 'tabId' in v && 'tasks' in v && 'pieces' in v;
}
