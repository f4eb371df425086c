import type { BrowserContext, Page } from '@playwright/test';
import { SEED_ARTICLE_PATH, SEED_ARTICLE_TITLE } from '../demo-site/server';
import { expect, openPopupFor, reportedTabId, test } from './fixtures';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Strict query encoding, written out here so the expectations do not reuse the code under test. */
const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Watches what the extension opens without visiting it: every http(s) request to a non-loopback
 * host is aborted (and logged), and Chrome's target discovery reports the URL of every new tab,
 * mailto: included (a mail link makes no request). `fulfil` serves made-up sites from memory.
 */
async function captureOpenedTabs(context: BrowserContext, fulfil: Record<string, string> = {}) {
  const requested: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const page = fulfil[url.origin + url.pathname];
    if (page !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    if (!/^https?:$/.test(url.protocol) || LOOPBACK.has(url.hostname)) return route.continue();
    requested.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const opened: string[] = [];
  const known = new Set<string>();
  const probe = await context.newPage();
  const cdp = await context.newCDPSession(probe);
  cdp.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'page' || known.has(targetInfo.targetId)) return;
    known.add(targetInfo.targetId);
    if (targetInfo.url && targetInfo.url !== 'about:blank') opened.push(targetInfo.url);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  // Tabs that exist already are not "opened by sharing".
  await expect.poll(() => known.size).toBeGreaterThan(0);
  opened.length = 0;
  return { opened, requested };
}

type Capture = Awaited<ReturnType<typeof captureOpenedTabs>>;

/**
 * Clicks a share target and returns the one URL it opened. A web link must also have been stopped
 * at the network edge, byte for byte the same: captured, not visited.
 */
async function urlOpenedBy(popup: Page, capture: Capture, name: string): Promise<string> {
  const before = capture.opened.length;
  await popup.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => capture.opened.length, { message: `${name} opens one tab`, intervals: [100] }).toBe(before + 1);
  const url = capture.opened[before]!;
  if (url.startsWith('http')) await expect.poll(() => capture.requested, { message: `${name} is not visited`, intervals: [100] }).toContain(url);
  return url;
}

/** Clicks a copy button (the popup focused, as the clipboard requires) and returns the clipboard text. */
async function copiedBy(popup: Page, name: string, status: string | RegExp): Promise<string> {
  await popup.bringToFront();
  await popup.evaluate(() => navigator.clipboard.writeText(''));
  await popup.getByRole('button', { name, exact: true }).click();
  await expect(popup.locator('.share-status')).toHaveText(status);
  return popup.evaluate(() => navigator.clipboard.readText());
}

/** The decoded query of a share link. */
const query = (link: string) => new URLSearchParams(link.slice(link.indexOf('?') + 1));

async function openShare(context: BrowserContext, extensionId: string, pageUrl: string): Promise<Page> {
  const tabId = await reportedTabId(context, pageUrl);
  const popup = await openPopupFor(context, extensionId, tabId);
  await popup.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(popup.getByRole('region', { name: 'Share this article' })).toBeVisible();
  return popup;
}

