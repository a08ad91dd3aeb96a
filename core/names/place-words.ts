import { normalizeKey } from '../matching/normalize';
import { isLetterOrMarkUnit } from './letters';
import { isCapitalized } from './mention-context';
import type { NameWords } from './read-mention';

/** Words after it, in English: "the Juan Perón Stadium", "Allende Avenue". */
const PLACE_AFTER: ReadonlySet<string> = new Set(
  'street avenue square airport stadium school university hospital bridge park museum'.split(' '),
);

/** Titles a place's name may keep between the place word and the person's name ("estadio Presidente Perón"). */
const TITLES: ReadonlySet<string> = new Set(
  'presidente president general mariscal coronel almirante doctor dr'.split(' '),
);

/** How far a neighbouring word is read, in characters. */
const WORD_REACH = 20;

/** The word ending at `end` (spaces, not line breaks, and a dot skipped before it), and where it starts. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let to = end;
  while (
    to > 0 &&
    end - to < WORD_REACH &&
    (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 0xa0)
  )
    to--;
  if (text.charCodeAt(to - 1) === 46) to--;
  let from = to;
  while (from > 0 && to - from < WORD_REACH && isLetterOrMarkUnit(text, from - 1)) from--;
  return { word: normalizeKey(text.slice(from, to)), start: from };
}

function wordAfter(text: string, start: number): string {
  let from = start;
  while (from < text.length && from - start < WORD_REACH && text.charCodeAt(from) === 32) from++;
  let to = from;
  while (to < text.length && to - from < WORD_REACH && isLetterOrMarkUnit(text, to)) to++;
  return normalizeKey(text.slice(from, to));
}

/**
 * Words before a name that make it a competition's or an award's ("Copa Mercosul", "Premio Allende",
 * "Trofeo Haya de la Torre"), and after it ("the Mercosur Cup"). Folded.
 */
const COMPETITION_BEFORE: ReadonlySet<string> = new Set(
  'copa cup torneo torneio trofeo trofeu taca coupe trophee trophy premio prix prize award medalla medalha'.split(
    ' ',
  ),
);
const COMPETITION_AFTER: ReadonlySet<string> = new Set('cup trophy prize award'.split(' '));

/** Whether the name at `start`–`end` is a competition's or an award's, named after the entry. */
export function namesACompetition(text: string, start: number, end: number): boolean {
  return COMPETITION_BEFORE.has(wordBefore(text, start).word) || COMPETITION_AFTER.has(wordAfter(text, end));
}

/** Whether the words around a person's name at `start`–`end` make it a place's or an institution's name. */
export function besidePlaceWord(text: string, start: number, end: number, words: NameWords): boolean {
  let before = wordBefore(text, start);
  if (TITLES.has(before.word)) before = wordBefore(text, before.start);
  return words.inList('placeBefore', before.word) || PLACE_AFTER.has(wordAfter(text, end));
}

/** Words after it that make it the place or its culture: "Chancay textiles", "Lima's Barrios Altos neighborhood". */
const LOCALITY_AFTER: ReadonlySet<string> = new Set(
  'culture textiles weavers pottery valley district residents neighbourhood neighborhood quarter'.split(' '),
);

/**
 * A comma and, within a few words, what kind of place it is: "Barrios Altos, el barrio que resiste",
 * "Barrios Altos, one of Lima's oldest neighbourhoods", "Barrios Altos, Cercado de Lima". Not ", en Lima":
 * "Cuando decimos La Cantuta, en Lima piensan en la masacre".
 */
