/**
 * Shared generators for the matcher's tests and benchmark: a seeded PRNG, filler words in several scripts,
 * noisy renderings of glossary forms, news-like prose, and the glossary forms to test with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { MatchableEntry } from '../../core/matching/terms';

/** mulberry32: a tiny seeded PRNG, so every generated text is reproducible from its seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

export const ENGLISH_WORDS =
  `the of and to in a is that for on was with he as it by at from his an were are which
this be has had have not but after its who they been their one all would there new more when also two
than other into first some could over government president election vote voters campaign party candidate
minister congress runoff round country region state economy economic market reform reforms policy
policies mining copper workers farmers unions strike strikes protest protests police army military
coup rebels guerrilla war violence peace rights human court trial sentence prison years decade decades
support opposition coalition leader leaders movement movements left right centre center conservative
liberal progressive national local rural urban indigenous communities poverty inequality growth trade
agreement investment companies foreign tax taxes taxation banks banking sector press freedom media
radio television newspaper reported said says told according analysts critics officials sources
week month year today yesterday morning evening during while before because however although despite
people population majority minority percent survey poll polls support approval rating ratings
history modern past future political politics power state regime democracy democratic authoritarian
alliance platform speech promised promises plan plans program budget spending debt inflation jobs
water land mine project projects environment environmental oil gas energy prices exports imports`
    .split(/\s+/)
    .filter(Boolean);

export const SPANISH_WORDS = `el la los las de del y en un una que por con para como pero más sus su se al lo
gobierno presidente elecciones elección votos votantes campaña partido candidato candidata ministro
congreso segunda vuelta país región estado economía económico mercado reforma reformas política
políticas minería cobre trabajadores campesinos sindicatos huelga paro protesta protestas policía
ejército militar golpe guerrilla guerra violencia paz derechos humanos tribunal juicio sentencia
prisión años década décadas apoyo oposición coalición líder líderes movimiento movimientos izquierda
derecha centro conservador progresista nacionalista local rural urbano indígenas comunidades pobreza
desigualdad crecimiento comercio acuerdo inversión empresas extranjeras impuestos bancos prensa
libertad medios radio televisión diario según analistas críticos funcionarios fuentes semana mes año
hoy ayer mañana tarde durante mientras antes porque sin embargo aunque pese mayoría minoría por ciento
encuesta encuestas aprobación historia moderna pasado futuro poder régimen democracia democrático
autoritario plataforma discurso prometió promesas plan programa presupuesto gasto deuda inflación
empleo agua tierra mina proyecto proyectos medio ambiente petróleo precios exportaciones también
después según ningún niños señor año`
  .split(/\s+/)
  .filter(Boolean);

/** Words in other scripts and numbers: filler must stay filler whatever the script. */
export const OTHER_SCRIPT_WORDS = [
  'πολιτική',
  'εκλογές',
  'ΟΔΟΣ',
  'выборы',
  'правительство',
  'Перу',
  'الانتخابات',
  'الحكومة',
  '选举',
  '秘鲁政府',
  '日本語',
  'चुनाव',
  'सरकार',
  'בחירות',
  '선거',
  'ქართული',
  '2011',
  '1980',
  '25',
  '80%',
  '3.5',
  'Nº7',
  '😀',
  '𝐀𝐁𝐂',
];

/** Separators between filler words, all of them word boundaries. */
export const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '; ',
  ': ',
  '\n',
  '\n\n',
  ' (',
  ') ',
  ' "',
  '" ',
  ' — ',
  ' – ',
];

/** Letters, digits and marks-bearing letters that, glued to a form, make it part of a longer word. */
export const GLUE_CHARACTERS = ['a', 'x', 'S', 'é', 'ñ', 'ж', 'λ', 'ب', '中', '5', '0', 'ß', 'e\u0301', '𝐀'];

