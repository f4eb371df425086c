// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { ShareEnv } from '@/utils/share/env';
import type { Shareable } from '@/utils/share/shareable';
import { createListExportModel, createShareModel } from '@/utils/ui/share-model';
import { ShareControl } from './ShareControl';
import { ShareListExport } from './ShareListExport';

const item: Shareable = { title: 'Why Co-Productions Matter', url: 'https://films.example/a?fbclid=1' };

function setup(shareable: Shareable | null = item) {
  const opened: string[] = [];
  const copied: string[] = [];
  let stored: string | null = null;
  const env: ShareEnv = {
    openUrl: async (url) => void opened.push(url),
    copy: async (text) => void copied.push(text),
    webShare: {},
    loadMastodonInstance: async () => stored,
    saveMastodonInstance: async (host) => void (stored = host),
    now: () => new Date(2025, 7, 10),
  };
  const model = createShareModel(env);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<ShareControl item={shareable} model={model} />, root);
  const toggle = root.querySelector<HTMLButtonElement>('button.share-toggle')!;
  const button = (name: string | RegExp) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  return { root, model, toggle, button, opened, copied };
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('ShareControl', () => {
  it('is a labelled disclosure button with a polite live region', () => {
    const { root, toggle } = setup();
    expect(toggle.textContent).toBe('Share');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.share-panel')).toBeNull();
    expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  });

  it('opens a panel of labelled buttons, one per target', async () => {
    const { root, toggle } = setup();
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = root.querySelector(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(panel.getAttribute('aria-label')).toBe('Share this article');
    const labels = Array.from(panel.querySelectorAll('button')).map((b) => b.textContent);
    expect(labels).toEqual([
      'Copy link',
      'Copy as Markdown',
      'Copy APA citation',
      'Copy MLA citation',
      'Copy Chicago citation',
      'Share with another app…',
      'Share on Facebook',
      'Post on X',
      'Submit to Reddit',
      'Pin on Pinterest',
      'Send by email',
      'Post on Bluesky',
      'Post on Mastodon',
      'Share on LinkedIn',
      'Send with WhatsApp',
      'Send with Telegram',
    ]);
    for (const b of panel.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
    expect(panel.querySelectorAll('[role="group"][aria-labelledby]')).toHaveLength(2);
  });

  it('copies and announces the result', async () => {
    const { root, toggle, button, copied } = setup();
    await act(() => toggle.click());
    await act(() => button('Copy link')!.click());
    await flush();
    expect(copied).toEqual(['https://films.example/a']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Link copied.');
  });

  it('Escape closes the panel and returns focus to the Share button', async () => {
    const { root, toggle, button } = setup();
    await act(() => toggle.click());
    const inside = button('Post on X')!;
    inside.focus();
    await act(() => {
      inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.share-panel')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('asks for the Mastodon server inline, with a labelled field that gets focus', async () => {
    const { root, toggle, button, opened } = setup();
    await act(() => toggle.click());
    await act(() => button('Post on Mastodon')!.click());
    await flush();
    const input = root.querySelector<HTMLInputElement>('#share-mastodon-host')!;
    expect(root.querySelector('label[for="share-mastodon-host"]')?.textContent).toBe('Your Mastodon server');
    expect(document.activeElement).toBe(input);
    input.value = 'mastodon.social';
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    });
    await flush();
    expect(opened[0]?.startsWith('https://mastodon.social/share?text=')).toBe(true);
    expect(button(/^Post on Mastodon \(mastodon\.social\)$/)).toBeDefined();
    expect(button('Change Mastodon server')).toBeDefined();
  });

  it('is disabled when there is nothing to share', () => {
    const { toggle } = setup(null);
    expect(toggle.disabled).toBe(true);
  });
});

describe('ShareListExport', () => {
  it('offers three labelled export buttons, disabled for an empty list', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const model = createListExportModel({ download: () => undefined, copy: async () => undefined, now: () => new Date() });
    render(<ShareListExport items={() => []} count={0} model={model} />, root);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Export as Markdown file', 'Export as HTML file', 'Copy list as Markdown']);
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Share this list');
  });
});
