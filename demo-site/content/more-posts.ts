import type { Lang } from './types';

/**
 * Posts beyond the seed and its twenty related pieces, all demo text: the fetcher test article and
 * the two pages it points to (tests make one slow and the other missing), a few posts in other
 * categories (what a related-pieces feature must leave out) and the French and Spanish articles.
 * A body line starting with "## " is a subheading.
 */
export interface PostDraft {
  id: number;
  title: string;
  standfirst: string;
  authorSlug: string;
  /** ISO 8601 with offset. */
  published: string;
  categorySlug: string;
  tags: string[];
  lang: Lang;
  body: string[];
  /** Post ids shown in the post's related block. */
  related: number[];
  imageAlt: string;
}

/** Post id of the article whose related block leads to the slow page and the missing page. */
export const FETCHER_TEST_ID = 4830;
/** Post id of the page tests make slow (server option `delays`). */
export const SLOW_PAGE_ID = 4826;
/** Post id of the page tests make missing (server option `missing`). */
export const MISSING_PAGE_ID = 4815;
export const FRENCH_ID = 4752;
export const SPANISH_ID = 4741;

export const MORE_POSTS: PostDraft[] = [
  {
    id: FETCHER_TEST_ID,
    title: 'Nollywood and Its Neighbours: Nigeria’s Growing Co-Production Map',
    standfirst:
      'Nigerian film built its audience on its own terms. Now partners from Ghana, South Africa and the United Kingdom want a share of its energy, and streaming money is changing the deal.',
    authorSlug: 'samuel-adeyemi-holt',
    published: '2025-08-14T09:20:00+00:00',
    categorySlug: 'national-cinemas',
    tags: ['Nigeria', 'West Africa', 'co-productions', 'streaming'],
    lang: 'en',
    related: [SLOW_PAGE_ID, MISSING_PAGE_ID, 4721, 4698, 4801],
    imageAlt: 'A busy film set on a Lagos street at night',
    body: [
      'Nollywood built its audience without asking anyone’s permission. From the home-video boom of the 1990s to today’s streaming premieres, Nigerian producers have made hundreds of films a year for viewers across Africa and the diaspora. What has changed more recently is the number of partners knocking on Lagos’s door.',
      'Ghana has been the closest collaborator for decades, sharing actors, crews and audiences, and Ghanaian and Nigerian producers often cast across the border to reach both markets. Partnerships with South Africa bring studio facilities and post-production, while co-productions with the United Kingdom draw on the large Nigerian community in London.',
      '## Streaming changes the deal',
      'Global streaming services have raised budgets and expectations at the same time. Nigerian producers now deliver series and features to technical standards set abroad, and some worry that the speed and intimacy that made Nollywood popular could be lost. Others see a chance to build the training, insurance and distribution systems that a larger industry needs.',
      'The co-production map is still being drawn. Treaties and public funds lag behind the commercial deals, and smaller producers struggle to access either. But the direction is clear: Nigerian cinema is no longer only exported, it is increasingly made with partners who want to learn from its energy and share in its audience.',
    ],
  },
  {
    id: SLOW_PAGE_ID,
    title: 'Taiwanese Cinema’s Quiet Co-Production Boom',
    standfirst:
      'Taiwan’s film industry has a small home market and a large reputation. Partnerships with Japan, France and Southeast Asia are how it keeps ambitious projects alive.',
    authorSlug: 'jonah-whitcombe',
    published: '2025-08-13T08:05:00+00:00',
    categorySlug: 'national-cinemas',
    tags: ['Taiwan', 'East Asia', 'co-productions', 'film policy'],
    lang: 'en',
    related: [FETCHER_TEST_ID, 4700, 4801],
    imageAlt: 'A night market in Taipei lit up for a film shoot',
    body: [
      'Taiwanese cinema has long enjoyed a reputation far larger than its domestic box office. The island’s directors became festival fixtures in the 1980s and 1990s, and a new generation now works across genre films, documentaries and series made for streaming platforms.',
      'Co-productions have become central to that work. Partnerships with Japan and France bring financing and festival access, while collaborations with Malaysia and Singapore draw on shared languages and audiences across Southeast Asia. Taiwan’s public funding bodies have added incentives for international projects that hire local crews and shoot on the island.',
      'Producers in Taipei describe a careful balance between local specificity and regional appeal. Films set in night markets, temples and mountain villages travel well when their emotions are universal, and Taiwanese producers have become skilled at presenting those stories to partners with different expectations.',
      'The boom is quiet because it happens in contracts and co-financing meetings rather than headlines. But for a national cinema with a small home market, those arrangements are what keep ambitious projects possible.',
    ],
  },
  {
    id: MISSING_PAGE_ID,
    title: 'Georgian Cinema’s New Generation Finds European Partners',
    standfirst:
      'After difficult years, Georgian directors are back at the major festivals, with co-producers from Germany, France and Switzerland behind them.',
    authorSlug: 'marta-kovacs',
    published: '2025-08-11T10:40:00+00:00',
    categorySlug: 'national-cinemas',
    tags: ['Georgia', 'Caucasus', 'co-productions', 'film festivals'],
    lang: 'en',
    related: [FETCHER_TEST_ID, 4760, 4733],
    imageAlt: 'A village in the Georgian mountains in late summer light',
    body: [
      'Georgia has one of the most distinctive film traditions of the former Soviet world, known for its humour, lyricism and love of long, digressive stories. After difficult years in the 1990s, a new generation of directors has brought Georgian cinema back to major festivals.',
      'Much of that revival has been financed with European partners. Co-productions with Germany, France, Switzerland and the Netherlands have supported features shot in Tbilisi and in mountain villages, and Georgia’s membership of European co-production funds has made those partnerships easier to assemble.',
      'The new films often look at ordinary life with a patient eye: families in crowded apartments, football matches, weddings and the slow rhythm of rural summers. Critics abroad have praised their freedom with form, and audiences at home have begun returning to cinemas to see them.',
      'Challenges remain, from modest national budgets to the pressure of emigration on young crews. Yet the partnerships built over the last decade give Georgian cinema a stable route to the world.',
    ],
  },
  {
    id: 4790,
    title: 'Review: ‘The Salt Road’ Is a Patient, Sunlit Journey',
    standfirst:
      'Two sisters, an old van and their father’s ashes: an invented road movie that trusts silence and light more than plot.',
    authorSlug: 'jonah-whitcombe',
    published: '2025-08-08T16:00:00+00:00',
    categorySlug: 'reviews',
    tags: ['reviews', 'road movies'],
    lang: 'en',
    related: [4782, 4771],
    imageAlt: 'A van parked beside white salt flats at sunset',
    body: [
      '‘The Salt Road’, the second feature by the invented director Nadia Benrhouma, follows two sisters driving an old van across a coastal plain to scatter their father’s ashes. Very little happens in the conventional sense, and almost everything matters: a stop at a roadside café, an argument about a cassette tape, an afternoon spent waiting for a ferry that never seems to come.',
      'The film’s great strength is its light. Shot in long, warm takes, the landscape shifts from white salt flats to green hills as the sisters move from silence toward something like reconciliation. The two lead performances are understated and precise, and the script trusts the audience to fill in the family history that the characters leave unspoken.',
      'Not everything works. A late subplot involving a stranger on the road feels borrowed from a different, busier film, and the final scene explains more than it needs to. But these are small complaints about a film that is otherwise confident in its patience, and that rewards anyone willing to slow down with it.',
    ],
  },
  {
    id: 4782,
    title: 'Festival Diary: Five Days of Short Films by the Sea',
    standfirst:
      'A hundred shorts, two cinemas, a church hall and a storm: notes from an invented seaside festival.',
    authorSlug: 'jonah-whitcombe',
    published: '2025-08-07T11:15:00+00:00',
    categorySlug: 'festivals',
    tags: ['short film', 'festival diary'],
    lang: 'en',
    related: [4790, 4764],
    imageAlt: 'Festival-goers queueing outside a seaside cinema in the rain',
    body: [
      'The invented Harbour Shorts festival takes over a small seaside town for five days every August, and this year’s edition packed more than a hundred short films into two cinemas, a church hall and a car park with a borrowed screen. The programme mixed animation, documentary and fiction, and most screenings ended with directors answering questions from an audience of fishermen as well as film students.',
      'Highlights included a ten-minute animated film about a lighthouse keeper’s cat, a documentary portrait of a woman who repairs nets, and a bleak comedy about a wedding band stuck in traffic. The late-night programme of horror shorts drew the biggest crowds, helped by a storm that knocked out the power for twenty minutes halfway through.',
      'Festivals like this one survive on volunteers, local sponsors and goodwill. The organisers spent the closing night thanking the bakery that fed the jury, the school that lent its projector and the audience that kept coming back despite the rain.',
    ],
  },
  {
    id: 4764,
    title: 'Interview: An Editor on Cutting a Film in Three Languages',
    standfirst:
      'Rhythm first, meaning second: an invented editor explains how she shaped a film whose characters switch languages mid-sentence.',
    authorSlug: 'ines-varga',
    published: '2025-08-04T13:30:00+00:00',
    categorySlug: 'interviews',
    tags: ['editing', 'subtitles'],
    lang: 'en',
    related: [4782, 4771],
    imageAlt: 'An editing suite with a timeline full of subtitle tracks',
    body: [
      'Editors rarely get interviewed, which is a pity, because they often understand a film better than anyone. We spoke to an invented editor, Tove Lindqvist-Amara, about her work on a feature whose characters switch between three languages, sometimes within a single sentence.',
      '“The first problem is rhythm,” she told us. “Every language has its own music, and a joke that lands in one needs a different pause in another. I learned to cut by sound before I cut by meaning, and only then checked the subtitles to see whether the audience would follow.”',
      'She also described working with translators from the first assembly onwards, rather than at the end, and keeping a shared document of phrases that could not be translated. “Some of those phrases became the heart of the film,” she said. “We left them unsubtitled and let the faces do the work.”',
    ],
  },
  {
    id: 4771,
    title: 'What to Stream This Week: Documentaries, Thrillers and a Restored Classic',
    standfirst: 'Lighthouse keepers, a snowbound hotel and a silly old comedy: this week’s invented picks.',
    authorSlug: 'jonah-whitcombe',
    published: '2025-08-06T07:00:00+00:00',
    categorySlug: 'streaming',
    tags: ['streaming picks', 'documentary series'],
    lang: 'en',
    related: [4790, 4764],
    imageAlt: 'A television in a dark living room showing a lighthouse',
    body: [
      'This week’s picks are, like everything else on this demo site, invented. Start with a documentary series about lighthouse keepers: eight short episodes that are calm, curious and perfect for late evenings when the news has been too loud.',
      'For something tenser, a three-part thriller set in a mountain hotel keeps its secrets well until a rushed final episode. The cast is excellent, the snow is convincing, and the twist is guessable but satisfying.',
      'Finally, a restored black-and-white comedy from the archive arrives with a new score and cleaned-up sound. It is short, silly and surprisingly modern, and it makes a fine companion to a cup of tea on a rainy afternoon.',
    ],
  },
  {
    id: FRENCH_ID,
    title: 'Le cinéma sénégalais et l’art de la coproduction',
    standfirst:
      'De Sembène à la nouvelle génération, le cinéma sénégalais s’est construit en dialogue avec ses partenaires. Les coproductions franco-sénégalaises ont ouvert des portes, mais elles posent aussi une question : qui raconte quoi, et pour qui ?',
    authorSlug: 'claire-ndiaye',
    published: '2025-08-03T09:45:00+00:00',
    categorySlug: 'cinemas-nationaux',
    tags: ['Sénégal', 'Afrique de l’Ouest', 'coproductions', 'France'],
    lang: 'fr',
    related: [SPANISH_ID, FETCHER_TEST_ID, 4801],
    imageAlt: 'Une équipe de tournage sur une plage de Dakar au coucher du soleil',
    body: [
      'Le Sénégal occupe une place à part dans l’histoire des cinémas africains. C’est à Dakar et sur la Côte d’Azur qu’Ousmane Sembène, souvent présenté comme le père du cinéma africain, a tourné « La Noire de… » en 1966, l’un des premiers longs métrages réalisés par un cinéaste d’Afrique subsaharienne. Quelques années plus tard, Djibril Diop Mambéty signait « Touki Bouki », un film libre et insolent qui continue d’inspirer les réalisateurs du monde entier. Depuis ces débuts, le cinéma sénégalais n’a jamais cessé de dialoguer avec l’étranger, et d’abord avec la France.',
      '## Un héritage fait de partenariats',
      'Dès les années 1960, beaucoup de films sénégalais ont été financés en partie par des fonds français. Le ministère de la Coopération, puis d’autres dispositifs publics, ont soutenu la production, la post-production et la diffusion dans les festivals. Ces aides ont permis l’existence d’une œuvre remarquable, mais elles ont aussi créé une dépendance : le montage se faisait souvent à Paris, les techniciens venaient d’Europe, et les films étaient parfois mieux connus à Cannes qu’à Dakar.',
      'Les cinéastes sénégalais ont longtemps débattu de cette situation. Comment raconter le pays avec ses propres mots lorsque l’argent et les décisions viennent d’ailleurs ? Certains ont choisi de tourner en wolof plutôt qu’en français, d’autres ont multiplié les partenaires, en Belgique, en Suisse ou au Burkina Faso, afin de ne dépendre d’aucun guichet en particulier.',
      '## Le tournant des années 2010',
      'La création d’un fonds national de soutien à l’industrie cinématographique, au milieu des années 2010, a changé la donne. Pour la première fois, des producteurs sénégalais pouvaient arriver à la table des négociations avec un financement local déjà acquis. La coproduction n’était plus une faveur accordée par un partenaire du Nord, mais un accord entre sociétés qui apportent chacune une part du budget et des compétences.',
      'Cette évolution se voit à l’écran. « Atlantique » de Mati Diop, qui associe la France, le Sénégal et la Belgique et qui a reçu le Grand Prix du Festival de Cannes en 2019, réunit des équipes de plusieurs pays et raconte Dakar de l’intérieur, avec ses jeunes ouvriers, ses chantiers et ses départs en mer. Les séries télévisées tournées à Dakar, diffusées dans toute l’Afrique francophone, ont par ailleurs formé une génération de techniciens, de comédiens et de scénaristes.',
      '## Ce que la coproduction apporte, et ce qu’elle coûte',
      'Les avantages des coproductions franco-sénégalaises sont réels. Elles donnent accès aux fonds européens, aux laboratoires de post-production et aux grands festivals. Elles permettent aussi des échanges de savoir-faire : un chef opérateur dakarois travaille avec un étalonneur parisien, une monteuse française apprend à entendre le rythme du wolof. Les contrats de coproduction fixent les règles du partage des droits et des recettes, ce qui protège les deux parties.',
      'Mais ces accords ont un coût. Les dossiers de financement sont longs à préparer, les calendriers des commissions européennes ne correspondent pas toujours aux réalités du terrain, et les attentes des partenaires peuvent peser sur le scénario. Plusieurs producteurs dakarois regrettent que les films destinés aux festivals européens soient parfois plus visibles à l’étranger que dans les salles du pays, encore trop peu nombreuses.',
      '## Vers un cinéma régional',
      'L’avenir se dessine peut-être à l’échelle de l’Afrique de l’Ouest. Les collaborations avec la Côte d’Ivoire, le Mali, le Burkina Faso ou le Nigeria se multiplient, portées par les plateformes de diffusion et par des festivals qui réunissent producteurs et distributeurs du continent. Ces partenariats entre pays du Sud ne remplacent pas les liens avec la France, mais ils les équilibrent.',
      'Pour les jeunes cinéastes sénégalais, la coproduction n’est donc plus une simple question d’argent. C’est un outil pour choisir ses alliés, garder la maîtrise de son récit et faire circuler des histoires sénégalaises auprès de publics qui, de Dakar à Abidjan et de Paris à Montréal, attendent de les voir.',
    ],
  },
  {
    id: SPANISH_ID,
    title: 'El cine argentino y el largo puente de la coproducción con España',
    standfirst:
      'Desde los años noventa, las coproducciones entre Argentina y España han dado al cine argentino presupuestos, festivales y públicos nuevos. También han abierto un debate sobre la identidad de un cine que se hace a las dos orillas del Atlántico.',
    authorSlug: 'lucia-barragan',
    published: '2025-08-01T12:10:00+00:00',
    categorySlug: 'cines-nacionales',
    tags: ['Argentina', 'España', 'coproducciones', 'América Latina'],
    lang: 'es',
    related: [FRENCH_ID, 4687, 4801],
    imageAlt: 'Un equipo de rodaje en una calle de Buenos Aires al atardecer',
    body: [
      'Pocas cinematografías latinoamericanas han sabido aprovechar la coproducción internacional como la argentina. Desde la vuelta de la democracia en 1983, y sobre todo a partir de la reforma de la ley de cine de 1994, que reforzó el fomento a cargo del INCAA, los productores de Buenos Aires han construido una red de socios que va de Madrid a Ciudad de México y de París a Montevideo. España ha sido, con diferencia, el socio más constante.',
      '## Un idioma compartido, dos industrias',
      'La lengua común facilita mucho las cosas, pero no lo resuelve todo. Argentina y España comparten el castellano, aunque no siempre el mismo acento, el mismo humor ni el mismo ritmo de diálogo. Las primeras coproducciones de los años noventa solían incluir a un actor español en el reparto para cumplir con las condiciones de financiación, a veces con resultados forzados. Con el tiempo, los equipos aprendieron a integrar esos personajes de manera más natural, o a repartir las aportaciones en el terreno técnico y no solo en el reparto.',
      'El programa Ibermedia, creado a finales de los años noventa por los países iberoamericanos, convirtió esos acuerdos en una práctica habitual. Gracias a sus ayudas, cientos de películas se han rodado con socios de dos o más países, y los productores argentinos se acostumbraron a pensar sus proyectos desde el principio como obras compartidas.',
      '## Del éxito de taquilla al cine de autor',
      'Los resultados se ven en ambos extremos del mercado. «El secreto de sus ojos», de Juan José Campanella, coproducción hispano-argentina, ganó el Óscar a la mejor película de habla no inglesa en 2010 y llenó salas a los dos lados del océano. Pocos años después, «Relatos salvajes», de Damián Szifron, también coproducida con España, se convirtió en un fenómeno de público. Al mismo tiempo, el llamado nuevo cine argentino, con directores que trabajan con presupuestos pequeños y actores no profesionales, encontró en los fondos europeos y en los festivales un camino para existir.',
      'Para la industria argentina, la coproducción ha significado empleo estable para técnicos, estudios de posproducción activos en Buenos Aires y una presencia constante en festivales como San Sebastián, donde el cine latinoamericano tiene secciones propias. Para la industria española, ha supuesto acceso a talento, historias y públicos de todo el continente.',
      '## Las tensiones de un modelo compartido',
      'No todo son ventajas. Algunos críticos sostienen que la necesidad de agradar a socios y públicos europeos ha empujado a ciertas películas hacia una Argentina pintoresca, hecha de tango, nostalgia y crisis económica, mientras otras historias quedan sin financiar. Los productores independientes señalan además que los trámites de la coproducción exigen una estructura que las empresas pequeñas no siempre pueden sostener.',
      'Las crisis económicas argentinas, con la inflación y los cambios en las políticas de fomento, hacen que el socio extranjero sea a veces la única garantía de que un rodaje llegue a término. Esa dependencia preocupa a quienes defienden un cine nacional capaz de sostenerse por sí mismo.',
      '## Mirando hacia adelante',
      'Las plataformas de streaming han añadido un nuevo actor a esta relación. Series y películas argentinas se estrenan hoy en todo el mundo de habla hispana y más allá, a menudo con participación española o mexicana. El reto para el cine argentino será conservar, dentro de ese mercado ampliado, la mirada propia que lo hizo reconocible: su humor, su ironía y su capacidad de convertir la vida cotidiana en relato.',
    ],
  },
];
