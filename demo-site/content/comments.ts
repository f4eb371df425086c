import type { CommentData, Lang } from './types';

/** Invented reader comments; every article shows a few, like a real magazine's comment thread. */
const POOL: Record<Lang, { author: string; text: string }[]> = {
  en: [
    {
      author: 'Dana Whitfield',
      text: 'This matches what I saw on a small co-production last year: the paperwork took longer than the shoot, but the crew friendships were worth it.',
    },
    {
      author: 'Kofi Mensah-Larsen',
      text: 'Would love a follow-up on how smaller countries manage without formal treaties. Most examples assume two well-funded partners.',
    },
    {
      author: 'Priya Raman',
      text: 'Great overview. Any recommendations for where to start watching? Our film club is planning next season’s programme.',
    },
    {
      author: 'Tomasz Wróbel',
      text: 'The point about training crews is underrated. Skills stay in a country long after the festival buzz has gone.',
    },
    {
      author: 'Maeve O’Connell',
      text: 'Lovely piece. I’d add that local audiences need cheaper tickets before any of this reaches them.',
    },
    {
      author: 'Hamid Karimi',
      text: 'Thank you for writing about this without reducing it to a news story. Bookmarked for my students.',
    },
  ],
  fr: [
    {
      author: 'Awa Sarr',
      text: 'Merci pour cet article très clair. Il manque peut-être un mot sur les salles de quartier qui rouvrent à Dakar.',
    },
    {
      author: 'Julien Moreau',
      text: 'Très intéressant. Les séries tournées à Dakar mériteraient un article à elles seules.',
    },
  ],
  es: [
    {
      author: 'Martín Ocampo',
      text: 'Muy buen repaso. Faltaría hablar de las coproducciones con Uruguay, que también han dado grandes películas.',
    },
    { author: 'Inés Albornoz', text: 'Gracias por el artículo, lo comparto con mis alumnos de cine.' },
  ],
};

function shiftIso(iso: string, hours: number): string {
  const d = new Date(new Date(iso).getTime() + hours * 3_600_000);
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** Two invented comments for a demo post, picked from the pool by post id so output is stable. */
export function demoComments(postId: number, lang: Lang, published: string): CommentData[] {
  const pool = POOL[lang];
  const first = postId % pool.length;
  return [0, 1].map((n) => {
    const c = pool[(first + n) % pool.length] ?? { author: '', text: '' };
    return { id: postId * 10 + n + 1, author: c.author, text: c.text, date: shiftIso(published, 5 + n * 19) };
  });
}

/** The seed article's thread: two readers and a reply from its (invented) author. */
export function seedComments(postId: number, published: string): CommentData[] {
  const [a, b] = POOL.en;
  return [
    { id: postId * 10 + 1, author: a?.author ?? '', text: a?.text ?? '', date: shiftIso(published, 3) },
    { id: postId * 10 + 2, author: b?.author ?? '', text: b?.text ?? '', date: shiftIso(published, 9) },
    {
      id: postId * 10 + 3,
      author: 'Ines Varga',
      text: 'Thanks, both. A piece on co-productions between countries without a treaty is in the works.',
      date: shiftIso(published, 26),
      parent: postId * 10 + 2,
    },
  ];
}
