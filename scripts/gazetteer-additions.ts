/**
 * The reviewed part of the nations gazetteer: what the data packages lack or get wrong for film
 * writing. `build-gazetteer.ts` merges it over i18n-iso-countries (names) and i18n-nationality
 * (adjectives). Every entry here was checked by hand; keep the reasons next to them.
 */

/** The four languages the gazetteer ships. */
export const GAZETTEER_LANGS = ['en', 'fr', 'es', 'de'] as const;
export type GazetteerLang = (typeof GAZETTEER_LANGS)[number];

/** Codes dropped entirely: uninhabited territories with no film production to speak of. */
export const EXCLUDED_CODES = ['AQ', 'BV', 'HM', 'TF', 'UM', 'IO', 'GS'];

/**
 * Historical states that film writing names all the time. ISO 3166-1 keeps their alpha-2 codes
 * reserved (SU exceptionally, YU transitionally), so tags stay unambiguous. "Czechoslovak" is not
 * here: it maps to both successor states (CZ and SK), see ADJECTIVES_ADD.
 */
export const HISTORICAL: Record<string, { names: Partial<Record<GazetteerLang, string[]>>; adjectives: Partial<Record<GazetteerLang, string[]>> }> = {
  SU: {
    names: { en: ['Soviet Union', 'USSR'], fr: ['Union soviétique', 'URSS'], es: ['Unión Soviética', 'URSS'], de: ['Sowjetunion', 'UdSSR'] },
    adjectives: { en: ['Soviet'], fr: ['soviétique'], es: ['soviético'], de: ['sowjetisch'] },
  },
  YU: {
    names: { en: ['Yugoslavia'], fr: ['Yougoslavie'], es: ['Yugoslavia'], de: ['Jugoslawien'] },
    adjectives: { en: ['Yugoslav', 'Yugoslavian'], fr: ['yougoslave'], es: ['yugoslavo'], de: ['jugoslawisch'] },
  },
};

/** Names the package lacks (short forms writers use). Multi-code values tag every code. */
export const NAMES_ADD: Record<string, Partial<Record<GazetteerLang, string[]>>> = {
  KR: { en: ['Korea'], fr: ['Corée'], es: ['Corea del Sur', 'Corea'], de: ['Korea'] },
  KP: { es: ['Corea del Norte'] },
  CD: { en: ['DR Congo', 'DRC', 'Congo-Kinshasa'], fr: ['RDC', 'Congo-Kinshasa'], es: ['República Democrática del Congo', 'RDC'] },
  CG: { en: ['Congo-Brazzaville'], fr: ['Congo-Brazzaville'] },
  GB: { en: ['Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'], fr: ['Grande-Bretagne', 'Angleterre', 'Écosse'], es: ['Gran Bretaña', 'Inglaterra', 'Escocia'], de: ['England', 'Schottland'] },
  IR: { en: ['Persia'] },
  MM: { en: ['Burma'], fr: ['Birmanie'], es: ['Birmania'], de: ['Birma'] },
  NL: { en: ['Holland'], fr: ['Hollande'], es: ['Holanda'], de: ['Holland'] },
  RU: { de: ['Russland'] },
  SY: { en: ['Syria'], es: ['Siria'] },
  LA: { en: ['Laos'], es: ['Laos'] },
  VA: { en: ['Vatican'], fr: ['Vatican'], es: ['Vaticano'], de: ['Vatikan'] },
  TW: { fr: ['Taiwan'] },
  MK: { en: ['Macedonia'] },
  CZ: { fr: ['Tchéquie'], es: ['Chequia'] },
  CI: { fr: ["Côte d'Ivoire"] },
  US: { fr: ['États-Unis'] },
  BO: { es: ['Bolivia'] },
  TZ: { de: ['Tansania'] },
  PS: { en: ['Gaza', 'West Bank'] },
  MD: { en: ['Moldova'] },
  FM: { en: ['Micronesia'] },
};

/**
 * Adjectives (and demonyms) the package lacks or spells differently from film writing. The
 * base form is given: masculine singular in French and Spanish, the uninflected stem in German;
 * `nation-morphology.ts` derives the feminine and plural forms.
 */
