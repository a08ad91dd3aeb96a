import type { MatcherTerm } from '../matching/matcher';
import { normalizeKey } from '../matching/normalize';

/**
 * How pages name countries: in English, Spanish, Portuguese and French, with their people and the
 * places a page is written from (capitals and best-known cities: a dateline, "Madrid. El Tribunal …").
 * Every one is read in a page's text for the country the page is about (core/names/page-mentions.ts); a page
 * that names an entry's country is about that entry's world. Names and places need their capital
 * letter; demonyms are written in lower case in Spanish, so they fold case, except a few (below).
 */
interface CountryNames {
  readonly names: readonly string[];
  readonly people?: readonly string[];
  readonly places?: readonly string[];
}

const COUNTRY_NAMES: Readonly<Record<string, CountryNames>> = {
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
      'péruviens',
      'péruviennes',
    ],
    // No places: a page that names Cusco or Lima is not yet about Peru's politics (a travel page, a
    // tradition), and Lima is a common surname in Brazil. Other countries' places tell where a page is.
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
      'boliviens',
      'boliviennes',
    ],
    places: ['La Paz', 'Sucre', 'Cochabamba', 'Santa Cruz de la Sierra', 'El Alto'],
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
      'équatorienne',
      'équatoriens',
    ],
    places: ['Quito', 'Guayaquil'],
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
      'vénézuélienne',
      'vénézuéliens',
    ],
    places: ['Caracas', 'Maracaibo'],
  },
  CO: {
    names: ['Colombia', 'Colômbia', 'Colombie'],
    people: [
      'Colombian',
      'Colombians',
      'colombiano',
      'colombiana',
      'colombianos',
      'colombien',
      'colombienne',
      'colombiens',
    ],
    places: ['Bogotá', 'Bogota', 'Medellín', 'Cali', 'Cartagena de Indias'],
  },
  CL: {
    names: ['Chile', 'Chili'],
    people: ['Chilean', 'Chileans', 'chileno', 'chilena', 'chilenos', 'chilien', 'chilienne', 'chiliens'],
    places: ['Santiago de Chile', 'Valparaíso', 'Valparaiso'],
  },
  AR: {
    names: ['Argentina', 'Argentine'],
    people: [
      'Argentine',
      'Argentinian',
      'Argentines',
      'argentino',
      'argentina',
      'argentinos',
      'argentin',
      'argentins',
    ],
    places: ['Buenos Aires', 'Córdoba', 'Rosario'],
  },
  UY: {
    names: ['Uruguay', 'Uruguai'],
    people: [
      'Uruguayan',
      'Uruguayans',
      'uruguayo',
      'uruguaya',
      'uruguayos',
      'uruguaio',
      'uruguayen',
      'uruguayenne',
    ],
    places: ['Montevideo'],
  },
  PY: {
    names: ['Paraguay', 'Paraguai'],
    people: ['Paraguayan', 'paraguayo', 'paraguaya', 'paraguaio'],
  },
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
      'brasileiros',
      'brésilien',
      'brésilienne',
      'brésiliens',
    ],
    places: ['Brasília', 'Brasilia', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Río de Janeiro'],
  },
  CU: {
    names: ['Cuba'],
    people: ['Cuban', 'Cubans', 'cubano', 'cubana', 'cubanos', 'cubain', 'cubaine'],
    places: ['La Habana', 'Havana'],
  },
  MX: {
    names: ['Mexico', 'México', 'Mexique'],
    people: ['Mexican', 'Mexicans', 'mexicano', 'mexicana', 'mexicanos', 'mexicain', 'mexicaine'],
    places: ['Ciudad de México', 'Mexico City', 'CDMX', 'Guadalajara', 'Monterrey'],
  },
  SV: {
    names: ['El Salvador'],
    people: ['Salvadoran', 'Salvadorans', 'salvadoreño', 'salvadoreña', 'salvadoreños'],
    places: ['San Salvador'],
  },
  NI: { names: ['Nicaragua'], people: ['Nicaraguan', 'nicaragüense', 'nicaragüenses'], places: ['Managua'] },
  US: {
    names: ['United States', 'Estados Unidos', 'EE.UU.', 'Estados Unidos de América'],
    places: ['Washington'],
  },
  ES: {
    names: ['Spain', 'España', 'Espanha', 'Espagne'],
    people: ['Spaniard', 'Spaniards', 'español', 'española', 'españoles'],
    places: ['Madrid', 'Barcelona', 'Sevilla', 'Seville'],
  },
  GT: { names: ['Guatemala'], people: ['Guatemalan', 'guatemalteco', 'guatemalteca', 'guatemaltecos'] },
  HN: { names: ['Honduras'], people: ['Honduran', 'hondureño', 'hondureña'], places: ['Tegucigalpa'] },
  PA: { names: ['Panama', 'Panamá'], people: ['Panamanian', 'panameño', 'panameña'] },
  CR: { names: ['Costa Rica'], people: ['Costa Rican', 'costarricense', 'costarricenses'] },
  DO: {
    names: ['República Dominicana', 'Dominican Republic'],
    people: ['dominicano', 'dominicana'],
    places: ['Santo Domingo'],
  },
  PR: {
    names: ['Puerto Rico'],
    people: ['puertorriqueño', 'puertorriqueña', 'Puerto Rican'],
    places: ['San Juan'],
  },
  KR: { names: ['Korea', 'Corea', 'Coreia', 'Corée'], people: ['Korean', 'coreano', 'coreana', 'coréen'] },
  IE: { names: ['Ireland', 'Irlanda', 'Irlande'], people: ['Irish', 'irlandés', 'irlandesa', 'irlandais'] },
  GB: {
    names: ['United Kingdom', 'Reino Unido', 'Britain', 'England', 'Scotland', 'Wales'],
    people: ['British', 'británico', 'británica', 'britannique'],
    places: ['London', 'Londres'],
  },
  FR: {
    names: ['France', 'Francia', 'França'],
    people: ['French', 'francés', 'francesa', 'français', 'francês'],
    places: ['Paris', 'París'],
  },
  DE: {
    names: ['Germany', 'Alemania', 'Alemanha', 'Allemagne'],
    people: ['alemán', 'alemana', 'allemand'],
    places: ['Berlin', 'Berlín'],
  },
  IT: {
    names: ['Italy', 'Italia', 'Itália', 'Italie'],
    people: ['Italian', 'italiano', 'italiana', 'italien'],
    places: ['Roma', 'Rome'],
  },
  PT: {
    names: ['Portugal'],
    people: ['Portuguese', 'portugués', 'portuguesa', 'português', 'portugais'],
    places: ['Lisboa', 'Lisbon'],
  },
  CN: {
    names: ['China', 'Chine'],
    people: ['Chinese', 'chinois', 'chinês'],
    places: ['Beijing', 'Pekín'],
  },
  JP: {
    names: ['Japan', 'Japón', 'Japão', 'Japon'],
    people: ['Japanese', 'japonés', 'japonesa', 'japonais'],
    places: ['Tokyo', 'Tokio'],
  },
  RU: {
    names: ['Russia', 'Rusia', 'Rússia', 'Russie'],
    people: ['Russian', 'ruso', 'rusa', 'russe'],
    places: ['Moscow', 'Moscú'],
  },
  IN: { names: ['India', 'Inde', 'Índia'], places: ['New Delhi', 'Nueva Delhi'] },
  ZA: {
    names: ['South Africa', 'Sudáfrica', 'África do Sul', 'Afrique du Sud'],
    people: ['South African', 'sudafricano', 'sudafricana', 'sud-africain', 'sud-africaine', 'sul-africano'],
    places: [
      'Pretoria',
      'Johannesburg',
      'Johannesburgo',
      'Cape Town',
      'Ciudad del Cabo',
      'Le Cap',
      'Cidade do Cabo',
    ],
  },
  AU: { names: ['Australia', 'Austrália', 'Australie'], people: ['Australian', 'australiano', 'australien'] },
  CA: { names: ['Canada', 'Canadá'], people: ['Canadian', 'canadiense', 'canadien'], places: ['Ottawa'] },
  IS: { names: ['Iceland', 'Islandia', 'Islande'], people: ['Icelandic', 'islandés', 'islandais'] },
  SG: { names: ['Singapore', 'Singapur', 'Singapour'] },
  BE: { names: ['Belgium', 'Bélgica', 'Belgique'], people: ['Belgian', 'belga', 'belge'] },
  NL: { names: ['Netherlands', 'Holanda', 'Países Bajos'], people: ['Dutch', 'holandés', 'neerlandés'] },
  GR: { names: ['Greece', 'Grecia', 'Grèce'], people: ['Greek', 'griego'], places: ['Athens', 'Atenas'] },
  TR: {
    names: ['Turquía', 'Turquie', 'Türkiye'],
    people: ['Turkish'],
    places: ['Ankara', 'Istanbul', 'Estambul'],
  },
  PL: { names: ['Poland', 'Polonia', 'Pologne'], people: ['polaco'], places: ['Warsaw', 'Varsovia'] },
  UA: {
    names: ['Ukraine', 'Ucrania', 'Ucrânia'],
    people: ['Ukrainian', 'ucraniano'],
    places: ['Kyiv', 'Kiev'],
  },
  IL: { names: ['Israel'], people: ['Israeli', 'israelí'], places: ['Jerusalem', 'Jerusalén', 'Tel Aviv'] },
  PH: { names: ['Philippines', 'Filipinas'], people: ['Filipino', 'filipino'], places: ['Manila'] },
  ID: {
    names: ['Indonesia', 'Indonésia', 'Indonésie'],
    people: ['Indonesian', 'indonesio', 'indonesia'],
    places: ['Jakarta', 'Yakarta'],
  },
  MG: { names: ['Madagascar'], people: ['malgache'], places: ['Antananarivo'] },
  KE: { names: ['Kenya', 'Kenia', 'Quênia'], people: ['Kenyan', 'keniano'], places: ['Nairobi'] },
  MA: {
    names: ['Morocco', 'Marruecos', 'Marrocos', 'Maroc'],
    people: ['Moroccan', 'marroquí'],
    places: ['Rabat', 'Casablanca'],
  },
  LK: { names: ['Sri Lanka'] },
  BD: { names: ['Bangladesh'], places: ['Dhaka', 'Daca'] },
  HT: {
    names: ['Haiti', 'Haití', 'Haïti'],
    people: ['Haitian', 'haitiano'],
    places: ['Port-au-Prince', 'Puerto Príncipe'],
  },
  NP: { names: ['Nepal'], people: ['Nepalese', 'Nepali', 'nepalí'], places: ['Kathmandu', 'Katmandú'] },
};

