import { describe, expect, it } from 'vitest';
import { mergeImported } from './merge';
import { itemForLink, splitItem } from './records';

const base = () => itemForLink('https://films.test/a', 'import:pocket', 1000)!;

describe('merging an import into a saved item', () => {
  it('joins tags and lists, keeps the first save and the furthest status, appends notes', () => {
    const existing = { ...splitItem(base()).row, tags: ['Film'], notes: 'mine', status: 'read' as const };
    const incoming = { ...base(), tags: ['film', 'essay'], notes: 'theirs', status: 'unread' as const, savedAt: 500, lists: ['reading-list', 'other'] };
    const { row, changed } = mergeImported(existing, incoming, 9999);
    expect(changed).toBe(true);
    expect(row).toMatchObject({ tags: ['Film', 'essay'], notes: 'mine\n\ntheirs', status: 'read', savedAt: 500, lists: ['reading-list', 'other'], updatedAt: 9999 });
  });

  it('changes nothing when merged twice', () => {
    const existing = splitItem(base()).row;
    const incoming = { ...base(), tags: ['x'] };
    const once = mergeImported(existing, incoming, 2000);
    const twice = mergeImported(once.row, incoming, 3000);
    expect(twice.changed).toBe(false);
    expect(twice.row).toEqual(once.row);
  });

  it('takes the content of an import only when the saved item has none', () => {
    const existing = splitItem(base()).row;
    const incoming = { ...base(), title: 'Real title', html: '<p>text</p>', text: 'text', wordCount: 1 };
    const { row, body } = mergeImported(existing, incoming, 2000);
    expect(row.title).toBe('Real title');
    expect(body).toEqual({ url: 'https://films.test/a', html: '<p>text</p>', text: 'text' });
    const kept = mergeImported({ ...row, wordCount: 1 }, { ...incoming, title: 'Other', html: '<p>other</p>' }, 3000);
    expect(kept.body).toBeNull();
    expect(kept.row.title).toBe('Real title');
  });
});
