import { editDistance } from '../edit-distance';
import { isYear, meaningfulWords, soundKey } from './search-text';

/** An entry's names as search compares them (searchKey), their words, and how they sound (soundKey). */
export interface NameKeys {
  names: string[];
  words: string[];
  sounds: string[];
  soundWords: string[];
}

export function nameKeys(names: readonly string[]): NameKeys {
  const words = [...new Set(names.flatMap((name) => name.split(' ')))];
  const sounds = names.map(soundKey);
  return {
    names: [...names],
    words,
    sounds,
    soundWords: [...new Set(sounds.flatMap((name) => name.split(' ')))],
  };
}

/** Typos forgiven in a query: none under five letters (a short query is a prefix or an acronym), then one per five. */
function typoBudget(query: string): number {
  return Math.floor(query.length / 5);
}

/**
 * Whether a name holds every word of a query of several ("humala ollanta", "elecciones 2021", "autogolpe
 * 1992"), in any order, the last perhaps only begun: a year beside a name is then decisive.
 */
function namesEveryWord(names: readonly string[], query: string): boolean {
  const words = query.split(' ');
  const last = words.pop();
  if (last === undefined || words.length === 0) return false;
  return names.some((name) => {
    const own = name.split(' ');
    return words.every((word) => own.includes(word)) && own.some((word) => word.startsWith(last));
  });
}

/**
 * Whether the query's year is not the one the entry's names give it: "cierre del congreso 1992" is not
 * the "cierre del congreso de 2019", whatever other words they share.
 */
export function yearDiffers(keys: NameKeys, query: string): boolean {
  const years = query.split(' ').filter(isYear);
  if (years.length === 0) return false;
  const own = keys.words.filter(isYear);
  return own.length > 0 && !years.some((year) => own.includes(year));
}

/**
 * The words of a long query that one of the entry's names has whole (of three letters or more, or a
 * year; no function word), a plural for its singular ("elections peru 2021"); a word `common` to many
 * names only where the query has a name of several words whole ("peru libre party").
 */
function wordsNamed(keys: NameKeys, query: string, common: ReadonlySet<string>): number {
  const words = meaningfulWords(query);
  const phrase = ` ${query} `;
  const whole = keys.names.filter((name) => name.includes(' ') && phrase.includes(` ${name} `));
  const inWhole = new Set(whole.flatMap((name) => name.split(' ')));
  const named = (word: string) =>
    word.length >= 3 && (inWhole.has(word) || !common.has(word)) && keys.words.includes(word);
  let count = 0;
  for (const word of words)
    if (
      named(word) ||
      (word.endsWith('s') && (named(word.slice(0, -1)) || (word.endsWith('es') && named(word.slice(0, -2)))))
    )
      count++;
  return count;
}

const NONE: ReadonlySet<string> = new Set();

/** The rank of a query that is one of the entry's names, whole. */
export const WHOLE_NAME = 4;
/** The rank of a query that begins one of the entry's names. */
export const START_OF_A_NAME = 3;

/** The length of the shortest of the entry's names that begins with `query`. */
export function shortestNameStartingWith(keys: NameKeys, query: string): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (const name of keys.names) if (name.startsWith(query) && name.length < shortest) shortest = name.length;
  return shortest;
}

/** A word this long, too short for a typo, may still be spelt as a name sounds ("anes": Áñez). */
const SOUND_ALIKE_LENGTH = 4;

/** Ranks of name-rank.ts below a typo's: every word of a name, then several of them (a sentence typed). */
const EVERY_WORD_RANK = 1.5;
export const SEVERAL_WORDS_RANK = 1.2;

/**
 * How directly a query names an entry, which outranks any fuzzy score: the whole name ("garcia" for
 * García), its start, a whole name or a word of one a typo or a sound-alike spelling away ("fujimory",
 * "castiyo"), every word of a name, several of its words, a later word's start.
 */
export function nameRank(keys: NameKeys, query: string, common: ReadonlySet<string> = NONE): number {
  const { names } = keys;
  if (names.includes(query)) return WHOLE_NAME;
  if (names.some((name) => name.startsWith(query))) return START_OF_A_NAME;
  const typos = typoBudget(query);
  // Spelt as it sounds, too short for a typo: "anes" for Áñez.
  if (typos === 0 && query.length >= SOUND_ALIKE_LENGTH) {
    const sound = soundKey(query);
    if (keys.sounds.includes(sound)) return 2.5;
    if (keys.soundWords.includes(sound)) return 2;
  }
  if (typos > 0) {
    const near = (text: string) => editDistance(query, text, typos) <= typos;
    if (names.some(near)) return 2.5;
    if (keys.words.some(near)) return 2;
    // A sound key is shorter than the spelling: it is allowed the typos of its own length, or a collapsed
    // letter would be a free edit ("terrorismo" → "terorismo" is not "peronismo").
    const sound = soundKey(query);
    const soundTypos = typoBudget(sound);
    const soundsNear = (text: string) => editDistance(sound, text, soundTypos) <= soundTypos;
    if (keys.sounds.some(soundsNear)) return 2.5;
    if (keys.soundWords.some(soundsNear)) return 2;
  }
  if (yearDiffers(keys, query)) return 0;
  if (namesEveryWord(names, query)) return EVERY_WORD_RANK;
  // "president of peru martin vizcarra": the more words a name has, the better (at most 0.2 more).
  // Several of its words, and a third of the query's at least: "chile's first woman president later un
  // human rights chief" does not name the Inter-American Court of Human Rights by two of its eight words.
  const named = wordsNamed(keys, query, common);
  if (named >= 2 && named * 3 >= meaningfulWords(query).length)
    return SEVERAL_WORDS_RANK + Math.min(named, 20) / 100;
  if (names.some((name) => name.includes(` ${query}`))) return 1;
  return 0;
}

/**
 * Whether a word of the entry's names begins like `word` (within the typos forgiven): when none does, a
 * fuzzy hit found the query inside a word ("onpe" in "golpe", "cusco" in "francisco").
 */
export function startsLikeAName(keys: NameKeys, word: string): boolean {
  const typos = typoBudget(word);
  if (typos === 0) return keys.words.some((own) => own.startsWith(word));
  return keys.words.some((own) => {
    for (let length = word.length - typos; length <= word.length + typos; length++)
      if (length > 0 && editDistance(word, own.slice(0, length), typos) <= typos) return true;
    return false;
  });
}
