/**
 * Article bodies in several languages for the summariser's tests, written for Reelmark (demo
 * text, not real reporting). Paragraphs are separated by blank lines, as the engine's text is.
 */

/** A French film article (about 300 words) with a subheading and a caption line that leaked in. */
export const FRENCH_FILM = {
  lang: 'fr',
  title: 'Le cinéma québécois à l’heure des coproductions',
  text: `Le cinéma québécois vit une période de coproductions sans précédent avec la France, la Belgique et la Suisse. M. Tremblay, producteur à Montréal, estime que ces alliances ont doublé le nombre de longs métrages tournés dans la province depuis dix ans.

Les accords de coproduction permettent de partager les budgets, mais ils imposent aussi des règles strictes sur la langue de tournage et la nationalité des équipes. Chaque pays doit apporter une part minimale du financement, souvent vingt pour cent, pour que le film obtienne le statut d’œuvre nationale.

Photo : Jean Dupont / Archives

Des films qui voyagent

Les films coproduits circulent davantage dans les festivals européens, où ils profitent d’un réseau de distributeurs déjà établi. « Sans la coproduction, notre film n’aurait jamais été vu à Cannes », affirme la réalisatrice Julie Gagnon, dont le premier long métrage a été sélectionné l’an dernier.

Le public québécois reste pourtant attaché aux histoires locales, tournées dans les villages de la Gaspésie ou dans les quartiers populaires de Montréal. Les producteurs cherchent donc un équilibre entre des récits ancrés dans le territoire et des thèmes capables de toucher les spectateurs de l’autre côté de l’Atlantique.

Publicité

Les plateformes de diffusion en continu changent aussi la donne, car elles financent désormais une partie des tournages en échange des droits d’exploitation. Plusieurs cinéastes craignent que cette dépendance ne réduise la diversité des films produits au Québec.

Pour les institutions publiques, la coproduction demeure un outil essentiel de rayonnement culturel, à condition que les créateurs québécois gardent la maîtrise artistique de leurs œuvres.

Abonnez-vous à notre infolettre pour ne rien manquer de l’actualité du cinéma.`,
};

/** A Spanish film article (about 280 words) with a share prompt and a "Lee también" teaser. */
export const SPANISH_FILM = {
  lang: 'es',
  title: 'El cine argentino encuentra su público en las plataformas',
  text: `El cine argentino atraviesa un momento de gran visibilidad internacional gracias a las plataformas de streaming, que han comprado los derechos de decenas de películas independientes en los últimos tres años.

La directora Sra. Fernández, cuya ópera prima se estrenó en el Festival de San Sebastián, explica que el acuerdo con una plataforma le permitió terminar la posproducción sin endeudarse. Antes de ese contrato, la película llevaba dos años detenida por falta de fondos.

Lee también: Los diez estrenos más esperados del año

Sin embargo, los exhibidores tradicionales advierten que las salas de cine pierden espectadores cada temporada. Muchos cines de barrio en Buenos Aires han cerrado sus puertas, y los que sobreviven dependen de las grandes producciones de Hollywood para llenar las butacas.

El Instituto Nacional de Cine y Artes Audiovisuales mantiene una cuota de pantalla para las películas nacionales, aunque los productores aseguran que las cifras de asistencia siguen siendo muy bajas. ¿Puede el cine nacional sobrevivir solo en internet?

Los críticos destacan que la nueva generación de cineastas argentinos trabaja con presupuestos reducidos, equipos pequeños y una libertad creativa que sorprende en los festivales europeos. Sus historias retratan la vida cotidiana en las provincias, lejos de la capital, con un humor melancólico muy reconocible.

Compartir en Facebook

Para el público, la consecuencia más visible es que hoy resulta más fácil ver una película argentina desde Madrid o Ciudad de México que en un cine de Córdoba o Rosario.`,
};

/** A German film article (about 190 words) with abbreviations ICU splits at ("z. B.", "Dr.", "3. Oktober"). */
export const GERMAN_FILM = {
  lang: 'de',
  title: 'Das Filmfestival in Hof feiert den jungen deutschen Film',
  text: `Das Filmfestival in Hof feiert in diesem Jahr den jungen deutschen Film mit mehr als sechzig Uraufführungen. Die Festivalleiterin Dr. Weber betont, dass viele Regisseurinnen ihre ersten Arbeiten hier zeigen.

Am 3. Oktober beginnt der Vorverkauf, und die Veranstalter erwarten wieder ausverkaufte Kinos in der kleinen oberfränkischen Stadt. Besonders gefragt sind Dokumentarfilme, z. B. über die Geschichte der Grenzregion zwischen Bayern und Tschechien.

Viele Filme entstehen mit sehr kleinen Budgets und werden von Filmhochschulen oder regionalen Förderanstalten unterstützt. Die Produzenten hoffen, dass ein Preis in Hof ihnen den Weg zu einem Verleih und damit in die Kinos öffnet.

Kritiker loben die Vielfalt der Themen, die von Familiengeschichten bis zu Fragen der Arbeitswelt reichen. Der Eröffnungsfilm erzählt von einer Schreinerei im Fichtelgebirge, die von drei Schwestern weitergeführt wird.

Das Festival endet am Sonntag mit der Verleihung der Förderpreise, die mit insgesamt zwanzigtausend Euro dotiert sind.`,
};

/** A Japanese film article: no spaces between words, sentences ending in 。 */
export const JAPANESE_FILM = {
  lang: 'ja',
  title: '地方の映画館が新しい観客を集めている',
  text: `地方の小さな映画館が、古い名作の上映会で新しい観客を集めている。長野県のある映画館では、毎週土曜日に白黒映画を上映し、若い世代の来場者が三年で二倍に増えた。

館長の田中さんは、上映の前に作品の背景を短く解説することで、初めて古い映画を見る人も楽しめるようにしていると話す。地元の高校と協力して、映画について話し合う授業も始めた。

一方で、映写機の修理や部品の確保は年々難しくなっている。多くの映画館がデジタル上映に切り替えるなか、フィルムでの上映を続けるには寄付や会員制度による支援が欠かせない。

映画評論家の山本さんは、地方の映画館は単なる娯楽施設ではなく、地域の人々が集まる文化の拠点になっていると指摘する。来年には近隣の町と合同で映画祭を開く計画もある。`,
};

/** An Arabic film article (right-to-left script). */
export const ARABIC_FILM = {
  lang: 'ar',
  title: 'مهرجان القاهرة السينمائي يحتفي بالأفلام المستقلة',
  text: `يحتفي مهرجان القاهرة السينمائي هذا العام بالأفلام المستقلة القادمة من المغرب وتونس ولبنان. ويعرض المهرجان أكثر من ثلاثين فيلما طويلا في عرضها الأول في العالم العربي.

وقال مدير المهرجان إن لجنة الاختيار شاهدت مئات الأفلام قبل أن تستقر على القائمة النهائية. وأضاف أن الأفلام المختارة تتناول قضايا الهجرة والعائلة والعمل بأساليب فنية جديدة.

ويشكو المخرجون الشباب من صعوبة الحصول على التمويل في بلدانهم، لذلك يلجأ كثير منهم إلى الإنتاج المشترك مع شركات أوروبية. ويرى النقاد أن هذه الشراكات تساعد الأفلام على الوصول إلى مهرجانات دولية كبرى.

ويختتم المهرجان أعماله بتوزيع الجوائز في حفل كبير على مسرح دار الأوبرا المصرية.`,
};
