import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '@/utils/article/types';
import { settingsItem } from '@/utils/storage/items';
import { fakeSummarizer, type FakeSummarizerOptions } from '@/utils/summary/fake-summarizer';
import { FRENCH_FILM, SPANISH_FILM } from '@/utils/summary/fixtures';
import { browserSummaryDeps, createSummaryModel, summaryAsPlainText, type SummaryDeps } from './summary-model';

const article = (f: { text: string; lang: string; title: string }) => ({ ...f, html: '', isArticle: true }) as unknown as Article;

function setup(options: { enabled?: boolean; api?: FakeSummarizerOptions | null; writeText?: SummaryDeps['writeText'] } = {}) {
  const api = options.api === null ? null : fakeSummarizer(options.api ?? {});
  const copied: string[] = [];
  const deps: SummaryDeps = {
    api,
    loadSettings: async () => ({ onDeviceSummaries: options.enabled ?? true }),
    writeText: options.writeText ?? (async (t) => void copied.push(t)),
  };
  const current = signal<Article | null>(article(FRENCH_FILM));
  const model = createSummaryModel(current, deps);
  const stop = model.start();
  return { model, api, current, copied, stop };
}

describe('summary model', () => {
  it('shows the extractive summary at once, from the article the popup already has', () => {
    const { model } = setup({ enabled: false });
    expect(model.summary.value?.source).toBe('extractive');
    expect(model.summary.value?.lang).toBe('fr');
    expect(model.summary.value?.points.length).toBe(3);
  });

  it('stays off until the user enables on-device summaries', async () => {
    const { model, api } = setup({ enabled: false });
    await vi.waitFor(() => expect(model.state.value).toBe('off'));
    expect(api?.created).toHaveLength(0);
  });

  it('is off by default, reading the stored settings', async () => {
    const deps = browserSummaryDeps();
    expect((await deps.loadSettings()).onDeviceSummaries).toBe(false);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), onDeviceSummaries: true });
    expect((await deps.loadSettings()).onDeviceSummaries).toBe(true);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), onDeviceSummaries: false });
  });

  it('keeps the extractive summary where the browser has no Summarizer API', async () => {
    const { model } = setup({ api: null });
    await vi.waitFor(() => expect(model.state.value).toBe('unsupported'));
    expect(model.summary.value?.source).toBe('extractive');
  });

  it('keeps the extractive summary where the model is unavailable for the language', async () => {
    const { model } = setup({ api: { availability: 'unavailable' } });
    await vi.waitFor(() => expect(model.state.value).toBe('unsupported'));
    expect(model.summary.value?.source).toBe('extractive');
  });

  it('replaces the extractive summary when an available model answers', async () => {
    const { model, api } = setup({ api: { availability: 'available' } });
    await vi.waitFor(() => expect(model.state.value).toBe('done'));
    expect(model.summary.value?.source).toBe('on-device');
    expect(model.summary.value?.lang).toBe('fr');
    expect(model.extractive.value?.source).toBe('extractive');
    expect(api?.destroyed).toBe(2);
  });

  it('asks for a click when the model must be downloaded, then downloads with progress and summarises', async () => {
    let active = false;
    const { model, api } = setup({ api: { availability: 'downloadable', isActive: () => active, progress: [0.1, 0.6, 1] } });
    await vi.waitFor(() => expect(model.state.value).toBe('needs-gesture'));
    expect(api?.created).toHaveLength(0);

    const seen: (number | null)[] = [];
    const unwatch = model.progress.subscribe((p) => seen.push(p));
    active = true;
    model.summariseWithGesture(); // as the button's click handler does
    active = false;
    expect(model.state.value).toBe('downloading');
    await vi.waitFor(() => expect(model.state.value).toBe('done'));
    unwatch();
    expect(seen).toEqual([null, 0.1, 0.6, 1]);
    expect(model.summary.value?.source).toBe('on-device');
  });

  it('follows a download already under way, and offers the button if Chrome still wants a gesture', async () => {
    const under = setup({ api: { availability: 'downloading', isActive: () => true, progress: [0.5, 1] } });
    await vi.waitFor(() => expect(under.model.state.value).toBe('done'));

    const refused = setup({ api: { availability: 'downloading', isActive: () => false } });
    await vi.waitFor(() => expect(refused.model.state.value).toBe('needs-gesture'));
    expect(refused.model.summary.value?.source).toBe('extractive');
  });

  it('keeps the extractive summary, with a quiet note, when the model fails', async () => {
    const { model } = setup({ api: { fail: 'summarize' } });
    await vi.waitFor(() => expect(model.state.value).toBe('failed'));
    expect(model.summary.value?.source).toBe('extractive');
    expect(model.summary.value?.points.length).toBe(3);
  });

  it('starts over for a new article and ignores the old one’s answer', async () => {
    const { model, current } = setup({ api: { availability: 'available' } });
    current.value = article(SPANISH_FILM);
    await vi.waitFor(() => expect(model.state.value).toBe('done'));
    expect(model.summary.value?.lang).toBe('es');
  });

  it('copies the TL;DR and points as plain text and says so', async () => {
    const { model, copied } = setup({ enabled: false });
    await model.copy('TL;DR');
    expect(model.copyState.value).toBe('copied');
    const s = model.summary.value!;
    expect(copied[0]).toBe(`TL;DR: ${s.tldr}\n\n${s.points.map((p) => `- ${p}`).join('\n')}`);
  });

  it('says so when the clipboard refuses', async () => {
    const { model } = setup({ enabled: false, writeText: () => Promise.reject(new Error('denied')) });
    await model.copy('TL;DR');
    expect(model.copyState.value).toBe('failed');
  });

  it('formats a summary without points or without TL;DR', () => {
    expect(summaryAsPlainText({ points: [], tldr: 'Only this.', lang: 'en', source: 'extractive' }, 'TL;DR')).toBe('TL;DR: Only this.');
    expect(summaryAsPlainText({ points: ['A.', 'B.'], tldr: '', lang: 'en', source: 'extractive' }, 'TL;DR')).toBe('- A.\n- B.');
  });
});
