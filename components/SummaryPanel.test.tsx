// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Article, PageSummary } from '@/utils/article/types';
import { fakeSummarizer, type FakeSummarizerOptions } from '@/utils/summary/fake-summarizer';
import { FRENCH_FILM } from '@/utils/summary/fixtures';
import { createPopupModel, type Ask } from '@/utils/ui/popup-model';
import { createSummaryModel, type SummaryDeps } from '@/utils/ui/summary-model';
import { SummaryPanel } from './SummaryPanel';

const page: PageSummary = {
  url: 'https://films.test/quebec',
  title: FRENCH_FILM.title,
  siteName: 'Films',
  detection: { isArticle: true, confidence: 0.9, reasons: [] },
};
const ask = (async (type: string) => {
  if (type === 'listSaved') return [];
  if (type === 'getTabSummary') return page;
  if (type === 'getTabArticle') return { ...page, ...FRENCH_FILM, html: '', isArticle: true, canonical: page.url } as unknown as Article;
  throw new Error(type);
}) as Ask;

async function mount(deps: SummaryDeps) {
  const model = createPopupModel(ask);
  await model.load(1);
  const root = document.createElement('div');
  document.body.append(root);
  const summary = createSummaryModel(model.article, deps);
  summary.start();
  await act(() => render(<SummaryPanel model={model} summary={summary} />, root));
  return root;
}

function deps(api: FakeSummarizerOptions | null, enabled = true, copied: string[] = []): SummaryDeps {
  return {
    api: api ? fakeSummarizer(api) : null,
    loadSettings: async () => ({ onDeviceSummaries: enabled }),
    writeText: async (t) => void copied.push(t),
  };
}

describe('SummaryPanel', () => {
  it('shows the TL;DR and key points in the article’s language, labelled for screen readers', async () => {
    const root = await mount(deps(null, false));
    const section = root.querySelector('section[aria-labelledby="summary-heading"]');
    expect(section?.querySelector('h2')?.textContent).toBe('Summary');
    const list = section?.querySelector('ul');
    expect(list?.getAttribute('lang')).toBe('fr');
    expect(list?.getAttribute('aria-label')).toBe('Key points');
    expect(list?.querySelectorAll('li')).toHaveLength(3);
    const tldr = section?.querySelector('.tldr span[lang="fr"]');
    expect(FRENCH_FILM.text).toContain(tldr?.textContent ?? '∅');
    expect(section?.querySelector('.tldr .label')?.getAttribute('lang')).toBeNull();
  });

  it('copies the summary as plain text and announces it', async () => {
    const copied: string[] = [];
    const root = await mount(deps(null, false, copied));
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy summary');
    await act(async () => button?.click());
    await vi.waitFor(() => expect(root.querySelector('.summary [role="status"]')?.textContent).toBe('Summary copied.'));
    expect(copied[0]).toMatch(/^TL;DR: Le cinéma québécois/);
    expect(copied[0]).toContain('\n- ');
  });

  it('offers on-device AI when the model must be downloaded, and the click starts it with a progress bar', async () => {
    let active = false;
    document.addEventListener(
      'click',
      () => {
        active = true;
        queueMicrotask(() => (active = false));
      },
      true,
    );
    const d = deps({ availability: 'downloadable', isActive: () => active, progress: [0.4, 0.8, 1] });
    const root = await mount(d);
    const button = await vi.waitFor(() => {
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent === 'Summarise with on-device AI');
      if (!b) throw new Error('no button yet');
      return b;
    });
    expect(button.getAttribute('aria-describedby')).toBe('summary-ai-help');
    await act(async () => button.click());
    const bar = root.querySelector('progress');
    expect(bar?.id).toBe('summary-progress');
    expect(root.querySelector('label[for="summary-progress"]')?.textContent).toBe('Downloading the on-device model…');
    await vi.waitFor(() => expect(root.querySelector('.summary .source')?.textContent).toBe("Summarised by your browser's on-device AI."));
    expect(root.querySelector('progress')).toBeNull();
  });

  it('keeps the extractive summary with a quiet note when the model fails', async () => {
    const root = await mount(deps({ fail: 'summarize' }));
    await vi.waitFor(() => expect(root.querySelector('.summary-ai')?.textContent).toMatch(/couldn't summarise/));
    expect(root.querySelector('.summary .source')?.textContent).toBe('Key sentences from the article itself.');
    expect(root.querySelectorAll('.summary li')).toHaveLength(3);
  });

  it('shows nothing for a page that is not an article', async () => {
    const listing = { ...page, detection: { isArticle: false, confidence: 0.9, reasons: [] } };
    const model = createPopupModel((async (type: string) =>
      type === 'listSaved'
        ? []
        : type === 'getTabSummary'
          ? listing
          : ({ ...listing, ...FRENCH_FILM, html: '', isArticle: false } as unknown as Article)) as Ask);
    await model.load(1);
    const root = document.createElement('div');
    await act(() => render(<SummaryPanel model={model} summary={createSummaryModel(model.article, deps(null))} />, root));
    expect(model.state.value).toBe('not-article');
    expect(root.innerHTML).toBe('');
  });

  it('shows nothing for a page without a body', async () => {
    const model = createPopupModel((async (type: string) =>
      type === 'listSaved'
        ? []
        : type === 'getTabSummary'
          ? page
          : ({ ...page, text: '', html: '', isArticle: true } as unknown as Article)) as Ask);
    await model.load(1);
    const root = document.createElement('div');
    await act(() => render(<SummaryPanel model={model} summary={createSummaryModel(model.article, deps(null))} />, root));
    expect(root.innerHTML).toBe('');
  });
});
