import { editDistance } from '../edit-distance';
import { HEAD_OF_STATE_TITLES } from '../glossary/person-facts';
import { inCapitals } from '../matching/normalize';
import type { PageLanguage } from '../page-facts/page-language';
import type { MentionContext } from './mention-context';
import { ARTICLES, isCapitalized, nameWord } from './mention-context';
import {
  ageBefore,
  ageByKin,
  FEMALE_TITLES,
  governmentOf,
  kinBefore,
  MALE_TITLES,
  PERSONS_TITLES,
} from './person-words';
import type { WordList } from './word-lists';

/**
 * What one mention says by itself, before the page is read as a whole (page-mentions.ts, resolve.ts): a
 * full name that names its entry, a short form that may name one of its candidates, another person's
 * surname, a country.
 */

/** What the resolution knows of one compiled form (the matcher's CompiledForm has these fields). */
export interface FormFacts {
  entryId: string;
  caseSensitive: boolean;
  /** The form as its capitals must be (normalizeCaseKey), when caseSensitive. */
  caseKey?: string;
  short?: boolean;
  /** A short form readers know alone ("Lula"): it names its entry on a page about its world. */
  alone?: boolean;
  /** A person's surname: the page's other names may say whose (resolve.ts). */
  surname?: boolean;
  /** Common noun of these languages; absent or empty for a proper name. */
  nounOf?: readonly string[];
  /** A country's name (ISO code): read for the topic, never marked. */
  country?: string;
}

/** What the resolution knows of an entry. */
export interface EntryFacts {
  /** Folded words of the entry's proper names: a neighbouring capitalized word among them is the same person. */
  nameWords: ReadonlySet<string>;
  countries: readonly string[];
  /** A person: a neighbouring name says whose surname it is. Parties and the rest are told by country. */
  person: boolean;
  /**
   * A party, a public institution or another thing its country has one of: a name of several words that
   * other countries share ("Congreso de la República", "Frente Amplio", "elecciones generales de 2026")
   * names it on a page mostly about its country.
   */
  oneInItsCountry: boolean;
  /**
   * The entries whose name in full in a short form's paragraph introduces it (entry-facts.ts): a person's
   * related people (Keiko and Alberto Fujimori), a thing's related entries (Southern Copper, Tía María).
   */
  introducedBy?: readonly string[];
  /** A person who held a head of state's office: "former president Fujimori" is Alberto, not Keiko. */
  president?: true;
  /** A person a woman or a man by their own text: "la señora Fujimori" is Keiko. */
  gender?: 'f' | 'm';
  /** A person's year of birth: "the elder Fujimori" is Alberto, "the younger Humala" Antauro. */
  born?: number;
  /** The year of a person's first line in the news after their birth: younger, they were not news. */
  newsFrom?: number;
  /** A person's related entries, either way round (Humala: Nadine Heredia, Odebrecht, Gana Perú…). */
  related?: readonly string[];
  /**
   * A crime known by the place it happened (Barrios Altos, Tarata), or a port by its town (Chancay): the
   * place's name alone is the place where its sentence speaks of no crime, trial or ruling, or of no
   * port, ship or cargo (place-words.ts).
   */
  knownByItsPlace?: 'crime' | 'port';
  /**
   * A thing with short forms: the year its time begins (its period's first year: a law's "in force since
   * 14 August 2025"). A short form beside an earlier year names an earlier one ("the 1993 amnesty law").
   */
  since?: number;
}

/**
 * What one mention can mean, read from itself (its forms, its neighbours, the page's language). Never
 * changed once made: mentions may share one.
 */
