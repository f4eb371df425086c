import type { SavedItemRow } from '../types';
import type { ExportContext } from './export-context';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const seconds = (ms: number) => String(Math.floor(ms / 1000));

function bookmark(r: SavedItemRow, indent: string): string {
  const attrs = [`HREF="${escapeHtml(r.url)}"`, `ADD_DATE="${seconds(r.savedAt)}"`, `LAST_MODIFIED="${seconds(r.updatedAt)}"`];
  if (r.tags.length) attrs.push(`TAGS="${escapeHtml(r.tags.join(','))}"`);
  const dd = r.notes.trim() ? `\n${indent}<DD>${escapeHtml(r.notes.trim())}` : '';
  return `${indent}<DT><A ${attrs.join(' ')}>${escapeHtml(r.title)}</A>${dd}`;
}

/**
 * A Netscape bookmark file, which every browser and bookmark service imports: one folder per
 * list (an item in two lists is in both folders), items in no list at the top, tags in TAGS and
 * notes in `<DD>`.
 */
export function toNetscape(rows: readonly SavedItemRow[], ctx: ExportContext, listOrder: readonly string[]): string {
  const out = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  const stamp = seconds(ctx.exportedAt.getTime());
  for (const id of listOrder) {
    const members = rows.filter((r) => r.lists.includes(id));
    if (!members.length) continue;
    out.push(`    <DT><H3 ADD_DATE="${stamp}" LAST_MODIFIED="${stamp}">${escapeHtml(ctx.listName(id))}</H3>`, '    <DL><p>');
    for (const r of members) out.push(bookmark(r, '        '));
    out.push('    </DL><p>');
  }
  for (const r of rows) if (!r.lists.some((id) => listOrder.includes(id))) out.push(bookmark(r, '    '));
  out.push('</DL><p>', '');
  return out.join('\n');
}
