import { describe, expect, it } from 'vitest';
import type { CslItem, CslName } from '@/utils/article/types';
import { formatCitation } from './format';

// Expected strings are written by hand from the APA 7, MLA 9 and Chicago 17 patterns documented
// in apa.ts, mla.ts and chicago.ts. Italics appear only in the HTML rendering.
const ACCESSED = new Date(2025, 7, 10); // 10 August 2025, local time

const newspaper: CslItem = {
  id: 'a',
  type: 'article-newspaper',
  title: 'Why Co-Productions Matter',
  author: [
    { family: 'Silva', given: 'Ana María' },
    { family: 'Roe', given: 'Tom' },
  ],
  issued: { 'date-parts': [[2025, 8, 9]] },
  'container-title': 'Frame & Nation',
  URL: 'https://frame.example/2025/08/09/co-productions/',
};

const cite = (item: CslItem, style: 'apa' | 'mla' | 'chicago') => formatCitation(item, style, ACCESSED);

describe('newspaper article, two authors', () => {
  it('APA 7', () => {
    expect(cite(newspaper, 'apa').text).toBe(
      'Silva, A. M., & Roe, T. (2025, August 9). Why Co-Productions Matter. Frame & Nation. https://frame.example/2025/08/09/co-productions/',
    );
    expect(cite(newspaper, 'apa').html).toBe(
      'Silva, A. M., &amp; Roe, T. (2025, August 9). Why Co-Productions Matter. <i>Frame &amp; Nation</i>. https://frame.example/2025/08/09/co-productions/',
    );
  });
  it('MLA 9', () => {
    expect(cite(newspaper, 'mla').text).toBe(
      'Silva, Ana María, and Tom Roe. “Why Co-Productions Matter.” Frame & Nation, 9 Aug. 2025, frame.example/2025/08/09/co-productions/.',
    );
    expect(cite(newspaper, 'mla').html).toContain('<i>Frame &amp; Nation</i>, 9 Aug. 2025');
  });
  it('Chicago 17', () => {
    expect(cite(newspaper, 'chicago').text).toBe(
      'Silva, Ana María, and Tom Roe. “Why Co-Productions Matter.” Frame & Nation, August 9, 2025. https://frame.example/2025/08/09/co-productions/.',
    );
    expect(cite(newspaper, 'chicago').html).toContain('“Why Co-Productions Matter.” <i>Frame &amp; Nation</i>, August 9, 2025.');
  });
});

describe('magazine article, one author with a hyphenated given name, title ending in a question mark', () => {
  const item: CslItem = {
    id: 'b',
    type: 'article-magazine',
    title: 'Is Cinema Still National?',
    author: [{ family: 'Godard', given: 'Jean-Luc' }],
    issued: { 'date-parts': [[2024, 5, 3]] },
    'container-title': 'Sight Lines',
    URL: 'https://sight.example/a',
  };
  it('APA 7 adds no period after the question mark', () => {
    expect(cite(item, 'apa').text).toBe('Godard, J.-L. (2024, May 3). Is Cinema Still National? Sight Lines. https://sight.example/a');
  });
  it('MLA 9 keeps May whole and the question mark inside the quotes', () => {
    expect(cite(item, 'mla').text).toBe('Godard, Jean-Luc. “Is Cinema Still National?” Sight Lines, 3 May 2024, sight.example/a.');
  });
  it('Chicago 17', () => {
    expect(cite(item, 'chicago').text).toBe('Godard, Jean-Luc. “Is Cinema Still National?” Sight Lines, May 3, 2024. https://sight.example/a.');
  });
});

describe('blog post, three authors', () => {
  const item: CslItem = {
    id: 'c',
    type: 'post-weblog',
    title: 'Notes on the "New Wave" Revival',
    author: [
      { family: 'Okafor', given: 'Chidi' },
      { family: 'Lindqvist', given: 'Maja' },
      { family: 'Tanaka', given: 'Yui' },
    ],
    issued: { 'date-parts': [[2023, 9, 21]] },
    'container-title': 'Reverse Angle',
    URL: 'https://reverse.example/posts/new-wave',
  };
  it('APA 7 lists all three with a serial comma and &', () => {
    expect(cite(item, 'apa').text).toBe(
      'Okafor, C., Lindqvist, M., & Tanaka, Y. (2023, September 21). Notes on the "New Wave" Revival. Reverse Angle. https://reverse.example/posts/new-wave',
    );
  });
  it('MLA 9 uses et al. and turns inner double quotes into single quotes', () => {
    expect(cite(item, 'mla').text).toBe(
      'Okafor, Chidi, et al. “Notes on the ‘New Wave’ Revival.” Reverse Angle, 21 Sept. 2023, reverse.example/posts/new-wave.',
    );
  });
  it('Chicago 17 lists all three and marks the blog', () => {
    expect(cite(item, 'chicago').text).toBe(
      'Okafor, Chidi, Maja Lindqvist, and Yui Tanaka. “Notes on the ‘New Wave’ Revival.” Reverse Angle (blog), September 21, 2023. https://reverse.example/posts/new-wave.',
    );
  });
  it('Chicago 17 does not repeat "blog" when the name says it', () => {
    expect(cite({ ...item, 'container-title': 'The Film Blog' }, 'chicago').text).toContain('The Film Blog, September 21, 2023.');
  });
});

