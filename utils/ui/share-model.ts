import { signal } from '@preact/signals';
import type { MessageKey } from '@/utils/i18n';
import type { ArticleSummary } from '@/utils/summary/types';
import { formatCitation, type CitationStyle } from '@/utils/share/citation/format';
import type { ShareEnv } from '@/utils/share/env';
import { intentUrl, type IntentTargetId } from '@/utils/share/intents';
import { exportFileName, listToHtml, listToMarkdown } from '@/utils/share/list-export';
import { toMarkdown } from '@/utils/share/markdown';
import { normaliseMastodonInstance } from '@/utils/share/mastodon-instance';
import { prepareShare } from '@/utils/share/prepare';
import { shareableFromArticle, type Shareable } from '@/utils/share/shareable';
import { shareWithSystem, webShareData } from '@/utils/share/system-share';
import type { PopupModel } from './popup-model';

/** A status line for the live region: a message key and its substitutions. */
export interface ShareStatus {
  key: MessageKey;
  subs?: string[];
  error?: boolean;
}

const STYLE_NAMES: Record<CitationStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago' };
const TARGET_NAMES: Record<IntentTargetId, string> = {
  facebook: 'Facebook',
  x: 'X',
  reddit: 'Reddit',
  pinterest: 'Pinterest',
  email: 'Email',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
};

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * The Share control's state and actions, outside any component: whether the panel is open, the
 * status line, and the Mastodon server (asked for inline the first time it is needed). Actions
 * take the piece to share, so one model serves the tab's article or any saved item.
 */
export function createShareModel(env: ShareEnv) {
  const open = signal(false);
  const status = signal<ShareStatus | null>(null);
  const mastodonInstance = signal<string | null>(null);
  const askingMastodon = signal(false);
  const mastodonError = signal(false);

  /** Reads the remembered Mastodon server. */
  async function load(): Promise<void> {
    mastodonInstance.value = await env.loadMastodonInstance().catch(() => null);
  }

  function toggle(): void {
    open.value = !open.value;
    if (!open.value) askingMastodon.value = false;
  }

  function close(): void {
    open.value = false;
    askingMastodon.value = false;
  }

  async function copy(text: string, html: string | undefined, done: ShareStatus): Promise<void> {
    try {
      await env.copy(text, html);
      status.value = done;
    } catch (err) {
      status.value = { key: 'shareCopyFailed', subs: [message(err)], error: true };
    }
  }

  async function openLink(url: string, name: string): Promise<void> {
    try {
      await env.openUrl(url);
      status.value = { key: 'shareOpened', subs: [name] };
    } catch (err) {
      status.value = { key: 'shareOpenFailed', subs: [name, message(err)], error: true };
    }
  }

  return {
    open,
    status,
    mastodonInstance,
    askingMastodon,
    mastodonError,
    load,
    toggle,
    close,

    /** Copies the clean canonical link. */
    copyLink: (item: Shareable) => copy(prepareShare(item).url, undefined, { key: 'shareCopiedLink' }),

    /** Copies `[title](url)` and the key points. */
    copyMarkdown: (item: Shareable) => copy(toMarkdown(item), undefined, { key: 'shareCopiedMarkdown' }),

    /** Copies the citation in one style, as plain text and as rich text with italics. */
    copyCitation: (item: Shareable, style: CitationStyle) => {
      const p = prepareShare(item);
      const csl = item.citation ?? { id: p.url, type: 'webpage' as const, title: p.title, URL: p.url };
      const { text, html } = formatCitation(csl, style, env.now());
      return copy(text, html, { key: 'shareCopiedCitation', subs: [STYLE_NAMES[style]] });
    },

    /** The system share sheet, or, where there is none, the link copied with a word saying so. */
    async shareSystem(item: Shareable): Promise<void> {
      const p = prepareShare(item);
      const result = await shareWithSystem(env.webShare, webShareData(p));
      if (result === 'shared') status.value = { key: 'shareSystemDone' };
      else if (result === 'cancelled') status.value = null;
      else await copy(p.url, undefined, { key: 'shareSystemFallback' });
    },

    /** Opens one target's share link; Mastodon without a known server asks for it first. */
    async openTarget(item: Shareable, target: IntentTargetId): Promise<void> {
      const url = intentUrl(target, prepareShare(item), { mastodonInstance: mastodonInstance.value });
      if (url === null) {
        askingMastodon.value = true;
        mastodonError.value = false;
        return;
      }
      await openLink(url, TARGET_NAMES[target]);
    },

    /** Shows the Mastodon server field again, to change the remembered server. */
    changeMastodon(): void {
      askingMastodon.value = true;
      mastodonError.value = false;
    },

    /** Checks and remembers the server the reader typed, then shares to it. */
    async submitMastodon(item: Shareable, input: string): Promise<boolean> {
      const host = normaliseMastodonInstance(input);
      if (!host) {
        mastodonError.value = true;
        status.value = { key: 'shareMastodonInvalid', error: true };
        return false;
      }
      mastodonError.value = false;
      try {
        await env.saveMastodonInstance(host);
      } catch (err) {
        status.value = { key: 'shareMastodonSaveFailed', subs: [message(err)], error: true };
        return false;
      }
      mastodonInstance.value = host;
      askingMastodon.value = false;
      const url = intentUrl('mastodon', prepareShare(item), { mastodonInstance: host });
      if (url) await openLink(url, TARGET_NAMES.mastodon);
      return true;
    },
  };
}

export type ShareModel = ReturnType<typeof createShareModel>;

/** What the popup shares: the extracted article (with its summary), else the page as reported. */
export function popupShareable(model: PopupModel, summary?: ArticleSummary | null): Shareable | null {
  const article = model.article.value;
  if (article) return shareableFromArticle(article, summary);
  const page = model.page.value;
  return page ? { title: page.title, url: page.url, siteName: page.siteName } : null;
}

/** Where a list export goes: a file download, or the clipboard. */
export interface ListExportEnv {
  download(fileName: string, content: string, mimeType: string): void;
  copy(text: string): Promise<void>;
  now(): Date;
}

/**
 * Exporting a whole list (the library page's reading list, a tag, a search result) as a
 * Markdown or HTML file, or copying it as Markdown. `heading` is the translated title.
 */
export function createListExportModel(env: ListExportEnv) {
  const status = signal<ShareStatus | null>(null);
  return {
    status,
    exportMarkdown(items: readonly Shareable[], heading: string): void {
      const name = exportFileName(heading, 'md', env.now());
      env.download(name, listToMarkdown(items, { heading }), 'text/markdown');
      status.value = { key: 'shareExported', subs: [name] };
    },
    exportHtml(items: readonly Shareable[], heading: string, lang?: string): void {
      const name = exportFileName(heading, 'html', env.now());
      env.download(name, listToHtml(items, { heading, lang }), 'text/html');
      status.value = { key: 'shareExported', subs: [name] };
    },
    async copyMarkdown(items: readonly Shareable[], heading: string): Promise<void> {
      try {
        await env.copy(listToMarkdown(items, { heading }));
        status.value = { key: 'shareCopiedMarkdown' };
      } catch (err) {
        status.value = { key: 'shareCopyFailed', subs: [message(err)], error: true };
      }
    },
  };
}

export type ListExportModel = ReturnType<typeof createListExportModel>;
