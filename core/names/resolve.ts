import { inCapitals } from '../matching/normalize';
import type { PageLanguage } from '../page-facts/page-language';
import type { MentionContext } from './mention-context';
import { isCapitalized, nameWord } from './mention-context';
import { NEUTRAL_NEIGHBOURS } from './neutral-neighbours';

/**
 * Which glossary entry a mention names, decided the way a careful reader decides it: from what the page
 * says. One pass over the page's mentions, in reading order, after the matcher's one pass over its text.
 *
 * - A full name with the evidence it needs (its own capitals where capitals matter) names its entry and
 *   introduces it.
 * - A short form (a surname alone, an acronym, a party name several countries use, a name that is also a
 *   place) names an entry only on a page that introduces that entry: by its full proper name, or by a
 *   common noun on a page about the glossary's world. Among several introduced candidates, the nearest
 *   introduction before it in its paragraph decides; else the one the page has named most so far.
 * - A short form next to a given name, initial or surname that is not the entry's is another person:
 *   nothing, and it introduces nothing. A page that gives those words to that person before it names the
 *   entry is about that person: the same words alone name the entry nowhere on it.
 * - A case-sensitive name at a sentence start, in a capitals line (a headline) or written all in capitals
 *   has no capitals to prove it: it names its entry only on a page about the glossary's world.
 * - A common noun names its entry only on pages of its own language.
 * - A party, alliance or movement of another country ("Ireland's Workers Party", "el Frente Amplio de
 *   Costa Rica") is not the entry; a name that runs on into a longer one ("Copa Mercosur", "Lava Jato
 *   Express") names the entry only on a page about its world.
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
      /** The first of its forms: mentions of the same words share it (read by the namesake rule). */
      readonly surface?: FormFacts;
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
   * Paz Delgado", "Nicolás Maduro Guerra"): not a mention, and the page gives that name away.
   */
  | { readonly kind: 'none'; readonly fullNameOf?: string; readonly fullName?: number };

/** The page-wide decision for one mention. */
export interface Decision {
  entryId: string | null;
  /** Other introduced entries the mention could name (the popover offers them). */
  alternatives: readonly string[];
}

/** A title or prefix, perhaps of several parts joined by hyphens ("Ex-President", "Pro"). */
function isNeutral(word: string): boolean {
  if (NEUTRAL_NEIGHBOURS.has(nameWord(word))) return true;
  const parts = word.split(/[-‐‑–]/u).filter((part) => part !== '');
  return parts.length > 1 && parts.some((part) => NEUTRAL_NEIGHBOURS.has(nameWord(part)));
}

