import { normalizeKey } from '../matching/normalize';

/** An acronym written with dots ("o.e.a.", "u.s", "f.m.i."): single letters, each but the last dotted. */
const DOTTED_ACRONYM = /(?<=^|\s)(?:\p{L}\.)+\p{L}?(?=\s|$)/gu;
/** Anything that is neither letter, digit, apostrophe nor space: quotes, brackets, ¿?¡!, commas. */
const PUNCTUATION = /[^\p{L}\p{N}\s']+/gu;
/** The English possessive ("fujimori's daughter", "peru's congress"): the word itself, as text without it reads. */
const POSSESSIVE = /(?<=\p{L})'s(?=\s|$)/gu;
/** A French article or preposition elided before a word ("parti d'Evo", "l'APRA"): the word alone. */
const ELISION = /(?<=^|\s)[dl]'(?=\p{L})/gu;
/** Apostrophes that only open or close a quotation ('Che'), not those inside a name (O'Higgins). */
const EDGE_APOSTROPHES = /(?<=^|\s)'+|'+(?=\s|$)/g;

/**
 * Text as search compares it: folded as the page matcher folds (accents, case, hyphens), with the dots
 * of acronyms dropped ("O.E.A." → "oea") and other punctuation a space, so "fujimori, alberto" and
 * "¿quién es keiko?" are words, not words glued to commas and question marks. Names, summaries and
 * queries all go through it, so a name with punctuation of its own ("Juan D. Perón") still matches.
 */
export function searchKey(text: string): string {
  return normalizeKey(text.replace(LETTER_NUMBER, '$1$2'))
    .replace(DOTTED_ACRONYM, (acronym) => acronym.replaceAll('.', ''))
    .replace(PUNCTUATION, ' ')
    .replace(POSSESSIVE, '')
    .replace(ELISION, '')
    .replace(EDGE_APOSTROPHES, '')
    .replace(FORMER_ROLE, 'ex $1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A letter and a number joined by a hyphen, one name ("M-19", "F-16"): kept one word ("m19"). */
const LETTER_NUMBER = /\b(\p{L})-(\d+)\b/gu;

/**
 * A former role written as one word ("exgobernador", "exministra"): read as "ex gobernador", as a text
 * that writes it apart says it. Not "expresidente", a title of its own (TITLES).
 */
const FORMER_ROLE =
  /\bex(gobernador|gobernadora|alcalde|alcaldesa|ministro|ministra|congresista|comandante|senador|senadora|diputado|diputada|guerrillero|guerrillera|guerrilheiro|guerrilheira|militar|candidato|candidata|jefe|jefa|vicepresidente|vicepresidenta|fiscal|juez|jueza|dictador|dictadora|premier|asesor|asesora|director|directora|primer|primera)\b/g;

/** Titles and ranks a reader puts beside a name ("presidente", "sra", "teniente", "candidata"). */
const TITLES =
  'presidente|presidenta|president|expresidente|expresidenta|mandatario|mandataria|congresista|alcalde|general|teniente|coronel|comandante|senador|senadora|senator|ministro|ministra|candidato|candidata|candidate|dictador|dictadora|dictator|sr|sra|senor|senora|mr|mrs|ms|dr|dra';

/**
 * Words a reader puts before the name they look for: a question ("who is", "qué es el", "qué pasó en",
 * "what does", "o que é", "qu'est-ce que"), a request for a meaning ("significado de", "meaning of"),
 * an article, a title or a rank ("presidente", "expresidenta", "teniente coronel", "sra."), but not a
 * title of something ("alcalde de lima").
 * Folded, as searchKey leaves them.
 */
/** One of them: a question, an article, a title. */
const LEADING_PIECE = `(?:(?:who|what) (?:is|was|are|were|does|did) |(?:quien|quienes|que) (?:es|fue|son|era|eran|significa|significan) |(?:o que|quem) (?:e|foi|sao|era|eram|significa) |(?:qu'est ce que|c'est quoi|qui (?:est|etait|sont|etaient)|que (?:signifie|veut dire)) (?:l')?|(?:que|what) (?:paso|pasa|happened|happens) (?:en|con|a|at|in|to|with) |(?:significado|definicion|definicao|signification|meaning|definition) (?:de|del|do|da|of) |(?:el|la|los|las|un|una|the|a|an|o|os|as|um|uma|le|les|une) |(?:ex |former )?(?:${TITLES}) (?!(?:de|del|of) ))`;
const LEADING_FILLER = new RegExp(`^${LEADING_PIECE}+`);
const ONE_LEADING = new RegExp(`^${LEADING_PIECE}`);

/**
 * Words a reader puts after it: "what does APRA stand for", "¿etnocacerista significa?", "balotaje ¿qué
 * es?", "apra what is", "jorge barata quién es", "definición".
 */
const TRAILING_FILLER =
  / (?:stand for|stands for|mean|means|meaning|significa|(?:que|what|o que) (?:es|is|e|son|are|significa)|(?:quien|quienes|who|quem|qui) (?:es|fue|is|was|e|foi|est|etait)|c'est quoi|definicion|definition|definicao|significado)$/;

const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.split('|'));

/**
 * A year of the last century written with two digits ("autogolpe 92", "golpe del 68", "la constitución
 * del 93"), written out. Not a decade ("los 80", "años 90"), a count ("47 escaños", "87 votos") or a
 * number of a law ("dnu 70").
 */
export function withFullYears(query: string): string {
  const words = query.split(' ');
  return words
    .map((word, at) => {
      if (!/^[3-9]\d$/.test(word)) return word;
      const before = words[at - 1];
      const after = words[at + 1];
      if (before !== undefined && NOT_BEFORE_A_YEAR.has(before)) return word;
      if (after !== undefined && (/^\d/.test(after) || !YEAR_FOLLOWERS.has(after))) return word;
      return `19${word}`;
    })
    .join(' ');
}

/** Words before a two-digit number that make it a decade, an age or a law's number. */
const NOT_BEFORE_A_YEAR = new Set(
  'los las the anos annees decada ley law loi lei dnu articulo article over under mayores menores plus'.split(
    ' ',
  ),
);
/** Words that may follow a two-digit year: a country, a place or nothing ("golpe del 68 peru"). */
const YEAR_FOLLOWERS = new Set('peru perou lima chile bolivia argentina brasil brazil'.split(' '));

/** Whether a query's word is a year as readers type one ("autogolpe 1992", "elecciones 2021"). */
export function isYear(word: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(word);
}

/** Whether a word is a title or rank ("presidente", "ministra"): neutral beside a tie ("… as president"). */
export function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word);
}

/**
 * The query without its titles wherever they stand ("kirchner expresidenta", "fujimori presidente
 * 1990"), or undefined when it has none.
 */
export function withoutTitles(query: string): string | undefined {
  const words = query.split(' ');
  const rest = words.filter((word) => !TITLE_WORDS.has(word));
  return rest.length < words.length && rest.join(' ').length >= 2 ? rest.join(' ') : undefined;
}

/** The query without the words a reader puts around a name, or the query itself when nothing is left. */
export function withoutFiller(query: string): string {
  const rest = query.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, '');
  if (rest.length >= 2) return rest;
  // Too little left ("quien es la señora k"): as many of the words before as leave a name.
  let kept = query.replace(TRAILING_FILLER, '');
  for (
    let next = kept.replace(ONE_LEADING, '');
    next !== kept && next.length >= 2;
    next = kept.replace(ONE_LEADING, '')
  )
    kept = next;
  return kept.length >= 2 ? kept : query;
}