/**
 * English demonyms matched with their capital only: in lower case they are other words ("argentine",
 * silvery; "french windows"). Every name and place needs its capital too; Spanish demonyms fold case.
 */
const PEOPLE_WITH_CAPITAL: ReadonlySet<string> = new Set(['Argentine', 'Chinese', 'French']);

/**
 * Words read only next to a mention, to tell a same-named party or alliance elsewhere apart ("el Frente
 * Amplio de Costa Rica", "Partido de los Trabajadores de Corea del Norte"): too common in a page's text
 * to say what the page is about ("Costa", "indio", "Turkey" the bird, "el Chino" Fujimori, Germán the
 * given name).
 */
const WORDS_NEXT_TO_A_MENTION: Readonly<Record<string, readonly string[]>> = {
  CR: ['Costa'],
  PR: ['Puerto'],
  GB: ['Reino'],
  CN: ['china', 'chino'],
  DE: ['German'],
  IN: ['Indian', 'indio', 'indien'],
  ZA: ['África', 'Africa'],
  TR: ['Turkey', 'turco'],
  PL: ['Polish'],
};

/** First words of a country's longer name that say nothing by themselves ("República Dominicana"). */
const GENERIC_FIRST_WORDS = /^(El|United|Estados|República|Dominican|South|Puerto|Países|New)\b/;

