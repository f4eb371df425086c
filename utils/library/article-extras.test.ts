import { describe, expect, it } from 'vitest';
import type { Article } from '@/utils/article/types';
import type { ArticleSummary } from '@/utils/summary/types';
import { articleExtras } from './article-extras';

const body = [
  'Kazakh cinema has spent three decades asking what a national film culture looks like after the Soviet studios closed.',
  'Producers in Almaty now work with partners in South Korea and Germany, and Kazakh directors travel to festivals in Busan and Berlin.',
  'The steppe remains a landscape of memory, but Kazakh audiences reward comedies about city life in Almaty and Astana.',
  'Co-production treaties have given Kazakh crews steady work and brought new post-production houses to the country.',
  'Critics ask whether films made for foreign juries can still speak to audiences at home, and Kazakh producers answer with box-office figures.',
].join('\n\n');

const article = (text: string): Article =>
  ({
    url: 'https://films.test/kazakh',
    canonical: 'https://films.test/kazakh',
    title: 'Kazakh cinema after the steppe',
    section: 'National cinemas',
    description: null,
    lang: 'en',
    text,
    html: text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join(''),
  }) as Article;

describe('articleExtras', () => {
  it('summarises the body and tags the nations it is about', () => {
    const { summary, nations } = articleExtras(article(`${body}\n\n${body}`));
    expect(summary?.source).toBe('extractive');
    expect(summary?.points.length).toBeGreaterThanOrEqual(3);
    for (const point of summary?.points ?? []) expect(body).toContain(point);
    expect(nations?.about).toContain('KZ');
  });

  it('keeps the summary the reader was shown', () => {
    const shown: ArticleSummary = { points: ['From the model.'], tldr: 'Model.', lang: 'en', source: 'on-device' };
    expect(articleExtras(article(body), shown).summary).toBe(shown);
  });

  it('adds nothing for a page without a body', () => {
    expect(articleExtras(article(''))).toEqual({ summary: null, nations: null });
  });
});
