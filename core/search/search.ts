import Fuse, { type IFuseOptions } from 'fuse.js';
import { personFacts } from '../glossary/person-facts';
import { relatedBothWays } from '../glossary/related';
import { countryOfWord } from '../names/countries';
import { personBefallen } from './befallen';
import {
  headOfANamedPhrase,
  soughtBesideAName,
  soughtByTie,
  type TiesContext,
  textSays,
} from './beside-a-name';
import { spellOutShorthand, withoutMore } from './chat-words';
import { electionRival } from './election-rival';
import { electionWinner } from './election-winner';
import { eventOfAPerson } from './event-of-a-person';
import { EventIndex } from './events';
import { spellOutTags } from './hashtags';
import { ideologyOf } from './ideology-of';
import { InitialsIndex } from './initials';
import { inQueryOrder } from './name-order';
import {
  type NameKeys,
  nameKeys,
  nameRank,
  SEVERAL_WORDS_RANK,
  START_OF_A_NAME,
  shortestNameStartingWith,
  startsLikeAName,
  WHOLE_NAME,
  yearDiffers,
} from './name-rank';
import { headOfStateTerms, holdersInYears, soughtOfficeHolder, soughtSuccession } from './office-holder';
import { OneWordNames } from './one-word-name';
import { withoutOpposition } from './opposition';
import { personFit, personHint } from './person-hints';
import { type PartyMembers, personOfANamedParty } from './person-of-a-party';
import { PrefixIndex } from './prefix-index';
import { searchByShape } from './query-shapes';
import { RunTogetherNames } from './run-together';
import { firstOfAll, type SearchableEntry, type SearchHit } from './search-hit';
import {
  isYear,
  meaningfulWords,
  PLAIN_WORDS,
  searchKey,
  stem,
  withFullYears,
  withoutFiller,
  withoutTitles,
  withoutYears,
} from './search-text';
import { type SharedEventContext, sharedEventOf } from './shared-event';
import { TrigramIndex } from './trigram-index';
import { guessByWords } from './word-guess';

export type { SearchableEntry } from './search-hit';

interface IndexedEntry {
  doc: number;
  term: string;
  aliases: string[];
  /** Its names as name-rank.ts compares them. */
  names: NameKeys;
}

/**
 * Fuse over folded names (accents, case, hyphens and apostrophes folded as the matcher folds them), the
 * display term above aliases. The threshold is chosen by the query set in tests/node/search.test.ts.
 * Prose is matched by word prefix instead: fuzzy-scoring long text costs milliseconds per query.
 */
