// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { RelatedPiece, RelatedRun } from '@/utils/related/types';
import type { Ask } from '@/utils/ui/popup-model';
import { createRelatedModel } from '@/utils/ui/related-model';
import { RelatedPanel } from './RelatedPanel';

const base: Omit<RelatedPiece, 'url' | 'title' | 'source' | 'position'> = {
  date: '2025-07-19T00:00:00.000Z',
  section: 'National cinemas',
  teaser: 'A teaser.',
  summary: null,
  nations: { about: ['KZ'], mentioned: [] },
  image: null,
  attribution: null,
  status: 'done',
  error: null,
  score: 1,
};

const run = (state: RelatedRun['state'], pieces: RelatedPiece[]): RelatedRun => ({
  tabId: 1,
  articleUrl: 'https://films.test/a',
  context: { url: 'https://films.test/a', title: 'A', section: 'National cinemas', published: null, lang: 'en', nations: { about: [], mentioned: [] } },
  state,
  startedAt: 0,
  finishedAt: null,
  tasks: [
    { id: 'a', kind: 'page', url: 'https://films.test/k', status: 'done', ref: null, error: null },
    { id: 'b', kind: 'page', url: 'https://films.test/gone', status: state === 'running' ? 'queued' : 'error', ref: null, error: null },
  ],
  pieces,
});

const PIECES: RelatedPiece[] = [
  { ...base, url: 'https://films.test/k', title: 'Kazakh cinema', source: 'page', position: 0 },
  { ...base, url: 'https://films.test/f', title: 'Fijian cinema', source: 'feed', position: 0, nations: { about: ['FJ'], mentioned: ['SU'] } },
  { ...base, url: 'https://films.test/gone', title: 'Slovak cinema', source: 'page', position: 1, status: 'error', error: 'not-found' },
  {
    ...base,
    url: 'https://en.wikipedia.org/wiki/Cinema_of_Kazakhstan',
    title: 'Cinema of Kazakhstan',
    source: 'wikipedia',
    position: 0,
    attribution: { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Cinema_of_Kazakhstan', license: 'CC BY-SA 4.0', licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  },
];

async function mount(state: RelatedRun['state']) {
  const ask = (async () => run(state, PIECES)) as Ask;
  const model = createRelatedModel(ask, () => () => undefined, 60_000);
  await model.load(1);
  const root = document.createElement('div');
  document.body.append(root);
  render(<RelatedPanel model={model} />, root);
  return { root, model };
}

describe('RelatedPanel', () => {
  it('shows an accessible progress bar while fetching', async () => {
    const { root, model } = await mount('running');
    const progress = root.querySelector('progress');
    expect(progress?.getAttribute('aria-label')).toBe('Finding related pieces');
    expect(progress?.getAttribute('value')).toBe('1');
    expect(progress?.getAttribute('max')).toBe('2');
    expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    model.dispose();
  });

  it('lists each piece with its link, date, section, nations, teaser, source and a Save button', async () => {
    const { root } = await mount('done');
    expect(root.querySelector('progress')).toBeNull();
    const items = [...root.querySelectorAll('.related-item')];
    expect(items.map((li) => li.querySelector('a.related-title')?.textContent)).toEqual([
      'Kazakh cinema',
      'Fijian cinema',
      'Slovak cinema',
      'Cinema of Kazakhstan',
    ]);
    const first = items[0]!;
    expect(first.querySelector('a')?.getAttribute('href')).toBe('https://films.test/k');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2025-07-19T00:00:00.000Z');
    expect(first.textContent).toContain('National cinemas');
    expect(first.querySelector('.related-nations')?.textContent).toBe('National cinemas: Kazakhstan');
    expect(first.querySelector('.related-teaser')?.textContent).toBe('A teaser.');
    expect(first.querySelector('.related-source')?.textContent).toBe("From this page's related links");
    expect(first.querySelector('button')?.getAttribute('aria-label')).toBe('Save “Kazakh cinema” to the reading list');
    expect(items[1]!.querySelector('.related-nations')?.textContent).toBe('National cinemas: Fiji, Soviet Union');
    expect(items[1]!.querySelector('.related-source')?.textContent).toBe("From the site's feed");
    // The failed page stays, quietly marked.
    expect(items[2]!.querySelector('.related-error')?.textContent).toBe('Page not found');
    expect(root.querySelector('.related-failed')?.textContent).toContain('1 page(s)');
    // Wikipedia text carries its licence.
    const license = items[3]!.querySelector('.related-source a');
    expect(license?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(items[3]!.querySelector('.related-source')?.textContent).toBe('Wikipedia · CC BY-SA 4.0');
  });
});