/** Single words and the country each names: by itself, and also beside a mention. */
interface CountryWordTables {
  readonly alone: ReadonlyMap<string, string>;
  readonly besideAMention: ReadonlyMap<string, string>;
}

let countryWordTables: CountryWordTables | undefined;

function countryTables(): CountryWordTables {
  if (!countryWordTables) {
    const table = new Map<string, string>();
    const add = (code: string, form: string) => {
      const first = normalizeKey(form.split(/\s+/)[0] ?? '');
      if (first && !table.has(first)) table.set(first, code);
    };
    for (const [code, { names, people = [] }] of Object.entries(COUNTRY_NAMES))
      for (const form of [...names, ...people]) if (!GENERIC_FIRST_WORDS.test(form)) add(code, form);
    const alone = new Map(table);
    for (const [code, words] of Object.entries(WORDS_NEXT_TO_A_MENTION))
      for (const word of words) add(code, word);
    countryWordTables = { alone, besideAMention: table };
  }
  return countryWordTables;
}

/** Folded words that name a country only next to a mention ("costa", "chino"): by themselves, other words. */
export function wordsOnlyBesideAMention(): ReadonlySet<string> {
  return new Set(Object.values(WORDS_NEXT_TO_A_MENTION).flatMap((words) => words.map(normalizeKey)));
}

