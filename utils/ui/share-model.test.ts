import { describe, expect, it, vi } from 'vitest';
import type { ShareEnv } from '@/utils/share/env';
import type { Shareable } from '@/utils/share/shareable';
import { createListExportModel, createShareModel } from './share-model';

const item: Shareable = {
  title: 'Why Co-Productions Matter',
  url: 'https://films.example/a?utm_source=x',
  summaryPoints: ['Money moves.'],
  citation: {
    id: 'a',
    type: 'article-newspaper',
    title: 'Why Co-Productions Matter',
    author: [{ family: 'Silva', given: 'Ana' }],
    issued: { 'date-parts': [[2025, 8, 9]] },
    'container-title': 'Frame & Nation',
    URL: 'https://films.example/a',
  },
};

function fakeEnv(overrides: Partial<ShareEnv> = {}) {
  const opened: string[] = [];
  const copied: { text: string; html?: string }[] = [];
  let stored: string | null = null;
  const env: ShareEnv = {
    openUrl: async (url) => void opened.push(url),
    copy: async (text, html) => void copied.push({ text, html }),
    webShare: {},
    loadMastodonInstance: async () => stored,
    saveMastodonInstance: async (host) => void (stored = host),
    now: () => new Date(2025, 7, 10),
    ...overrides,
  };
  return { env, opened, copied, stored: () => stored };
}

describe('share model', () => {
  it('copies the clean link, Markdown and citations, and says so', async () => {
    const { env, copied } = fakeEnv();
    const m = createShareModel(env);
    await m.copyLink(item);
    expect(copied.at(-1)).toEqual({ text: 'https://films.example/a', html: undefined });
    expect(m.status.value).toEqual({ key: 'shareCopiedLink' });

    await m.copyMarkdown(item);
    expect(copied.at(-1)?.text).toBe('[Why Co-Productions Matter](https://films.example/a)\n\n- Money moves.\n');

    await m.copyCitation(item, 'chicago');
    expect(copied.at(-1)).toEqual({
      text: 'Silva, Ana. “Why Co-Productions Matter.” Frame & Nation, August 9, 2025. https://films.example/a.',
      html: 'Silva, Ana. “Why Co-Productions Matter.” <i>Frame &amp; Nation</i>, August 9, 2025. https://films.example/a.',
    });
    expect(m.status.value).toEqual({ key: 'shareCopiedCitation', subs: ['Chicago'] });
  });

  it('cites a piece without CSL data as a webpage, with the access date', async () => {
    const { env, copied } = fakeEnv();
    await createShareModel(env).copyCitation({ title: 'Page', url: 'https://films.example/p' }, 'mla');
    expect(copied[0]?.text).toBe('“Page.” films.example/p. Accessed 10 Aug. 2025.');
  });

  it('reports a clipboard failure as an error status', async () => {
    const { env } = fakeEnv({ copy: () => Promise.reject(new Error('Document is not focused')) });
    const m = createShareModel(env);
    await m.copyLink(item);
    expect(m.status.value).toEqual({ key: 'shareCopyFailed', subs: ['Document is not focused'], error: true });
  });

  it('opens targets through the one opener', async () => {
    const { env, opened } = fakeEnv();
    const m = createShareModel(env);
    await m.openTarget(item, 'reddit');
    expect(opened).toEqual([`https://www.reddit.com/submit?url=${encodeURIComponent('https://films.example/a')}&title=Why%20Co-Productions%20Matter`]);
    expect(m.status.value).toEqual({ key: 'shareOpened', subs: ['Reddit'] });
  });

  it('asks for a Mastodon server once, validates it, remembers it, then posts', async () => {
    const { env, opened, stored } = fakeEnv();
    const m = createShareModel(env);
    await m.load();
    await m.openTarget(item, 'mastodon');
    expect(opened).toEqual([]);
    expect(m.askingMastodon.value).toBe(true);

    expect(await m.submitMastodon(item, 'not a server')).toBe(false);
    expect(m.mastodonError.value).toBe(true);
    expect(stored()).toBeNull();

    expect(await m.submitMastodon(item, '@ana@Mastodon.Social')).toBe(true);
    expect(stored()).toBe('mastodon.social');
    expect(m.askingMastodon.value).toBe(false);
    expect(opened[0]?.startsWith('https://mastodon.social/share?text=Why%20Co-Productions%20Matter%20https%3A%2F%2Ffilms.example%2Fa')).toBe(true);

    await m.openTarget(item, 'mastodon');
    expect(opened).toHaveLength(2);
  });

  it('uses the system share sheet where there is one', async () => {
    const share = vi.fn(async () => undefined);
    const { env, copied } = fakeEnv({ webShare: { share, canShare: () => true } });
    const m = createShareModel(env);
    await m.shareSystem({ ...item, tldr: 'Gist.' });
    expect(share).toHaveBeenCalledWith({ title: 'Why Co-Productions Matter', text: 'Gist.', url: 'https://films.example/a' });
    expect(copied).toEqual([]);
    expect(m.status.value).toEqual({ key: 'shareSystemDone' });
  });

  it('falls back to copying the link where there is none, and says why', async () => {
    const { env, copied } = fakeEnv({ webShare: {} });
    const m = createShareModel(env);
    await m.shareSystem(item);
    expect(copied).toEqual([{ text: 'https://films.example/a', html: undefined }]);
    expect(m.status.value).toEqual({ key: 'shareSystemFallback' });
  });

  it('does nothing more when the reader closes the share sheet', async () => {
    const abort = Object.assign(new Error('cancelled'), { name: 'AbortError' });
    const { env, copied } = fakeEnv({ webShare: { share: () => Promise.reject(abort) } });
    const m = createShareModel(env);
    await m.shareSystem(item);
    expect(copied).toEqual([]);
    expect(m.status.value).toBeNull();
  });

  it('toggles and closes the panel', () => {
    const m = createShareModel(fakeEnv().env);
    m.toggle();
    expect(m.open.value).toBe(true);
    m.changeMastodon();
    m.close();
    expect(m.open.value).toBe(false);
    expect(m.askingMastodon.value).toBe(false);
  });
});

describe('list export model', () => {
  it('downloads Markdown and HTML files and copies Markdown', async () => {
    const downloads: [string, string, string][] = [];
    const copied: string[] = [];
    const m = createListExportModel({
      download: (name, content, type) => void downloads.push([name, content, type]),
      copy: async (text) => void copied.push(text),
      now: () => new Date(2025, 7, 10),
    });
    m.exportMarkdown([item], 'Reading list');
    m.exportHtml([item], 'Reading list', 'en');
    await m.copyMarkdown([item], 'Reading list');
    expect(downloads.map(([name, , type]) => [name, type])).toEqual([
      ['reading-list-2025-08-10.md', 'text/markdown'],
      ['reading-list-2025-08-10.html', 'text/html'],
    ]);
    expect(downloads[0]![1].startsWith('# Reading list\n\n## [Why Co-Productions Matter](https://films.example/a)')).toBe(true);
    expect(copied[0]).toBe(downloads[0]![1]);
    expect(m.status.value).toEqual({ key: 'shareCopiedMarkdown' });
  });
});
