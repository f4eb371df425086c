import { itemForLink } from '../records';
import { DEFAULT_LIST_ID, type SaveSource, type SavedItem } from '../types';
import { normaliseUrl } from '../url';
import { splitTags } from './text';
import { parseUnixTime } from './timestamps';
import type { ImportEnv, ImportFormat, ImportedList, ParsedImport, SkippedEntry } from './types';

/** The heading that introduces a block: the closest earlier sibling heading of it or of an ancestor. */
function headingBefore(el: Element, tag: string): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.tagName.toLowerCase() === tag) return sib;
    }
  }
  return null;
}

/**
 * The folders a bookmark sits in, outermost first. In the Netscape format each folder is an
 * `<H3>` followed by the `<DL>` of its contents, so every enclosing `<DL>` whose previous element
 * (skipping the format's stray `<p>`s) is an `<H3>` names one folder.
 */
function folderPath(link: Element): string[] {
  const names: string[] = [];
  for (let node = link.parentElement; node; node = node.parentElement) {
    if (node.tagName.toLowerCase() !== 'dl') continue;
    let prev = node.previousElementSibling;
    while (prev && prev.tagName.toLowerCase() === 'p') prev = prev.previousElementSibling;
    if (prev?.tagName.toLowerCase() === 'h3') names.unshift((prev.textContent ?? '').trim());
  }
  return names.filter(Boolean);
}

/** The `<DD>` description written right after a bookmark's `<DT>`, if any. */
function descriptionOf(link: Element): string {
  const dt = link.closest('dt');
  const next = dt?.nextElementSibling;
  if (next?.tagName.toLowerCase() === 'dd') return (next.textContent ?? '').trim();
  return '';
}

interface LinkFacts {
  lists: string[];
  inReadingList: boolean;
  status: SavedItem['status'];
  notes: string;
}

function parseLinks(
  doc: Document,
  format: ImportFormat,
  source: SaveSource,
  now: number,
  factsOf: (link: Element) => LinkFacts,
): ParsedImport {
  const links = [...doc.querySelectorAll('a[href]')];
  const items: SavedItem[] = [];
  const skipped: SkippedEntry[] = [];
  const lists = new Map<string, ImportedList>();
  links.forEach((link, i) => {
    const rawUrl = (link.getAttribute('href') ?? '').trim();
    const title = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    const skip = (reason: SkippedEntry['reason'], detail: string | null) =>
      skipped.push({ entry: i + 1, url: rawUrl || null, title: title || null, reason, detail });
    if (!rawUrl) return skip('missing-url', null);
    const url = normaliseUrl(rawUrl);
    if (!url) return skip('invalid-url', rawUrl);
    const added = (link.getAttribute('add_date') ?? link.getAttribute('time_added') ?? '').trim();
    const savedAt = added ? parseUnixTime(added, now) : now;
    if (savedAt === null) return skip('bad-timestamp', added);
    const facts = factsOf(link);
    for (const name of facts.lists) if (!lists.has(name.toLowerCase())) lists.set(name.toLowerCase(), { key: name.toLowerCase(), name });
    const item = itemForLink(url, source, savedAt)!;
    items.push({
      ...item,
      title: title || item.title,
      citation: { ...item.citation, title: title || item.title },
      tags: splitTags(link.getAttribute('tags'), /,/),
      status: facts.status,
      notes: facts.notes,
      lists: [...(facts.inReadingList ? [DEFAULT_LIST_ID] : []), ...facts.lists.map((l) => l.toLowerCase())],
      updatedAt: now,
    });
  });
  return { format, entries: links.length, items, lists: [...lists.values()], skipped };
}

/**
 * Netscape bookmark files (every browser, Pinboard, Raindrop and Reelmark's own export). Folders
 * become lists named by their path ("Film / Essays"); TAGS and the `<DD>` note are kept.
 * Bookmarks outside any folder go to the reading list.
 */
export function parseNetscapeBookmarks(html: string, env: ImportEnv): ParsedImport {
  const doc = env.parseHtml(html);
  return parseLinks(doc, 'netscape-html', 'import:bookmarks', env.now, (link) => {
    const path = folderPath(link);
    const name = path.join(' / ');
    return { lists: name ? [name] : [], inReadingList: !name, status: 'unread', notes: descriptionOf(link) };
  });
}

/**
 * Pocket's older HTML export (`ril_export.html`): links under an "Unread" and a "Read Archive"
 * heading, with `time_added` (Unix seconds) and comma-separated `tags` attributes.
 */
export function parsePocketHtml(html: string, env: ImportEnv): ParsedImport {
  const doc = env.parseHtml(html);
  return parseLinks(doc, 'pocket-html', 'import:pocket', env.now, (link) => {
    const heading = (headingBefore(link, 'h1')?.textContent ?? '').trim().toLowerCase();
    return { lists: [], inReadingList: true, status: /archive/.test(heading) ? 'archived' : 'unread', notes: '' };
  });
}
