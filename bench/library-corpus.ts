import type { Article } from '@/utils/article/types';

/**
 * A deterministic synthetic corpus of film articles for the library bench: English function
 * words and film vocabulary with a Zipf-like long tail of made-up names (people, places, film
 * titles), so the vocabulary grows the way a real reading library's does. The same seed gives the
 * same articles in Node and in the browser page.
 */

const COMMON = `the of and to a in is that it for as with was on by his her be at from this are an have not they
which or one had but were their has all more when there can who been its we so would about into than them
these out only other also what some time like her over such our most even then new first after two between
through many well where years much before back own still those way because life while both same each under
world long another made year against three never here might every people again however often later without
during since great small end old part around place found young good work made city story country images moment
scene frame shot light silence memory history family village mother father son daughter house river road war
land sea night morning winter summer camera screen audience festival director producer actor actress writer
critic cinema film films movie studio programme season premiere release distribution funding budget money fund
national state ministry culture language border nation region local global market industry archive print
restoration documentary fiction drama comedy thriller western musical animation short feature debut career
generation wave movement tradition style form genre narrative character performance landscape portrait voice
music score sound editing cut montage sequence close distance movement stillness colour black white grain
digital celluloid projection theatre screening jury prize award competition selection sidebar market deal
coproduction partner partners agreement treaty quota subsidy television streaming platform rights sales agent`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = `ka ra mi no ta se lo vu be da ne ri so ku ma zo li pe ga te hi ya jo wa fe du ni sa ko re na bo
ti mu le go ve zi pa lu de ho ja mo ru si fa ke bu zu ye to gi`
  .split(/\s+/)
  .filter(Boolean);

const FIRST = ['Ana', 'Tom', 'Aigerim', 'Marta', 'Kenji', 'Lucía', 'Omar', 'Ingrid', 'Tariq', 'Chloé', 'Dmitri', 'Nadia', 'Pedro', 'Ayşe', 'Samuel', 'Mei', 'Kofi', 'Elena', 'Rahul', 'Sofia'];
const LAST = ['Silva', 'Roe', 'Nurlanova', 'Kowalski', 'Tanaka', 'Moreno', 'Haddad', 'Larsen', 'Ali', 'Dubois', 'Volkov', 'Rahman', 'Costa', 'Yılmaz', 'Okafor', 'Chen', 'Mensah', 'Petrova', 'Gupta', 'Romano'];
const SECTIONS = ['Reviews', 'Features', 'Interviews', 'Festivals', 'National cinemas', 'Industry', 'Archive', 'Essays'];
const NATIONS = ['kazakhstan', 'mexico', 'france', 'japan', 'senegal', 'iran', 'brazil', 'korea', 'romania', 'argentina', 'india', 'nigeria'];

/** A seeded PRNG (mulberry32): tiny, fast and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/** The made-up long-tail word number `n` (names of people, places, films). */
function tailWord(n: number): string {
  let word = '';
  let x = n + 7;
  for (let i = 0; i < 3 + (n % 3); i++) {
    word += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length) + i * 13;
  }
  return word;
}

const TAIL_SIZE = 40_000;

/** A word drawn with a Zipf-like skew: mostly common words, sometimes one of a long tail. */
function word(rand: () => number): string {
  const r = rand();
  if (r < 0.82) return COMMON[Math.floor(COMMON.length * Math.pow(rand(), 2.2))]!;
  return tailWord(Math.floor(TAIL_SIZE * Math.pow(rand(), 1.8)));
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 18);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(word(rand));
  return capitalise(words.join(' ')) + '.';
}

/** The number of words in `text` (whitespace-separated). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Synthetic article number `i` of a corpus: about `words` words in paragraphs, with metadata. */
export function syntheticArticle(i: number, words = 1500): Article {
  const rand = seededRandom(i * 7919 + 17);
  const site = `${tailWord(i % 60)}-film.example`;
  const nation = pick(rand, NATIONS);
  const titleWords = [capitalise(tailWord(Math.floor(rand() * TAIL_SIZE))), word(rand), word(rand), 'and', capitalise(nation), word(rand)];
  const title = titleWords.map((w, k) => (k === 0 ? w : w)).join(' ') + ` (${i})`;
  const author = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(rand() * 4);
    for (let s = 0; s < n; s++) sentences.push(sentence(rand));
    const p = sentences.join(' ');
    count += countWords(p);
    paragraphs.push(p);
  }
  const text = paragraphs.join('\n\n');
  const html = paragraphs.map((p, k) => (k > 0 && k % 4 === 0 ? `<h2>${capitalise(word(rand))} ${word(rand)}</h2>` : '') + `<p>${p}</p>`).join('');
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const url = `https://${site}/${published.replace(/-/g, '/')}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}/`;
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  return {
    url,
    canonical: url,
    title,
    byline: `By ${author}`,
    authors: [author],
    published,
    modified: null,
    section: pick(rand, SECTIONS),
    tags: [nation, pick(rand, SECTIONS).toLowerCase()],
    siteName: capitalise(site.split('.')[0]!.replace('-', ' ')),
    lang: 'en',
    description: paragraphs[0]!.slice(0, 200),
    image: null,
    isArticle: true,
    confidence: 0.9,
    wordCount: count,
    readingMinutes: Math.max(1, Math.round(count / 230)),
    text,
    html,
    related: [],
    citation: {
      id: url,
      type: 'article-magazine',
      title,
      author: [{ family: author.split(' ')[1], given: author.split(' ')[0] }],
      issued: { 'date-parts': [[y, m, d]] },
      'container-title': capitalise(site.split('.')[0]!.replace('-', ' ')),
      URL: url,
      language: 'en',
    },
  };
}

/** Search queries for the bench: exact words, prefixes, typos and multi-word queries from the corpus. */
export function benchQueries(count: number, corpusSize: number): string[] {
  const rand = seededRandom(424242);
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    const a = syntheticArticle(Math.floor(rand() * corpusSize), 60);
    const titleWord = a.title.split(' ')[0]!.toLowerCase();
    const kind = q % 5;
    if (kind === 0) queries.push(titleWord);
    else if (kind === 1) queries.push(titleWord.slice(0, Math.max(3, titleWord.length - 3)));
    else if (kind === 2) queries.push(titleWord.slice(0, 2) + titleWord.slice(3));
    else if (kind === 3) queries.push(`${pick(rand, NATIONS)} ${word(rand)}`);
    else queries.push(`${pick(rand, COMMON)} ${pick(rand, COMMON)} ${titleWord.slice(0, 4)}`);
  }
  return queries;
}
