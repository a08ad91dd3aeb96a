import { describe, expect, it, test } from 'vitest';
import { languageFromTag, languageOfText, pageLanguageFrom } from '../../core/page-facts/page-language';
import { Random } from './text-noise';

// Sample texts written for these tests (news-like, about the same story in each language).
const SPANISH =
  'Con el cien por ciento de las actas contabilizadas, la ONPE confirmó que Ollanta Humala y Keiko ' +
  'Fujimori disputarán la segunda vuelta del 5 de junio. El candidato de Gana Perú obtuvo el 31,7% de los ' +
  'votos válidos, mientras que la representante de Fuerza 2011 alcanzó el 23,5%. Según los analistas, la ' +
  'campaña será muy polarizada porque ambos generan un fuerte rechazo en amplios sectores del electorado.';
const ENGLISH =
  'With all of the ballots counted, the electoral office confirmed that Ollanta Humala and Keiko Fujimori ' +
  'will face each other in a runoff on June 5. The Gana Perú candidate won 31.7% of the valid votes, while ' +
  'the Fuerza 2011 leader took 23.5%. Analysts said the campaign would be bitterly divisive because both ' +
  'of them are rejected by large parts of the electorate.';
const PORTUGUESE =
  'Com todas as atas apuradas, o órgão eleitoral confirmou que Ollanta Humala e Keiko Fujimori vão ' +
  'disputar o segundo turno no dia 5 de junho. O candidato do Gana Perú obteve 31,7% dos votos válidos, ' +
  'enquanto a representante da Fuerza 2011 ficou com 23,5%. Segundo os analistas, a campanha será muito ' +
  'polarizada porque os dois candidatos não têm o apoio de grande parte do eleitorado.';
const FRENCH =
  'Après le dépouillement de tous les bulletins, l’office électoral a confirmé que Ollanta Humala et ' +
  'Keiko Fujimori s’affronteront au second tour le 5 juin. Le candidat de Gana Perú a obtenu 31,7 % des ' +
  'voix, tandis que la dirigeante de Fuerza 2011 en a recueilli 23,5 %. Selon les analystes, la campagne ' +
  'sera très polarisée car les deux candidats sont rejetés par une grande partie des électeurs.';
const ITALIAN =
  'Con tutte le schede scrutinate, l’ufficio elettorale ha confermato che Ollanta Humala e Keiko Fujimori ' +
  'si sfideranno al ballottaggio del 5 giugno. Il candidato di Gana Perú ha ottenuto il 31,7% dei voti, ' +
  'mentre la leader di Fuerza 2011 si è fermata al 23,5%. Secondo gli analisti, la campagna sarà molto ' +
  'polarizzata perché entrambi sono respinti da una grande parte degli elettori.';
const GERMAN =
  'Nach Auszählung aller Stimmen hat die Wahlbehörde bestätigt, dass Ollanta Humala und Keiko Fujimori ' +
  'am 5. Juni in der Stichwahl gegeneinander antreten. Der Kandidat von Gana Perú erhielt 31,7 Prozent ' +
  'der gültigen Stimmen, die Vorsitzende von Fuerza 2011 kam auf 23,5 Prozent. Nach Ansicht der Analysten ' +
  'wird der Wahlkampf sehr polarisiert sein, weil beide von großen Teilen der Wähler abgelehnt werden.';
const CATALAN =
  'Amb totes les actes escrutades, l’oficina electoral ha confirmat que Ollanta Humala i Keiko Fujimori ' +
  'es disputaran la segona volta el 5 de juny. El candidat de Gana Perú va obtenir el 31,7% dels vots ' +
  'vàlids, mentre que la representant de Fuerza 2011 va aconseguir el 23,5%. Segons els analistes, la ' +
  'campanya serà molt polaritzada perquè tots dos tenen un fort rebuig en amplis sectors de l’electorat.';
const SHORT_SPANISH =
  'Los dos candidatos cerraron sus campañas con mítines en Lima y en el sur, donde se decidirá la elección.';
const SHORT_ENGLISH =
  'Both candidates closed their campaigns with rallies in Lima and in the south, where the vote will be decided.';