test('every share target opens exactly the expected link, and copies land on the clipboard', async ({ context, demo, extensionId }) => {
  const capture = await captureOpenedTabs(context);
  const { opened } = capture;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  const article = await context.newPage();
  await article.goto(`${demo.origin}${SEED_ARTICLE_PATH}?utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc`);
  const facts = await article.evaluate(() => ({
    canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null,
    images: Array.from(document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'), (m) =>
      new URL(m.getAttribute('content') ?? '', location.href).href,
    ),
  }));
  const shared = facts.canonical ?? `${demo.origin}${SEED_ARTICLE_PATH}`;
  const title = SEED_ARTICLE_TITLE;
  const [u, t] = [enc(shared), enc(title)];

  const popup = await openShare(context, extensionId, article.url());
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(title);

  const intents: [string, string][] = [
    ['Share on Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['Post on X', `https://x.com/intent/tweet?text=${t}&url=${u}`],
    ['Submit to Reddit', `https://www.reddit.com/submit?url=${u}&title=${t}`],
    ['Share on LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Send with WhatsApp', `https://wa.me/?text=${enc(`${title}\n${shared}`)}`],
    ['Send with Telegram', `https://t.me/share/url?url=${u}&text=${t}`],
  ];
  for (const [name, expected] of intents) {
    expect(await urlOpenedBy(popup, capture, name), name).toBe(expected);
  }

  // Bluesky counts the whole post, link included, against 300 graphemes: a long title is cut.
  const bluesky = await urlOpenedBy(popup, capture, 'Post on Bluesky');
  expect(bluesky.startsWith('https://bsky.app/intent/compose?text=')).toBe(true);
  const post = query(bluesky).get('text')!;
  if (title.length + 1 + shared.length <= 300) {
    expect(post).toBe(`${title} ${shared}`);
  } else {
    expect(post.endsWith(`… ${shared}`)).toBe(true);
    expect(title.startsWith(post.slice(0, -(shared.length + 2)))).toBe(true);
    expect([...new Intl.Segmenter().segment(post)].length).toBeLessThanOrEqual(300);
  }

  const pin = await urlOpenedBy(popup, capture, 'Pin on Pinterest');
  expect(pin.startsWith(`https://www.pinterest.com/pin/create/button/?url=${u}&`)).toBe(true);
  expect(query(pin).get('description')).toBe(title);
  const media = query(pin).get('media');
  if (media !== null) expect(facts.images).toContain(media);

  const mail = await urlOpenedBy(popup, capture, 'Send by email');
  expect(mail.startsWith(`mailto:?subject=${t}&body=${enc(`${title}\r\n${shared}`)}`)).toBe(true);
  expect(query(mail).get('body')!.startsWith(`${title}\r\n${shared}`)).toBe(true);

  // Mastodon: no server yet, so the popup asks for one inline, remembers it, then posts.
  await popup.getByRole('button', { name: 'Post on Mastodon', exact: true }).click();
  const server = popup.getByLabel('Your Mastodon server');
  await expect(server).toBeFocused();
  await server.fill('https://Mastodon.Social/about');
  const before = opened.length;
  await popup.getByRole('button', { name: 'Save and post' }).click();
  await expect.poll(() => opened.length).toBe(before + 1);
  expect(opened.at(-1)).toBe(`https://mastodon.social/share?text=${enc(`${title} ${shared}`)}`);

  // Copies.
  expect(await copiedBy(popup, 'Copy link', 'Link copied.')).toBe(shared);
  const markdown = await copiedBy(popup, 'Copy as Markdown', 'Markdown copied.');
  expect(markdown.startsWith(`[${title}](${shared})\n`)).toBe(true);

  const apa = await copiedBy(popup, 'Copy APA citation', 'APA citation copied.');
  expect(apa).toContain(title);
  expect(apa.endsWith(shared)).toBe(true);
  const mla = await copiedBy(popup, 'Copy MLA citation', 'MLA citation copied.');
  expect(mla).toContain(`“${title}”`);
  expect(mla).toContain(`${shared.replace(/^https?:\/\//, '')}.`);
  const chicago = await copiedBy(popup, 'Copy Chicago citation', 'Chicago citation copied.');
  expect(chicago).toContain(`“${title}”`);
  expect(chicago.endsWith(`${shared}.`)).toBe(true);

  // The Web Share API where the browser has it; Chromium on Linux has none, so the link is copied.
  const hasWebShare = await popup.evaluate(() => typeof navigator.share === 'function');
  if (!hasWebShare) {
    expect(await copiedBy(popup, 'Share with another app…', /no share sheet here/)).toBe(shared);
  }

  // The server is remembered: a new popup posts straight to it.
  await popup.close();
  const again = await openShare(context, extensionId, article.url());
  const direct = await urlOpenedBy(again, capture, 'Post on Mastodon (mastodon.social)');
  expect(direct).toBe(`https://mastodon.social/share?text=${enc(`${title} ${shared}`)}`);
});

test('the share control works from the keyboard alone', async ({ context, demo, extensionId }) => {
  await captureOpenedTabs(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const article = await context.newPage();
  await article.goto(demo.origin + SEED_ARTICLE_PATH);
  const tabId = await reportedTabId(context, article.url());
  const popup = await openPopupFor(context, extensionId, tabId);
  await popup.bringToFront();

  const toggle = popup.getByRole('button', { name: 'Share', exact: true });
  await expect(toggle).toBeEnabled();
  // Tab from the Save button to Share. Save is enabled once the article is read (a disabled
  // button cannot take focus, and Tab would then start from the top of the popup).
  const save = popup.getByRole('button', { name: 'Save to reading list', exact: true });
  await expect(save).toBeEnabled();
  await save.focus();
  await expect(save).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await popup.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Copy link' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(demo.origin + SEED_ARTICLE_PATH);

  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('region', { name: 'Share this article' })).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('on a site the project has never seen, every target links to the clean canonical URL with the title encoded', async ({
  context,
  extensionId,
}) => {
  const origin = 'http://revista-cine.example';
  const path = '/2025/09/cine-sociedad/';
  const title = 'Ciné & Société #3: السينما العربية 🎬 “Q&A” (100%)';
  const canonical = `${origin}${path}?id=42`;
  const paragraphs = Array.from(
    { length: 14 },
    (_, i) =>
      `<p>Paragraph ${i + 1}. Regional film funds, co-production treaties and festival markets shape which stories reach screens across borders, and critics keep arguing about what that means for national cinema.</p>`,
  ).join('');
  const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${canonical}&amp;utm_medium=social">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Revista Cine"><meta property="og:image" content="${origin}/img/lead.jpg">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title })}</script>
</head><body><header><nav><a href="/">Inicio</a></nav></header><main><article><h1>${title}</h1>${paragraphs}</article></main></body></html>`;
  const capture = await captureOpenedTabs(context, { [`${origin}${path}`]: html });

  const article = await context.newPage();
  await article.goto(`${origin}${path}?id=42&utm_source=rss&gclid=1#xtor=RSS-3`);
  const popup = await openShare(context, extensionId, article.url());
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText(title);

  const [u, t] = [enc(canonical), enc(title)];
  expect(t).toContain('%26'); // & stays inside the parameter
  expect(t).toContain('%23'); // # does not start a fragment
  expect(t).toContain('%28100%25%29');
  const expected: [string, string][] = [
    ['Share on Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['Post on X', `https://x.com/intent/tweet?text=${t}&url=${u}`],
    ['Submit to Reddit', `https://www.reddit.com/submit?url=${u}&title=${t}`],
    ['Post on Bluesky', `https://bsky.app/intent/compose?text=${enc(`${title} ${canonical}`)}`],
    ['Share on LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Send with WhatsApp', `https://wa.me/?text=${enc(`${title}\n${canonical}`)}`],
    ['Send with Telegram', `https://t.me/share/url?url=${u}&text=${t}`],
  ];
  for (const [name, url] of expected) expect(await urlOpenedBy(popup, capture, name), name).toBe(url);

  const pin = await urlOpenedBy(popup, capture, 'Pin on Pinterest');
  expect(query(pin).get('url')).toBe(canonical);
  expect(query(pin).get('description')).toBe(title);
  const media = query(pin).get('media');
  if (media !== null) expect(media).toBe(`${origin}/img/lead.jpg`);

  const mail = await urlOpenedBy(popup, capture, 'Send by email');
  expect(query(mail).get('subject')).toBe(title);
  expect(query(mail).get('body')!.startsWith(`${title}\r\n${canonical}`)).toBe(true);
});