/**
 * Folded single words that name a country or its people, with its ISO code, read next to a mention: the
 * first word of a longer name counts ("Corea" of "Corea del Norte"). Built here; content scripts get it
 * in the term index.
 */
export function countryWords(): ReadonlyMap<string, string> {
  return countryTables().besideAMention;
}

/** The country (ISO code) a single word names or whose people it names, folded as names are. */
export function countryOfWord(word: string): string | undefined {
  return countryWords().get(normalizeKey(word));
}

/**
 * The country a word names by itself, without a mention beside it to read it by: not "puerto" (Puerto
 * Rico's first word) nor "chino" (also Fujimori's nickname). "puerto chino" seeks Chancay's port.
 */
export function countryOfWordAlone(word: string): string | undefined {
  return countryTables().alone.get(normalizeKey(word));
}

let demonymTable: ReadonlyMap<string, string> | undefined;

/** Each folded word that names a country's people, with the country's code. */
function demonyms(): ReadonlyMap<string, string> {
  if (!demonymTable) {
    const table = new Map<string, string>();
    for (const [code, { people = [] }] of Object.entries(COUNTRY_NAMES))
      for (const form of people) table.set(normalizeKey(form), code);
    demonymTable = table;
  }
  return demonymTable;
}

/** Every folded word that names a country's people ("peruvian", "salvadoreno"). */
export function demonymWords(): ReadonlySet<string> {
  return new Set(demonyms().keys());
}

/** The country whose people a single word names ("chileno", "Peruvian", "argentine"), folded as names are. */
export function demonymCountry(word: string): string | undefined {
  return demonyms().get(normalizeKey(word));
}

/** The countries' names, people and places as matcher terms, each with its ISO code (entry ids `country:XX`). */
export function countryTerms(): MatcherTerm[] {
  const terms: MatcherTerm[] = [];
  for (const [code, { names, people = [], places = [] }] of Object.entries(COUNTRY_NAMES)) {
    const term = (form: string, caseSensitive: boolean) =>
      terms.push({ entryId: `country:${code}`, form, caseSensitive, country: code });
    for (const form of [...names, ...places]) term(form, true);
    for (const form of people) term(form, PEOPLE_WITH_CAPITAL.has(form));
  }
  return terms;
}