/** A neighbour that proves the surname is someone else's: a given name, initial or surname not the entry's. */
function isOtherPersonsName(word: string, entry: EntryFacts): boolean {
  if (/['’]s$/iu.test(word)) return false; // "Peru's Fujimori": a possessive, not a name
  const bare = word.replace(/\.$/, '');
  const folded = nameWord(bare);
  if (folded === '' || isNeutral(bare)) return false;
  if (folded.length === 1) {
    // An initial: someone else unless one of the entry's names starts with it.
    for (const name of entry.nameWords) if (name.startsWith(folded)) return false;
    return true;
  }
  return !entry.nameWords.has(folded);
}

/** Capitalized inside a sentence, these open a longer name: a place ("La Paz"), another surname ("Del Castillo"). */
const NAME_OPENERS = new Set(['La', 'Las', 'Los', 'El', 'Del', 'De']);

/** The neighbouring name (folded) that makes the surname someone else's, if there is one. */
function anotherPersonsName(
  context: MentionContext | undefined,
  entry: EntryFacts | undefined,
): string | undefined {
  if (!context?.capitalized || !entry?.person) return undefined;
  // "Morales, Waltraud Q." in a reading list: the given name after the comma tells.
  const given = context.inverted;
  if (given !== undefined) return isOtherPersonsName(given, entry) ? nameWord(given) : undefined;
  const previous = context.previous;
  if (previous && !previous.opensSentence && NAME_OPENERS.has(previous.word) && !context.capitalsProveNothing)
    return nameWord(previous.word);
  const after = context.capitalsProveNothing ? [] : context.after;
  // Only the word right next to the surname counts on each side (a chain stops at the first neutral one).
  // In a headline, a capitalized word joined by a particle may be a title-case noun ("Posse de Lula").
  const joined = context.capitalsProveNothing && previous && !isCapitalized(previous.word);
  const nearestBefore = joined ? undefined : context.before[0];
  const nearestAfter = after[0];
  if (nearestBefore !== undefined && isOtherPersonsName(nearestBefore, entry)) return nameWord(nearestBefore);
  if (nearestAfter !== undefined && isOtherPersonsName(nearestAfter, entry)) return nameWord(nearestAfter);
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

/** A capitalized word next to a name that is neither a title nor the entry's nor a country: a longer name. */
function isForeignNameWord(word: string, entry: EntryFacts, countryOf: NameFacts['countryOf']): boolean {
  if (!isCapitalized(word) || /['’]s$/u.test(word)) return false;
  const folded = nameWord(word);
  return !NEUTRAL_NEIGHBOURS.has(folded) && !entry.nameWords.has(folded) && countryOf(word) === undefined;
}

/**
 * "Copa Mercosur", "Pacific Alliance Medical Center", "Perú Libre de Trabajo Infantil", a title in
 * quotation marks: maybe not the entry's own name.
 */
function runsIntoLongerName(
  context: MentionContext | undefined,
  entry: EntryFacts | undefined,
  countryOf: NameFacts['countryOf'],
): boolean {
  if (!context || !entry || entry.person) return false;
  if (context.quoted) return true;
  if (context.capitalsProveNothing) return false;
  const { next, previous } = context;
  if (next && isForeignNameWord(next.word, entry, countryOf)) return true;
  return (
    previous !== undefined && !previous.opensSentence && isForeignNameWord(previous.word, entry, countryOf)
  );
}

/**
 * What the resolution knows beyond the text: the entries, and which words name a country (a country's
 * name or people, of the glossary's countries and others: "Ireland's Workers Party").
 */
export interface NameFacts {
  entry(entryId: string): EntryFacts | undefined;
  countryOf(word: string): string | undefined;
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
    if (runsIntoLongerName(context, facts, names.countryOf))
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
  const namesakes: string[] = [];
  let namedBy: string | undefined;
  for (const form of forms) {
    if (form.country || !usableIn(form, language)) continue;
    const proper = !form.nounOf || form.nounOf.length === 0;
    if (!proper && !nouns.includes(form.entryId)) nouns.push(form.entryId);
    if (candidates.includes(form.entryId)) continue;
    const facts = names.entry(form.entryId);
    const otherName = proper ? anotherPersonsName(context, facts) : undefined;
    if (otherName !== undefined) {
      namesakes.push(form.entryId);
      namedBy = otherName;
      continue;
    }
    if (proper && isElsewhere(context, facts, names.countryOf)) continue;
    // After a masculine article, a surname readers know alone is a thing named after it: "el Petro",
    // Venezuela's coin. (A nickname takes the article: "el Chino" is no such surname.)
    if (form.alone && facts?.person && context && afterMasculineArticle(context)) continue;
    candidates.push(form.entryId);
    // Written with its capital: "boric acid" is not Gabriel Boric.
    if (form.alone && context?.capitalized) alone.push(form.entryId);
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
  // "Gutiérrez, Gustavo." in a reading list is the full name, turned round.
  const [only] = candidates;
  if (candidates.length === 1 && context?.inverted !== undefined && names.entry(only as string)?.person)
    return { kind: 'strong', entryId: only as string, proper: true };
  const reading: Reading =
    owned.length === 1
      ? { kind: 'weak', candidates, nouns, owned: owned[0], surface: forms[0] }
      : { kind: 'weak', candidates, nouns, surface: forms[0] };
  return alone.length > 0 ? { ...reading, alone } : reading;
}

/**
 * Whether the page is about the glossary's world: it names two entries by their full proper names, or
 * one together with a country it belongs to.
 */
function isOnTopic(
  properEntries: ReadonlySet<string>,
  countries: ReadonlySet<string>,
  names: NameFacts,
): boolean {
  if (properEntries.size >= 2) return true;
  for (const entryId of properEntries) {
    if (names.entry(entryId)?.countries.some((code) => countries.has(code))) return true;
  }
  return false;
}

/** What a page's mentions say as a whole: gathered once, then each mention is decided against it. */
export interface PageMentions {
  readonly readings: readonly Reading[];
  readonly blocks: readonly unknown[] | undefined;
  readonly introductions: ReadonlyMap<string, readonly number[]>;
  readonly properEntries: ReadonlySet<string>;
  readonly namingBlocks: ReadonlySet<unknown>;
  readonly onTopic: boolean;
  /** Whether most blocks with mentions name entries: the page, not a sidebar, is about them. */
  readonly mostlyNaming: boolean;
  aboutItsWorld(entryId: string, byCountry: boolean): boolean;
  /**
   * A party, institution or other thing of the country the page is most about (named most, by its name,
   * people, places and entries of that country alone), where mention `index`'s paragraph names no
   * other country.
   */
  namesCountryOf(entryId: string, index: number): boolean;
  /**
   * Whether mention `index`, a name of several words that other countries' things share, names another
   * country's here: the page is most about another country than the entry's (or, with none named most,
   * the mention's paragraph names only others), and the entry is not introduced earlier in that
   * paragraph. "La reforma agraria" on a Chilean page is Chile's, though the page compares it with Peru's.
   */
  namesAnotherCountrys(entryId: string, index: number): boolean;
  /** Entries the page names by a name of several words that is theirs alone ("the Workers' Party"). */
  readonly namedInFull: ReadonlySet<string>;
  /** Whether mention `index`'s paragraph names in full one of the entry's introducers (EntryFacts). */
  introducerNamedBeside(entryId: string, index: number): boolean;
  /** Whether the entry belongs to the country the page names most (one named more than any other). */
  ofLeadingCountry(entryId: string): boolean;
  /**
   * Entries whose surname the page gives someone else ("Eduardo Bolsonaro"): the first such mention's
   * reading index and words.
   */
  readonly namesakes: ReadonlyMap<string, { readonly at: number; readonly surface?: FormFacts }>;
  /**
   * Entries whose surname the page gives to several other people (a disambiguation page, a surname's
   * article): there the surname alone is no one's in particular.
   */
  readonly sharedSurnames: ReadonlySet<string>;
  /**
   * For a person: how many other people of their country mention `index`'s paragraph names by a full
   * name or a surname readers know alone.
   */
  peopleBeside(entryId: string, index: number): number;
  /**
   * People the page names by two of their short forms, each alone ("Evo … Morales", "Ollanta … Humala"):
   * together they say who, as the full name would.
   */
  readonly namedByTwoShortForms: ReadonlySet<string>;
  /**
   * People whose surname alone one of the page's paragraphs names among PEOPLE_BESIDE others of their
   * country ("Toledo, Humala, Kuczynski y Vizcarra" in a list): the page's other "Vizcarra" is his too.
   */
  readonly namedAmongPeople: ReadonlySet<string>;
  /**
   * Whether the page gives the person's full name to someone else ("Rodrigo Paz Delgado", an Ecuadorian
   * club's leader), writes it no other way for them, and names neither their country nor anyone else of
   * it: its "Rodrigo Paz" outside the paragraphs that write both names (mention `index`'s) is that one.
   */
  fullNameGivenAway(entryId: string, index: number): boolean;
}

/**
 * Gathers the page-wide facts of mentions given in reading order, one at a time (so that a long page can
 * be gathered in slices). `block` is the block (paragraph) of the mention: a common noun that is also an
 * everyday word ("golpe", "coup") names its entry only next to other names in its own block, not because
 * a sidebar elsewhere is about politics.
 */
export class MentionGatherer {
  private readonly readings: Reading[] = [];
  private readonly blocks: unknown[] = [];
  private readonly properEntries = new Set<string>();
  private readonly countries = new Set<string>();
  /** For each entry: the reading indices of the mentions that introduce it. */
  private readonly introductions = new Map<string, number[]>();
  /** Blocks with a name of the glossary's own (a full name, a common noun): countries are everywhere. */
  private readonly namingBlocks = new Set<unknown>();
  /** Each block with a mention, and the index of its first mention. */
  private readonly blocksSeen = new Map<unknown, number>();
  /** Mentions added before the last finish(): their decisions were made and stand unless facts change. */
  private decidedMentions = 0;
  /** mostlyNaming at the last finish(): a page-wide fact earlier decisions rest on. */
  private wasMostlyNaming: boolean | undefined;
  /** Parties and institutions named by a name of several words of their own ("Workers' Party"). */
  private readonly namedInFull = new Set<string>();
  /** Entries whose surname the page gives someone else: the first such mention. */
  private readonly namesakes = new Map<string, { at: number; surface?: FormFacts }>();
  /** Someone else's name alone on its line, by person (neighbour and entries): the first such line. */
  private readonly nameLines = new Map<string, number>();
  /**
   * How often each country is named: by a country word, or by each full name of an entry of that
   * country alone; twice in the block of the page's first mention.
   */
  private readonly countryCounts = new Map<string, number>();
  /** The countries each block names by a country word. */
  private readonly blockCountries = new Map<unknown, Set<string>>();
  /** The country named most so far, if one is named more than any other. */
  private leadingCountry: string | undefined;
  /** The highest count so far: a second country that reaches it leaves no leader. */
  private leadingCount = 0;
  private earlierFactsChanged = 0;
  /** For each entry: the other people the page gives its surname to ("Gabriel García Márquez"). */
  private readonly othersNamed = new Map<string, Set<string>>();
  /** The people each block names by a full name or a surname readers know alone. */
  private readonly blockPeople = new Map<unknown, Set<string>>();
  /** For each person a short form may name: the first of its forms, for each different short form. */
  private readonly shortFormsSeen = new Map<string, Set<FormFacts>>();
  private readonly namedByTwoShortForms = new Set<string>();
  /** For each person a surname alone may name (its only candidate): the blocks it stands in. */
  private readonly surnameBlocks = new Map<string, Set<unknown>>();
  private readonly namedAmongPeople = new Set<string>();
  /**
   * People whose full name the page gives to someone else, running on into another surname: its form,
   * and the blocks that do.
   */
  private readonly fullNamesGivenAway = new Map<string, { form: number; blocks: Set<unknown> }>();
  /** The forms of each person's full name the page writes for them. */
  private readonly fullNamesWritten = new Map<string, Set<number>>();

  /** `names`: the entries, whose countries count towards the country the page is about. */
  constructor(private readonly names: NameFacts) {}

  /**
   * Counts the mentions added that may change what earlier ones mean: a first entry, proper name or
   * country of the page, or a naming mention in a block that had mentions already. Mentions added while
   * it stays the same leave the earlier decisions as they were (a page that grows at its end).
   */
  get factsVersion(): number {
    return this.earlierFactsChanged;
  }

  add(reading: Reading, block?: unknown): void {
    const index = this.readings.length;
    this.readings.push(reading);
    this.blocks.push(block);
    const firstInBlock = this.blocksSeen.get(block);
    if (firstInBlock === undefined) this.blocksSeen.set(block, index);
    // A block whose earlier mentions were decided already (a block only mentions added since holds were
    // not): what this one adds to it may change them.
    const blockSeen = firstInBlock !== undefined && firstInBlock < this.decidedMentions;
    if (reading.kind === 'weak' && reading.words === 'several' && reading.candidates.length === 1) {
      const [entryId] = reading.candidates as [string];
      if (!this.namedInFull.has(entryId)) {
        this.namedInFull.add(entryId);
        this.earlierFactsChanged++;
      }
    }
    // A person's full names: the one given to someone else, and the others it is written in.
    if (reading.kind === 'none' && reading.fullNameOf !== undefined && reading.fullName !== undefined) {
      const given = this.fullNamesGivenAway.get(reading.fullNameOf);
      if (!given) {
        this.fullNamesGivenAway.set(reading.fullNameOf, { form: reading.fullName, blocks: new Set([block]) });
        this.earlierFactsChanged++;
      } else if (!given.blocks.has(block)) {
        given.blocks.add(block);
        this.earlierFactsChanged++;
      }
    }
    if (reading.kind === 'strong' && reading.fullName !== undefined) {
      const forms = this.fullNamesWritten.get(reading.entryId) ?? new Set<number>();
      if (!forms.has(reading.fullName)) {
        forms.add(reading.fullName);
        this.fullNamesWritten.set(reading.entryId, forms);
        if (this.fullNamesGivenAway.has(reading.entryId)) this.earlierFactsChanged++;
      }
    }
    if (reading.kind === 'namesake') {
      const person = `${reading.by}|${reading.entryIds.join()}`;
      for (const entryId of reading.entryIds) {
        const others = this.othersNamed.get(entryId) ?? new Set<string>();
        if (others.has(person)) continue;
        others.add(person);
        this.othersNamed.set(entryId, others);
        if (others.size === OTHERS_SO_NAMED) this.earlierFactsChanged++;
      }
      if (reading.onNameLine) {
        if (!this.nameLines.has(person)) this.nameLines.set(person, index);
      } else {
        // Named again: the page gave the surname away from its name line on.
        const at = this.nameLines.get(person) ?? index;
        for (const entryId of reading.entryIds) {
          if (this.namesakes.has(entryId)) continue;
          this.namesakes.set(entryId, { at, surface: reading.surface });
          this.earlierFactsChanged++;
        }
      }
    }
    if (reading.kind === 'country') {
      if (!this.countries.has(reading.country)) {
        this.countries.add(reading.country);
        this.earlierFactsChanged++;
      }
      this.countNamed(reading.country, block);
      const named = this.blockCountries.get(block) ?? new Set<string>();
      if (!named.has(reading.country)) {
        named.add(reading.country);
        this.blockCountries.set(block, named);
        if (blockSeen) this.earlierFactsChanged++;
      }
    }
    if (reading.kind === 'weak' && reading.surface && reading.words !== 'several' && !reading.acronym)
      for (const entryId of reading.candidates) {
        const entry = this.names.entry(entryId);
        if (reading.nouns.includes(entryId) || !entry?.person) continue;
        // A surname a family shares ("Fujimori", "Kirchner") says which family, not which of them.
        const family = reading.candidates.some(
          (other) =>
            other !== entryId &&
            (entry.introducedBy?.includes(other) || this.names.entry(other)?.introducedBy?.includes(entryId)),
        );
        if (family) continue;
        const forms = this.shortFormsSeen.get(entryId) ?? new Set<FormFacts>();
        if (forms.has(reading.surface)) continue;
        forms.add(reading.surface);
        this.shortFormsSeen.set(entryId, forms);
        if (forms.size === 2) {
          this.namedByTwoShortForms.add(entryId);
          this.earlierFactsChanged++;
        }
      }
    const person =
      reading.kind === 'strong' ? reading.entryId : reading.kind === 'weak' ? reading.alone?.[0] : undefined;
    if (person !== undefined && this.names.entry(person)?.person) {
      const people = this.blockPeople.get(block) ?? new Set<string>();
      if (!people.has(person)) {
        people.add(person);
        this.blockPeople.set(block, people);
        if (blockSeen) this.earlierFactsChanged++;
      }
    }
    const surnameOf =
      reading.kind === 'weak' && reading.candidates.length === 1 && !reading.acronym
        ? reading.candidates[0]
        : undefined;
    if (surnameOf !== undefined && this.names.entry(surnameOf)?.person) {
      const blocks = this.surnameBlocks.get(surnameOf) ?? new Set<unknown>();
      blocks.add(block);
      this.surnameBlocks.set(surnameOf, blocks);
    }
    this.noteNamedAmongPeople(block);
    if (reading.kind !== 'strong' || reading.needsTopic) return;
    if (!this.namingBlocks.has(block)) {
      this.namingBlocks.add(block);
      if (blockSeen) this.earlierFactsChanged++;
    }
    if (reading.proper) {
      if (!this.properEntries.has(reading.entryId)) {
        this.properEntries.add(reading.entryId);
        this.earlierFactsChanged++;
      }
      const countries = this.names.entry(reading.entryId)?.countries ?? [];
      if (countries.length === 1) this.countNamed(countries[0] as string, block);
    }
    const at = this.introductions.get(reading.entryId);
    if (at) at.push(index);
    else {
      this.introductions.set(reading.entryId, [index]);
      this.earlierFactsChanged++;
    }
  }

  private countNamed(country: string, block: unknown): void {
    // The block of the page's first mention (its dateline, its lead) says most where the page is about:
    // "Ciudad de México. … la marcha de la Generación Z …" before a paragraph on Peru's.
    const times = block === this.blocks[0] ? 2 : 1;
    const count = (this.countryCounts.get(country) ?? 0) + times;
    this.countryCounts.set(country, count);
    // Counts only grow: the leader is the one past the highest count so far; one that reaches it ties.
    let leader = this.leadingCountry;
    if (count > this.leadingCount) {
      this.leadingCount = count;
      leader = country;
    } else if (count === this.leadingCount && country !== leader) leader = undefined;
    if (leader !== this.leadingCountry) {
      this.leadingCountry = leader;
      this.earlierFactsChanged++;
    }
  }

  /** Whether a surname alone in `block` now stands among PEOPLE_BESIDE others of its person's country. */
  private noteNamedAmongPeople(block: unknown): void {
    for (const [entryId, blocks] of this.surnameBlocks) {
      if (this.namedAmongPeople.has(entryId) || !blocks.has(block)) continue;
      if (this.peopleOfItsCountry(entryId, block) < PEOPLE_BESIDE) continue;
      this.namedAmongPeople.add(entryId);
      this.earlierFactsChanged++;
    }
  }

  /** How many other people of the person's country `block` names by a full name or a surname known alone. */
  private peopleOfItsCountry(entryId: string, block: unknown): number {
    const entry = this.names.entry(entryId);
    if (!entry?.person) return 0;
    let count = 0;
    for (const other of this.blockPeople.get(block) ?? []) {
      if (other === entryId) continue;
      const countries = this.names.entry(other)?.countries ?? [];
      if (countries.some((code) => entry.countries.includes(code))) count++;
    }
    return count;
  }

  finish(): PageMentions {
    const { names, properEntries, countries, leadingCountry: leader, blockCountries } = this;
    const onTopic = isOnTopic(properEntries, countries, names);
    const mostlyNaming = this.namingBlocks.size * 2 > this.blocksSeen.size;
    if (this.wasMostlyNaming !== undefined && mostlyNaming !== this.wasMostlyNaming)
      this.earlierFactsChanged++;
    this.wasMostlyNaming = mostlyNaming;
    this.decidedMentions = this.readings.length;
    return {
      readings: this.readings,
      blocks: this.blocks,
      introductions: this.introductions,
      properEntries,
      namingBlocks: this.namingBlocks,
      onTopic,
      mostlyNaming,
      /**
       * A name that may be something else here (in a longer name, in quotation marks, its capitals
       * proving nothing): the page names another entry by its full name, or the entry's country.
       */
      aboutItsWorld: (entryId, byCountry) =>
        onTopic ||
        properEntries.size > 1 ||
        (properEntries.size === 1 && !properEntries.has(entryId)) ||
        (byCountry && (names.entry(entryId)?.countries.some((code) => countries.has(code)) ?? false)),
      namedInFull: this.namedInFull,
      introducerNamedBeside: (entryId, index) =>
        (names.entry(entryId)?.introducedBy ?? []).some(
          (other) =>
            properEntries.has(other) &&
            introducedInBlock(this.introductions.get(other) ?? [], index, this.blocks),
        ),
      ofLeadingCountry: (entryId) =>
        leader !== undefined && (names.entry(entryId)?.countries.includes(leader) ?? false),
      namesakes: this.namesakes,
      namedByTwoShortForms: this.namedByTwoShortForms,
      fullNameGivenAway: (entryId, index) => {
        const given = this.fullNamesGivenAway.get(entryId);
        if (given === undefined) return false;
        // "Nicolás Maduro Guerra, the son of Nicolás Maduro": a paragraph that writes both names both men.
        if (given.blocks.has(this.blocks[index])) return false;
        // "Martín Alberto Vizcarra Cornejo" beside "Martín Vizcarra Quispe": the page names both people.
        if ([...(this.fullNamesWritten.get(entryId) ?? [])].some((form) => form !== given.form)) return false;
        const own = names.entry(entryId)?.countries ?? [];
        const namesItsCountry = own.some((code) => countries.has(code));
        const namesItsPeople = [...properEntries].some(
          (other) =>
            other !== entryId && (names.entry(other)?.countries ?? []).some((code) => own.includes(code)),
        );
        return !namesItsCountry && !namesItsPeople;
      },
      sharedSurnames: new Set(
        [...this.othersNamed]
          .filter(([, others]) => others.size >= OTHERS_SO_NAMED)
          .map(([entryId]) => entryId),
      ),
      peopleBeside: (entryId, index) => this.peopleOfItsCountry(entryId, this.blocks[index]),
      namedAmongPeople: this.namedAmongPeople,
      namesCountryOf: (entryId, index) => {
        const entry = names.entry(entryId);
        if (!entry?.oneInItsCountry || leader === undefined || !entry.countries.includes(leader))
          return false;
        const inBlock = blockCountries.get(this.blocks[index]);
        return !inBlock || [...inBlock].every((code) => entry.countries.includes(code));
      },
      namesAnotherCountrys: (entryId, index) => {
        const entry = names.entry(entryId);
        if (!entry || entry.person || entry.countries.length === 0) return false;
        const own = entry.countries;
        const inBlock = blockCountries.get(this.blocks[index]);
        const elsewhere =
          leader !== undefined
            ? !own.includes(leader)
            : inBlock !== undefined && ![...inBlock].some((code) => own.includes(code));
        if (!elsewhere) return false;
        // Introduced earlier in the same paragraph ("la reforma agraria peruana … la reforma agraria"), it
        // is the entry still.
        const introductions = this.introductions.get(entryId) ?? [];
        const before = introductions[firstAtOrAfter(introductions, index) - 1];
        return before === undefined || this.blocks[before] !== this.blocks[index];
      },
    };
  }
}

/** The page-wide facts of mentions given in reading order (see MentionGatherer). */
export function gatherMentions(
  readings: readonly Reading[],
  names: NameFacts,
  blocks?: readonly unknown[],
): PageMentions {
  const gatherer = new MentionGatherer(names);
  readings.forEach((reading, index) => {
    gatherer.add(reading, blocks?.[index]);
  });
  return gatherer.finish();
}

/** The decision for mention `index` of a page, given the page's facts. */
export function decideMention(page: PageMentions, index: number): Decision {
  const reading = page.readings[index];
  if (!reading) return { entryId: null, alternatives: [] };
  if (reading.kind === 'strong' && reading.needsTopic)
    return {
      entryId: page.aboutItsWorld(reading.entryId, reading.needsTopic === 'country') ? reading.entryId : null,
      alternatives: [],
    };
  if (reading.kind === 'strong')
    return {
      entryId: page.fullNameGivenAway(reading.entryId, index) ? null : reading.entryId,
      alternatives: [],
    };
  if (reading.kind !== 'weak') return { entryId: null, alternatives: [] };
  if (reading.owned) {
    // Its country beside it names it, unless the page gave these words to something else first ("APP
    // (asociaciones público-privadas) … las APP peruanas").
    const namesake = givenAwayAs(page, reading.owned, reading.surface);
    const givenFirst = namesake !== undefined && namesake.at < firstIntroduction(page, reading.owned);
    return { entryId: givenFirst ? null : reading.owned, alternatives: [] };
  }
  const block = page.blocks?.[index];
  // An everyday word ("golpe") needs names in its own block; a term of several words ("segunda vuelta"
  // under a results table) a page mostly about its world (not a sports page with a politics sidebar).
  const inNamingBlock =
    page.onTopic && ((reading.words === 'several' && page.mostlyNaming) || page.namingBlocks.has(block));
  const candidates =
    reading.words === 'several'
      ? reading.candidates.filter((entryId) => !page.namesAnotherCountrys(entryId, index))
      : reading.candidates;
  return decideWeak(
    { candidates, nouns: reading.nouns },
    (entryId) => {
      if (page.fullNameGivenAway(entryId, index)) return undefined;
      // A page that gives these words to someone else before it names the entry is about that one:
      // "Álvaro Vargas Llosa (born 1966) … son of Mario Vargas Llosa … Vargas Llosa was born in Lima".
      const introductions = page.introductions.get(entryId);
      const namesake = givenAwayAs(page, entryId, reading.surface);
      const givenAway = namesake !== undefined;
      // A name readers know alone is the entry's before the page gives it away ("Perón … Eva Perón").
      const givenEarlier = givenAway && namesake.at < index;
      const givenBefore = givenEarlier || (givenAway && !reading.alone?.includes(entryId));
      if (givenBefore && namesake.at < firstIntroduction(page, entryId)) return undefined;
      // "García (desambiguación)": Alan, Gabriel García Márquez, Federico García Lorca, Andy García…
      if (givenAway && page.sharedSurnames.has(entryId)) return undefined;
      if (page.properEntries.has(entryId)) return 'proper';
      if (introductions) {
        // An everyday word ("golpe", "coup") introduced only as a common noun: in that block, or next to
        // names. A price rise is "otro golpe para las familias" a paragraph after "golpe de Estado".
        const everyday = reading.nouns.includes(entryId);
        if (!everyday || inNamingBlock || introducedInBlock(introductions, index, page.blocks)) return 'noun';
      }
      // "el JNE", "PPK", "la CVR": a page about its country writes its acronyms without spelling them out.
      const acronymOfThePage =
        reading.acronym && reading.candidates.length === 1 && page.ofLeadingCountry(entryId);
      if (acronymOfThePage && page.onTopic && !page.namesAnotherCountrys(entryId, index)) return 'noun';
      // "Alberto Fujimori … his daughter Keiko", "Southern Copper … Tía María": one of the entry's
      // introducers (EntryFacts.introducedBy), named in full in the mention's paragraph, introduces it
      // where the mention can name no one else.
      if (
        reading.candidates.length === 1 &&
        !givenEarlier &&
        !reading.acronym &&
        !reading.nouns.includes(entryId) &&
        page.introducerNamedBeside(entryId, index)
      )
        return 'noun';
      // "Lula", "Boluarte": a surname no one else in the news has, on a page about the glossary's world,
      // unless the page gave it to someone else before ("Eva Perón … Perón"; not "Perón … Eva Perón").
      if (
        reading.alone?.includes(entryId) &&
        (page.onTopic || page.ofLeadingCountry(entryId)) &&
        !givenEarlier
      )
        return 'noun';
      // "El Congreso de la República", "the Workers' Party": on a page about its world and country; so
      // named, it introduces its other short forms ("the Workers' Party (PT)").
      const severalWords = reading.words === 'several' || page.namedInFull.has(entryId);
      if (severalWords && page.onTopic && page.namesCountryOf(entryId, index)) return 'noun';
      // "Fujimori 3, Castillo 2, Boluarte 2, Toledo 1, Vizcarra 1": a surname among three or more people
      // of its country that its paragraph names (by a full name, or a surname readers know alone) is one
      // of them too, where it can name no one else of the glossary.
      if (page.onTopic && candidates.length === 1 && page.peopleBeside(entryId, index) >= PEOPLE_BESIDE)
        return 'noun';
      // Named so in one paragraph, the surname is that person's in the others too ("Toledo, Humala,
      // Kuczynski y Vizcarra" in one post, "Vizcarra fue el peor" in the next).
      // Only in a paragraph that names something of the glossary's world itself: "mi cocinero favorito
      // sigue siendo Merino, el del chifa" is no one's.
      if (
        page.onTopic &&
        candidates.length === 1 &&
        !givenEarlier &&
        page.namedAmongPeople.has(entryId) &&
        page.namingBlocks.has(block)
      )
        return 'noun';
      // "Evo llama a … / Morales renunció": a given name and a surname of one person, each alone, on a
      // page about the glossary's world, name that person as their full name would.
      if (page.onTopic && !givenEarlier && page.namedByTwoShortForms.has(entryId)) return 'noun';
      return undefined;
    },
    inNamingBlock,
    (entries) => chooseIntroduced(entries, page, index),
  );
}

/** Where the page first gave these very words (`surface`) to someone or something else, if it did. */
function givenAwayAs(
  page: PageMentions,
  entryId: string,
  surface: FormFacts | undefined,
): { readonly at: number } | undefined {
  const namesake = page.namesakes.get(entryId);
  return namesake !== undefined && namesake.surface === surface ? namesake : undefined;
}

/** The reading index of the page's first introduction of the entry, or infinity. */
function firstIntroduction(page: PageMentions, entryId: string): number {
  return page.introductions.get(entryId)?.[0] ?? Number.POSITIVE_INFINITY;
}

/** How many other people a page must give a surname to for the surname alone to be no one's (3 cost 7 right marks on other sets). */
const OTHERS_SO_NAMED = 4;

/** How many other people of its country a paragraph must name for a surname alone to name one of them. */
const PEOPLE_BESIDE = 3;

/** Decides every mention of a page given in reading order (see gatherMentions). */
export function resolveMentions(
  readings: readonly Reading[],
  names: NameFacts,
  blocks?: readonly unknown[],
): Decision[] {
  const page = gatherMentions(readings, names, blocks);
  return readings.map((_, index) => decideMention(page, index));
}

/**
 * A short form's entry: among its candidates, those the page introduces (by a full proper name, or by a
 * common noun), and where the page is about the glossary's world (`onTopic`: the page, and the mention's
 * own block) the ones it names as a common noun of the page's language; the nearest introduction deciding.
 */
function decideWeak(
  reading: { candidates: readonly string[]; nouns: readonly string[] },
  introducedBy: (entryId: string) => 'proper' | 'noun' | undefined,
  onTopic: boolean,
  nearest: (entries: readonly string[]) => string,
): Decision {
  const introduced = reading.candidates.filter(
    (entryId) => introducedBy(entryId) !== undefined || (onTopic && reading.nouns.includes(entryId)),
  );
  if (introduced.length === 0) return { entryId: null, alternatives: [] };
  const chosen = introduced.length === 1 ? (introduced[0] as string) : nearest(introduced);
  return { entryId: chosen, alternatives: introduced.filter((entryId) => entryId !== chosen) };
}

/**
 * Whether one of `introductions` (reading indices, in order) lies in the block of mention `index`. A
 * block's mentions come one after another: the nearest introduction before or after it tells.
 */
function introducedInBlock(
  introductions: readonly number[],
  index: number,
  blocks: readonly unknown[] | undefined,
): boolean {
  const block = blocks?.[index];
  const after = firstAtOrAfter(introductions, index);
  const nearest = [introductions[after - 1], introductions[after]];
  return nearest.some((at) => at !== undefined && blocks?.[at] === block);
}

/**
 * Among introduced entries, the one mention `index` names: the one introduced nearest before it where
 * that introduction is in its own paragraph; else the one the page has named most so far, the nearest
 * among equals. A fact-check about Alberto Fujimori that names Keiko in passing keeps "Fujimori" his.
 */
function chooseIntroduced(entries: readonly string[], page: PageMentions, index: number): string {
  const nearest = nearestIntroduced(entries, page.introductions, index);
  const at = page.introductions.get(nearest) ?? [];
  const before = at[firstAtOrAfter(at, index) - 1];
  if (before !== undefined && page.blocks?.[before] === page.blocks?.[index]) return nearest;
  const namedSoFar = (entryId: string) => firstAtOrAfter(page.introductions.get(entryId) ?? [], index);
  // Named as often: the one the page named first, its subject ("Keiko Fujimori, hija de Alberto Fujimori").
  const firstNamed = (entryId: string) => page.introductions.get(entryId)?.[0] ?? Number.POSITIVE_INFINITY;
  let chosen = nearest;
  for (const entryId of entries) {
    const more = namedSoFar(entryId) - namedSoFar(chosen);
    if (more > 0 || (more === 0 && firstNamed(entryId) < firstNamed(chosen))) chosen = entryId;
  }
  return chosen;
}

/** Among introduced entries: the one introduced nearest before `index`; with none before, the first after. */
function nearestIntroduced(
  entries: readonly string[],
  introductions: ReadonlyMap<string, readonly number[]>,
  index: number,
): string {
  let best = entries[0] as string;
  let bestBefore = -1;
  let bestAfter = Number.POSITIVE_INFINITY;
  for (const entryId of entries) {
    // Positions are in reading order: found by halving, as a long page introduces an entry many times.
    const at = introductions.get(entryId) ?? [];
    const first = firstAtOrAfter(at, index);
    const before = at[first - 1] ?? -1;
    const after = at[at[first] === index ? first + 1 : first] ?? Number.POSITIVE_INFINITY;
    if (before > bestBefore || (bestBefore === -1 && before === -1 && after < bestAfter)) {
      best = entryId;
      bestBefore = before;
      bestAfter = after;
    }
  }
  return best;
}

/** The index in `sorted` of the first value ≥ `value` (its length when there is none). */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