export const ADJECTIVES_ADD: Record<string, Partial<Record<GazetteerLang, string[]>>> = {
  KZ: { en: ['Kazakh'], fr: ['kazakh'], es: ['kazajo'], de: ['kasachisch'] },
  SK: { en: ['Slovak'], fr: ['slovaque'], es: ['eslovaco'], de: ['slowakisch'] },
  KR: { en: ['Korean'], fr: ['coréen', 'sud-coréen'], es: ['surcoreano', 'coreano'], de: ['koreanisch', 'südkoreanisch'] },
  KP: { fr: ['nord-coréen'] },
  AE: { en: ['Emirati'], fr: ['émirien'], es: ['emiratí'], de: ['emiratisch'] },
  BA: { en: ['Bosnian', 'Herzegovinian'], es: ['bosnio'] },
  NZ: { de: ['neuseeländisch'] },
  AR: { en: ['Argentine', 'Argentinian'] },
  GB: { en: ['English', 'Scottish', 'Welsh', 'Northern Irish'], fr: ['anglais', 'écossais', 'gallois'], es: ['inglés', 'escocés', 'galés'], de: ['englisch', 'schottisch', 'walisisch'] },
  CZ: { en: ['Czech', 'Czechoslovak', 'Czechoslovakian'], fr: ['tchécoslovaque'], es: ['checoslovaco'], de: ['tschechoslowakisch'] },
  UZ: { en: ['Uzbek'] },
  TM: { en: ['Turkmen'] },
  CA: { en: ['Québécois', 'Quebecois', 'Quebecer'], fr: ['québécois'], es: ['quebequés'], de: ['québecer'] },
  BE: { en: ['Flemish', 'Walloon'], fr: ['flamand', 'wallon'], es: ['flamenco'], de: ['flämisch', 'wallonisch'] },
  IR: { en: ['Persian'], es: ['iraní'], fr: ['persan'], de: ['persisch'] },
  IQ: { es: ['iraquí'] },
  SA: { en: ['Saudi Arabian'] },
  PS: { en: ['Palestinian'], fr: ['palestinien'], de: ['palästinensisch'] },
  XK: { en: ['Kosovar', 'Kosovan'], de: ['kosovarisch'] },
  HK: { de: ['hongkong-chinesisch'] },
  MO: { en: ['Macanese'] },
  PR: { en: ['Puerto Rican'], es: ['puertorriqueño'] },
  SS: { en: ['South Sudanese'], es: ['sursudanés'] },
  GH: { es: ['ghanés'] },
  NE: { es: ['nigerino'], de: ['nigrisch'] },
  NG: { de: ['nigerianisch'] },
  FO: { en: ['Faroese'] },
  GL: { en: ['Greenlandic'] },
  IM: { en: ['Manx'] },
  LS: { en: ['Basotho'] },
  MC: { en: ['Monégasque', 'Monegasque'] },
  KI: { en: ['I-Kiribati'] },
  DO: { en: ['Dominican'], fr: ['dominicain'], es: ['dominicano'], de: ['dominikanisch'] },
};

/**
 * Adjectives the packages list that are wrong or unusable for tagging, removed before merging.
 * (Wallis and Futuna is not "Welsh"; "Caribeño" is the whole Caribbean; "Congolese" names two
 * countries, so it tags neither.)
 */
export const ADJECTIVES_REMOVE: Record<string, Partial<Record<GazetteerLang, string[]>>> = {
  WF: { en: ['Welsh'], fr: ['Gallois'] },
  BQ: { es: ['Caribeño'] },
  BA: { en: ['Bosnian - Herzegovinian'], es: ['Bosnia-Herzegovina'] },
  NZ: { de: ['Neuseelandneuseeländisch'] },
  PS: { de: ['Gazastreifen'] },
  SA: { de: ['Saudi-Arabisch'] },
  DM: { en: ['Dominican (Dominica)'] },
  DO: { en: ['Dominican (Dominican Republic)'] },
  AG: { en: ['Antiguans'] },
  KR: { es: ['Coreano'] },
  IR: { es: ['Irani'] },
  IQ: { es: ['Iraki'] },
  SH: { de: ['St.Helena'] },
};

/** Names removed: they tag the wrong thing more often than the country. */
export const NAMES_REMOVE: Record<string, Partial<Record<GazetteerLang, string[]>>> = {
  // "Congo" alone names two countries.
  CD: { en: ['Congo'], de: ['Kongo'] },
  CG: { en: ['Congo'], es: ['Congo'] },
  // "US" is kept (upper case only); the dotted forms are matched as the same token.
  GB: {},
};

/**
 * Film-industry names and movements: any language, always film context. "Tollywood" is India's
 * Telugu (and Bengali) industry; Nepal's film industry is also called "Kollywood", but Tamil
 * cinema's use dominates film writing, so it tags India.
 */
export const INDUSTRY_ALIASES: [term: string, codes: string[]][] = [
  ['Nollywood', ['NG']],
  ['Kannywood', ['NG']],
  ['Bollywood', ['IN']],
  ['Tollywood', ['IN']],
  ['Kollywood', ['IN']],
  ['Mollywood', ['IN']],
  ['Sandalwood', ['IN']],
  ['Lollywood', ['PK']],
  ['Dhallywood', ['BD']],
  ['Dhaliwood', ['BD']],
  ['Ghallywood', ['GH']],
  ['Riverwood', ['KE']],
  ['Hollywood', ['US']],
  ['Hallyu', ['KR']],
  ['Chungmuro', ['KR']],
  ['Cinecittà', ['IT']],
  ['Mosfilm', ['SU']],
  ['Lenfilm', ['SU']],
  ['DEFA', ['DE']],
  ['Czech New Wave', ['CZ']],
  ['Czechoslovak New Wave', ['CZ', 'SK']],
  ['French New Wave', ['FR']],
  ['Nouvelle Vague', ['FR']],
  ['Cinema Novo', ['BR']],
  ['Italian neorealism', ['IT']],
  ['German Expressionism', ['DE']],
  ['New German Cinema', ['DE']],
  ['Dogme 95', ['DK']],
  ['Romanian New Wave', ['RO']],
  ['Iranian New Wave', ['IR']],
  ['Taiwan New Cinema', ['TW']],
  ['Hong Kong New Wave', ['HK']],
  ['Black Wave', ['YU']],
  ['Nuevo Cine Mexicano', ['MX']],
  ['Nuevo Cine Argentino', ['AR']],
];

