import { buildQuery } from './encode';
import { normaliseMastodonInstance } from './mastodon-instance';
import type { PreparedShare } from './prepare';
import { fitText, graphemeLength, xWeightedLength } from './text-fit';

/** The sites and apps Reelmark shares to by opening a link ("intent") in a new tab. */
export type IntentTargetId =
  | 'facebook'
  | 'x'
  | 'reddit'
  | 'pinterest'
  | 'email'
  | 'bluesky'
  | 'mastodon'
  | 'linkedin'
  | 'whatsapp'
  | 'telegram';

/** What some targets need beyond the piece itself. */
export interface IntentOptions {
  /** Host name of the reader's Mastodon server. */
  mastodonInstance?: string | null;
}

/** X shortens every link to a t.co link of this length (X developer docs, "short_url_length"). */
export const X_URL_LENGTH = 23;
/** X's post limit in weighted characters. */
export const X_LIMIT = 280;
/** Bluesky's post limit in graphemes (docs.bsky.app, "Action Intent Links"). */
export const BLUESKY_LIMIT = 300;
/** Mastodon's default post limit. */
export const MASTODON_LIMIT = 500;
/** Mastodon counts every link as 23 characters, whatever its length. */
export const MASTODON_URL_LENGTH = 23;
/** Reddit's title limit. */
export const REDDIT_TITLE_LIMIT = 300;
/** Pinterest's description limit. */
export const PINTEREST_DESCRIPTION_LIMIT = 500;
/** Kept well under the ~2000 characters some mail clients accept in a mailto link. */
export const MAILTO_BODY_LIMIT = 1500;

/** "Title URL" with the title cut so that the whole fits `limit` when the URL counts `urlCost`. */
function titleAndUrl(p: PreparedShare, limit: number, urlCost: number, measure: (s: string) => number, sep = ' '): string {
  const title = fitText(p.title, limit - urlCost - measure(sep), measure);
  return title ? `${title}${sep}${p.url}` : p.url;
}

/** The mail body: title, link, then the TL;DR and key points while they fit. CRLF line breaks (RFC 6068). */
export function emailBody(p: PreparedShare): string {
  const lines = [p.title, p.url];
  const extra: string[] = [];
  if (p.tldr) extra.push('', p.tldr);
  if (p.points.length) extra.push('', ...p.points.map((point) => `- ${point}`));
  for (const line of extra) {
    if ([...lines, line].join('\r\n').length > MAILTO_BODY_LIMIT) break;
    lines.push(line);
  }
  return lines.join('\r\n').replace(/(\r\n)+$/, '');
}

/**
 * Each target's share link. Formats checked against each service's documentation (2025):
 * Facebook sharer.php?u=, X intent/tweet?text=&url= (the documented endpoint; intent/post
 * redirects to it), Reddit submit?url=&title=, Pinterest pin/create/button/?url=&media=&description=,
 * mailto:?subject=&body=, Bluesky intent/compose?text=, Mastodon <server>/share?text= (every
 * Mastodon version joins title, text and url into the post; `text` alone also works on forks),
 * LinkedIn sharing/share-offsite/?url=, WhatsApp wa.me/?text=, Telegram t.me/share/url?url=&text=.
 * A builder returns null when the target cannot be used (Mastodon without a server).
 */
export const INTENT_BUILDERS: Record<IntentTargetId, (p: PreparedShare, options: IntentOptions) => string | null> = {
  facebook: (p) => `https://www.facebook.com/sharer/sharer.php?${buildQuery([['u', p.url]])}`,
  x: (p) =>
    `https://x.com/intent/tweet?${buildQuery([
      ['text', fitText(p.title, X_LIMIT - X_URL_LENGTH - 1, xWeightedLength)],
      ['url', p.url],
    ])}`,
  reddit: (p) =>
    `https://www.reddit.com/submit?${buildQuery([
      ['url', p.url],
      ['title', fitText(p.title, REDDIT_TITLE_LIMIT)],
    ])}`,
  pinterest: (p) =>
    `https://www.pinterest.com/pin/create/button/?${buildQuery([
      ['url', p.url],
      ['media', p.image],
      ['description', fitText(p.title, PINTEREST_DESCRIPTION_LIMIT)],
    ])}`,
  email: (p) => `mailto:?${buildQuery([['subject', p.title], ['body', emailBody(p)]])}`,
  bluesky: (p) =>
    `https://bsky.app/intent/compose?${buildQuery([['text', titleAndUrl(p, BLUESKY_LIMIT, graphemeLength(p.url), graphemeLength)]])}`,
  mastodon: (p, { mastodonInstance }) => {
    const host = normaliseMastodonInstance(mastodonInstance);
    if (!host) return null;
    return `https://${host}/share?${buildQuery([['text', titleAndUrl(p, MASTODON_LIMIT, MASTODON_URL_LENGTH, graphemeLength)]])}`;
  },
  linkedin: (p) => `https://www.linkedin.com/sharing/share-offsite/?${buildQuery([['url', p.url]])}`,
  whatsapp: (p) => `https://wa.me/?${buildQuery([['text', `${p.title}\n${p.url}`]])}`,
  telegram: (p) =>
    `https://t.me/share/url?${buildQuery([
      ['url', p.url],
      ['text', p.title],
    ])}`,
};

/** The order targets appear in the popup. */
export const INTENT_TARGETS: readonly IntentTargetId[] = [
  'facebook',
  'x',
  'reddit',
  'pinterest',
  'email',
  'bluesky',
  'mastodon',
  'linkedin',
  'whatsapp',
  'telegram',
];

/** The share link of one target, or null when it needs something not given (Mastodon's server). */
export function intentUrl(target: IntentTargetId, p: PreparedShare, options: IntentOptions = {}): string | null {
  return INTENT_BUILDERS[target](p, options);
}
