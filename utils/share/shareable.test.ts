import { describe, expect, it } from 'vitest';
import type { Article } from '@/utils/article/types';
import type { SavedItem } from '@/utils/library/types';
import { shareableFromArticle, shareableFromSavedItem } from './shareable';

const article: Article = {
  url: 'https://films.example/a?utm_source=x',
  canonical: 'https://films.example/a',
  title: 'A film essay',
  byline: 'By Ana Silva',
  authors: [],
  published: '2025-08-09',
  modified: null,
  section: null,
  tags: [],
  siteName: 'Frame & Nation',
  lang: 'en',
  description: 'The page description.',
  image: 'https://films.example/lead.jpg',
  isArticle: true,
  confidence: 0.9,
  wordCount: 900,
  readingMinutes: 4,
  text: '',
  html: '',
  related: [],
  citation: { id: 'a', type: 'article-magazine', title: 'A film essay', URL: 'https://films.example/a?utm_source=x' },
};

describe('shareableFromArticle', () => {
  it('carries title, URLs, image and a completed citation; the description stands in for a TL;DR', () => {
    const s = shareableFromArticle(article);
    expect(s).toMatchObject({
      title: 'A film essay',
      url: article.url,
      canonical: 'https://films.example/a',
      image: 'https://films.example/lead.jpg',
      tldr: 'The page description.',
      siteName: 'Frame & Nation',
    });
    expect(s.citation).toMatchObject({
      type: 'article-magazine',
      URL: 'https://films.example/a',
      author: [{ given: 'Ana', family: 'Silva' }],
      issued: { 'date-parts': [[2025, 8, 9]] },
      'container-title': 'Frame & Nation',
    });
  });
  it('takes the summary when there is one', () => {
    const s = shareableFromArticle(article, { points: ['One.', ' ', 'Two.'], tldr: 'Gist.', lang: 'en', source: 'extractive' });
    expect(s.summaryPoints).toEqual(['One.', 'Two.']);
    expect(s.tldr).toBe('Gist.');
  });
  it('drops a lead image that is not a web URL', () => {
    expect(shareableFromArticle({ ...article, image: 'data:image/png;base64,xx' }).image).toBeNull();
  });
});

describe('shareableFromSavedItem', () => {
  const saved: SavedItem = {
    url: 'https://films.example/a',
    title: 'Saved title',
    siteName: 'Frame & Nation',
    byline: 'Tom Roe',
    published: '2024-01-02',
    excerpt: 'An excerpt.',
    status: 'unread',
    tags: [],
    savedAt: 0,
    article: null,
  };
  it('works from the stored fields alone', () => {
    const s = shareableFromSavedItem(saved);
    expect(s).toMatchObject({ title: 'Saved title', url: 'https://films.example/a', tldr: 'An excerpt.', byline: 'Tom Roe' });
    expect(s.citation).toMatchObject({
      type: 'webpage',
      title: 'Saved title',
      author: [{ given: 'Tom', family: 'Roe' }],
      issued: { 'date-parts': [[2024, 1, 2]] },
      'container-title': 'Frame & Nation',
    });
  });
  it('uses the stored article and summary when present', () => {
    const s = shareableFromSavedItem({
      ...saved,
      article,
      summary: { points: ['P1.'], tldr: 'Summary gist.', lang: 'en', source: 'extractive' },
    });
    expect(s).toMatchObject({ image: 'https://films.example/lead.jpg', summaryPoints: ['P1.'], tldr: 'Summary gist.', title: 'Saved title' });
    expect(s.citation?.type).toBe('article-magazine');
    expect(s.citation?.title).toBe('Saved title');
  });
});