/**
 * Phrases that contain a nation's name or adjective but do not mean the nation (English). They
 * are matched like terms, longest first, and tag nothing, so the shorter term inside them never
 * fires. General idioms only, nothing tied to one site.
 */
export const SHADOW_PHRASES: Partial<Record<GazetteerLang, string[]>> = {
  en: [
    'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
    'Central America', 'Central American', 'Native American', 'American Indian', 'Pan American', 'Pan-American',
    'New Mexico', 'New Mexican', 'New Jersey', 'New England', 'New South Wales', 'New Guinea',
    'Georgia Tech', 'Georgian architecture', 'Georgian era', 'Georgian period',
    'Dutch angle', 'Dutch tilt', 'Dutch courage', 'Mexican standoff', 'Mexican wave', 'Chinese whispers',
    'Russian doll', 'Russian dolls', 'Russian roulette', 'Turkish delight', 'Turkish bath', 'Danish pastry',
    'French fries', 'French kiss', 'French windows', 'French toast', 'Indian summer', 'Indian Ocean',
    'Swiss cheese', 'Swiss army knife', 'Irish coffee', 'Persian cat', 'Persian rug', 'Persian Gulf',
    'Panama hat', 'Panama Canal', 'Guinea pig', 'guinea pig', 'Brazil nut', 'Canada goose', 'Jersey Shore',
    'Jordan River', 'Niger River', 'Scotch egg', 'Egyptian cotton', 'Arabian Nights', 'China Syndrome',
    'English-language', 'Spanish-language', 'French-language', 'Chinese-language', 'German-language',
    'Portuguese-language', 'Russian-language', 'Arabic-language', 'Korean-language', 'Japanese-language',
  ],
};

/**
 * English terms that are also common words, foods or places elsewhere: they count only with
 * corroboration (another term for the same nation, or film words right next to them).
 */
export const AMBIGUOUS_TERMS: Partial<Record<GazetteerLang, string[]>> = {
  en: [
    'Chad', 'Jordan', 'Georgia', 'Georgian', 'Turkey', 'Guinea', 'Niger', 'Panama', 'Jersey', 'Guernsey', 'Mali',
    'Togo', 'Cuba', 'Chile', 'Israel', 'Dominica', 'Dominican', 'Lebanon', 'Peru', 'Jamaica', 'Bermuda', 'Holland',
    'English', 'Persian', 'Persia', 'Hollywood', 'Sandalwood', 'Macedonia', 'Manx', 'Gaza',
  ],
  es: ['Chile', 'Georgia', 'Granada'],
  de: ['Island', 'Georgia'],
  fr: ['Guinée', 'Jersey'],
};

/** Names that are also given names: "Chad Stahelski", "Jordan Peele", "Georgia O'Keeffe", "India Eisley". */
export const PERSON_NAME_TERMS = ['Chad', 'Jordan', 'Georgia', 'India', 'Israel', 'Kenya', 'Cuba', 'Jersey', 'Brazil', 'Chelsea', 'Mali', 'Peru'];

/** Words that, right next to a nation term, make it about cinema ("Kazakh cinema", "cinema of Chad"). */
export const FILM_WORDS: Record<GazetteerLang, string[]> = {
  en: ['cinema', 'cinemas', 'film', 'films', 'filmmaker', 'filmmakers', 'filmmaking', 'film-maker', 'film-makers', 'movie', 'movies', 'director', 'directors', 'documentary', 'documentaries', 'animation', 'screen', 'new wave', 'industry', 'auteur', 'auteurs', 'picture', 'pictures'],
  fr: ['cinéma', 'cinémas', 'film', 'films', 'cinéaste', 'cinéastes', 'réalisateur', 'réalisateurs', 'réalisatrice', 'documentaire', 'nouvelle vague', 'septième art'],
  es: ['cine', 'cines', 'película', 'películas', 'cineasta', 'cineastas', 'director', 'directores', 'directora', 'documental', 'filme', 'filmes', 'nueva ola'],
  de: ['kino', 'film', 'filme', 'filmen', 'films', 'filmemacher', 'filmemacherin', 'regisseur', 'regisseure', 'regisseurin', 'dokumentarfilm', 'filmindustrie', 'filmschaffen'],
};
