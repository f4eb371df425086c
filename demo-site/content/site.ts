import type { Author, Category, Lang } from './types';

/**
 * The invented magazine. Its pages are written with `origin` as their absolute base URL (as a real
 * WordPress site writes its own domain everywhere); the demo server rewrites it to the address it
 * actually listens on. `.example` is a reserved TLD, so the placeholder can never reach the network.
 */
export const SITE = {
  name: 'Frame & Nation',
  tagline: 'World cinema, country by country',
  description:
    'Frame & Nation is an invented film magazine about national cinemas, co-productions and festivals, built as a demo site for Reelmark.',
  origin: 'https://frameandnation.example',
  twitter: '@frameandnation',
  wpVersion: '6.8.2',
  themeVersion: '1.4.2',
  postsPerPage: 10,
  postsPerFeed: 20,
} as const;

export const AUTHORS: Author[] = [
  {
    slug: 'ines-varga',
    name: 'Ines Varga',
    bio: 'Ines Varga is an invented editor who writes about co-productions and film policy for this demo site.',
  },
  {
    slug: 'samuel-adeyemi-holt',
    name: 'Samuel Adeyemi-Holt',
    bio: 'Samuel Adeyemi-Holt is an invented critic covering African and Central Asian cinemas for this demo site.',
  },
  {
    slug: 'leila-haddad',
    name: 'Leila Haddad',
    bio: 'Leila Haddad is an invented correspondent writing about Middle Eastern and Gulf cinema for this demo site.',
  },
  {
    slug: 'jonah-whitcombe',
    name: 'Jonah Whitcombe',
    bio: 'Jonah Whitcombe is an invented reviewer and festival reporter for this demo site.',
  },
  {
    slug: 'marta-kovacs',
    name: 'Marta Kovács',
    bio: 'Marta Kovács is an invented writer on Central European film history for this demo site.',
  },
  {
    slug: 'rafael-quintero',
    name: 'Rafael Quintero',
    bio: 'Rafael Quintero is an invented writer on Latin American and Pacific screen industries for this demo site.',
  },
  {
    slug: 'claire-ndiaye',
    name: 'Claire Ndiaye',
    bio: 'Claire Ndiaye est une autrice inventée pour ce site de démonstration ; elle écrit sur les cinémas d’Afrique de l’Ouest.',
  },
  {
    slug: 'lucia-barragan',
    name: 'Lucía Barragán',
    bio: 'Lucía Barragán es una autora inventada para este sitio de demostración; escribe sobre cine latinoamericano.',
  },
];

export const CATEGORIES: Category[] = [
  {
    slug: 'national-cinemas',
    name: 'National cinemas',
    description: 'Essays on national film cultures, their industries and the co-productions that connect them.',
    lang: 'en',
  },
  { slug: 'reviews', name: 'Reviews', description: 'Reviews of new releases and restorations.', lang: 'en' },
  { slug: 'festivals', name: 'Festivals', description: 'Dispatches from film festivals large and small.', lang: 'en' },
  { slug: 'interviews', name: 'Interviews', description: 'Conversations with people who make films.', lang: 'en' },
  { slug: 'streaming', name: 'Streaming', description: 'What to watch at home this week.', lang: 'en' },
  {
    slug: 'cinemas-nationaux',
    name: 'Cinémas nationaux',
    description: 'Essais sur les cinémas nationaux et les coproductions.',
    lang: 'fr',
  },
  {
    slug: 'cines-nacionales',
    name: 'Cines nacionales',
    description: 'Ensayos sobre cines nacionales y coproducciones.',
    lang: 'es',
  },
];

/** Theme strings for the page chrome, per language (what a translation plugin would provide). */
export interface UiStrings {
  locale: string;
  home: string;
  by: string;
  published: string;
  advertisement: string;
  share: string;
  relatedArticles: string;
  comments: (n: number, title: string) => string;
  reply: string;
  leaveReply: string;
  tagged: string;
  months: string[];
  recentPosts: string;
  tagCloud: string;
  categories: string;
  search: string;
  newsletterTitle: string;
  newsletterText: string;
  emailLabel: string;
  subscribe: string;
  newsletterLegal: string;
  cookieText: string;
  acceptCookies: string;
  rejectCookies: string;
  privacyPolicy: string;
  /** The notice every page carries: nothing here is real. */
  demoNotice: string;
  /** Footer line saying where the article text comes from. */
  seedNotice: string;
  demoTextNotice: string;
  commentLabel: string;
  nameLabel: string;
  submitComment: string;
  commentNotes: string;
  says: string;
  shareOn: (network: string) => string;
  /** Formats a date as the theme shows it next to "Published". */
  formatDate: (d: Date) => string;
}

const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const FR_MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];
const ES_MONTHS = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

