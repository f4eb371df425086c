import { escapeHtml } from './citation/spans';
import { isWebUrl } from './clean-url';
import { escapeMarkdown, markdownLink, markdownPoints } from './markdown';
import { prepareShare } from './prepare';
import type { Shareable } from './shareable';
import { oneLine } from './text-fit';

/** Options of a list export; the caller passes UI strings already translated. */
export interface ListExportOptions {
  /** The document's heading, e.g. "Reading list". */
  heading?: string;
  /** BCP 47 language of the heading and labels (the HTML `lang`). */
  lang?: string;
  /** Formats a piece's ISO publication date; the default keeps the calendar date (YYYY-MM-DD). */
  formatDate?: (iso: string) => string;
}

const isoDay = (iso: string): string => iso.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? iso;

/** "Site · Byline · date" for one piece, parts left out when unknown. */
function metaLine(item: Shareable, formatDate: (iso: string) => string): string {
  return [oneLine(item.siteName), oneLine(item.byline), item.published ? formatDate(item.published) : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * A list of pieces as a Markdown document, ready to paste or share as a .md file: a heading, then
 * for each piece its linked title, site, byline and date, its one-line summary and key points.
 */
export function listToMarkdown(items: readonly Shareable[], options: ListExportOptions = {}): string {
  const { heading = 'Reading list', formatDate = isoDay } = options;
  const blocks = items.map((item) => {
    const p = prepareShare(item);
    const lines = [`## ${markdownLink(p.title, p.url)}`];
    const meta = metaLine(item, formatDate);
    if (meta) lines.push('', `*${escapeMarkdown(meta)}*`);
    if (p.tldr) lines.push('', escapeMarkdown(p.tldr));
    if (p.points.length) lines.push('', markdownPoints(p.points));
    return lines.join('\n');
  });
  return `# ${escapeMarkdown(oneLine(heading))}\n\n${blocks.join('\n\n')}\n`;
}

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1d1a17;background:#fbf8f3}
h1{font-size:1.6rem}article{border-top:1px solid #e4dcd1;padding:.75rem 0}h2{font-size:1.15rem;margin:.2rem 0}
a{color:#7a2e1f}.meta{color:#6b625a;font-size:.9rem;margin:.2rem 0}`;

/**
 * A list of pieces as a standalone HTML file. Every piece of text is escaped and only http(s)
 * links become `href`s, so titles or summaries taken from pages cannot inject markup or script;
 * the file loads nothing from the network. `dir="auto"` lets right-to-left titles and summaries
 * lay out on their own.
 */
export function listToHtml(items: readonly Shareable[], options: ListExportOptions = {}): string {
  const { heading = 'Reading list', lang = 'en', formatDate = isoDay } = options;
  const articles = items.map((item) => {
    const p = prepareShare(item);
    const title = escapeHtml(p.title);
    const link = isWebUrl(p.url) ? `<a href="${escapeHtml(p.url)}">${title}</a>` : title;
    const parts = [`<h2 dir="auto">${link}</h2>`];
    const meta = metaLine(item, formatDate);
    if (meta) parts.push(`<p class="meta" dir="auto">${escapeHtml(meta)}</p>`);
    if (p.tldr) parts.push(`<p dir="auto">${escapeHtml(p.tldr)}</p>`);
    if (p.points.length) parts.push(`<ul>${p.points.map((pt) => `<li dir="auto">${escapeHtml(pt)}</li>`).join('')}</ul>`);
    return `<article>${parts.join('')}</article>`;
  });
  const h = escapeHtml(oneLine(heading));
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${h}</h1>
${articles.join('\n')}
</main>
</body>
</html>
`;
}

/** A file name for an export, e.g. "reading-list-2025-08-10.md". */
export function exportFileName(heading: string, ext: 'md' | 'html', now: Date = new Date()): string {
  const slug =
    heading
      .normalize('NFKD')
      // Latin accents only: other scripts' marks (Arabic hamza, Indic vowel signs) are letters' parts.
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'reading-list';
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${slug}-${day}.${ext}`;
}
