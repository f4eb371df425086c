import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownUrl, toMarkdown } from './markdown';

describe('toMarkdown', () => {
  it('gives [title](url) and the key points as a list', () => {
    expect(
      toMarkdown({
        title: 'Why Co-Productions Matter',
        url: 'https://films.example/a?utm_source=x',
        summaryPoints: ['Money moves across borders.', 'Crews learn from each other.'],
        tldr: 'Ignored when there are points.',
      }),
    ).toBe('[Why Co-Productions Matter](https://films.example/a)\n\n- Money moves across borders.\n- Crews learn from each other.\n');
  });
  it('falls back to the TL;DR, then to the link alone', () => {
    expect(toMarkdown({ title: 'T', url: 'https://films.example/a', tldr: 'Gist.' })).toBe('[T](https://films.example/a)\n\nGist.\n');
    expect(toMarkdown({ title: 'T', url: 'https://films.example/a' })).toBe('[T](https://films.example/a)\n');
  });
  it('escapes brackets, emphasis and code in titles and points; & # emoji and RTL pass through', () => {
    expect(
      toMarkdown({
        title: '[Draft] *The* _Best_ `Films` & #1 🎬 سينما',
        url: 'https://films.example/a',
        summaryPoints: ['# Not a heading', '1. Not a number', '- Not nested', 'Line\nbreak'],
      }),
    ).toBe(
      '[\\[Draft\\] \\*The\\* \\_Best\\_ \\`Films\\` & #1 🎬 سينما](https://films.example/a)\n\n' +
        '- \\# Not a heading\n- 1\\. Not a number\n- \\- Not nested\n- Line break\n',
    );
  });
  it('keeps parentheses and spaces from ending the link', () => {
    expect(markdownUrl('https://en.wikipedia.org/wiki/Cinema_(film)')).toBe('https://en.wikipedia.org/wiki/Cinema_%28film%29');
    expect(toMarkdown({ title: 'W', url: 'https://en.wikipedia.org/wiki/Cinema_(film)' })).toBe('[W](https://en.wikipedia.org/wiki/Cinema_%28film%29)\n');
  });
  it('escapeMarkdown leaves ordinary text alone', () => {
    expect(escapeMarkdown('A plain title, with commas.')).toBe('A plain title, with commas.');
  });
});