const SEARCH_OPTIONS: IFuseOptions<IndexedEntry> = {
  keys: [
    { name: 'term', weight: 4 },
    { name: 'aliases', weight: 3 },
  ],
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/**
 * How many trigram candidates Fuse scores per query: 30 find the same first hit as 40 for every query of
 * the rounds (3,269, at 163 entries and at 2,000), and each costs Fuse its names (p95 1.8 → 1.55 ms).
 */
const CANDIDATES = 30;
/** Three to six letters each followed by a dot: initials ("M.C.M.", "R.L.A."). */
const DOTTED_INITIALS = /^(?:\p{L}\.\s?){3,6}$/u;
/** Scores for prose matches, which come after every name match: summary before details. */
const SUMMARY_SCORE = 0.8;
const DETAILS_SCORE = 0.9;
/** The timeline's lines, last: a day's event is often told only there ("Lucanamarca", "Tarata"). */
const TIMELINE_SCORE = 0.95;
/** The rank of prose matches, and of fuzzy name hits found only inside a word (below prose). */
const PROSE_RANK = -1;
const BELOW_PROSE = -2;
/** The score of such a candidate: past Fuse's threshold, before prose. */
const PAST_THRESHOLD_SCORE = 0.5;
/** How far the entry a name with words beside it seeks comes before the entry named. */
const BESIDE_A_NAME = 0.001;
/** A word in the text of at most this many entries tells which one a query means. */
const RARE_WORD_ENTRIES = 3;
/** Entries guessed from the words of a query nothing else found (a description): after everything. */
const GUESS_RANK = -3;
const GUESS_SCORE = 1;

/** Capitalized words, perhaps joined by "de", "del", "do", "da": a proper name a reader copied. */
const PROPER_NAME = /\p{Lu}[\p{L}\p{M}]+(?:\s+(?:(?:de|del|do|da|la)\s+)?\p{Lu}[\p{L}\p{M}]+)*/gu;
/** Longer than any entry's text: a place in it, as a fraction of a score. */
const PROSE_POSITIONS = 1e6;
/** Queries of at most this many words, as readers type them: a pasted sentence has capitals of its own. */
const PROPER_NAME_QUERY_WORDS = 7;
/** A proper name the texts of at most this many entries say tells which one the reader seeks. */
const PROPER_NAME_ENTRIES = 3;
/** Words between quotation marks of the four languages. */
const QUOTATION = /["“«„]([^"“”«»„]+)["”»“]/g;
/** The longest run of a sentence's words looked for in the entries' text. */
const QUOTED_RUN = 8;

/** How much a word found in a name, a summary or the details tells, when guessing. */
const NAME_WEIGHT = 3;
const SUMMARY_WEIGHT = 2;
const DETAILS_WEIGHT = 1;

export interface GlossarySearch<T extends SearchableEntry> {
  /**
   * `preferred`: entry ids the reader's page names, most named first. Among hits that name the query
   * equally well, they come first: "Fujimori" on a page about Keiko lists Keiko before Alberto.
   */
  search(query: string, limit?: number, preferred?: readonly string[]): SearchHit<T>[];
}

/** An entry found for a query: ranked by how directly the query names it, then by Fuse's score. */
interface Hit {
  doc: number;
  score: number;
  rank: number;
  /** For a query that begins a name: the length of the shortest such name (the nearer, the first). */
  toType?: number | undefined;
}

/**
 * Puts the entry a query seeks by what it says of it (a tie, a day, an office and a year) above every
 * hit, and at least above a name of several words.
 */
/** Question words that ask how, why or when something befell someone. */
const ASKS_HOW_OR_WHY = /^(?:how|why|when|como|cuando|por que|porque|pourquoi|comment|quand|quando)\b/;

function putFirst(hits: Map<number, Hit>, doc: number | undefined): void {
  if (doc === undefined) return;
  const top = Math.max(SEVERAL_WORDS_RANK, ...[...hits.values()].map((hit) => hit.rank));
  hits.set(doc, { doc, score: 0, rank: top + BESIDE_A_NAME });
}

/** How well a hit fits what the query says of a person ("expresidente fujimori": Alberto first). */
type PersonFitOf = (hit: Hit) => number;

/**
 * Words in the names of this many entries or more ("peru", "partido") say little of which one a query
 * names: "registro de partidos y candidatos peru" does not name the Communist Party of Peru.
 */
const MANY_NAMES = 8;

/**
 * Words of a region readers put beside what they seek ("populism in latin america", "ditaduras
 * sul-americanas"): like words many names share, they name an entry only where its name is typed whole
 * ("comisión económica para américa latina").
 */
const REGION_WORDS = (
  'latin latina latino latinoamerica latinoamericana latinoamericano america americas americana ' +
  'americano americanas americanos sul sud south sudamerica sudamericana suramerica suramericana ' +
  'caribe caribbean andean andina andino'
).split(' ');

function wordsOfManyNames(namesWords: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const words of namesWords) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= MANY_NAMES).map(([word]) => word));
}

/**
 * Builds the indexes once. A query is folded; its trigram candidates are scored by Fuse on the names,
 * exact and prefix name hits first; then entries whose summary, then details, have a word starting
 * with the query.
 */
