import { describe, expect, it } from 'vitest';
import type { BodyBlock } from './body-blocks';
import { blockRejections, rejectReason } from './boilerplate';

const reason = (s: string) => rejectReason(s, s.split(/\s+/).length);

describe('sentence rules', () => {
  it.each([
    ['ADVERTISEMENT', 'fragment'],
    ['Advertisement: the new season of our favourite show starts tonight.', 'call-to-action'],
    ['Read more: How the festival chose its forty films this year.', 'call-to-action'],
    ['Sign up for our newsletter to get the best film writing every week.', 'call-to-action'],
    ['Get the best reviews delivered straight to your inbox every Friday morning with our newsletter.', 'call-to-action'],
    ['Share this article with your friends on Facebook and X today.', 'call-to-action'],
    ['Photo: Jane Doe for The Film Weekly, taken at the premiere in Cannes.', 'caption'],
    ['The director on set in Morocco last spring (Photo by Jane Doe).', 'caption'],
    ['In this Nov. 10, 2019, photo, a crowd waits outside the cinema in Lyon.', 'caption'],
    ['The cast at the premiere in Venice on Friday. Jane Doe/Getty Images', 'caption'],
    ['Lire aussi : les dix films les plus attendus de la rentrée au cinéma.', 'call-to-action'],
    ['Lee también: los estrenos más esperados del año en las salas.', 'call-to-action'],
    ['Tickets are on sale at https://tickets.example.com/festival/2025 now.', 'url'],
    ['Updated 3:45 PM ET, Mon November 18, 2019', 'dateline'],
    ['This article was originally published on our sister site last year.', 'call-to-action'],
    ["Editor's note: this review contains spoilers for the whole series.", 'editorial-note'],
    ['THE FESTIVAL OPENS WITH A RESTORED SILENT CLASSIC', 'shouting'],
    ['Here are the films that made this year’s competition line-up:', 'lead-in'],
    ['Jane Doe and Tom Roe contributed reporting from Venice and Rome.', 'call-to-action'],
    ['Some retailers may earn an affiliate commission if you buy through our links.', 'call-to-action'],
    ['A man pleaded guilty to threatening to kill Rep. (D-Minn.), prosecutors announced on Monday.', 'gap'],
    ['This post may contain affiliate and/or referral links to the shops we mention.', 'call-to-action'],
    ['If you enjoyed this article, consider supporting our independent film journalism.', 'call-to-action'],
    ['Check out our critics’ picks of the best films streaming this month.', 'call-to-action'],
    ['Views expressed in this column are those of the author alone, not the magazine.', 'call-to-action'],
    ['Film co-productions pool resources across several countries and markets', 'no-closing-punctuation'],
  ])('rejects %j as %s', (sentence, expected) => {
    expect(reason(sentence)).toBe(expected);
  });

  it.each([
    'The film, shot in Morocco, follows a family that runs a small cinema in the desert.',
    'Reuters reported that the festival sold more tickets than ever before, according to its director.',
    'Le film a été présenté à Cannes, où il a reçu un accueil chaleureux du public.',
    '“Sans la coproduction, notre film n’aurait jamais été vu à Cannes”, affirme la réalisatrice.',
    'Subscribers to the streaming service will be able to watch the film from next week.',
    'Photographs of the era show the studio full of painted sets and extras in costume.',
  ])('keeps %j', (sentence) => {
    expect(reason(sentence)).toBeNull();
  });
});

