import type { MatcherTerm } from '../matching/matcher';
import { normalizeKey } from '../matching/normalize';

/**
 * How pages name the countries the glossary's entries belong to (its `countries` codes): in English,
 * Spanish, Portuguese and French, with their people. A page that names an entry's country is about that
 * entry's world (core/names/resolve.ts). Names that are ordinary words in lower case ("chile", the
 * pepper) are matched with their capital only; demonyms are written in lower case in Spanish, so they
 * fold case.
 */
const COUNTRY_NAMES: Readonly<Record<string, { names: readonly string[]; people: readonly string[] }>> = {
  PE: {
    names: ['Peru', 'Perú', 'Pérou'],
    people: [
      'Peruvian',
      'Peruvians',
      'peruano',
      'peruana',
      'peruanos',
      'peruanas',
      'péruvien',
      'péruvienne',
      'peruanas',
    ],
  },
  BO: {
    names: ['Bolivia', 'Bolívia', 'Bolivie'],
    people: [
      'Bolivian',
      'Bolivians',
      'boliviano',
      'boliviana',
      'bolivianos',
      'bolivianas',
      'bolivien',
      'bolivienne',
    ],
  },
  EC: {
    names: ['Ecuador', 'Equador', 'Équateur'],
    people: [
      'Ecuadorian',
      'Ecuadorians',
      'ecuatoriano',
      'ecuatoriana',
      'ecuatorianos',
      'equatoriano',
      'équatorien',
    ],
  },
  VE: {
    names: ['Venezuela'],
    people: [
      'Venezuelan',
      'Venezuelans',
      'venezolano',
      'venezolana',
      'venezolanos',
      'venezuelano',
      'vénézuélien',
    ],
  },
  CO: {
    names: ['Colombia', 'Colômbia', 'Colombie'],
    people: ['Colombian', 'Colombians', 'colombiano', 'colombiana', 'colombianos', 'colombien'],
  },
  CL: {
    names: ['Chile', 'Chili'],
    people: ['Chilean', 'Chileans', 'chileno', 'chilena', 'chilenos', 'chilien', 'chilienne'],
  },
  AR: {
    names: ['Argentina', 'Argentine'],
    people: ['Argentine', 'Argentinian', 'Argentines', 'argentino', 'argentina', 'argentinos', 'argentin'],
  },
  UY: {
    names: ['Uruguay', 'Uruguai'],
    people: ['Uruguayan', 'Uruguayans', 'uruguayo', 'uruguaya', 'uruguayos', 'uruguaio', 'uruguayen'],
  },
  PY: { names: ['Paraguay', 'Paraguai'], people: ['Paraguayan', 'paraguayo', 'paraguaya', 'paraguaio'] },
  BR: {
    names: ['Brazil', 'Brasil', 'Brésil'],
    people: [
      'Brazilian',
      'Brazilians',
      'brasileño',
      'brasileña',
      'brasileños',
      'brasileiro',
      'brasileira',
      'brésilien',
    ],
  },
  CU: { names: ['Cuba'], people: ['Cuban', 'Cubans', 'cubano', 'cubana', 'cubanos', 'cubain'] },
  MX: {
    names: ['Mexico', 'México', 'Mexique'],
    people: ['Mexican', 'Mexicans', 'mexicano', 'mexicana', 'mexicanos', 'mexicain'],
  },
  SV: {
    names: ['El Salvador', 'Salvador'],
    people: ['Salvadoran', 'Salvadorans', 'salvadoreño', 'salvadoreña', 'salvadoreños'],
  },
  NI: { names: ['Nicaragua'], people: ['Nicaraguan', 'nicaragüense', 'nicaragüenses'] },
  US: { names: ['United States', 'Estados Unidos', 'EE.UU.', 'Estados Unidos de América'], people: [] },
  ES: { names: ['Spain', 'España', 'Espanha', 'Espagne'], people: [] },
};

/** Country names that are also ordinary words (or other things) in lower case: matched with their capital. */
const COUNTRY_NAMES_WITH_CAPITAL: ReadonlySet<string> = new Set([
  'Chile',
  'Salvador',
  'Argentine',
  'Argentina',
  'Chili',
]);

/**
 * Countries no entry belongs to, named only to tell a same-named party or alliance elsewhere apart:
 * "Ireland's Workers Party", "el Frente Amplio de Costa Rica", "Partido de los Trabajadores de Corea del
 * Norte". Never matched in a page's text; read next to a mention (core/names/resolve.ts).
 */