describe('webpage by an organisation that is also the site, no date', () => {
  const item: CslItem = {
    id: 'd',
    type: 'webpage',
    title: 'About Our Archive',
    author: [{ literal: 'British Film Institute' }],
    'container-title': 'British Film Institute',
    URL: 'https://www.bfi.example/about',
  };
  it('APA 7: n.d., italic title, site name left out, retrieval date', () => {
    expect(cite(item, 'apa').text).toBe(
      'British Film Institute. (n.d.). About Our Archive. Retrieved August 10, 2025, from https://www.bfi.example/about',
    );
    expect(cite(item, 'apa').html).toBe(
      'British Film Institute. (n.d.). <i>About Our Archive</i>. Retrieved August 10, 2025, from https://www.bfi.example/about',
    );
  });
  it('MLA 9: begins with the title, the site in italics, and an access date', () => {
    expect(cite(item, 'mla').text).toBe('“About Our Archive.” British Film Institute, www.bfi.example/about. Accessed 10 Aug. 2025.');
    expect(cite(item, 'mla').html).toBe('“About Our Archive.” <i>British Film Institute</i>, www.bfi.example/about. Accessed 10 Aug. 2025.');
  });
  it('Chicago 17: the site in roman, access date before the URL', () => {
    expect(cite(item, 'chicago').text).toBe(
      'British Film Institute. “About Our Archive.” British Film Institute. Accessed August 10, 2025. https://www.bfi.example/about.',
    );
    expect(cite(item, 'chicago').html).not.toContain('<i>');
  });
});

describe('webpage without an author', () => {
  const item: CslItem = {
    id: 'e',
    type: 'webpage',
    title: 'Festival Line-up',
    'container-title': 'Cannes Notes',
    issued: { 'date-parts': [[2025, 5, 14]] },
    URL: 'https://cannes.example/lineup',
  };
  it('APA 7 moves the title to the author position', () => {
    expect(cite(item, 'apa').text).toBe('Festival Line-up. (2025, May 14). Cannes Notes. https://cannes.example/lineup');
    expect(cite(item, 'apa').html).toBe('<i>Festival Line-up</i>. (2025, May 14). Cannes Notes. https://cannes.example/lineup');
  });
  it('MLA 9 starts with the title', () => {
    expect(cite(item, 'mla').text).toBe('“Festival Line-up.” Cannes Notes, 14 May 2025, cannes.example/lineup.');
  });
  it('Chicago 17 starts with the title', () => {
    expect(cite(item, 'chicago').text).toBe('“Festival Line-up.” Cannes Notes. May 14, 2025. https://cannes.example/lineup.');
  });
});

describe('journal article with a DOI and a year-month date', () => {
  const item: CslItem = {
    id: 'f',
    type: 'article-journal',
    title: 'Transnational Cinema and the State',
    author: [{ family: 'Ng', given: 'Lin' }],
    issued: { 'date-parts': [[2022, 3]] },
    'container-title': 'Screen Studies',
    DOI: 'doi:10.1234/ss.2022.7',
    URL: 'https://journal.example/ss/7',
  };
  it('APA 7: year only, DOI link', () => {
    expect(cite(item, 'apa').text).toBe('Ng, L. (2022). Transnational Cinema and the State. Screen Studies. https://doi.org/10.1234/ss.2022.7');
  });
  it('MLA 9: DOI keeps its https://doi.org/ prefix', () => {
    expect(cite(item, 'mla').text).toBe('Ng, Lin. “Transnational Cinema and the State.” Screen Studies, Mar. 2022, https://doi.org/10.1234/ss.2022.7.');
  });
  it('Chicago 17', () => {
    expect(cite(item, 'chicago').text).toBe('Ng, Lin. “Transnational Cinema and the State.” Screen Studies, March 2022. https://doi.org/10.1234/ss.2022.7.');
  });
});

