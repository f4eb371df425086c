import type { SavedItemRow } from '../types';
import type { ExportContext } from './export-context';

const escapeText = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const escapeUrl = (url: string) => url.replace(/[()\s]/g, encodeURIComponent);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Markdown for notes apps (Obsidian, Logseq…): a heading, then per item a linked title, its
 * facts, tags as `#tags`, the reader's notes as a quote and their highlights.
 */
export function toMarkdown(rows: readonly SavedItemRow[], ctx: ExportContext, title: string): string {
  const out = [`# ${escapeText(title)}`, '', `${rows.length} · ${ctx.exportedAt.toISOString().slice(0, 10)}`, ''];
  for (const r of rows) {
    out.push(`## [${escapeText(r.title)}](${escapeUrl(r.url)})`, '');
    const facts = [r.siteName ?? r.site, r.byline, r.published?.slice(0, 10)].filter(Boolean).map((f) => escapeText(f!));
    if (facts.length) out.push(facts.join(' · '), '');
    const state = [`${r.status}${r.favourite ? ' ★' : ''}`, `saved ${day(r.savedAt)}`, ...r.lists.map((id) => escapeText(ctx.listName(id)))];
    out.push(`- ${state.join(' · ')}`);
    if (r.tags.length) out.push(`- ${r.tags.map((t) => '#' + t.replace(/\s+/g, '-')).join(' ')}`);
    out.push('');
    if (r.excerpt) out.push(escapeText(r.excerpt), '');
    if (r.notes.trim()) out.push(...r.notes.trim().split(/\r?\n/).map((l) => `> ${l}`), '');
    for (const h of r.highlights) {
      out.push(...h.quote.split(/\r?\n/).map((l) => `> ${l}`));
      if (h.note) out.push('', h.note);
      out.push('');
    }
  }
  return out.join('\n');
}