const PLACE_IN_APPOSITION =
  /^,\s+(?:[\p{L}\p{M}'’]+\s+){0,4}?(?:barrios?|neighbou?rhoods?|quarters?|bairros?|quartiers?|distrito|district|cercado)(?![\p{L}\p{M}])/iu;

/** "of", "de" and the like between a place word and its place's name. */
const OF: ReadonlySet<string> = new Set('of de del du des da do dos das'.split(' '));

/** Words of a name that make its entry a place itself ("Islay province", "provincia de Islay"). Folded. */
const LOCALITY_NAMES: ReadonlySet<string> = new Set(
  'province provincia district distrito region departamento department valley valle city ciudad town'.split(
    ' ',
  ),
);

/** Whether an entry whose proper names have these words (folded) is a place itself, not a thing named after one. */
export function isALocality(nameWords: ReadonlySet<string>): boolean {
  for (const word of LOCALITY_NAMES) if (nameWords.has(word)) return true;
  return false;
}

/** Whether the words around a short form at `start`–`end` make it the name of the place itself. */
export function namesTheLocality(text: string, start: number, end: number, words: NameWords): boolean {
  let before = wordBefore(text, start);
  if (OF.has(before.word)) before = wordBefore(text, before.start);
  return (
    words.inList('localityBefore', before.word) ||
    LOCALITY_AFTER.has(wordAfter(text, end)) ||
    PLACE_IN_APPOSITION.test(text.slice(end, end + 60))
  );
}

/** Words before a name that put something in or at it, or bring it there: "en", "into", "hacia", "de". */
const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(
  'en in into inside hacia a to desde from ate em no na dans de of da do du'.split(' '),
);

/**
 * Words of the crimes, trials and rulings an event named after a place is known by (folded): a sentence
 * with one of them speaks of the event ("murieron quince personas en Barrios Altos", "the Barrios Altos
 * ruling"); one without speaks of the place ("un incendio en Barrios Altos").
 */
const WORDS_OF_THE_EVENT =
  /(?:^|[^\p{L}\p{M}])(?:masacr|massacr|matanz|chacin|kill|mato\b|mataron|matar\b|asesin|assassin|murder|muri|muert|death|victim|vitim|crim|caso\b|casos\b|cases?\b|sentenc|ruling|judg|juicio|juzg|julg|trial|fallo|conden|convict|amnist|anisti|indult|pardon|prescri|colina|gunmen|pistoler|encapuchad|fosas?\b|desaparec|disappear|deudo|familiares|relatives|atentado|bomb(?:ing|ed|s)?\b|bombas?\b|explosi)/u;

/** Whether an event's name (its term) calls it a crime ("massacre", "bombing"): one known by its place. */
export function namesACrime(term: string): boolean {
  return WORDS_OF_THE_EVENT.test(normalizeKey(term));
}

/**
 * Words of a port, its ships, cargo and owners (folded): "las exportaciones por Chancay", "Cosco's terminal
 * at Chancay" speak of the port; "residir en Chancay", "los vecinos de Chancay" of the town.
 */
const WORDS_OF_THE_PORT =
  /(?:^|[^\p{L}\p{M}])(?:(?:mega)?(?:puertos?|ports?|portos?)\b|portuari|terminal|muelle|dock|berth|buque|barco|navio|navire|ship|vessel|navier|contened|container|conteneur|carga\b|cargas\b|freight|frete|fret\b|cosco|maritim|export|importacion|imports?\b|importer|importador|aduan|customs|chin(?:a|e|o)|xi\b|jinping|seda\b|silk|logistic|hub\b|transbordo|transshipment|soja|arandan|mineral)/u;

/** Whether a place's name (its term) calls it a port: one known by its town. */
export function namesAPort(term: string): boolean {
  return /\b(?:port|puerto|porto)\b/i.test(term);
}

/** How far either way a sentence is read for words of the event, in characters. */
const SENTENCE_REACH = 300;

/** Whether a word that puts something in a place comes before `start`: "un incendio en Barrios Altos". */
export function afterALocative(text: string, start: number): boolean {
  return LOCATIVE_BEFORE.has(wordBefore(text, start).word);
}

/**
 * Whether the sentence around `start`–`end` speaks of a crime, a trial or a ruling (WORDS_OF_THE_EVENT), or
 * of a port (WORDS_OF_THE_PORT).
 */
export function tellsOfTheEvent(text: string, start: number, end: number, kind: 'crime' | 'port'): boolean {
  const words = kind === 'crime' ? WORDS_OF_THE_EVENT : WORDS_OF_THE_PORT;
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !endsASentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsASentence(text, to)) to++;
  return words.test(normalizeKey(text.slice(from, start))) || words.test(normalizeKey(text.slice(end, to)));
}

/** A sentence's end: ".", "!", "?" or a line break (not a dot inside a number or an abbreviation's "p. m."). */
function endsASentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 10 || code === 33 || code === 63) return true;
  return code === 46 && text.charCodeAt(at + 1) === 32 && /\p{Lu}/u.test(text.charAt(at + 2));
}

/** ", in Costa Rica", ", Ohio"? Only a country, capitalized: ", Peru's former president" is no place. */
const COMMA_THEN_PLACE = /^,\s+(?:(?:in|en|em|no|na|au)\s+)?(\p{Lu}[\p{L}\p{M}]*)(?!['’\p{L}])/u;

/**
 * After a comma, where or what kind of place it is: "Toledo, no oeste do Paraná", "Toledo, município de
 * 150 mil habitantes", "Castillo, a town in…".
 */
const COMMA_THEN_WHERE =
  /^,\s+(?:(?:in|en|em|no|na|au|dans)\s+)?(?:(?:the|el|la|o|a|an|un|una|um|uma|le)\s+)?(?:north|south|east|west|northern|southern|eastern|western|norte|sur|sul|oeste|leste|noroeste|nordeste|sudeste|suroeste|sudoeste|nord|ouest|ciudad|city|town|village|municipio|municipality|pueblo|ville|cidade|county|condado|provincia|province|departamento|distrito)\b/iu;

/**
 * Whether a surname at `start`–`end` is a town's name, its country or state after a comma, or where it
 * lies: "Heredia, in Costa Rica", "Toledo, Ohio", "Toledo, no oeste do Paraná".
 */
export function beforeItsCountry(text: string, end: number, words: NameWords): boolean {
  const after = text.slice(end, end + 40);
  const place = COMMA_THEN_PLACE.exec(after)?.[1];
  if (
    place !== undefined &&
    (words.countryOf(place) !== undefined || words.inList('states', normalizeKey(place)))
  )
    return true;
  return COMMA_THEN_WHERE.test(normalizeKey(after));
}

/**
 * Words before a surname that make it a family's: "los Fujimori", "los hermanos Fujimori", "la familia
 * Humala", "os Bolsonaro", "les Kirchner". Folded. Not "the": "the Fujimori government" is his.
 */
const FAMILY_BEFORE: ReadonlySet<string> = new Set(
  'los las os les hermanos hermanas familia clan irmaos familia famille freres soeurs'.split(' '),
);

/** Words after a surname that make it a family's: "the Noboa family", "the Kirchner clan". Folded. */
const FAMILY_AFTER: ReadonlySet<string> = new Set(
  'family families clan dynasty brothers sisters siblings kids children'.split(' '),
);

/**
 * Whether the word before a surname at [start, end) (or, in English, after it) makes it a family's name,
 * not one person's. Only a capitalized surname: "los humalistas" are Humala's followers.
 */
export function namesAFamily(text: string, start: number, end: number): boolean {
  return (
    isCapitalized(text.slice(start, start + 1)) &&
    (FAMILY_BEFORE.has(wordBefore(text, start).word) || FAMILY_AFTER.has(wordAfter(text, end)))
  );
}
