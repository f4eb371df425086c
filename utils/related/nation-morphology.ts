import { normalizeWord } from './nation-text';

/**
 * The inflected forms of a nationality adjective, derived from its base form, all normalised
 * (lower case, no accents). The gazetteer ships base forms only; these rules cover the regular
 * patterns of each language, and irregular forms go into the gazetteer's reviewed additions.
 */
export function adjectiveForms(base: string, lang: string): string[] {
  const word = normalizeWord(base);
  const forms = new Set([word]);
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x));
  const last = word.split(' ').at(-1) ?? word;
  const head = word.slice(0, word.length - last.length);
  const addLast = (...xs: string[]) => add(...xs.map((x) => head + x));

  switch (lang) {
    case 'en':
      // Demonym plurals: Kazakhs, Mexicans, Iraqis. "-ish" and "-ese" forms take no -s.
      if (/(an|i|ic|k|ch|ot|ite|er)$/.test(last) && !/(ish|ese|ss)$/.test(last)) addLast(last + 's');
      break;
    case 'fr':
      if (last.endsWith('ien') || last.endsWith('en') || last.endsWith('on')) addLast(last + 'ne', last + 'nes', last + 's');
      else if (last.endsWith('c')) addLast(last + 's', last.slice(0, -1) + 'que', last.slice(0, -1) + 'ques', last + 'que', last + 'ques');
      else if (last.endsWith('e')) addLast(last + 's');
      else if (/[sx]$/.test(last)) addLast(last + 'e', last + 'es');
      else addLast(last + 'e', last + 's', last + 'es');
      break;
    case 'es':
      if (last.endsWith('o')) addLast(last.slice(0, -1) + 'a', last + 's', last.slice(0, -1) + 'as');
      else if (last.endsWith('es') || last.endsWith('an') || last.endsWith('on'))
        addLast(last + 'a', last + 'as', last + 'es');
      else if (last.endsWith('i')) addLast(last + 'es', last + 's');
      else if (/[ae]$/.test(last)) addLast(last + 's');
      else addLast(last + 'a', last + 'as', last + 'es');
      break;
    case 'de':
      for (const ending of ['e', 'en', 'er', 'es', 'em']) addLast(last + ending);
      break;
  }
  return [...forms];
}