const ACCENTED: Readonly<Record<string, readonly string[]>> = {
  a: ['á', 'à', 'ä', 'a\u0301'],
  e: ['é', 'è', 'ê', 'e\u0301'],
  i: ['í', 'ï', 'i\u0301'],
  o: ['ó', 'ö', 'ô', 'o\u0303'],
  u: ['ú', 'ü', 'u\u0308'],
  n: ['ñ', 'n\u0303'],
  c: ['ç'],
  A: ['Á', 'A\u0301'],
  E: ['É'],
  O: ['Ó'],
  U: ['Ú'],
  N: ['Ñ'],
};
const WORD_SPACES = [' ', ' ', '\u00A0', '  ', '\n', ' \n ', '\u202F', '\t', '-', '\u2013', ' - ', '\u2009'];
const HYPHENS = ['-', ' ', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\u00A0'];
const APOSTROPHES = ["'", '\u2019', '\u2018', '\u02BC'];

/** Renders a glossary form as a page might: case, accents, spacing, hyphens, soft hyphens, apostrophes. */
export function noisyForm(random: Random, form: string, caseSensitive: boolean): string {
  let out = '';
  const characters = Array.from(form.normalize('NFC'));
  // An acronym that must keep its capitals never carries an accent on a page ("MÁS" is a word).
  const acronym = caseSensitive && form === form.toUpperCase() && form !== form.toLowerCase();
  characters.forEach((character, index) => {
    let piece = character;
    if (/\s/u.test(character)) piece = random.pick(WORD_SPACES);
    else if (/\p{Pd}/u.test(character)) piece = random.pick(HYPHENS);
    else if (/['’]/u.test(character)) piece = random.pick(APOSTROPHES);
    else if (/\p{L}/u.test(character)) {
      if (!caseSensitive && random.chance(0.15)) {
        piece = random.chance(0.5) ? piece.toUpperCase() : piece.toLowerCase();
      }
      const accented = ACCENTED[piece];
      if (accented && !acronym && random.chance(0.1)) piece = random.pick(accented);
      else if (random.chance(0.1)) piece = piece.normalize('NFD').replace(/\p{M}/gu, '');
      else if (random.chance(0.05)) piece = piece.normalize('NFD');
      const next = characters[index + 1];
      if (next && /\p{L}/u.test(next) && index > 0 && random.chance(0.05)) piece += '\u00AD';
    }
    out += piece;
  });
  if (!caseSensitive && random.chance(0.1)) out = random.chance(0.5) ? out.toUpperCase() : out.toLowerCase();
  return out;
}

/** A run of filler words from all lists, joined by boundary separators (no leading/trailing separator). */
export function fillerWords(random: Random, count: number, words: readonly string[]): string {
  let out = '';
  for (let k = 0; k < count; k++) {
    if (k > 0) out += random.pick(SEPARATORS);
    out += random.pick(words);
  }
  return out;
}

/**
 * Filler words that cannot join an inserted form into a longer (or different) match: drops every word
 * that occurs, folded, as a word of some form's key.
 */
export function safeFillerWords(formKeys: Iterable<string>, normalize: (s: string) => string): string[] {
  const formWords = new Set<string>();
  for (const key of formKeys) for (const word of key.split(/[^\p{L}\p{N}]+/u)) formWords.add(word);
  const all = [...ENGLISH_WORDS, ...SPANISH_WORDS, ...OTHER_SCRIPT_WORDS];
  return all.filter((word) =>
    normalize(word)
      .split(/[^\p{L}\p{N}]+/u)
      .every((part) => !formWords.has(part)),
  );
}

export interface ProseForm {
  form: string;
  caseSensitive: boolean;
}

/**
 * News-like prose of about `targetLength` UTF-16 units: English and Spanish paragraphs of sentences with
 * capitalized starts, commas and figures, and a glossary form every ~30 words (noisy now and then).
 */
export function generateProse(random: Random, targetLength: number, forms: readonly ProseForm[]): string {
  const parts: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const words = random.chance(0.6) ? ENGLISH_WORDS : SPANISH_WORDS;
    const sentences = 3 + random.int(5);
    let paragraph = '';
    for (let s = 0; s < sentences; s++) {
      const count = 8 + random.int(18);
      let sentence = '';
      for (let w = 0; w < count; w++) {
        let word: string;
        if (random.chance(0.035) && forms.length > 0) {
          const { form, caseSensitive } = random.pick(forms);
          word = random.chance(0.8) ? form : noisyForm(random, form, caseSensitive);
        } else if (random.chance(0.02)) word = String(1900 + random.int(125));
        else word = random.pick(words);
        if (w === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
        sentence += w === 0 ? word : (random.chance(0.08) ? ', ' : ' ') + word;
      }
      paragraph += `${s === 0 ? '' : ' '}${sentence}${random.chance(0.1) ? '?' : '.'}`;
    }
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n').slice(0, targetLength);
}

/** A small built-in glossary, used when the real one is not there yet, so tests and bench still run. */
const BUILT_IN_ENTRIES: readonly MatchableEntry[] = [
  { id: 'ollanta-humala', term: 'Ollanta Humala', aliases: ['Humala'] },
  { id: 'keiko-fujimori', term: 'Keiko Fujimori', aliases: ['Keiko'] },
  { id: 'alberto-fujimori', term: 'Alberto Fujimori', aliases: ['Fujimori'] },
  { id: 'alejandro-toledo', term: 'Alejandro Toledo', aliases: ['Toledo'], caseSensitive: ['Toledo'] },
  { id: 'alan-garcia', term: 'Alan García', aliases: ['García'], caseSensitive: ['García'] },
  {
    id: 'sendero-luminoso',
    term: 'Sendero Luminoso',
    aliases: ['Shining Path', 'Sendero', 'PCP-SL', 'Partido Comunista del Perú – Sendero Luminoso'],
    caseSensitive: ['Sendero'],
  },
  {
    id: 'twenty-first-century-socialism',
    term: '21st Century Socialism',
    aliases: ['Twenty-First Century Socialism', 'socialismo del siglo XXI'],
  },
  { id: 'socialism', term: 'socialism', aliases: ['socialist', 'socialismo'] },
  { id: 'neoliberalism', term: 'neoliberalism', aliases: ['neoliberal', 'neoliberalismo'] },
  { id: 'gana-peru', term: 'Gana Perú', aliases: ["Gana Perú's coalition"] },
  { id: 'hugo-chavez', term: 'Hugo Chávez', aliases: ['Chávez'] },
  { id: 'rafael-correa', term: 'Rafael Correa', aliases: ['Correa'], caseSensitive: ['Correa'] },
  { id: 'evo-morales', term: 'Evo Morales', aliases: ['Morales'], caseSensitive: ['Morales'] },
  { id: 'marta-harnecker', term: 'Marta Harnecker', aliases: ['Harnecker'] },
  { id: 'juan-velasco-alvarado', term: 'Juan Velasco Alvarado', aliases: ['Velasco'] },
  { id: 'free-trade-agreement', term: 'Peru–US Free Trade Agreement', aliases: ['free trade agreement'] },
  { id: 'islay', term: 'Islay', aliases: ['Tía María'], caseSensitive: ['Islay'] },
  { id: 'lima', term: 'Lima', aliases: [], caseSensitive: ['Lima'] },
  { id: 'apra', term: 'APRA', aliases: ['Alianza Popular Revolucionaria Americana', 'aprista'] },
  { id: 'truth-commission', term: 'Truth and Reconciliation Commission (Peru)', aliases: ['CVR'] },
];

export interface LoadedGlossary {
  entries: readonly MatchableEntry[];
  /** Where the entries came from: data/glossary.json, data/glossary-parts, or the built-in list. */
  source: string;
}

const DATA_DIRECTORY = new URL('../../data/', import.meta.url);

/** The real glossary if present (glossary.json, else the merged parts), else the built-in list. */
export function loadGlossary(): LoadedGlossary {
  const bundled = new URL('glossary.json', DATA_DIRECTORY);
  if (existsSync(bundled)) {
    return { entries: readEntries(bundled), source: 'data/glossary.json' };
  }
  const partsDirectory = new URL('glossary-parts/', DATA_DIRECTORY);
  if (existsSync(partsDirectory)) {
    const files = readdirSync(partsDirectory)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const entries = files.flatMap((name) => readEntries(new URL(name, partsDirectory)));
    if (entries.length > 0) return { entries, source: `data/glossary-parts (${files.length} files)` };
  }
  return { entries: BUILT_IN_ENTRIES, source: 'built-in list' };
}

function readEntries(file: URL): MatchableEntry[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(data)) return [];
  return data.filter(
    (entry): entry is MatchableEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.id === 'string' &&
      typeof entry.term === 'string' &&
      Array.isArray(entry.aliases),
  );
}