describe('many authors', () => {
  const people = (n: number): CslName[] => Array.from({ length: n }, (_, i) => ({ family: `Author${i + 1}`, given: 'Kim' }));
  const item = (n: number): CslItem => ({ ...newspaper, author: people(n) });

  it('APA 7 lists 20 authors in full', () => {
    const text = cite(item(20), 'apa').text;
    expect(text.startsWith('Author1, K., Author2, K., ')).toBe(true);
    expect(text).toContain('Author19, K., & Author20, K. (2025');
  });
  it('APA 7 gives 21 or more as the first 19, an ellipsis, and the last', () => {
    const text = cite(item(23), 'apa').text;
    expect(text).toContain('Author18, K., Author19, K., . . . Author23, K. (2025, August 9).');
    expect(text).not.toContain('Author20');
  });
  it('Chicago 17 lists ten in full', () => {
    expect(cite(item(10), 'chicago').text).toContain('Kim Author9, and Kim Author10. “Why');
  });
  it('Chicago 17 gives more than ten as seven and et al.', () => {
    const text = cite(item(11), 'chicago').text;
    expect(text.startsWith('Author1, Kim, Kim Author2, Kim Author3, Kim Author4, Kim Author5, Kim Author6, Kim Author7, et al. “Why')).toBe(
      true,
    );
  });
  it('MLA 9 gives three or more as the first and et al.', () => {
    expect(cite(item(5), 'mla').text.startsWith('Author1, Kim, et al. “Why')).toBe(true);
  });
});

describe('names and text from real pages', () => {
  it('initials of multi-part, dotted and non-Latin given names', () => {
    const item: CslItem = {
      ...newspaper,
      author: [
        { family: 'Tolkien', given: 'J.R.R.' },
        { family: 'حداد', given: 'ليلى' },
        { family: 'Dupont', given: 'marie claire' },
      ],
    };
    expect(cite(item, 'apa').text.startsWith('Tolkien, J. R. R., حداد, ل., & Dupont, M. C. (2025')).toBe(true);
  });
  it('a mononym or a group keeps its name whole, with one closing period', () => {
    const item: CslItem = { ...newspaper, author: [{ family: 'Agnès' }, { literal: 'Frame & Nation Staff.' }] };
    expect(cite(item, 'apa').text.startsWith('Agnès, & Frame & Nation Staff. (2025')).toBe(true);
    expect(cite(item, 'mla').text.startsWith('Agnès, and Frame & Nation Staff. “Why')).toBe(true);
  });
  it('right-to-left titles, emoji and ampersands pass through intact and are escaped in HTML', () => {
    const item: CslItem = { ...newspaper, title: 'سينما الجنوب 🎬 & <the> "state"' };
    expect(cite(item, 'chicago').text).toContain('“سينما الجنوب 🎬 & <the> ‘state’.”');
    expect(cite(item, 'apa').html).toContain('سينما الجنوب 🎬 &amp; &lt;the&gt; &quot;state&quot;.');
  });
  it('collapses newlines in titles and falls back to the URL without a title', () => {
    expect(cite({ ...newspaper, title: 'Two\nlines' }, 'mla').text).toContain('“Two lines.”');
    expect(cite({ ...newspaper, title: '  ', author: [] }, 'apa').text.startsWith('https://frame.example/2025/08/09/co-productions/. (2025')).toBe(
      true,
    );
  });
  it('MLA names a webpage publisher only when it differs from the site', () => {
    const page: CslItem = { id: 'p', type: 'webpage', title: 'Programme', 'container-title': 'Film Week', publisher: 'City Arts Trust', URL: 'https://fw.example/p', issued: { 'date-parts': [[2025]] } };
    expect(cite(page, 'mla').text).toBe('“Programme.” Film Week, City Arts Trust, 2025, fw.example/p.');
    expect(cite({ ...page, publisher: 'Film Week' }, 'mla').text).toBe('“Programme.” Film Week, 2025, fw.example/p.');
  });
  it('reads a raw ISO date when date-parts are missing', () => {
    const item = { ...newspaper, issued: { 'date-parts': [], raw: '2021-02-03' } } as unknown as CslItem;
    expect(cite(item, 'chicago').text).toContain('February 3, 2021.');
  });
});