/**
 * How a Spanish name sounds, for spellings that sound alike: ll and y, b and v, s, z and soft c, a
 * silent h, qu and k, doubled letters ("castiyo", "bizcarra", "umala" find Castillo, Vizcarra, Humala).
 */
export function soundKey(text: string): string {
  return (
    text
      .replace(/ll/g, 'y')
      // "Andahuailas" and "Andahuaylas": a y that is no consonant sounds as an i.
      .replace(/y(?![aeiou])/g, 'i')
      .replace(/v/g, 'b')
      .replace(/z/g, 's')
      .replace(/c(?=[ei])/g, 's')
      // "Akomarka" and "Accomarca": a hard c sounds as a k ("ch" keeps its own sound).
      .replace(/c(?!h)/g, 'k')
      .replace(/g(?=[ei])/g, 'j')
      .replace(/qu(?=[ei])/g, 'k')
      .replace(/h/g, '')
      .replace(/(.)\1+/g, '$1')
  );
}

/** Words that name nothing: "juntos por el peru" shares only "por" with "por el Sendero Luminoso". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'for',
  'del',
  'los',
  'las',
  'por',
  'con',
  'que',
  'para',
  'una',
  'uno',
]);

/**
 * The words of a query that can say what is sought, once each: three letters or more, or a number,
 * and none of `plain` (function words, or more).
 */
export function meaningfulWords(query: string, plain: ReadonlySet<string> = FUNCTION_WORDS): string[] {
  const words = query
    .split(' ')
    .filter((word) => (word.length >= 3 || /^\d+$/.test(word)) && !plain.has(word));
  return [...new Set(words)];
}

/** Words that say nothing of what is sought: "presidenta destituida en 2025", "who led the shining path". */
export const PLAIN_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'who',
  'quien',
  'quienes',
  'quem',
  'qui',
  'what',
  'which',
  'quel',
  'quelle',
  'cual',
  'qual',
  'was',
  'were',
  'his',
  'her',
  'with',
  'from',
  'that',
  'fue',
  'era',
  'etait',
  'gave',
  'son',
  'sus',
  'como',
  'cuando',
  'donde',
  // Questions and requests around what is sought: "why did peru break up the big haciendas", "how many
  // times did keiko run", "cuántas veces".
  ...'why how did does are they them their this these those you can could tell about please porque pourquoi quand quando est sont exactly exactamente really realmente hey oye dio many much times cuantos cuantas cuanto cuanta veces quantos quantas quanto quanta vezes combien fois'.split(
    ' ',
  ),
]);

/**
 * A word's stem, roughly: its first letters, so that "destituida" finds "destituyó" and "presidenta"
 * "presidente". Short words and numbers stay whole.
 */
export function stem(word: string): string {
  return word.length > 5 && !/^\d+$/.test(word) ? word.slice(0, Math.max(5, word.length - 3)) : word;
}

/** A query without its numbers ("fujimori 1990" → "fujimori"). */
export function withoutYears(text: string): string {
  return text.replace(/(?:^| )\d+\b/g, '').trim();
}