const OTHER_COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  KR: ['Korea', 'Corea', 'Coreia', 'Corée', 'Korean', 'coreano', 'coreana', 'coréen'],
  IE: ['Ireland', 'Irlanda', 'Irlande', 'Irish', 'irlandés', 'irlandesa', 'irlandais'],
  GB: [
    'Britain',
    'British',
    'Reino',
    'británico',
    'británica',
    'britannique',
    'England',
    'Scotland',
    'Wales',
  ],
  CR: ['Costa', 'costarricense', 'costarricenses'],
  FR: ['France', 'Francia', 'França', 'French', 'francés', 'francesa', 'français', 'francês'],
  DE: ['Germany', 'Alemania', 'Alemanha', 'Allemagne', 'German', 'alemán', 'alemana', 'allemand'],
  IT: ['Italy', 'Italia', 'Itália', 'Italie', 'Italian', 'italiano', 'italiana', 'italien'],
  PT: ['Portugal', 'Portuguese', 'portugués', 'portuguesa', 'português', 'portugais'],
  CN: ['China', 'Chine', 'Chinese', 'chino', 'china', 'chinois', 'chinês'],
  JP: ['Japan', 'Japón', 'Japão', 'Japon', 'Japanese', 'japonés', 'japonesa', 'japonais'],
  RU: ['Russia', 'Rusia', 'Rússia', 'Russie', 'Russian', 'ruso', 'rusa', 'russe'],
  IN: ['India', 'Inde', 'Índia', 'Indian', 'indio', 'indien'],
  ZA: ['Sudáfrica', 'África', 'Africa', 'sudafricano'],
  AU: ['Australia', 'Austrália', 'Australie', 'Australian', 'australiano', 'australien'],
  CA: ['Canada', 'Canadá', 'Canadian', 'canadiense', 'canadien'],
  GT: ['Guatemala', 'guatemalteco'],
  HN: ['Honduras', 'hondureño'],
  PA: ['Panama', 'Panamá', 'panameño'],
  DO: ['Dominicana', 'dominicano'],
  IS: ['Iceland', 'Islandia', 'Islande', 'Icelandic', 'islandés', 'islandais'],
  SG: ['Singapore', 'Singapur', 'Singapour'],
  BE: ['Belgium', 'Bélgica', 'Belgique', 'Belgian', 'belga', 'belge'],
  NL: ['Netherlands', 'Holanda', 'Dutch', 'holandés', 'neerlandés'],
  GR: ['Greece', 'Grecia', 'Grèce', 'Greek', 'griego'],
  TR: ['Turkey', 'Turquía', 'Turquie', 'Turkish', 'turco'],
  PL: ['Poland', 'Polonia', 'Pologne', 'Polish', 'polaco'],
  UA: ['Ukraine', 'Ucrania', 'Ucrânia', 'Ukrainian', 'ucraniano'],
  IL: ['Israel', 'Israeli', 'israelí'],
  PH: ['Philippines', 'Filipinas', 'Filipino', 'filipino'],
  NP: ['Nepal', 'Nepalese', 'nepalí'],
};

let countryByWord: Map<string, string> | undefined;

/**
 * Folded single words that name a country or its people, with its ISO code: the first word of a longer
 * name counts ("Corea" of "Corea del Norte"). Built here; content scripts get it in the term index.
 */
export function countryWords(): ReadonlyMap<string, string> {
  if (!countryByWord) {
    const table = new Map<string, string>();
    const add = (code: string, form: string) => {
      const first = normalizeKey(form.split(/\s+/)[0] ?? '');
      if (first && !table.has(first)) table.set(first, code);
    };
    for (const [code, { names, people }] of Object.entries(COUNTRY_NAMES))
      for (const form of [...names, ...people]) if (!/^(El|United|Estados)\b/.test(form)) add(code, form);
    for (const [code, words] of Object.entries(OTHER_COUNTRY_WORDS))
      for (const form of words) add(code, form);
    countryByWord = table;
  }
  return countryByWord;
}

/** The country (ISO code) a single word names or whose people it names, folded as names are. */
export function countryOfWord(word: string): string | undefined {
  return countryWords().get(normalizeKey(word));
}

/** The countries' names and people as matcher terms, each with its ISO code (entry ids `country:XX`). */
export function countryTerms(): MatcherTerm[] {
  const terms: MatcherTerm[] = [];
  for (const [code, { names, people }] of Object.entries(COUNTRY_NAMES)) {
    for (const form of [...names, ...people]) {
      terms.push({
        entryId: `country:${code}`,
        form,
        caseSensitive: COUNTRY_NAMES_WITH_CAPITAL.has(form),
        country: code,
      });
    }
  }
  return terms;
}
