import type { FormFacts, NameFacts, Reading } from './read-mention';

/**
 * Whether the page is about the glossary's world: it names two entries by their full proper names, or
 * one together with a country it belongs to.
 */
function isOnTopic(
  properEntries: ReadonlySet<string>,
  countries: ReadonlySet<string>,
  names: NameFacts,
  shortFormsRelated: boolean,
): boolean {
  if (properEntries.size >= 2 || shortFormsRelated) return true;
  for (const entryId of properEntries) {
    if (names.entry(entryId)?.countries.some((code) => countries.has(code))) return true;
  }
  return false;
}

/**
 * The entry a mention names by a name only it bears: a full name or a short form, not a given name alone
 * (two given names would vouch for each other: a novel's "Cristina" and her father "Néstor").
 */
function onlyNamed(reading: Reading): string | undefined {
  if (reading.kind === 'strong') return reading.entryId;
  return reading.kind === 'weak' &&
    reading.candidates.length === 1 &&
    reading.nouns.length === 0 &&
    !reading.givenName
    ? reading.candidates[0]
    : undefined;
}

/** Adds an entry to a block's set in `sets`; whether it was not there yet. */
function addToBlock(sets: Map<unknown, Set<string>>, block: unknown, entryId: string): boolean {
  const set = sets.get(block);
  if (set?.has(entryId)) return false;
  if (set) set.add(entryId);
  else sets.set(block, new Set([entryId]));
  return true;
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
  /** Whether a common noun of several words of the entry stands in a block that names entries. */
  nounBesideNames(entryId: string): boolean;
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
  /** Crimes known by their place (EntryFacts.knownByItsPlace) whose place the page names as a place. */
  readonly namedAsPlace: ReadonlySet<string>;
  /**
   * Whether mention `index`'s paragraph names, by a name only it bears there (in full or a surname, not
   * a given name alone), an entry the glossary relates to the entry ("Castillo y Keiko").
   */
  relatedInBlock(entryId: string, index: number): boolean;
  /**
   * Heads of state the page calls by their surname after a head of state's title ("el presidente
   * Milei"), the only one that title fits: the first such mention's reading index.
   */
  readonly titledAt: ReadonlyMap<string, number>;
  /**
   * People the page calls by the surname alone, no one else's, before it gives that surname to anyone
   * else ("condenação de Bolsonaro, Eduardo Bolsonaro…"): the first such mention's reading index.
   */
  readonly aloneFirstAt: ReadonlyMap<string, number>;
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
   * How many of the entries related to a person (EntryFacts.related) the page names by a full proper name
   * or a common noun of its own ("permanente incapacidad moral") or, beside at least one such, by a
   * surname readers know alone ("Boluarte") or a crime's place in a sentence of the crime.
   */
  relatedNamed(entryId: string): number;
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
  private readonly namedAsPlace = new Set<string>();
  private readonly titledAt = new Map<string, number>();
  private readonly aloneFirstAt = new Map<string, number>();
  /** Blocks with a given name alone in them: what else they name may vouch for it (relatedInBlock). */
  private readonly givenNameBlocks = new Set<unknown>();
  /** The one entry each short form alone can name ("Lula", "PT", "MST"), in the order met. */
  private readonly shortFormEntries = new Set<string>();
  /** Whether two of those are a person and an entry the glossary relates to them ("Lula … PT"). */
  private shortFormsRelated = false;
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
  /**
   * Entries named by a short form readers know alone, written with its capital ("Boluarte"), or by a
   * crime's place in a sentence of the crime.
   */
  private readonly namedAlone = new Set<string>();
  /** For each entry's common noun of several words, the blocks it stands in. */
  private readonly nounBlocks = new Map<string, Set<unknown>>();
  /** For each block, the people a surname alone in it may name (its only candidate). */
  private readonly blockSurnames = new Map<unknown, Set<string>>();
  private readonly namedAmongPeople = new Set<string>();
  /**
   * People whose full name the page gives to someone else, running on into another surname: its form,
   * and the blocks that do.
   */
  private readonly fullNamesGivenAway = new Map<
    string,
    { form: number; blocks: Set<unknown>; bornElsewhen?: true }
  >();
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
        this.fullNamesGivenAway.set(reading.fullNameOf, {
          form: reading.fullName,
          blocks: new Set([block]),
          ...(reading.bornElsewhen ? { bornElsewhen: true as const } : {}),
        });
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
          // The place of a crime gives its name away nowhere: what each sentence speaks of tells.
          if (this.names.entry(entryId)?.knownByItsPlace === 'crime') {
            if (!this.namedAsPlace.has(entryId)) this.earlierFactsChanged++;
            this.namedAsPlace.add(entryId);
            continue;
          }
          if (this.namesakes.has(entryId)) continue;
          this.namesakes.set(entryId, { at, surface: reading.surface });
          this.earlierFactsChanged++;
        }
      }
    }
    // "Lula … o PT … o MST": short forms of a person and of entries related to them, each of one entry
    // alone, say the page is about the glossary's world as two full names do.
    if (
      reading.kind === 'weak' &&
      reading.candidates.length === 1 &&
      reading.nouns.length === 0 &&
      !this.shortFormsRelated
    ) {
      const [entryId] = reading.candidates as [string];
      if (!this.shortFormEntries.has(entryId)) {
        const relates = (person: string, other: string) =>
          this.names.entry(person)?.related?.includes(other) === true;
        for (const other of this.shortFormEntries)
          if (relates(entryId, other) || relates(other, entryId)) {
            this.shortFormsRelated = true;
            this.earlierFactsChanged++;
            break;
          }
        this.shortFormEntries.add(entryId);
      }
    }
    if (reading.kind === 'weak' && reading.givenName) this.givenNameBlocks.add(block);
    else if (blockSeen && this.givenNameBlocks.has(block) && onlyNamed(reading) !== undefined)
      this.earlierFactsChanged++;
    // Read by later mentions only: no earlier decision rests on it.
    if (reading.kind === 'weak' && reading.candidates.length === 1 && reading.alone?.length === 1) {
      const [entryId] = reading.alone as [string];
      if (!this.aloneFirstAt.has(entryId) && !this.namesakes.has(entryId))
        this.aloneFirstAt.set(entryId, index);
    }
    if (reading.kind === 'weak' && reading.presidentTitled?.length === 1) {
      const [entryId] = reading.presidentTitled as [string];
      if (!this.titledAt.has(entryId)) this.titledAt.set(entryId, index);
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
    // Where each common noun of several words stands (nounBesideNames).
    if (reading.kind === 'weak' && reading.words === 'several')
      for (const entryId of reading.nouns) {
        const blocks = this.nounBlocks.get(entryId) ?? new Set<unknown>();
        if (blocks.has(block)) continue;
        blocks.add(block);
        this.nounBlocks.set(entryId, blocks);
        // Earlier mentions are decided again only where this one stands beside names already (a block
        // that comes to name entries later says so as it grows).
        if (this.namingBlocks.has(block)) this.earlierFactsChanged++;
      }
    // A crime known by its place, in a sentence of the crime ("the Barrios Altos and La Cantuta
    // massacres"), is named as surely as a surname readers know alone.
    if (reading.kind === 'weak')
      for (const entryId of reading.told ? reading.candidates : (reading.alone ?? []))
        if (!this.namedAlone.has(entryId)) {
          this.namedAlone.add(entryId);
          this.earlierFactsChanged++;
        }
    const person =
      reading.kind === 'strong' ? reading.entryId : reading.kind === 'weak' ? reading.alone?.[0] : undefined;
    // Whether the block's people or its surnames alone grew: only then can one of them now stand among
    // PEOPLE_BESIDE others.
    let blockGrew = false;
    if (
      person !== undefined &&
      this.names.entry(person)?.person &&
      addToBlock(this.blockPeople, block, person)
    ) {
      blockGrew = true;
      if (blockSeen) this.earlierFactsChanged++;
    }
    const surnameOf =
      reading.kind === 'weak' && reading.candidates.length === 1 && !reading.acronym
        ? reading.candidates[0]
        : undefined;
    if (
      surnameOf !== undefined &&
      this.names.entry(surnameOf)?.person &&
      addToBlock(this.blockSurnames, block, surnameOf)
    )
      blockGrew = true;
    if (blockGrew) this.noteNamedAmongPeople(block);
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
    for (const entryId of this.blockSurnames.get(block) ?? []) {
      if (this.namedAmongPeople.has(entryId)) continue;
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
    const onTopic = isOnTopic(properEntries, countries, names, this.shortFormsRelated);
    const mostlyNaming = this.namingBlocks.size * 2 > this.blocksSeen.size;
    if (this.wasMostlyNaming !== undefined && mostlyNaming !== this.wasMostlyNaming)
      this.earlierFactsChanged++;
    this.wasMostlyNaming = mostlyNaming;
    this.decidedMentions = this.readings.length;
    // Counted once per entry for this snapshot of the page's facts.
    const relatedNamed = new Map<string, number>();
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
      titledAt: this.titledAt,
      aloneFirstAt: this.aloneFirstAt,
      relatedInBlock: (entryId, index) => {
        const related = names.entry(entryId)?.related;
        const block = this.blocks[index];
        if (!related || !this.givenNameBlocks.has(block)) return false;
        // A block's mentions follow each other in reading order: read from its first.
        for (let at = this.blocksSeen.get(block) ?? index; this.blocks[at] === block; at++) {
          const only = onlyNamed(this.readings[at] as Reading);
          if (only !== undefined && related.includes(only)) return true;
        }
        return false;
      },
      introducerNamedBeside: (entryId, index) =>
        (names.entry(entryId)?.introducedBy ?? []).some(
          (other) =>
            properEntries.has(other) &&
            introducedInBlock(this.introductions.get(other) ?? [], index, this.blocks),
        ),
      ofLeadingCountry: (entryId) =>
        leader !== undefined && (names.entry(entryId)?.countries.includes(leader) ?? false),
      namesakes: this.namesakes,
      namedAsPlace: this.namedAsPlace,
      nounBesideNames: (entryId) => {
        for (const at of this.nounBlocks.get(entryId) ?? []) if (this.namingBlocks.has(at)) return true;
        return false;
      },
      namedByTwoShortForms: this.namedByTwoShortForms,
      relatedNamed: (entryId) => {
        let count = relatedNamed.get(entryId);
        if (count === undefined) {
          count = 0;
          let inFull = 0;
          // Named in full, or by a common noun of its own ("permanente incapacidad moral").
          for (const other of names.entry(entryId)?.related ?? [])
            if (properEntries.has(other) || this.introductions.has(other)) inFull++;
            else if (this.namedAlone.has(other)) count++;
          // Surnames alone count beside at least one full name: a forum that names people only by
          // surname says less of whose another surname is ("mi cocinero favorito sigue siendo Merino").
          count = inFull === 0 ? 0 : count + inFull;
          relatedNamed.set(entryId, count);
        }
        return count;
      },
      fullNameGivenAway: (entryId, index) => {
        const given = this.fullNamesGivenAway.get(entryId);
        if (given === undefined) return false;
        // Born in another year: another person of that very name, wherever the page is; the entry's other
        // full names are still its own ("Remigio Morales Bermúdez (1836-1894) … Francisco Morales Bermúdez").
        if (given.bornElsewhen) {
          const reading = this.readings[index];
          return !(
            reading?.kind === 'strong' &&
            reading.fullName !== undefined &&
            reading.fullName !== given.form
          );
        }
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

/** How many other people a page must give a surname to for the surname alone to be no one's (3 cost 7 right marks on other sets). */
const OTHERS_SO_NAMED = 4;

/** How many other people of its country a paragraph must name for a surname alone to name one of them. */
export const PEOPLE_BESIDE = 3;

/**
 * Whether one of `introductions` (reading indices, in order) lies in the block of mention `index`. A
 * block's mentions come one after another: the nearest introduction before or after it tells.
 */
export function introducedInBlock(
  introductions: readonly number[],
  index: number,
  blocks: readonly unknown[] | undefined,
): boolean {
  const block = blocks?.[index];
  const after = firstAtOrAfter(introductions, index);
  const nearest = [introductions[after - 1], introductions[after]];
  return nearest.some((at) => at !== undefined && blocks?.[at] === block);
}

/** The index in `sorted` of the first value ≥ `value` (its length when there is none). */
export function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