describe('languageFromTag', () => {
  it.each([
    ['es', 'es'],
    ['es-PE', 'es'],
    ['es-419', 'es'],
    ['ES_pe', 'es'],
    ['  es-ES  ', 'es'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['pt_PT', 'pt'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['spa', 'es'],
    ['fre', 'fr'],
    ['Spanish', 'es'],
    ['Español', 'es'],
    ['castellano', 'es'],
    ['Português', 'pt'],
    ['français', 'fr'],
    ['de', 'other'],
    ['it-IT', 'other'],
    ['qu', 'other'],
    ['ca', 'other'],
    ['zh-Hant-TW', 'other'],
    ['es, en', 'es'],
    ['und, en-US', 'en'],
  ])('%j → %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '  ',
    'und',
    'mul',
    'zxx',
    'x-default',
    '{{lang}}',
    '%LANG%',
    '<?php echo $lang ?>',
    'e',
    '12',
  ])('%j declares no usable language', (tag) => {
    expect(languageFromTag(tag)).toBeUndefined();
  });
});

describe('languageOfText', () => {
  it.each([
    [SPANISH, 'es'],
    [ENGLISH, 'en'],
    [PORTUGUESE, 'pt'],
    [FRENCH, 'fr'],
  ])('a news paragraph is clearly its language (%#)', (text, expected) => {
    expect(languageOfText(text)).toMatchObject({ language: expected, certainty: 'clear' });
  });

  it.each([
    [ITALIAN, 'Italian'],
    [GERMAN, 'German'],
    [CATALAN, 'Catalan'],
  ])('other languages are "other", not the nearest of the four (%#: %s)', (text) => {
    expect(languageOfText(text).language).toBe('other');
  });

  it.each([
    '',
    'Humala',
    'Ollanta Humala gana',
    'El presidente',
    'The president said',
    '31,7% 23,5% 2011 5/6',
    'ONPE · JNE · PCM · MEF · BCR',
    'Inicio Política Economía Mundo Deportes Opinión',
  ])('%j is too short or has no words to tell: other', (text) => {
    expect(languageOfText(text)).toMatchObject({ language: 'other', certainty: 'unsure' });
  });

  test('one sentence is enough to be likely; a short one whose words other languages share is unsure', () => {
    expect(languageOfText(SHORT_SPANISH)).toMatchObject({ language: 'es', certainty: 'likely' });
    // English shares few function words with the others: one sentence can be clear.
    expect(languageOfText(SHORT_ENGLISH).language).toBe('en');
    // Every function word here is Catalan too.
    expect(
      languageOfText('El candidato de la izquierda ganó la primera vuelta en el sur del país.'),
    ).toMatchObject({
      language: 'other',
      certainty: 'unsure',
    });
  });

  test('Spanish text full of English names stays Spanish', () => {
    const text =
      'Según The New York Times y The Washington Post, el Departamento de Estado de Estados Unidos ' +
      'recibió con cautela el triunfo de Humala. The Economist, por su parte, advirtió que el mercado ' +
      'podría reaccionar mal, mientras que el Financial Times destacó que el candidato moderó su ' +
      'discurso durante la campaña y que ahora promete respetar la inversión privada.';
    expect(languageOfText(text)).toMatchObject({ language: 'es', certainty: 'clear' });
  });

  test('English text quoting Spanish names and a short Spanish phrase stays English', () => {
    const text =
      'Supporters of the Partido Nacionalista Peruano gathered in the Plaza San Martín on Sunday night, ' +
      'chanting "¡Sí se puede!" as the results came in. Humala, who lost the 2006 runoff to Alan García, ' +
      'told the crowd that his government would respect the free market and the rule of law.';
    expect(languageOfText(text)).toMatchObject({ language: 'en', certainty: 'clear' });
  });

  test('French names in a Spanish text (Le Pen, De Gaulle) do not make it French', () => {
    const text =
      'La líder ultraderechista Marine Le Pen comparó su campaña con la de Charles De Gaulle, pero los ' +
      'analistas consultados por este diario dijeron que la comparación no tiene sentido y que el ' +
      'electorado francés ya no se deja convencer por ese tipo de discursos.';
    expect(languageOfText(text).language).toBe('es');
  });

  test('Portuguese and Spanish are told apart despite their shared words', () => {
    expect(languageOfText(PORTUGUESE).language).toBe('pt');
    expect(languageOfText(SPANISH).language).toBe('es');
    const brazil =
      'O presidente disse que não vai mudar a política econômica e que o governo já está preparando ' +
      'um novo pacote de medidas para os estados do Nordeste, onde a seca atinge milhões de pessoas.';
    expect(languageOfText(brazil).language).toBe('pt');
  });

  test('all-capital text is read case-blind', () => {
    expect(languageOfText(SPANISH.toUpperCase())).toMatchObject({ language: 'es', certainty: 'clear' });
    expect(languageOfText(ENGLISH.toUpperCase())).toMatchObject({ language: 'en', certainty: 'clear' });
  });

  test('numbers, figures and dates do not count as words', () => {
    const figures = ' 31,7% 23,5% 05/06/2011 1.234.567 '.repeat(50);
    expect(languageOfText(`${figures}${SPANISH}${figures}`).language).toBe('es');
  });

  test('only the first few thousand characters are read', () => {
    const text = `${ENGLISH.repeat(20)}${SPANISH.repeat(200)}`;
    expect(languageOfText(text).language).toBe('en');
  });

  test('a half-and-half text is not clear', () => {
    expect(languageOfText(`${ENGLISH} ${SPANISH}`).certainty).not.toBe('clear');
  });
});

describe('pageLanguageFrom', () => {
  test('<html lang> first, then content-language, then the text', () => {
    expect(pageLanguageFrom({ htmlLang: 'es-PE', contentLanguage: 'en', text: '' })).toBe('es');
    expect(pageLanguageFrom({ htmlLang: '', contentLanguage: 'pt-BR', text: '' })).toBe('pt');
    expect(pageLanguageFrom({ htmlLang: '{{lang}}', contentLanguage: 'fr', text: '' })).toBe('fr');
    expect(pageLanguageFrom({ text: FRENCH })).toBe('fr');
    expect(pageLanguageFrom({ text: SPANISH })).toBe('es');
    expect(pageLanguageFrom({ htmlLang: 'und', text: PORTUGUESE })).toBe('pt');
  });

  test('no declaration and a short or unclear text: other', () => {
    expect(pageLanguageFrom({ text: '' })).toBe('other');
    expect(pageLanguageFrom({ text: 'Humala gana' })).toBe('other');
    expect(pageLanguageFrom({ text: ITALIAN })).toBe('other');
  });

  test('a likely text is enough when nothing is declared', () => {
    expect(pageLanguageFrom({ text: SHORT_SPANISH })).toBe('es');
    expect(pageLanguageFrom({ text: SHORT_ENGLISH })).toBe('en');
  });

  test('lang="en" on a clearly Spanish page (a CMS default) gives way to the text', () => {
    expect(pageLanguageFrom({ htmlLang: 'en', text: SPANISH })).toBe('es');
    expect(pageLanguageFrom({ htmlLang: 'en-US', contentLanguage: 'en', text: SPANISH.repeat(3) })).toBe(
      'es',
    );
  });

  test('…but not to a short or mixed text: the declaration stands', () => {
    expect(pageLanguageFrom({ htmlLang: 'en', text: SHORT_SPANISH })).toBe('en');
    expect(pageLanguageFrom({ htmlLang: 'en', text: `${ENGLISH} ${SPANISH}` })).toBe('en');
    expect(pageLanguageFrom({ htmlLang: 'en', text: ITALIAN })).toBe('en');
  });

  test('any declaration gives way to a clearly different text of the four languages', () => {
    expect(pageLanguageFrom({ htmlLang: 'es', text: ENGLISH })).toBe('en');
    expect(pageLanguageFrom({ htmlLang: 'de', text: SPANISH })).toBe('es');
    expect(pageLanguageFrom({ htmlLang: 'es', text: SPANISH })).toBe('es');
    expect(pageLanguageFrom({ htmlLang: 'de', text: GERMAN })).toBe('other');
    expect(pageLanguageFrom({ htmlLang: 'pt-BR', text: PORTUGUESE })).toBe('pt');
  });
});

describe('property: any text gives an answer, never an error', () => {
  test('random mixtures of words, digits, names and other scripts', () => {
    const pieces = [
      ...SPANISH.split(' '),
      ...ENGLISH.split(' '),
      ...PORTUGUESE.split(' '),
      ...FRENCH.split(' '),
      'Ωμέγα',
      'Москва',
      '東京',
      '٣٤٥',
      '1234',
      '\u0000',
      '\uD800',
      '’',
      'ÑANDÚ',
    ];
    const random = new Random(7);
    const languages = ['en', 'es', 'pt', 'fr', 'other'];
    for (let run = 0; run < 2_000; run++) {
      const text = Array.from({ length: random.int(200) }, () => random.pick(pieces)).join(' ');
      const htmlLang = random.chance(0.5)
        ? random.pick(['en', 'es', '', 'xx-yy-zz', text.slice(0, 20)])
        : undefined;
      expect(languages).toContain(
        pageLanguageFrom({ text, ...(htmlLang === undefined ? {} : { htmlLang }) }),
      );
    }
  });

  test('a huge text is judged by its opening, not read whole', () => {
    // A Spanish opening followed by megabytes of English: only a sample is read, so the cost of a
    // page's language does not grow with the page.
    const text = `${SPANISH.repeat(40)} ${ENGLISH.repeat(100_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(languageOfText(text).language).toBe('es');
    expect(languageOfText(`${ENGLISH.repeat(40)} ${SPANISH.repeat(100_000)}`).language).toBe('en');
  });
});