export type Reading =
  /**
   * needsTopic: a name that may be something else here marks only where the page names other entries
   * ('names': its capitals prove nothing, as in a headline), or also the entry's country ('country': it
   * runs into a longer name, "Pacific Alliance Medical Center", or stands in quotation marks).
   */
  | {
      readonly kind: 'strong';
      readonly entryId: string;
      readonly proper: boolean;
      readonly needsTopic?: 'names' | 'country';
      /** A person's full name: the matcher's form it was found by. */
      readonly fullName?: number;
    }
  /**
   * nouns: the candidates it names as a common noun of the page's language ("coup", "segunda vuelta").
   * words: the mention has several words (a party's or institution's name rather than an acronym).
   * owned: the candidate whose own country the words next to the mention name ("el Tribunal
   * Constitucional peruano"): this mention names it, as its full name would, though it introduces nothing.
   */
  | {
      readonly kind: 'weak';
      readonly candidates: readonly string[];
      readonly nouns: readonly string[];
      readonly words?: 'several';
      readonly owned?: string;
      /** An acronym of three capitals or more in a line that is not in capitals ("el JNE", "PPK"). */
      readonly acronym?: boolean;
      /** Candidates whose form here readers know alone ("Lula", "Boluarte"). */
      readonly alone?: readonly string[];
      /** Candidates whose surname it is, written with its capital ("Castillo"). */
      readonly surnameOf?: readonly string[];
      /** Candidates who held a head of state's office, as the title before it says ("el expresidente Allende"). */
      readonly presidentTitled?: readonly string[];
      /**
       * Candidates who held it, as the words of a government around it say ("los gobiernos de Toledo",
       * "the Toledo administration"): this mention only; a title's is page-wide (titledAt).
       */
      readonly governing?: readonly string[];
      /** A kin word and "de" before it ("la hermana de Morales"): the relative of someone else named. */
      readonly kinOf?: true;
      /** The first of its forms: mentions of the same words share it (read by the namesake rule). */
      readonly surface?: FormFacts;
      /** For a crime or a port known by its place: whether its sentence speaks of it (tellsOfTheEvent). */
      readonly told?: boolean;
      /** A person's given name or nickname alone, written with its capital ("Nadine"). */
      readonly givenName?: boolean;
    }
  /**
   * A surname, here someone else's ("Eduardo Bolsonaro", "Álvaro Vargas Llosa"): its entries. by: the
   * neighbouring name that tells (folded). onNameLine: alone on its line, a title or a signature; it
   * gives the surname away only when the page names that person again ("Rosa Fujimori Tamashiro" over
   * her biography, not over a column she signs).
   */
  | {
      readonly kind: 'namesake';
      readonly entryIds: readonly string[];
      readonly surface?: FormFacts;
      readonly by?: string;
      readonly onNameLine?: boolean;
    }
  | { readonly kind: 'country'; readonly country: string }
  /**
   * fullNameOf: the entry whose full name this is, running on into another person's surname ("Rodrigo
   * Paz Delgado", "Nicolás Maduro Guerra"): not a mention, and the page gives that name away. bornElsewhen:
   * the words after it give another year of birth: the page is about another person of that very name.
   */
  | {
      readonly kind: 'none';
      readonly fullNameOf?: string;
      readonly fullName?: number;
      readonly bornElsewhen?: true;
    };

/** A title or prefix, perhaps of several parts joined by hyphens ("Ex-President", "Pro"). */
function isNeutral(word: string, words: NameWords): boolean {
  if (words.inList('neutral', nameWord(word))) return true;
  const parts = word.split(/[-‐‑–]/u).filter((part) => part !== '');
  return parts.length > 1 && parts.some((part) => words.inList('neutral', nameWord(part)));
}

/** A country or its people by itself (folded): "Perú", "peruano"; not "Chino" (a surname, a nickname). */
function isCountryWord(folded: string, words: NameWords): boolean {
  return words.countryOf(folded) !== undefined && !words.inList('onlyBesideAMention', folded);
}