describe('block rules', () => {
  const p = (text: string, extra: Partial<BodyBlock> = {}): BodyBlock => ({ text, kind: 'paragraph', linkShare: 0, ...extra });
  const img = (mediaLink: BodyBlock['mediaLink']): BodyBlock => ({ text: '', kind: 'media', linkShare: 1, mediaLink });

  it('rejects link lists, marked furniture, captions between an image and its credit, and teaser cards', () => {
    const blocks = [
      p('A long first paragraph of the article that says what happened and why it matters to readers.'),
      p('Other story · Another story', { linkShare: 0.9 }),
      p('Follow us for more', { marked: true }),
      img('file'),
      p('The cast gathers on the red carpet before the screening.'),
      p('Image: Festival press office'),
      img('page'),
      p('A fast diet that loses ten kilos in ten days.'),
      p('The closing paragraph of the article, which is plain body text.'),
    ];
    expect(blockRejections(blocks)).toEqual([null, 'block-links', 'marked', null, 'caption', 'caption', null, 'teaser', null]);
  });

  it('takes a short block with a photo credit for a caption, whole', () => {
    const blocks = [
      p('The cast pose for a photo at the premiere in Venice on Friday. (Photo by Jane Doe/Getty Images)'),
      p('The festival, which runs until Saturday, has sold more tickets than in any year since it began.'),
    ];
    expect(blockRejections(blocks)).toEqual(['caption', null]);
  });

  it('drops an author bio among the last blocks, but not a closing sentence about a film', () => {
    const body = Array.from({ length: 6 }, (_, i) => p(`Paragraph ${i + 1} of the review says something about the film and its makers.`));
    const bio = p('Jane Doe is a film critic based in Lyon. She has written for several magazines about French cinema.');
    const closing = p('The Salt Road is a patient film by a director and writer who trusts her audience.');
    expect(blockRejections([...body, closing, bio]).slice(-2)).toEqual([null, 'byline']);
  });

  it('drops a list of other articles under a "More stories" label, and teaser cards after linked images', () => {
    const li = (text: string): BodyBlock => ({ text, kind: 'list-item', linkShare: 0.4 });
    const blocks = [
      p('More Great Film Stories'),
      li('Why festivals love restorations, and what they cost'),
      li('The quiet boom of Taiwanese co-productions'),
      p('The body goes on after the list with a sentence of its own.'),
      img('page'),
      { text: 'KICKER', kind: 'heading', linkShare: 0 } as BodyBlock,
      p('A headline-like blurb for another story on the site.'),
    ];
    expect(blockRejections(blocks)).toEqual(['call-to-action', 'teaser', 'teaser', null, null, 'teaser', 'teaser']);
  });

  it('drops a list whose every item carries a link', () => {
    const li = (text: string, linkShare: number): BodyBlock => ({ text, kind: 'list-item', linkShare });
    const linked = [li('Why festivals love restorations, and what they cost', 0.4), li('Taiwan’s quiet boom', 0.5), li('Georgia finds partners', 0.3)];
    expect(blockRejections(linked)).toEqual(['teaser', 'teaser', 'teaser']);
    const plain = [li('The first point of a list in the article.', 0), li('A second point, with a link.', 0.3), li('A third point.', 0)];
    expect(blockRejections(plain)).toEqual([null, null, null]);
  });

  it('takes a short italic line right after an image for a caption', () => {
    const blocks = [img('file'), p('The best new character of the year.', { emphasisShare: 1 }), p('Body text that follows.', { emphasisShare: 0 })];
    expect(blockRejections(blocks)).toEqual([null, 'caption', null]);
  });

  it('treats what comes before an early dateline as header material', () => {
    const blocks = [p('A standfirst that sums up the story in one line.'), p('Nov 20, 2019', { hasTime: true }), p('The body starts here.')];
    expect(blockRejections(blocks)).toEqual(['header', 'header', null]);
  });

  it('does not take a paragraph that mentions a date in a <time> for a dateline', () => {
    const blocks = [
      p('The first paragraph of the body tells the story.'),
      p(
        'On Monday the festival, which runs for ten days in the old port every autumn, announced forty new films from twelve countries and three continents in its line-up.',
        { hasTime: true },
      ),
      p('The body goes on.'),
    ];
    expect(blockRejections(blocks)).toEqual([null, null, null]);
  });

  it('ignores class marks when they cover most of the body', () => {
    const blocks = [p('Most of the body sits in an element named summary.', { marked: true }), p('Short.')];
    expect(blockRejections(blocks)[0]).toBeNull();
  });
});
