import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportFileName, listToHtml, listToMarkdown } from './list-export';
import type { Shareable } from './shareable';

const items: Shareable[] = [
  {
    title: 'Why Co-Productions Matter',
    url: 'https://films.example/a?utm_source=newsletter',
    siteName: 'Frame & Nation',
    byline: 'Ana Silva',
    published: '2025-08-09T10:00:00Z',
    tldr: 'Shared money, shared stories.',
    summaryPoints: ['Money moves.', 'Crews learn.'],
  },
  { title: 'السينما العربية اليوم', url: 'https://films.example/ar' },
];

const hostile: Shareable[] = [
  {
    title: '<img src=x onerror=alert(1)> "quoted" & <script>alert(2)</script>',
    url: 'javascript:alert(3)',
    siteName: '<b>Site</b>',
    tldr: '</p><iframe src="https://evil.example"></iframe>',
    summaryPoints: ['<a href="javascript:alert(4)">click</a>'],
  },
  { title: 'Fine', url: 'https://films.example/ok"><script>alert(5)</script>' },
];

describe('listToMarkdown', () => {
  it('writes a heading and one section per piece', () => {
    expect(listToMarkdown(items, { heading: 'Reading list' })).toBe(
      '# Reading list\n\n' +
        '## [Why Co-Productions Matter](https://films.example/a)\n\n*Frame & Nation · Ana Silva · 2025-08-09*\n\nShared money, shared stories.\n\n- Money moves.\n- Crews learn.\n\n' +
        '## [السينما العربية اليوم](https://films.example/ar)\n',
    );
  });
  it('uses a given date format', () => {
    expect(listToMarkdown(items.slice(0, 1), { formatDate: () => '9 Aug 2025' })).toContain('*Frame & Nation · Ana Silva · 9 Aug 2025*');
  });
});

describe('listToHtml', () => {
  it('is a complete document with links, meta, summary and points', () => {
    const html = listToHtml(items, { heading: 'Reading list', lang: 'en' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Reading list</title>');
    expect(html).toContain('<h2 dir="auto"><a href="https://films.example/a">Why Co-Productions Matter</a></h2>');
    expect(html).toContain('<p class="meta" dir="auto">Frame &amp; Nation · Ana Silva · 2025-08-09</p>');
    expect(html).toContain('<ul><li dir="auto">Money moves.</li><li dir="auto">Crews learn.</li></ul>');
    expect(html).toContain('<a href="https://films.example/ar">السينما العربية اليوم</a>');
  });

  it('escapes hostile text and refuses non-web links', () => {
    const html = listToHtml(hostile);
    expect(html).not.toMatch(/<script|<img|<iframe|<b>|javascript:alert\(3\)|href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &lt;script&gt;');
    // A URL with quotes stays inside its attribute.
    expect(html).toContain('<a href="https://films.example/ok%22%3E%3Cscript%3Ealert(5)%3C/script%3E">Fine</a>');
  });

  it('is already clean by DOMPurify’s measure: sanitising removes nothing', () => {
    const purify = DOMPurify(new JSDOM('', { url: 'https://reelmark.test/' }).window);
    // The head's <meta>/<style> are the file's own; DOMPurify's default allowlist is for body content.
    purify.sanitize(listToHtml([...items, ...hostile]), { WHOLE_DOCUMENT: true, ADD_TAGS: ['style', 'meta'], ADD_ATTR: ['charset', 'content'] });
    expect(purify.removed).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('slugs the heading and dates the file', () => {
    const day = new Date(2025, 7, 10);
    expect(exportFileName('Reading list', 'md', day)).toBe('reading-list-2025-08-10.md');
    expect(exportFileName('Café & Ciné!', 'html', day)).toBe('cafe-cine-2025-08-10.html');
    expect(exportFileName('قائمة القراءة', 'md', day)).toBe('قائمة-القراءة-2025-08-10.md');
    expect(exportFileName('***', 'md', day)).toBe('reading-list-2025-08-10.md');
    expect(exportFileName('مَرحبا', 'md', day)).toBe('مَرحبا-2025-08-10.md');
  });
});
