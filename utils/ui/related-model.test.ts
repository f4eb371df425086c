import { describe, expect, it } from 'vitest';
import type { RelatedPiece, RelatedRun } from '@/utils/related/types';
import type { Ask } from './popup-model';
import { createRelatedModel, type WatchRun } from './related-model';

const piece = (url: string, over: Partial<RelatedPiece> = {}): RelatedPiece => ({
  url,
  title: url,
  date: null,
  section: null,
  teaser: null,
  summary: null,
  nations: { about: [], mentioned: [] },
  source: 'page',
  position: 0,
  image: null,
  attribution: null,
  status: 'pending',
  error: null,
  score: 0,
  ...over,
});

const runOf = (over: Partial<RelatedRun> = {}): RelatedRun => ({
  tabId: 1,
  articleUrl: 'https://films.test/a',
  context: { url: 'https://films.test/a', title: 'A', section: null, published: null, lang: 'en', nations: { about: [], mentioned: [] } },
  state: 'running',
  startedAt: 0,
  finishedAt: null,
  tasks: [
    { id: 'page:1', kind: 'page', url: 'https://films.test/1', status: 'done', ref: null, error: null },
    { id: 'page:2', kind: 'page', url: 'https://films.test/2', status: 'queued', ref: null, error: null },
  ],
  pieces: [piece('https://films.test/1', { status: 'done' }), piece('https://films.test/2')],
  ...over,
});

function fakeWatch() {
  const listeners = new Map<number, (run: RelatedRun | null) => void>();
  const watch: WatchRun = (tabId, cb) => {
    listeners.set(tabId, cb);
    return () => listeners.delete(tabId);
  };
  return { watch, emit: (tabId: number, run: RelatedRun) => listeners.get(tabId)?.(run), listeners };
}

describe('related model', () => {
  it('starts the run, shows progress, and follows results as they land', async () => {
    const w = fakeWatch();
    const calls: string[] = [];
    const ask = (async (type: string) => {
      calls.push(type);
      return runOf();
    }) as Ask;
    const model = createRelatedModel(ask, w.watch, 10);
    await model.load(1);
    expect(model.state.value).toBe('ready');
    expect(model.running.value).toBe(true);
    expect(model.progress.value).toEqual({ done: 1, total: 2 });

    const finished = runOf({ state: 'done', tasks: runOf().tasks.map((t) => ({ ...t, status: 'done' })) });
    finished.pieces[1] = { ...finished.pieces[1]!, status: 'error', error: 'not-found' };
    w.emit(1, finished);
    expect(model.running.value).toBe(false);
    expect(model.failed.value).toBe(1);
    expect(model.progress.value).toEqual({ done: 2, total: 2 });
    model.dispose();
    expect(w.listeners.size).toBe(0);
  });

  it('polls while the run is going (which wakes a stopped worker) and stops when it is done', async () => {
    const w = fakeWatch();
    let polls = 0;
    const ask = (async (type: string) => {
      if (type === 'startRelated') return runOf();
      polls += 1;
      return polls >= 2 ? runOf({ state: 'done' }) : runOf();
    }) as Ask;
    const model = createRelatedModel(ask, w.watch, 5);
    await model.load(1);
    await expect.poll(() => model.running.value).toBe(false);
    const settled = polls;
    await new Promise((r) => setTimeout(r, 30));
    expect(polls).toBe(settled);
  });

  it('is unavailable on pages that are not articles, and saves pieces one by one', async () => {
    const w = fakeWatch();
    const saved: string[] = [];
    const ask = (async (type: string, data: { url?: string }) => {
      if (type === 'startRelated') return null;
      if (type === 'saveRelated') {
        if (data.url?.endsWith('/bad')) throw new Error('HTTP 500');
        saved.push(data.url ?? '');
        return {};
      }
      throw new Error(type);
    }) as Ask;
    const model = createRelatedModel(ask, w.watch);
    await model.load(1);
    expect(model.state.value).toBe('unavailable');
    await model.save('https://films.test/1');
    await model.save('https://films.test/bad');
    expect(saved).toEqual(['https://films.test/1']);
    expect(model.saves.value).toEqual({ 'https://films.test/1': 'saved', 'https://films.test/bad': 'error' });
  });
});
