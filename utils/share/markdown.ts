import { prepareShare } from './prepare';
import type { Shareable } from './shareable';

/** Backslash-escapes the characters that would turn plain text into Markdown syntax inline. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Escapes a line start that Markdown would read as a heading, list, quote or numbered item. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/**
 * A URL safe as a Markdown link destination: parentheses and spaces would end or break the
 * link, so they are percent-encoded (the URL still means the same page).
 */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[title](url)` with the title escaped. */
export function markdownLink(title: string, url: string): string {
  return `[${escapeMarkdown(title)}](${markdownUrl(url)})`;
}

/** A bullet list of the points, one line each, escaped. */
export function markdownPoints(points: readonly string[]): string {
  return points.map((p) => `- ${escapeLineStart(escapeMarkdown(p))}`).join('\n');
}

/**
 * One piece as Markdown: the link, then its key points as a list (or, without points, the
 * one-line summary as a paragraph).
 */
export function toMarkdown(item: Shareable): string {
  const p = prepareShare(item);
  const link = markdownLink(p.title, p.url);
  if (p.points.length) return `${link}\n\n${markdownPoints(p.points)}\n`;
  if (p.tldr) return `${link}\n\n${escapeLineStart(escapeMarkdown(p.tldr))}\n`;
  return `${link}\n`;
}