/** A neighbour that proves the surname is someone else's: a given name, initial or surname not the entry's. */
export function isOtherPersonsName(word: string, entry: EntryFacts, words: NameWords): boolean {
  if (/['’]s$/iu.test(word)) return false; // "Peru's Fujimori": a possessive, not a name
  const bare = word.replace(/\.$/, '');
  const folded = nameWord(bare);
  if (folded === '' || isNeutral(bare, words)) return false;
  // "Peruvian Boluarte", "el Bukele de Perú": a country or its people is no one's name.
  if (isCountryWord(folded, words)) return false;
  if (folded.length === 1) {
    // An initial: someone else unless one of the entry's names starts with it.
    for (const name of entry.nameWords) if (name.startsWith(folded)) return false;
    return true;
  }
  return !entry.nameWords.has(folded) && !misspeltNameWord(folded, entry);
}

/**
 * "Diana Boluarte", "Animael Guzmán": one of the entry's own names with one letter wrong, inside the
 * word. Not at its end, where a sibling's name differs ("Juana", "Maria", "Luisa").
 */
function misspeltNameWord(folded: string, entry: EntryFacts): boolean {
  if (folded.length < 4) return false;
  for (const name of entry.nameWords)
    if (
      name.length >= 4 &&
      name[0] === folded[0] &&
      name.at(-1) === folded.at(-1) &&
      Math.abs(name.length - folded.length) <= 1 &&
      editDistance(name, folded, 1) === 1
    )
      return true;
  return false;
}

/**
 * Whether a thing's short form is here someone's surname: a person's title or a capitalized name that is
 * not the thing's own right before it, inside a sentence ("doña Carmen Colina", "la señora Colina").
 */
export function someonesName(
  context: MentionContext | undefined,
  entry: EntryFacts,
  words: NameWords,
): boolean {
  const previous = context?.previous;
  if (!context || !previous || previous.opensSentence || context.capitalsProveNothing) return false;
  if (PERSONS_TITLES.has(nameWord(previous.word))) return true;
  // A given name: letters only ("Morales’ Movement to Socialism" is a possessive, "New York-listed SCCO"
  // a compound), before a one-word short form ("Alianza Solidaridad Nacional" is the alliance's name), not
  // after an article ("el Escuadrón Colina" is the squad).
  return (
    !context.severalWords &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(previous.word) &&
    !ARTICLES.has(context.twoBefore?.[0] ?? '') &&
    isForeignNameWord(previous.word, entry, words)
  );
}

/** The word right before a mention as a title ("ex-presidente", "Ex-President": its last part), folded. */
function titleBefore(context: MentionContext | undefined): string | undefined {
  const word = context?.previous?.word;
  return word === undefined ? undefined : nameWord(word.split(/[-‐‑–]/u).pop() ?? word);
}

/** Whether a title right before a surname (titleBefore) fits the person (true where it says nothing). */
function titleFits(title: string | undefined, entry: EntryFacts | undefined): boolean {
  if (title === undefined || !entry?.person) return true;
  if (HEAD_OF_STATE_TITLES.has(title) && !entry.president) return false;
  if (FEMALE_TITLES.has(title) && entry.gender !== 'f') return false;
  if (MALE_TITLES.has(title) && entry.gender !== 'm') return false;
  return true;
}

/** Capitalized inside a sentence, these open a longer name: a place ("La Paz"), another surname ("Del Castillo"). */
const NAME_OPENERS = new Set(['La', 'Las', 'Los', 'El', 'Del', 'De']);

/** The neighbouring name (folded) that makes the surname someone else's, if there is one. */
function anotherPersonsName(
  context: MentionContext | undefined,
  entry: EntryFacts | undefined,
  words: NameWords,
): string | undefined {
  if (!context?.capitalized || !entry?.person) return undefined;
  // "Morales, Waltraud Q." in a reading list: the given name after the comma tells.
  const given = context.inverted;
  // "Toledo, Spain": a country after the comma makes it a place's name.
  if (given !== undefined)
    return isOtherPersonsName(given, entry, words) || isCountryWord(nameWord(given), words)
      ? nameWord(given)
      : undefined;
  const previous = context.previous;
  if (previous && !previous.opensSentence && NAME_OPENERS.has(previous.word) && !context.capitalsProveNothing)
    return nameWord(previous.word);
  const after = context.capitalsProveNothing ? [] : context.after;
  // Only the word right next to the surname counts on each side (a chain stops at the first neutral one).
  // In a headline, a capitalized word joined by a particle may be a title-case noun ("Posse de Lula").
  const joined = context.capitalsProveNothing && previous && !isCapitalized(previous.word);
  const nearestBefore = joined ? undefined : context.before[0];
  const nearestAfter = after[0];
  if (nearestBefore !== undefined && isOtherPersonsName(nearestBefore, entry, words))
    return nameWord(nearestBefore);
  if (nearestAfter !== undefined && isOtherPersonsName(nearestAfter, entry, words))
    return nameWord(nearestAfter);
  return undefined;
}

/**
 * Spanish and French masculine articles: the news calls no man "el Petro"; a coin or a product, yes.
 * Not "the": "the Boluarte government" is hers.
 */
const MASCULINE_ARTICLES: ReadonlySet<string> = new Set(['el', 'le']);

function afterMasculineArticle(context: MentionContext): boolean {
  return context.previous !== undefined && MASCULINE_ARTICLES.has(context.previous.word.toLowerCase());
}

/** The country a mention is said to belong to: "Ireland's …", "… de Costa Rica", "… chileno", "Chilean …". */
function ownerCountry(context: MentionContext, countryOf: NameFacts['countryOf']): string | undefined {
  const possessor = context.possessor && countryOf(context.possessor);
  if (possessor) return possessor;
  // "Frente Amplio (Chile)", as a list of namesakes writes whose each one is.
  const inParentheses = context.inParentheses && countryOf(context.inParentheses);
  if (inParentheses) return inParentheses;
  const next = context.next;
  if (next && (next.afterOf || !isCapitalized(next.word))) {
    const code = countryOf(next.word);
    if (code) return code;
  }
  const previous = context.previous?.word;
  return previous && isCapitalized(previous) ? countryOf(previous) : undefined;
}

/** Whether the mention belongs to another country than the entry's (not a person: see isAnotherPerson). */
function isElsewhere(
  context: MentionContext | undefined,
  entry: EntryFacts | undefined,
  countryOf: NameFacts['countryOf'],
): boolean {
  if (!context || !entry || entry.person || entry.countries.length === 0) return false;
  const owner = ownerCountry(context, countryOf);
  return owner !== undefined && !entry.countries.includes(owner);
}

/** A capitalized word that is neither a possessive, a title (a neutral word) nor a country: a name's. */
export function isNameLikeWord(word: string, words: NameWords): boolean {
  if (!isCapitalized(word) || /['’]s$/u.test(word)) return false;
  return !words.inList('neutral', nameWord(word)) && words.countryOf(word) === undefined;
}

/** A capitalized word next to a name that is neither a title nor the entry's nor a country: a longer name. */
function isForeignNameWord(word: string, entry: EntryFacts, words: NameWords): boolean {
  return isNameLikeWord(word, words) && !entry.nameWords.has(nameWord(word));
}

/**
 * "Copa Mercosur", "Pacific Alliance Medical Center", "Perú Libre de Trabajo Infantil", a title in
 * quotation marks: maybe not the entry's own name.
 */
function runsIntoLongerName(
  context: MentionContext | undefined,
  entry: EntryFacts | undefined,
  words: NameWords,
): boolean {
  if (!context || !entry || entry.person) return false;
  if (context.quoted) return true;
  if (context.capitalsProveNothing) return false;
  const { next, previous } = context;
  if (next && isForeignNameWord(next.word, entry, words)) return true;
  return previous !== undefined && !previous.opensSentence && isForeignNameWord(previous.word, entry, words);
}

/**
 * What the resolution knows beyond the text: the entries, and which words name a country (a country's
 * name or people, of the glossary's countries and others: "Ireland's Workers Party").
 */
export interface NameFacts extends NameWords {
  entry(entryId: string): EntryFacts | undefined;
}

/**
 * Words beyond the glossary's names: which name a country, and the longer word lists the reading uses
 * (word-lists.ts). They travel in the term index: the content script every page loads is smaller
 * without them.
 */
export interface NameWords {
  countryOf(word: string): string | undefined;
  /** Whether a folded word is in one of the word lists (word-lists.ts). */
  inList(list: WordList, folded: string): boolean;
}

const NO_READING: Reading = { kind: 'none' };

/** Whether `form` can name something on a page in `language` (a common noun of another cannot). */
function usableIn(form: FormFacts, language: PageLanguage): boolean {
  return !form.nounOf || form.nounOf.length === 0 || form.nounOf.includes(language);
}

/**
 * What one mention can mean, from its forms (formsMatching), its context and the page's language. It
 * runs for most mentions of a page: plain loops, nothing allocated but the reading.
 */
export function readMention(
  forms: readonly FormFacts[],
  context: MentionContext | undefined,
  language: PageLanguage,
  names: NameFacts,
): Reading {
  let country: string | undefined;
  let glossaryForms = 0;
  let usableForms = 0;
  // The first form that names its entry here, or (if none) a name whose capitals prove nothing here.
  let strong: FormFacts | undefined;
  let unproven: FormFacts | undefined;
  // Read only for a name that has to be written with capitals (the context reads it on demand).
  let capitalsMeanNothing: boolean | undefined;
  for (const form of forms) {
    if (form.country) {
      country ??= form.country;
      continue;
    }
    glossaryForms++;
    if (!usableIn(form, language)) continue;
    usableForms++;
    if (strong || form.short) continue;
    if (form.caseSensitive) {
      capitalsMeanNothing ??=
        context !== undefined && (context.sentenceStart || context.capitalsProveNothing);
      // Written all in capitals, a name that is not an acronym shows none of its own capitals.
      if (capitalsMeanNothing || (context?.inCapitals && !inCapitals(form.caseKey ?? ''))) {
        unproven ??= form;
        continue;
      }
    }
    strong = form;
  }
  if (glossaryForms === 0) return country ? { kind: 'country', country } : NO_READING;
  if (usableForms === 0) return NO_READING;
  // A name whose capitals prove nothing here ("Gana Perú y respira" opening a sentence, a headline):
  // it names the entry on a page about its world.
  if (!strong && unproven)
    return { kind: 'strong', entryId: unproven.entryId, proper: true, needsTopic: 'names' };
  if (strong) {
    const proper = !strong.nounOf || strong.nounOf.length === 0;
    if (!proper) return { kind: 'strong', entryId: strong.entryId, proper };
    const facts = names.entry(strong.entryId);
    if (isElsewhere(context, facts, names.countryOf)) return NO_READING;
    if (runsIntoLongerName(context, facts, names))
      return { kind: 'strong', entryId: strong.entryId, proper, needsTopic: 'country' };
    return { kind: 'strong', entryId: strong.entryId, proper };
  }
  const candidates: string[] = [];
  const nouns: string[] = [];
  // "el Tribunal Constitucional peruano", "Peru's Constitutional Tribunal": the entry's own country says
  // whose it is, as its full name would. Read only for such an entry: most mentions are surnames.
  let owner: string | undefined;
  let ownerRead = false;
  const owned: string[] = [];
  const alone: string[] = [];
  let surnames: string[] | undefined;
  const namesakes: string[] = [];
  let namedBy: string | undefined;
  for (const form of forms) {
    if (form.country || !usableIn(form, language)) continue;
    const proper = !form.nounOf || form.nounOf.length === 0;
    if (!proper && !nouns.includes(form.entryId)) nouns.push(form.entryId);
    if (candidates.includes(form.entryId)) continue;
    const facts = names.entry(form.entryId);
    const otherName = proper ? anotherPersonsName(context, facts, names) : undefined;
    if (otherName !== undefined) {
      namesakes.push(form.entryId);
      namedBy = otherName;
      continue;
    }
    if (proper && isElsewhere(context, facts, names.countryOf)) continue;
    // "doña Carmen Colina", "la señora Colina": a person's name, not the squad or the place's.
    if (proper && facts && !facts.person && someonesName(context, facts, names)) continue;
    // After a masculine article, a surname readers know alone is a thing named after it: "el Petro",
    // Venezuela's coin. (A nickname takes the article: "el Chino" is no such surname.)
    if (form.alone && facts?.person && context && afterMasculineArticle(context)) continue;
    candidates.push(form.entryId);
    // Written with its capital: "boric acid" is not Gabriel Boric.
    if (form.alone && context?.capitalized) alone.push(form.entryId);
    if (form.surname && context?.capitalized) {
      surnames ??= [];
      surnames.push(form.entryId);
    }
    if (!proper || !facts || facts.person || facts.countries.length === 0) continue;
    if (!ownerRead) {
      owner = context && ownerCountry(context, names.countryOf);
      ownerRead = true;
    }
    if (owner && facts.countries.includes(owner)) owned.push(form.entryId);
  }
  if (candidates.length === 0)
    return namesakes.length > 0
      ? { kind: 'namesake', entryIds: namesakes, surface: forms[0], by: namedBy }
      : NO_READING;
  // "former president Fujimori", "la señora Fujimori": of people who share a surname, those the title fits.
  const title = titleBefore(context);
  if (candidates.length > 1 && title !== undefined)
    keepOnly(candidates, (entryId) => titleFits(title, names.entry(entryId)));
  // "el gobierno de Fujimori", "the Fujimori years": the one who governed; "the elder Fujimori": the
  // family's eldest.
  // Read for one candidate too, where they held the office: "los gobiernos de Toledo" calls him by it, as
  // a title does. The words around are read last: most surnames are never so.
  const governed =
    (candidates.length > 1 || names.entry(candidates[0] as string)?.president === true) &&
    candidates.every((entryId) => names.entry(entryId)?.person) &&
    governmentOf(context);
  if (governed && candidates.length > 1)
    keepOnly(candidates, (entryId) => names.entry(entryId)?.president === true);
  const age = candidates.length > 1 ? (ageBefore(title) ?? ageByKin(context)) : undefined;
  if (age) {
    const births = candidates.map((entryId) => names.entry(entryId)?.born ?? Number.NaN);
    const known = births.filter((year) => !Number.isNaN(year));
    if (known.length === births.length) {
      const chosen = age === 'elder' ? Math.min(...known) : Math.max(...known);
      keepOnly(candidates, (entryId) => names.entry(entryId)?.born === chosen);
    }
  }
  // "Gutiérrez, Gustavo." in a reading list is the full name, turned round.
  const [only] = candidates;
  if (candidates.length === 1 && context?.inverted !== undefined && names.entry(only as string)?.person)
    return { kind: 'strong', entryId: only as string, proper: true };
  // Made once, its optional facts set only where they are: a long page keeps one per mention.
  const reading: Mutable<WeakReading> = { kind: 'weak', candidates, nouns, surface: forms[0] };
  if (owned.length === 1) reading.owned = owned[0];
  if (alone.length > 0) reading.alone = alone;
  // Most often every candidate's: the candidates' own list, kept already, is kept once.
  if (surnames)
    reading.surnameOf =
      surnames.length === candidates.length && surnames.every((entryId) => candidates.includes(entryId))
        ? candidates
        : surnames;
  // The cheap checks first: most weak mentions are surnames, acronyms or a thing's names.
  if (
    !surnames &&
    nouns.length === 0 &&
    candidates.every((entryId) => names.entry(entryId)?.person) &&
    !isAcronymForm(forms) &&
    context?.capitalized &&
    !names.inList('called', title ?? '') &&
    !names.inList('called', context.nounAfter ?? '')
  )
    reading.givenName = true;
  if (surnames && kinBefore(context)) reading.kinOf = true;
  const headOfStateTitle = title !== undefined && HEAD_OF_STATE_TITLES.has(title);
  if (governed || headOfStateTitle) {
    const titled = candidates.filter((entryId) => names.entry(entryId)?.president === true);
    if (titled.length > 0 && (headOfStateTitle || candidates.length > 1)) reading.presidentTitled = titled;
    else if (titled.length > 0) reading.governing = titled;
  }
  return reading;
}

/** Whether the forms are written all in capitals, as an acronym is ("PPK"). */
function isAcronymForm(forms: readonly FormFacts[]): boolean {
  return forms.some((form) => form.caseKey !== undefined && inCapitals(form.caseKey));
}

/** Of `candidates`, only those that `keep` accepts, where some are and some are not. */
function keepOnly(candidates: string[], keep: (entryId: string) => boolean): void {
  const kept = candidates.filter(keep);
  if (kept.length > 0 && kept.length < candidates.length) candidates.splice(0, candidates.length, ...kept);
}

type WeakReading = Extract<Reading, { kind: 'weak' }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
