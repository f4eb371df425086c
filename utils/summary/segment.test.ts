import { describe, expect, it } from 'vitest';
import { countWords, segmenterLocale, sentenceSpans, wordsOf } from './segment';

const sentences = (text: string, lang: string | null) => sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end).trim());

describe('sentence segmentation', () => {
  it('splits English and keeps abbreviations, initials and "U.S." inside their sentence', () => {
    expect(
      sentences('Gov. Matt Bevin lost in Kentucky on Nov. 5. George W. Bush spoke. Mr. Smith left the U.S. Embassy early.', 'en'),
    ).toEqual(['Gov. Matt Bevin lost in Kentucky on Nov. 5.', 'George W. Bush spoke.', 'Mr. Smith left the U.S. Embassy early.']);
  });

  it('splits French, keeping "M." and a quoted exclamation inside the sentence', () => {
    expect(sentences('M. Dupont est arrivé. Il a dit « Bonjour ! » et il est parti. Voilà.', 'fr')).toEqual([
      'M. Dupont est arrivé.',
      'Il a dit « Bonjour ! » et il est parti.',
      'Voilà.',
    ]);
  });

  it('splits Spanish with inverted question marks and "Sra."', () => {
    expect(sentences('La Sra. Fernández rodó en Salta. ¿Llegará a los cines? Nadie lo sabe.', 'es')).toEqual([
      'La Sra. Fernández rodó en Salta.',
      '¿Llegará a los cines?',
      'Nadie lo sabe.',
    ]);
  });

  it('splits German, keeping "z. B.", "Dr." and ordinal dates together', () => {
    expect(sentences('Das ist z. B. ein Test. Am 3. Oktober war es kalt. Dr. Müller kam.', 'de')).toEqual([
      'Das ist z. B. ein Test.',
      'Am 3. Oktober war es kalt.',
      'Dr. Müller kam.',
    ]);
  });

  it('splits Japanese and Chinese, which have no spaces', () => {
    expect(sentences('これはペンです。あれは本です！本当？', 'ja')).toEqual(['これはペンです。', 'あれは本です！', '本当？']);
    expect(sentences('这是一本书。那是什么？好的！', 'zh')).toEqual(['这是一本书。', '那是什么？', '好的！']);
  });

  it('splits Arabic, including its own question mark', () => {
    expect(sentences('هذا فيلم جديد. ما رأيك فيه؟ أعجبني كثيرا!', 'ar')).toEqual(['هذا فيلم جديد.', 'ما رأيك فيه؟', 'أعجبني كثيرا!']);
  });

  it('splits long unpunctuated Thai at its spaces, in sentence-sized groups', () => {
    const phrase = 'ภาพยนตร์เรื่องนี้ได้รับรางวัลจากเทศกาลภาพยนตร์ ';
    const text = phrase.repeat(8).trim();
    const parts = sentences(text, 'th');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(text);
  });

  it('returns slices of the input, in order, that cover it', () => {
    const text = 'One sentence here. Another one there! And a third? Yes.';
    const spans = sentenceSpans(text, 'en');
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
    spans.slice(1).forEach((s, i) => expect(s.start).toBe(spans[i]?.end));
  });

  it('segments very long text piecewise with the same result', () => {
    const sentence = 'The festival screened forty new films from twelve countries this week. ';
    const text = sentence.repeat(400);
    const parts = sentences(text, 'en');
    expect(parts).toHaveLength(400);
    expect(new Set(parts)).toEqual(new Set([sentence.trim()]));
  });
});

describe('word counting', () => {
  it('counts words in languages without spaces', () => {
    expect(wordsOf('これはペンです。', 'ja')).toEqual(['これ', 'は', 'ペン', 'です']);
    expect(countWords('私は映画が好きです。', 'ja')).toBeGreaterThan(3);
    expect(countWords('我喜欢看电影。', 'zh')).toBeGreaterThan(2);
  });

  it('counts words in spaced languages, without punctuation', () => {
    expect(countWords('Le film, sorti hier, plaît !', 'fr')).toBe(5);
    expect(countWords('El cine — argentino — vive.', 'es')).toBe(4);
  });
});

describe('segmenter locale', () => {
  it('accepts tags with underscores and drops malformed ones', () => {
    expect(segmenterLocale('pt_BR')).toBe('pt-BR');
    expect(segmenterLocale('en-us')).toBe('en-US');
    expect(segmenterLocale('not a tag')).toBeUndefined();
    expect(segmenterLocale(null)).toBeUndefined();
  });
});