export const UI: Record<Lang, UiStrings> = {
  en: {
    locale: 'en_US',
    home: 'Home',
    by: 'By',
    published: 'Published',
    advertisement: 'ADVERTISEMENT',
    share: 'Share',
    relatedArticles: 'Related Articles',
    comments: (n, title) => `${n} ${n === 1 ? 'thought' : 'thoughts'} on “${title}”`,
    reply: 'Reply',
    leaveReply: 'Leave a Reply',
    tagged: 'Tagged',
    months: EN_MONTHS,
    recentPosts: 'Recent Posts',
    tagCloud: 'Tags',
    categories: 'Categories',
    search: 'Search',
    newsletterTitle: 'Get the Frame & Nation newsletter',
    newsletterText: 'The best new writing on world cinema, every Friday. No spam; unsubscribe at any time.',
    emailLabel: 'Email address',
    subscribe: 'Subscribe',
    newsletterLegal: 'By subscribing you agree to our Privacy Policy.',
    cookieText:
      'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. This is a demo site: nothing is stored or shared.',
    acceptCookies: 'Accept all',
    rejectCookies: 'Reject',
    privacyPolicy: 'Privacy Policy',
    demoNotice:
      'Demo site: Frame & Nation is an invented magazine built to test Reelmark. Names, bylines, comments, images and ads are demo text.',
    seedNotice:
      'The text of this article is the Reelmark seed article; the byline, comments, images and everything around it are invented demo text.',
    demoTextNotice: 'Demo text: this article was written for the Frame & Nation demo site and describes no real publication.',
    commentLabel: 'Comment',
    nameLabel: 'Name',
    submitComment: 'Post Comment',
    commentNotes: 'Your email address will not be published.',
    says: 'says:',
    shareOn: (n) => `Share on ${n}`,
    formatDate: (d) => `${EN_MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())}, ${d.getUTCFullYear()}`,
  },
  fr: {
    locale: 'fr_FR',
    home: 'Accueil',
    by: 'Par',
    published: 'Publié le',
    advertisement: 'PUBLICITÉ',
    share: 'Partager',
    relatedArticles: 'Articles similaires',
    comments: (n, title) => `${n} ${n === 1 ? 'réflexion' : 'réflexions'} sur « ${title} »`,
    reply: 'Répondre',
    leaveReply: 'Laisser un commentaire',
    tagged: 'Étiquettes',
    months: FR_MONTHS,
    recentPosts: 'Articles récents',
    tagCloud: 'Étiquettes',
    categories: 'Catégories',
    search: 'Rechercher',
    newsletterTitle: 'Recevez la lettre de Frame & Nation',
    newsletterText: 'Le meilleur du cinéma mondial, chaque vendredi. Pas de spam ; désabonnement à tout moment.',
    emailLabel: 'Adresse e-mail',
    subscribe: 'S’abonner',
    newsletterLegal: 'En vous abonnant, vous acceptez notre politique de confidentialité.',
    cookieText:
      'Nous utilisons des cookies pour personnaliser le contenu et les publicités et pour analyser notre trafic. Ceci est un site de démonstration : rien n’est enregistré ni partagé.',
    acceptCookies: 'Tout accepter',
    rejectCookies: 'Refuser',
    privacyPolicy: 'Politique de confidentialité',
    demoNotice:
      'Site de démonstration : Frame & Nation est un magazine inventé pour tester Reelmark. Noms, signatures, commentaires, images et publicités sont des textes de démonstration.',
    seedNotice: 'Le texte de cet article est l’article de référence de Reelmark ; tout le reste est inventé.',
    demoTextNotice: 'Texte de démonstration : cet article a été écrit pour le site de démonstration Frame & Nation.',
    commentLabel: 'Commentaire',
    nameLabel: 'Nom',
    submitComment: 'Publier le commentaire',
    commentNotes: 'Votre adresse e-mail ne sera pas publiée.',
    says: 'dit :',
    shareOn: (n) => `Partager sur ${n}`,
    formatDate: (d) => `${d.getUTCDate()} ${FR_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  es: {
    locale: 'es_ES',
    home: 'Inicio',
    by: 'Por',
    published: 'Publicado el',
    advertisement: 'PUBLICIDAD',
    share: 'Compartir',
    relatedArticles: 'Artículos relacionados',
    comments: (n, title) => `${n} ${n === 1 ? 'comentario' : 'comentarios'} en «${title}»`,
    reply: 'Responder',
    leaveReply: 'Deja un comentario',
    tagged: 'Etiquetas',
    months: ES_MONTHS,
    recentPosts: 'Entradas recientes',
    tagCloud: 'Etiquetas',
    categories: 'Categorías',
    search: 'Buscar',
    newsletterTitle: 'Recibe el boletín de Frame & Nation',
    newsletterText: 'Lo mejor del cine mundial, cada viernes. Sin spam; puedes darte de baja cuando quieras.',
    emailLabel: 'Correo electrónico',
    subscribe: 'Suscribirme',
    newsletterLegal: 'Al suscribirte aceptas nuestra política de privacidad.',
    cookieText:
      'Usamos cookies para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Este es un sitio de demostración: no se guarda ni se comparte nada.',
    acceptCookies: 'Aceptar todo',
    rejectCookies: 'Rechazar',
    privacyPolicy: 'Política de privacidad',
    demoNotice:
      'Sitio de demostración: Frame & Nation es una revista inventada para probar Reelmark. Nombres, firmas, comentarios, imágenes y anuncios son texto de demostración.',
    seedNotice: 'El texto de este artículo es el artículo de referencia de Reelmark; todo lo demás es inventado.',
    demoTextNotice: 'Texto de demostración: este artículo se escribió para el sitio de demostración Frame & Nation.',
    commentLabel: 'Comentario',
    nameLabel: 'Nombre',
    submitComment: 'Publicar el comentario',
    commentNotes: 'Tu dirección de correo electrónico no será publicada.',
    says: 'dice:',
    shareOn: (n) => `Compartir en ${n}`,
    formatDate: (d) => `${d.getUTCDate()} de ${ES_MONTHS[d.getUTCMonth()]} de ${d.getUTCFullYear()}`,
  },
};