export function createGlossarySearch<T extends SearchableEntry>(entries: readonly T[]): GlossarySearch<T> {
  const indexed: IndexedEntry[] = entries.map((entry, doc) => {
    const term = searchKey(entry.term);
    const aliases = entry.aliases.map(searchKey);
    return { doc, term, aliases, names: nameKeys([term, ...aliases]) };
  });
  const commonNameWords = new Set([
    ...wordsOfManyNames(indexed.map((item) => item.names.words)),
    ...REGION_WORDS,
  ]);
  const trigrams = new TrigramIndex();
  const summaries = new PrefixIndex();
  const details = new PrefixIndex();
  const timelines = new PrefixIndex();
  const names = new PrefixIndex();
  /** Where a description's words are looked for when nothing else matched, and what each tells. */
  const guessTexts = [
    [names, NAME_WEIGHT],
    [summaries, SUMMARY_WEIGHT],
    [details, DETAILS_WEIGHT],
  ] as const;
  const summaryKeys = entries.map((entry) => searchKey(`${entry.summary} ${entry.es?.summary ?? ''}`));
  const detailsKeys = entries.map((entry) => searchKey(`${entry.details ?? ''} ${entry.es?.details ?? ''}`));
  entries.forEach((entry, doc) => {
    names.add(doc, searchKey([entry.term, ...entry.aliases].join(' ')));
    summaries.add(doc, summaryKeys[doc] as string);
    details.add(doc, detailsKeys[doc] as string);
    timelines.add(
      doc,
      searchKey((entry.timeline ?? []).flatMap((event) => [event.text ?? '', event.es ?? '']).join(' ')),
    );
  });
  for (const item of indexed) trigrams.add(item.doc, [item.term, ...item.aliases].join(' '));
  const oneWordNames = new OneWordNames(
    indexed.map((item) => item.names.names),
    { names, summaries },
    (doc) => (entries[doc] as T).category,
  );
  /** Entries whose names, summary or details have a word beginning with `word`. */
  const docsSaying = (word: string) =>
    new Set([...names.lookup(word), ...summaries.lookup(word), ...details.lookup(word)]);
  const namedEntry = (doc: number) => ({ doc, ...(indexed[doc] as IndexedEntry).names });
  const byCountry = new Map<string, number[]>();
  entries.forEach((entry, doc) => {
    for (const code of entry.countries ?? []) byCountry.set(code, [...(byCountry.get(code) ?? []), doc]);
  });
  const docsOfCountry = (code: string) => byCountry.get(code) ?? [];
  // A description's entries by its words: names, texts, a country's words; last, the timelines.
  const guessedFrom = (text: string) =>
    guessByWords(text, guessTexts, entries.length, { weight: SUMMARY_WEIGHT, docs: docsOfCountry }, [
      timelines,
      DETAILS_WEIGHT,
    ]);
  const countriesOf = (doc: number) => (entries[doc] as T).countries ?? [];
  const docOfId = new Map(entries.map((entry, doc) => [entry.id, doc]));
  const relatedIds = relatedBothWays(entries);
  /** Each entry's related entries, either way round, by place in the list. */
  const relatedDocs = entries.map(
    (entry) => new Set([...(relatedIds.get(entry.id) ?? [])].map((id) => docOfId.get(id) as number)),
  );
  /** Each whole name (folded) and the entries that have it: what a yes-or-no question asks about. */
  const docsByWholeName = new Map<string, number[]>();
  for (const item of indexed)
    for (const name of item.names.names)
      docsByWholeName.set(name, [...(docsByWholeName.get(name) ?? []), item.doc]);
  const wordsInLongestName = Math.max(
    1,
    ...[...docsByWholeName.keys()].map((name) => name.split(' ').length),
  );
  /**
   * Each run of `words` that is a whole name of `shortest` letters or more, with the entries so named: by
   * its first word, the longest first.
   */
  function* wholeNameRuns(words: readonly string[], shortest = 1) {
    for (let start = 0; start < words.length; start++)
      for (let length = Math.min(wordsInLongestName, words.length - start); length >= 1; length--) {
        const name = words.slice(start, start + length).join(' ');
        const docs = name.length >= shortest ? docsByWholeName.get(name) : undefined;
        if (docs) yield { length, docs };
      }
  }
  /** The entries a folded text holds a whole name of, three letters or more ("segunda vuelta", "lima"). */
  const docsNamedIn = (text: string) => {
    const found = new Set<number>();
    for (const { docs } of wholeNameRuns(
      text.split(' ').filter((word) => word !== ''),
      3,
    ))
      for (const doc of docs) found.add(doc);
    return found;
  };
  /**
   * The one entry of a country the query names among those that share a whole name the query holds
   * (two words or more: "Front large" is Uruguay's and Peru's), if exactly one is of it.
   */
  const sharedNameOfACountry = (words: readonly string[]) => {
    const countries = words.flatMap((word) => countryOfWord(word) ?? []);
    if (countries.length === 0) return undefined;
    for (const { length, docs } of wholeNameRuns(words)) {
      if (length < 2 || docs.length < 2) continue;
      const ofIt = docs.filter((doc) => countriesOf(doc).some((code) => countries.includes(code)));
      if (ofIt.length === 1) return ofIt[0];
    }
    return undefined;
  };
  /** The words of an entry's names (folded). */
  const nameWordsOf = (doc: number) => (indexed[doc] as IndexedEntry).names.words;
  /** What the rules of two people's shared event and of a person's party read of the glossary. */
  const sharedEvents: SharedEventContext = {
    categoryOf: (doc) => (entries[doc] as T).category,
    nameWordsOf,
    relatedOf: (doc) => relatedDocs[doc],
  };
  const partyMembers: PartyMembers = {
    namedWhole: (text) => docsByWholeName.get(text) ?? [],
    namedNear: (word) => oneWordNames.namedNear(word),
    related: (doc) => relatedDocs[doc],
    categoryOf: (doc) => (entries[doc] as T).category,
  };
  /** The first entry of those kinds that an entry's summary names by a whole name, other than itself. */
  const firstNamedIn = (doc: number, kinds: readonly string[]) => {
    for (const { docs } of wholeNameRuns((summaryKeys[doc] ?? '').split(' '))) {
      const named = docs.find((other) => other !== doc && kinds.includes((entries[other] as T).category));
      if (named !== undefined) return named;
    }
    return undefined;
  };
  /** Each entry's summary and details, folded, between spaces: a run of a query's words is looked for in it. */
  const proseKeys = entries.map((_, doc) => ` ${summaryKeys[doc]} ${detailsKeys[doc]} `);
  /** The entries whose text says `words`, word for word, and where in it (the summary comes first). */
  const saidIn = (words: string): (readonly [doc: number, at: number])[] =>
    [...new Set([...summaries.lookupPhrase(`${words} `), ...details.lookupPhrase(`${words} `)])]
      .map((doc) => [doc, (proseKeys[doc] as string).indexOf(` ${words} `)] as const)
      .filter(([, at]) => at >= 0);
  /**
   * The entries whose text holds the longest run of a quotation's words (two or more), where that run is
   * longer than any whole name the quotation holds: "captura del siglo", "Agro sí, mina no".
   */
  const quotedIn = (quotation: string): (readonly [doc: number, at: number])[] => {
    const words = quotation.split(' ').filter((word) => word !== '');
    const longestName = Math.max(0, ...[...wholeNameRuns(words)].map((run) => run.length));
    for (let length = Math.min(words.length, QUOTED_RUN); length >= Math.max(2, longestName + 1); length--)
      for (let start = 0; start + length <= words.length; start++) {
        const found = saidIn(words.slice(start, start + length).join(' '));
        if (found.length > 0) return found;
      }
    return [];
  };
  const events = new EventIndex(entries, (doc) => (indexed[doc] as IndexedEntry).names.words, docsNamedIn);
  /** What the rule of a person's event read of the glossary ("antauro 2005 uprising"). */
  const eventsOfPeople = {
    ...sharedEvents,
    yearOf: (doc: number) => events.began(doc)?.year,
    texts: [names, summaries],
  };
  /** The entries a summary names whole, in its order, each by its longest name there ("Keiko Fujimori", not "Fujimori"). */
  const namedInSummary = (doc: number) => {
    const words = (summaryKeys[doc] ?? '').split(' ');
    const found: number[] = [];
    for (let start = 0; start < words.length; start++) {
      const [longest] = wholeNameRuns(words.slice(start, start + wordsInLongestName), 3);
      if (longest?.docs.length !== 1) continue;
      found.push(...longest.docs);
      start += longest.length - 1;
    }
    return found;
  };
  /** What the rule of an election's rival reads of the glossary ("rival de keiko en 2026"). */
  const rivals = { ...eventsOfPeople, namedInSummary };
  /**
   * The one event that began in the query's year whose summary names a concept the query names, and
   * nothing else ("runoff 2016": that year's election), if there is exactly one.
   */
  const eventOfAKind = (words: readonly string[], named: readonly number[]) => {
    const years = words.filter(isYear);
    const kinds = [...new Set(named)];
    const allConcepts = kinds.every((doc) => (entries[doc] as T).category === 'concept');
    if (years.length !== 1 || kinds.length === 0 || !allConcepts) return undefined;
    // Besides the kind, the year and a country, one word at most ("margen", "fecha"): a query that
    // says more describes something else ("a failed coup in 1992 against president…").
    const kindWords = kinds.flatMap((doc) => (indexed[doc] as IndexedEntry).names.words);
    const countries = words.map(countryOfWord).filter((code) => code !== undefined);
    const rest = meaningfulWords(words.join(' '), PLAIN_WORDS).filter(
      (word) => !isYear(word) && !kindWords.includes(word) && countryOfWord(word) === undefined,
    );
    if (rest.length > 1) return undefined;
    const found = events.ofTheYear(Number(years[0])).filter((doc) => {
      if (countries.some((code) => !countriesOf(doc).includes(code))) return false;
      const namedThere = docsNamedIn(summaryKeys[doc] as string);
      return kinds.some((kind) => namedThere.has(kind));
    });
    return found.length === 1 ? found[0] : undefined;
  };
  const terms = entries.map((entry) => (entry.category === 'person' ? headOfStateTerms(entry.period) : []));
  const people = entries.map((entry) =>
    entry.category === 'person'
      ? personFacts(entry.period, `${entry.summary} ${entry.details ?? ''}`)
      : undefined,
  );
  const ties: TiesContext = {
    names,
    summaries,
    details,
    summaryOf: (doc) => summaryKeys[doc] ?? '',
    detailsOf: (doc) => detailsKeys[doc] ?? '',
    everyone: indexed.map((item) => namedEntry(item.doc)),
    categoryOf: (doc) => (entries[doc] as T).category,
    sharedNames: new Set(
      [...docsByWholeName].flatMap(([name, docs]) => (!name.includes(' ') && docs.length > 1 ? [name] : [])),
    ),
  };
  // Fuse's index records (tokenized names) are built once; each query assembles the few it needs.
  const { keys, records } = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], indexed).toJSON();
  /** Whether some name begins with `text` ("presidente gonzalo", "general velasco" are names). */
  const beginsAName = (text: string) =>
    indexed.some(({ names }) => names.names.some((name) => name.startsWith(text)));

  const initials = new InitialsIndex(
    indexed.map((item) => ((entries[item.doc] as T).category === 'person' ? item.names.names : undefined)),
  );

  /** Names typed without their spaces, or split where they have none ("#fueradina", "lavajato", "no boa"). */
  const runTogether = new RunTogetherNames(
    indexed.map((item) => item.names.names),
    oneWordNames,
  );

  const searchWhole = (
    query: string,
    limit: number,
    preferred: readonly string[],
    quotations: readonly string[] = [],
    properNames: readonly string[] = [],
  ): SearchHit<T>[] => {
    const key = searchKey(query);
    // Titles go where a name is left ("fujimori presidente 1990"): "chilean dictator" is a description.
    const beforeTitle = withoutTitles(key);
    const withoutFillerWords = withoutFiller(key);
    const namesSomeone = (text: string | undefined) => {
      const bare = text === undefined ? '' : withoutYears(text);
      return bare !== '' && beginsAName(bare);
    };
    const titled = namesSomeone(beforeTitle);
    const folded = beginsAName(key) ? key : titled ? (beforeTitle as string) : withoutFillerWords;
    // A person's name with only titles or a year beside it, among those it names: "5 april 1992" is
    // the self-coup, not that year's president; "bagua 2009" not García; "presidente de el salvador"
    // no Salvador Allende.
    const name = titled ? beforeTitle : namesSomeone(withoutFillerWords) ? withoutFillerWords : undefined;
    // Or one word misspelt with a year ("fujimory 1990"): the people it nearly names, by the year.
    const misspeltWithAYear =
      name === undefined && /^\S+ \S+$/.test(folded) && isYear(folded.split(' ')[1] as string);
    const hint = name === undefined && !misspeltWithAYear ? undefined : personHint(key);
    const nameWords = name === undefined ? [] : withoutYears(name).split(' ');
    const fitOf: PersonFitOf = (hit) =>
      hint &&
      (misspeltWithAYear
        ? hit.rank >= 0
        : (indexed[hit.doc] as IndexedEntry).names.words.some((word) => nameWords.includes(word)))
        ? personFit(hint, people[hit.doc])
        : 0;
    if (folded.length < 2) return [];
    // The trigrams' best, and anyone a run of the query's words names whole by two words or more: a long
    // query's other words may outweigh their name ("por qué renunció evo morales en noviembre de 2019").
    const namedWhole = [...wholeNameRuns(folded.split(' '))]
      .filter(({ length }) => length >= 2)
      .flatMap(({ docs }) => docs)
      .filter((doc) => (entries[doc] as T).category === 'person');
    const candidates = [...new Set([...trigrams.candidates(folded, CANDIDATES), ...namedWhole])];
    const subsetIndex = Fuse.parseIndex<IndexedEntry>({
      keys: keys as Parameters<typeof Fuse.parseIndex>[0]['keys'],
      records: candidates.map((doc, position) => ({
        ...(records[doc] as (typeof records)[number]),
        i: position,
      })),
    });
    const fuse = new Fuse(
      candidates.map((doc) => indexed[doc] as IndexedEntry),
      SEARCH_OPTIONS,
      subsetIndex,
    );
    const firstWord = folded.split(' ')[0] ?? folded;
    const hits = new Map<number, Hit>();
    for (const { item, score = 1 } of fuse.search(folded)) {
      // A name of another year is no near miss: "elecciones 2021" is not the 2011 election.
      if (yearDiffers(item.names, folded)) continue;
      const rank = nameRank(item.names, folded, commonNameWords);
      // Found inside a word of a name ("onpe" in "golpe"): below the entries whose text has the query.
      const inside = rank === 0 && !startsLikeAName(item.names, firstWord);
      // A name's start: the shortest name it begins comes first ("casti": Castillo, then his self-coup).
      const toType = rank === START_OF_A_NAME ? shortestNameStartingWith(item.names, folded) : undefined;
      hits.set(item.doc, { doc: item.doc, score, rank: inside ? BELOW_PROSE : rank, toType });
    }
    // Names Fuse scored past its threshold that a typo, a sound or their words still tie to the query
    // ("kieko", "castiyo", "humala ollanta", "the 2022 self-coup attempt by pedro castillo").
    for (const doc of candidates) {
      if (hits.has(doc)) continue;
      const rank = nameRank((indexed[doc] as IndexedEntry).names, folded, commonNameWords);
      if (rank >= SEVERAL_WORDS_RANK) hits.set(doc, { doc, score: PAST_THRESHOLD_SCORE, rank });
    }
    if (folded.length >= 3) {
      for (const [index, score] of [
        [summaries, SUMMARY_SCORE],
        [details, DETAILS_SCORE],
      ] as const) {
        for (const doc of index.lookupPhrase(folded)) {
          if ((hits.get(doc)?.rank ?? BELOW_PROSE) > BELOW_PROSE) continue;
          hits.set(doc, { doc, score, rank: PROSE_RANK });
        }
      }
    }
    // A near miss on a name that leaves out a rare word of the query, one the entries found by their
    // text hold ("caso ecoteva" is not the "caso Bagua"): below them.
    if ([...hits.values()].some((hit) => hit.rank === PROSE_RANK)) {
      const rare = meaningfulWords(folded, PLAIN_WORDS).filter(
        (word) => word.length >= 4 && !/^\d+$/.test(word) && docsSaying(word).size <= RARE_WORD_ENTRIES,
      );
      for (const hit of hits.values()) {
        const keys = (indexed[hit.doc] as IndexedEntry).names;
        if (hit.rank === 0 && rare.some((word) => !startsLikeAName(keys, word))) hit.rank = BELOW_PROSE;
      }
    }
    for (const [doc, rank] of oneWordNames.ranks(folded)) {
      const hit = hits.get(doc);
      if (!hit || hit.rank < rank) hits.set(doc, { doc, score: hit?.score ?? GUESS_SCORE, rank });
    }
    // An event by the words of its names and the year it began: as if the query named it by several.
    for (const doc of events.namedWithTheirYear(folded, candidates))
      if ((hits.get(doc)?.rank ?? BELOW_PROSE) < SEVERAL_WORDS_RANK)
        hits.set(doc, {
          doc,
          score: hits.get(doc)?.score ?? PAST_THRESHOLD_SCORE,
          rank: SEVERAL_WORDS_RANK,
        });
    const ofTheYear = (doc: number) => !yearDiffers((indexed[doc] as IndexedEntry).names, folded);
    // A proper name no entry has, which one to three entries' texts say ("Súmate", "Somos Perú",
    // "Provías"): where the query names nothing of the glossary, those entries first.
    const namedInText =
      folded.includes(' ') &&
      folded.split(' ').length <= PROPER_NAME_QUERY_WORDS &&
      ![...hits.values()].some((hit) => hit.rank >= 1) &&
      docsNamedIn(folded).size === 0
        ? properNames.flatMap((name) => {
            if (name.split(' ').some((word) => docsByWholeName.has(word))) return [];
            const saying = saidIn(name);
            return saying.length <= PROPER_NAME_ENTRIES ? saying : [];
          })
        : [];
    // A quotation pasted from a page, with more words of an entry's text in that order than of any
    // name it holds ("la denominada «captura del siglo»", "Agro sí, mina no"): that entry first too.
    const quoting = [...quotations.flatMap(quotedIn), ...namedInText];
    if (quoting.length > 0) {
      const top = Math.max(SEVERAL_WORDS_RANK, ...[...hits.values()].map((hit) => hit.rank));
      // Those the query found already keep their order; of the others, the one whose text says the
      // words earliest (its summary before its details) first.
      const earliest = new Map<number, number>();
      for (const [doc, at] of quoting) earliest.set(doc, Math.min(at, earliest.get(doc) ?? at));
      for (const [doc, at] of earliest)
        hits.set(doc, {
          doc,
          score: hits.get(doc)?.score ?? 1 + at / PROSE_POSITIONS,
          rank: top + BESIDE_A_NAME,
        });
    }
    // Nothing found by a name or a phrase: guessed from the words, below whatever the query's ties,
    // days, offices and years put first (those come next).
    if (hits.size === 0) {
      // In the order guessed: the score keeps it through the sort below. From the query with its titles,
      // words of the description ("general que governou o peru em 1968", "président pauvre du monde").
      guessedFrom(key)
        .filter(ofTheYear)
        .forEach((doc, place) => {
          hits.set(doc, { doc, score: GUESS_SCORE + place / 1000, rank: GUESS_RANK });
        });
    }
    // Only when nothing else, not even a guess, has the words: a timeline's line names many people and places in passing.
    if (hits.size === 0 && folded.length >= 3)
      for (const doc of timelines.lookupPhrase(folded))
        hits.set(doc, { doc, score: TIMELINE_SCORE, rank: GUESS_RANK });
    // Nothing at all has the words beside a one-word name ("fujimori extradicion"): the entries so
    // named; else those a word nearly names ("jery el chibolo": Jerí).
    for (const near of [false, true])
      if (hits.size === 0)
        for (const word of folded.split(' '))
          for (const doc of near ? oneWordNames.namedNear(word) : oneWordNames.named(word))
            hits.set(doc, { doc, score: GUESS_SCORE, rank: GUESS_RANK });
    // A few letters: a person's initials ("mcm": María Corina Machado), before those letters found only
    // inside a word ("rla" in "parlamento").
    if (/^[a-z]{3,6}$/.test(folded))
      for (const doc of initials.lookup(folded))
        if ((hits.get(doc)?.rank ?? BELOW_PROSE) < PROSE_RANK)
          hits.set(doc, { doc, score: GUESS_SCORE, rank: PROSE_RANK });
    // A name with words beside it that another entry's summary says of that name: that entry first.
    const namedHits = [...hits.values()]
      .filter((hit) => hit.rank >= SEVERAL_WORDS_RANK)
      .sort((a, b) => b.rank - a.rank || a.score - b.score);
    const named = namedHits[0];
    const sought =
      named &&
      soughtBesideAName(
        folded,
        namedEntry(named.doc),
        [names, summaries],
        ofTheYear,
        // "how did alan garcia die", "por qué condenaron a humala": a question about what befell the one
        // named is theirs where their details tell it.
        ASKS_HOW_OR_WHY.test(folded) ? details : undefined,
      );
    const words = folded.split(' ');
    const namedByAWord = words.flatMap((word) => oneWordNames.named(word));
    // Whom the query names: by its names' words (best first), then by one-word names in its order.
    const queryNamed = [...namedHits.map((hit) => hit.doc), ...namedByAWord];
    // "front large uruguayen", "frente ampla do peru": a name several entries share, beside a country,
    // is that country's one.
    putFirst(hits, sharedNameOfACountry(words));
    // "Murió Gustavo Gutiérrez, el sacerdote que…": the one something befalls, before what the rest names.
    if (sought === undefined)
      putFirst(
        hits,
        personBefallen(words, (text) =>
          (docsByWholeName.get(text) ?? []).filter((doc) => (entries[doc] as T).category === 'person'),
        ),
      );
    if (named && sought !== undefined)
      hits.set(sought, { doc: sought, score: 0, rank: named.rank + BESIDE_A_NAME });
    else {
      // A tie to an entry the query names, by several words or by a one-word name ("partido de keiko",
      // "wife of humala"): above every hit.
      // Trigram candidates first (their order is the query's), then any other: a long query's
      // candidates may leave out the one-word name it holds ("quien le ganó a keiko en 2021").
      const namedByOneWord = [...new Set([...candidates, ...namedByAWord])].filter((doc) =>
        (indexed[doc] as IndexedEntry).names.names.some((name) => words.includes(name)),
      );
      // Last, a one-word name misspelt ("partido de keyko").
      const namedNearly = words.flatMap((word) => oneWordNames.namedNear(word));
      const mayBeNamed = [
        ...new Set([...namedHits.map((hit) => hit.doc), ...namedByOneWord, ...namedNearly]),
      ].map(namedEntry);
      putFirst(hits, soughtByTie(folded, mayBeNamed, ties, key));
      // "revolución de fidel castro", "guerra contra sendero luminoso": the thing the head words name.
      putFirst(
        hits,
        headOfANamedPhrase(folded, mayBeNamed, names, (doc) => relatedDocs[doc]),
      );
      putFirst(hits, personOfANamedParty(folded, partyMembers));
      // "por qué censuraron a jerí": a question how, why or when about the one a one-word name names
      // is theirs where their own texts say its other words.
      if (ASKS_HOW_OR_WHY.test(folded) && namedByAWord.length === 1) {
        const [subject] = namedByAWord as [number];
        const rest = meaningfulWords(folded, PLAIN_WORDS).filter(
          (word) => !/^\d+$/.test(word) && !(indexed[subject] as IndexedEntry).names.words.includes(word),
        );
        const saysAll = rest.every((word) => textSays([summaries, details], subject, word));
        if (rest.length > 0 && saysAll) putFirst(hits, subject);
      }
    }
    const bestNamedHeldNoOffice = (best: readonly Hit[]) =>
      best.every(
        (hit) => (entries[hit.doc] as T).category === 'person' && (terms[hit.doc]?.length ?? 0) === 0,
      );
    // The query's words with its titles and question words, which the rules below read.
    const keyWords = key.split(' ');
    // "castillo's successor", "who preceded jose jeri": by the heads of state's terms.
    putFirst(
      hits,
      soughtSuccession(
        keyWords,
        // None when the best named are people who held no office: "keiko fujimori successor" names
        // Keiko, not her father.
        named !== undefined && bestNamedHeldNoOffice(namedHits.filter((hit) => hit.rank === named.rank))
          ? []
          : inQueryOrder(words, queryNamed, nameWordsOf),
        terms,
        countriesOf,
      ),
    );
    // "7 de diciembre de 2022": the event that began that day.
    putFirst(
      hits,
      events.onTheDay(folded) ??
        events.eventOfTheDay(folded, (doc) => (entries[doc] as T).category) ??
        // "censura del 17 de febrero de 2026": a day and a deed, naming no one.
        (namedHits.length === 0 && namedByAWord.length === 0
          ? events.saidOnTheDay(folded, (doc) => (entries[doc] as T).category)
          : undefined),
    );
    // "ppk vs keiko 2016": two people and a year ask for what the glossary ties both to that year.
    putFirst(hits, sharedEventOf(words, queryNamed, sharedEvents));
    // "rival de maduro em 2024", "who beat keiko in 2016": the other candidate of that year's election.
    putFirst(hits, electionRival(keyWords, queryNamed, rivals));
    // "antauro humala ideology", "seguidores de alberto fujimori": the current of ideas theirs.
    putFirst(hits, ideologyOf(words, queryNamed, sharedEvents));
    // "antauro 2005 uprising", "merino protests": a person and the kind of an event of theirs.
    putFirst(hits, eventOfAPerson(words, queryNamed, eventsOfPeople));
    // "segunda vuelta 2016": a kind of thing and a year ask for the one event of that year whose text
    // names that kind (the 2016 election, whose runoff it was).
    putFirst(hits, eventOfAKind(words, queryNamed));
    // "presidente argentino 2003", or at the time of an event named by several words or by one
    // ("durante el baguazo"): whoever held the office then.
    const event = events.firstEvent([...(named ? [named.doc] : []), ...namedByAWord]);
    putFirst(
      hits,
      soughtOfficeHolder(key, terms, countriesOf, event, (doc) => people[doc]?.gender),
    );
    // "qui a gagné la présidentielle argentine en 2023": whoever took office after it.
    putFirst(hits, electionWinner(keyWords, terms, countriesOf));
    // Of names the query holds equally ("el chino fujimori"), the one whose own text says more of the
    // other words: those no name hit holds, counted only between name hits.
    const namesHit = [...hits.values()]
      .filter((hit) => hit.rank >= 0)
      .flatMap((hit) => (indexed[hit.doc] as IndexedEntry).names.words);
    const besideWords = meaningfulWords(folded, PLAIN_WORDS).filter(
      (word) =>
        !/^\d+$/.test(word) && !namesHit.some((name) => name.startsWith(word) || word.startsWith(name)),
    );
    const saidBeside = new Map<number, number>();
    const besideOf = (hit: Hit) => {
      if (hit.rank < 0 || besideWords.length === 0) return 0;
      let said = saidBeside.get(hit.doc);
      if (said === undefined) {
        said = besideWords.filter((word) => docsSaying(stem(word)).has(hit.doc)).length;
        saidBeside.set(hit.doc, said);
      }
      return said;
    };
    // Of names the query holds equally, one the glossary relates to another entry it names ("frente
    // amplio de veronika mendoza": Peru's Frente Amplio, not Uruguay's).
    const namedDocs =
      words.length < 2 ? [] : [...hits.values()].filter((hit) => hit.rank >= 1).map((hit) => hit.doc);
    const relatedNamed = (hit: Hit) =>
      hit.rank < 1 ? 0 : namedDocs.filter((doc) => relatedDocs[hit.doc]?.has(doc)).length;
    const onPage = (doc: number) => {
      const at = preferred.indexOf((entries[doc] as T).id);
      return at === -1 ? Number.POSITIVE_INFINITY : at;
    };
    return [...hits.values()]
      .sort(
        (a, b) =>
          b.rank - a.rank ||
          fitOf(b) - fitOf(a) ||
          besideOf(b) - besideOf(a) ||
          relatedNamed(b) - relatedNamed(a) ||
          onPage(a.doc) - onPage(b.doc) ||
          (a.toType ?? 0) - (b.toType ?? 0) ||
          a.score - b.score ||
          a.doc - b.doc,
      )
      .slice(0, limit)
      .map((hit) => ({
        entry: entries[hit.doc] as T,
        score: hit.score,
        wholeName: hit.rank === WHOLE_NAME,
        guessed: hit.rank === GUESS_RANK,
      }));
  };

  return {
    search(typed, limit = 20, preferred = []) {
      const spelt = spellOutTags(
        withoutMore(typed),
        runTogether.nameIn,
        (word) => oneWordNames.named(searchKey(word)).length > 0,
      );
      const query = withFullYears(
        withoutOpposition(
          runTogether.joinedUp(
            runTogether.spaced(
              spellOutShorthand(searchKey(spelt), (word) => oneWordNames.namedNear(word).length > 0),
            ),
          ),
          beginsAName,
        ),
      );
      // What a reader pasted between quotation marks is the page's own words.
      const quotations = [...typed.matchAll(QUOTATION)].map((match) => searchKey(match[1] as string));
      const properNames = [...spelt.matchAll(PROPER_NAME)]
        .map((match) => searchKey(match[0]))
        .filter((name) => name.includes(' ') || name.length >= 5);
      const whole = (text: string) => searchWhole(text, limit, preferred, quotations, properNames);
      // "R.L.A.", typed with its dots: a person's initials before anything the letters spell otherwise.
      const owners = DOTTED_INITIALS.test(typed.trim()) ? initials.lookup(query) : [];
      if (owners.length > 0)
        return firstOfAll(
          owners.map((doc) => ({
            entry: entries[doc] as T,
            score: GUESS_SCORE,
            wholeName: false,
            guessed: false,
          })),
          whole(query),
          limit,
        );
      return searchByShape(query, spelt, {
        whole,
        limit,
        namedWhole: (text) => (docsByWholeName.get(text) ?? []).map((doc) => entries[doc] as T),
        namesOf: (entry) => (indexed[docOfId.get(entry.id) as number] as IndexedEntry).names.names,
        firstNamedIn: (entry, kinds) => {
          const doc = firstNamedIn(docOfId.get(entry.id) as number, kinds);
          return doc === undefined ? undefined : (entries[doc] as T);
        },
        namedIn: (text) => [...docsNamedIn(text)].map((doc) => entries[doc] as T),
        personFactsOf: (entry) => people[docOfId.get(entry.id) as number],
        relatedOf: (entry) =>
          [...(relatedDocs[docOfId.get(entry.id) as number] ?? [])].map((doc) => entries[doc] as T),
        guessed: (text) => guessedFrom(text).map((doc) => entries[doc] as T),
        began: (entry) => events.began(docOfId.get(entry.id) as number),
        holdersIn: ({ year, month }, countries) =>
          holdersInYears([year], countries, terms, countriesOf, true, month).map((doc) => entries[doc] as T),
      });
    },
  };
}
