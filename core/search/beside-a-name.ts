import { editDistance } from '../edit-distance';
import { countryOfWord } from '../names/countries';
import type { PrefixIndex } from './prefix-index';
import {
  AGAINST_WORDS,
  ELECTION_WORDS,
  type Relation,
  relationOf,
  turnedRound,
  withoutOwnDeeds,
} from './relations';
import { RELATIVES, WHO } from './role-words';
import { isTitle, isYear, meaningfulWords, PLAIN_WORDS, stem } from './search-text';

/** Entries with a word beginning `prefix` in any of `texts`. */
function holding(texts: readonly PrefixIndex[], prefix: string): Set<number> {
  const docs = new Set<number>();
  for (const index of texts) for (const doc of index.lookup(prefix)) docs.add(doc);
  return docs;
}

/** Whether entry `doc`'s text in one of `texts` has a word beginning as `word`'s stem. */
export function textSays(texts: readonly PrefixIndex[], doc: number, word: string): boolean {
  const prefix = stem(word);
  return texts.some((text) => text.lookup(prefix).has(doc));
}

/** The entry a query names: its place in the list, its names and their words (search keys). */
export interface NamedEntry {
  doc: number;
  names: readonly string[];
  words: readonly string[];
}

/**
 * Whether `word` is one of the named entry's words, or it misspelt ("dina balearte": Boluarte's), a typo
 * for every four letters: it is compared with that entry's words only.
 */
function isNameWord(word: string, named: NamedEntry): boolean {
  if (named.words.includes(word)) return true;
  const typos = Math.floor(word.length / 4);
  return typos > 0 && named.words.some((own) => editDistance(word, own, typos) <= typos);
}

/** The words of a query (its meaningful words) beside the named entry's own: what else it says. */
function wordsBeside(words: readonly string[], named: NamedEntry) {
  return {
    nameWords: words.filter((word) => isNameWord(word, named)),
    beside: words.filter((word) => !isNameWord(word, named) && /\p{L}/u.test(word)),
  };
}

/** What soughtByTie reads of the glossary: its names' and summaries' words, each entry's names. */
export interface TiesContext {
  names: PrefixIndex;
  summaries: PrefixIndex;
  details: PrefixIndex;
  /** An entry's English and Spanish summaries, as search keys. */
  summaryOf: (doc: number) => string;
  /** Its English and Spanish details, as search keys. */
  detailsOf: (doc: number) => string;
  everyone: readonly NamedEntry[];
  categoryOf: (doc: number) => string;
  /** One-word names (folded) that several entries have: "fujimori", "humala". */
  sharedNames: ReadonlySet<string>;
}

/**
 * "partido de keiko fujimori", "hermano de ollanta humala", "hija de alberto fujimori": a query that names
 * one entry and says more in words (a relation, a kind of thing) seeks another entry, one whose names or
 * summary hold both the name's words and the words beside it. `named` is the entry the query names;
 * `texts` the names and summaries of every entry. The entry sought (of several, the first in the list),
 * or undefined when the named entry's own text says one of those words ("alberto fujimori dictadura",
 * "odebrecht bribes in peru"), when no other entry says them all, or when the words beside the name are
 * only numbers (a year beside a name is the names' to decide), or only ask for a tie (soughtByTie's).
 * `fits`: whether an entry may be the one sought (not one whose names give another year).
 */
export function soughtBesideAName(
  query: string,
  named: NamedEntry,
  texts: readonly PrefixIndex[],
  fits: (doc: number) => boolean = () => true,
  /** Where the named entry's own words are read besides `texts`: its details ("died hours later"). */
  ownDetails?: PrefixIndex,
): number | undefined {
  const { nameWords, beside } = wordsBeside(meaningfulWords(query, PLAIN_WORDS), named);
  if (nameWords.length === 0 || beside.length === 0 || beside.every(relationOf)) return undefined;
  const besideDocs = beside.map((word) => holding(texts, stem(word)));
  // The entry named says some of those words itself: it may be what is sought ("how did alan garcia
  // die": his details tell, though Bagua's summary says "died" too).
  if (besideDocs.some((docs) => docs.has(named.doc))) return undefined;
  if (ownDetails && beside.some((word) => textSays([ownDetails], named.doc, word))) return undefined;
  let sought: Set<number> | undefined;
  for (const docs of [...nameWords.map((word) => holding(texts, word)), ...besideDocs])
    sought = new Set(sought ? [...sought].filter((doc) => docs.has(doc)) : docs);
  const fitting = [...(sought ?? [])].filter(fits);
  return fitting.length === 0 ? undefined : Math.min(...fitting);
}

/** Words that join a phrase's head to whose it is: "revolución de fidel castro", "war against the shining path". */
const OF_OR_AGAINST = new Set('de del of da do du contra against por by'.split(' '));
/** A phrase's head: a few words before the name. */
const HEAD_MOST_WORDS = 4;

/**
 * "revolución de fidel castro", "teología de gustavo gutiérrez", "guerra contra sendero luminoso": a few
 * words, then "de", "of" or "contra" and a name, ask for the thing those words name, where one entry
 * related to the one named (either way round) has them all in its names (the Cuban Revolution, liberation
 * theology, the internal conflict). `named`: the entries the query may name, best first; `names`: every
 * entry's names; `related`: an entry's related entries.
 */
export function headOfANamedPhrase(
  query: string,
  named: readonly NamedEntry[],
  names: PrefixIndex,
  related: (doc: number) => ReadonlySet<number> | undefined,
): number | undefined {
  const words = query.split(' ');
  for (const entry of named) {
    // The last joint before the name: "alianza del pacífico de alan garcía".
    const firstOfName = words.findIndex((word) => isNameWord(word, entry));
    let joint = firstOfName - 1;
    while (joint > 0 && !OF_OR_AGAINST.has(words[joint] as string)) joint--;
    if (joint < 1 || joint > HEAD_MOST_WORDS) continue;
    const head = meaningfulWords(words.slice(0, joint).join(' '), PLAIN_WORDS);
    // None of the head's words are the name's own, nor only a tie's ("partido de…": soughtByTie's).
    if (head.length === 0 || head.some((word) => isNameWord(word, entry)) || head.every(relationOf)) continue;
    const tied = related(entry.doc);
    if (!tied) continue;
    const holdingHead = [...holding([names], stem(head[0] as string))].filter(
      (doc) => tied.has(doc) && head.every((word) => names.lookup(stem(word)).has(doc)),
    );
    if (holdingHead.length === 1) return holdingHead[0];
  }
  return undefined;
}

/**
 * The entry a query seeks by its tie to a name, when every word beside that name asks for a tie ("esposa
 * de ollanta humala", "founder of shining path", "partido de keiko"): another entry, of the tie's kind,
 * whose names or summary say the tie and one of the named entry's names ("co-founder of the Partido
 * Nacionalista Peruano with her husband Ollanta Humala"); else, for one tie, the entry the named one's
 * own summary names right after the tie's word ("daughter of Alberto Fujimori" for "keiko's father").
 * `named` are the entries the query may name, best first: the first that has such an entry decides. Of
 * several, one whose names say the tie ("Partido Nacionalista Peruano" for "partido de humala"), then the
 * first in the list.
 */
export function soughtByTie(
  query: string,
  named: readonly NamedEntry[],
  glossary: TiesContext,
  /** The query as typed (folded), its question words kept ("who did keiko lose to"). */
  asked: string = query,
): number | undefined {
  const { names, summaries, categoryOf } = glossary;
  const everywhere = [names, summaries];
  const says = (doc: number, tie: Relation, where: readonly PrefixIndex[]) =>
    tie.said.some((word) => where.some((text) => text.lookupWord(word).includes(doc)));
  const words = meaningfulWords(withoutOwnDeeds(query), PLAIN_WORDS);
  const typed = asked.split(' ');
  const whoAsks = typed.some((word) => WHO.has(word) || RELATIVES.has(word));
  const years = words.filter(isYear);
  // A word beside the tie is the sought entry's own: in its names, summary or details.
  const saysWord = (doc: number, word: string) => textSays([names, summaries, glossary.details], doc, word);
  for (const entry of named) {
    const tied = tiesBeside(words, entry);
    if (!tied || (!whoAsks && tied.ties.some((tie) => tie.whoAsked))) continue;
    // Who beat, lost to or pardoned someone: a person's tie, not an election's ("quién ganó las
    // elecciones de 2011").
    if (tied.ties[0].inDetails && categoryOf(entry.doc) !== 'person') continue;
    // Another person named beside, joined by "y", "and" ("partido de evo y de lucho arce"), shares the
    // tie: their words are no words of the sought one.
    const joinedPeople = typed.some((word) => AND.has(word))
      ? named.filter((other) => other.doc !== entry.doc && categoryOf(other.doc) === 'person')
      : [];
    const ofIt = tied.ofIt.filter((word) => !joinedPeople.some((other) => other.words.includes(word)));
    // "MAS party", "partido aprista": a party's name beside the word for its kind is that party, its
    // country beside it too ("mas party bolivia").
    if (
      ofIt.every((word) => countryOfWord(word) !== undefined) &&
      tied.ties.every((tie) => tie.kind && tie.categories.includes(categoryOf(entry.doc)))
    )
      return entry.doc;
    // "who did keiko lose to", "contra quién perdió keiko": the question word is not the deed's doer.
    const turn = (tie: Relation) => (doerElsewhere(typed, tie) ? (turnedRound(tie) ?? tie) : tie);
    const [firstAsked, ...restAsked] = tied.ties;
    const ties: [Relation, ...Relation[]] = [turn(firstAsked), ...restAsked.map(turn)];
    // A word of another name beside the tie names that one: "humala nationalist party founded" is the party,
    // "gonzalo shining path chief" the leader whose alias is "Presidente Gonzalo".
    const saying = docsSayingAName(entry, everywhere, words, glossary.sharedNames);
    // Not a country's word, in many names: "peru president overthrown by velasco".
    const namedBeside = ofIt
      .filter((word) => countryOfWord(word) === undefined)
      .flatMap((word) => names.lookupWord(word));
    if (namedBeside.length > 0) {
      const tied = [...new Set(namedBeside)].filter(
        (doc) =>
          doc !== entry.doc &&
          saying.has(doc) &&
          ties.every((tie) => tie.categories.includes(categoryOf(doc)) && says(doc, tie, everywhere)),
      );
      if (tied.length === 1) return tied[0];
      continue;
    }
    const sought = [...saying].filter(
      (doc) =>
        doc !== entry.doc &&
        ties.every((tie) => tie.categories.includes(categoryOf(doc)) && says(doc, tie, everywhere)) &&
        ofIt.every((word) => saysWord(doc, word)),
    );
    const [first] = ties;
    const namedSo = sought.filter((doc) => says(doc, first, [names]));
    if (sought.length > 0) return Math.min(...(namedSo.length > 0 ? namedSo : sought));
    // Pointed to by the named entry's own words only when nothing but the tie is asked.
    if (ofIt.length > 0) continue;
    const pointedTo = ties.length === 1 ? namedInOwnWords(entry, first, glossary, years) : undefined;
    if (pointedTo !== undefined) return pointedTo;
    const following =
      ties.length === 1 && first.follows ? namingIt(entry, first, glossary, years) : undefined;
    if (following !== undefined) return following;
  }
  return undefined;
}

/** Auxiliaries between a question word and its verb ("who has beaten", "quién le ganó", "qui a battu"). */
const BETWEEN_WHO_AND_DEED = new Set('a ha has had have le les lo la'.split(' '));
/** Words before a question word that make it the deed's object: "contra quién", "a quién", "to whom". */
const WHOM = new Set('contra ante a to against contre por par'.split(' '));
/** Words that join two names ("evo y arce", "ollanta and nadine"). */
const AND = new Set('y e and et'.split(' '));
/** Words after a deed's participle that name its doer ("derrocado por", "ousted by", "renversé par"). */
const BY = new Set('by por par pelo pela'.split(' '));

/**
 * Whether a question asks for a tie's deed done by the one it names, not by whom it asks for: its
 * question word is the deed's object ("contra quién perdió keiko", "a quién derrotó castillo") or stands
 * apart from it ("who did keiko lose to"). Not "quién perdió ante castillo", "who beat keiko".
 */
function doerElsewhere(words: readonly string[], tie: Relation): boolean {
  const deed = words.findIndex((word) => relationOf(word) === tie);
  if (deed === -1) return false;
  // "presidente derrocado por velasco", "ousted by pinochet": the one named did it.
  if (BY.has(words[deed + 1] as string)) return true;
  const who = words.findIndex((word) => WHO.has(word));
  if (who === -1) return false;
  if (WHOM.has(words[who - 1] as string) || who > deed) return true;
  // "quién fue el general que le dio el golpe…": a relative before the deed is its doer.
  if (words.slice(who + 1, deed).some((word) => RELATIVES.has(word))) return false;
  for (let at = who + 1; at < deed; at++) if (!BETWEEN_WHO_AND_DEED.has(words[at] as string)) return true;
  return false;
}

/** How far after a tie's word a summary may name the one sought, in words ("coup of 11 September 1973 against Salvador Allende"). */
const POINTING_REACH = 8;
/** How near a tie's word a year tells which of several ties the query means ("of 2016 to …"). */
const YEAR_REACH = 8;

/** The text a tie is read in: the summaries, and for ties told there, the details after them. */
function tieText(doc: number, tie: Relation, glossary: TiesContext): string {
  const summary = glossary.summaryOf(doc);
  return tie.inDetails ? `${summary} ${glossary.detailsOf(doc)}` : summary;
}

/**
 * The entry that `named`'s own summary (and details, for a tie told there) names right after one of
 * the tie's words ("esposo de nadine heredia": "co-founder ... with her husband Ollanta Humala"; "who
 * beat keiko in 2016": "of 2016 to Pedro Pablo Kuczynski"): of the tie's kind, by one of its names of
 * two words or more; the first so named, near a year of the query first.
 */
function namedInOwnWords(
  named: NamedEntry,
  tie: Relation,
  glossary: TiesContext,
  years: readonly string[],
): number | undefined {
  // In the summary's order, those near a year of the query's first: the entry named after the first tie
  // word that names one.
  for (const stretch of stretchesAfter(tieText(named.doc, tie, glossary), tie.saidBack, years)) {
    const found = glossary.everyone.find(
      (other) =>
        other.doc !== named.doc &&
        tie.categories.includes(glossary.categoryOf(other.doc)) &&
        namedIn(stretch.text, other),
    );
    if (found) return found.doc;
  }
  return undefined;
}

/**
 * The entry whose own summary (and details, for a tie told there) names `named` right after one of the
 * words the tie follows ("sucesor de vizcarra": "after Martín Vizcarra's removal" in Manuel Merino's;
 * "who beat keiko fujimori": "beat Keiko Fujimori in the runoff"): of the tie's kind; the first so, or
 * the first whose tie stands near a year of the query.
 */
function namingIt(
  named: NamedEntry,
  tie: Relation,
  glossary: TiesContext,
  years: readonly string[],
): number | undefined {
  let first: number | undefined;
  for (const other of glossary.everyone) {
    if (other.doc === named.doc || !tie.categories.includes(glossary.categoryOf(other.doc))) continue;
    const naming = stretchesAfter(tieText(other.doc, tie, glossary), tie.follows ?? [], years).find(
      (stretch) => namedIn(stretch.text, named),
    );
    if (!naming) continue;
    // Of several, the one whose tie is told beside the query's year ("quien le ganó a keiko en 2021").
    if (naming.nearYear) return other.doc;
    first ??= other.doc;
  }
  return first;
}

/** The year nearest a text's word, within YEAR_REACH words either side ("of 2011 to …, of 2016 to …"). */
function nearestYear(words: readonly string[], at: number): string | undefined {
  for (let distance = 1; distance <= YEAR_REACH; distance++)
    for (const word of [words[at - distance], words[at + distance]])
      if (word !== undefined && isYear(word)) return word;
  return undefined;
}

interface Stretch {
  /** The words after a tie's word, with a space at each end. */
  text: string;
  /** Whether a year of the query stands near the tie's word. */
  nearYear: boolean;
}

/**
 * The few words after each of `words` in a text (search keys), in the text's order, those near one of
 * `years` first.
 */
function stretchesAfter(text: string, words: readonly string[], years: readonly string[]): Stretch[] {
  const textWords = text.split(' ');
  const stretches: Stretch[] = [];
  textWords.forEach((word, at) => {
    if (!words.includes(word)) return;
    stretches.push({
      text: ` ${textWords.slice(at + 1, at + 1 + POINTING_REACH).join(' ')} `,
      nearYear: years.length > 0 && years.includes(nearestYear(textWords, at) ?? ''),
    });
  });
  return [...stretches.filter((one) => one.nearYear), ...stretches.filter((one) => !one.nearYear)];
}

/** Whether a stretch of a summary holds one of `entry`'s names of two words or more. */
function namedIn(stretch: string, entry: NamedEntry): boolean {
  return entry.names.some((name) => name.includes(' ') && stretch.includes(` ${name} `));
}

/** Words of an election, its rounds and its sides (folded), which a tie told in the details may stand beside. */
const ELECTION_AND_SIDES: ReadonlySet<string> = new Set([
  ...ELECTION_WORDS,
  // And the words that say against whom: "contra quién perdió keiko".
  ...AGAINST_WORDS,
  'ante',
]);

/** Words that ask for what the sought entry is called, nothing more ("keiko's party name"). */
const NAME_ASKED = new Set('name named called nombre llama llamaba nome chama nom appelle'.split(' '));
/** How many words beside a tie the sought entry may be asked by ("keiko's orange party"). */
const MOST_WORDS_OF_IT = 2;

interface TiesAsked {
  ties: [Relation, ...Relation[]];
  /** Words beside the name that ask for no tie: the entry sought must say each ("orange"). */
  ofIt: string[];
}

/**
 * The ties a query's words ask for beside `named`'s, when every other word asks for one, names what it
 * is called, or (a few) says something of the entry sought.
 */
function tiesBeside(words: readonly string[], named: NamedEntry): TiesAsked | undefined {
  const { nameWords, beside: besideAll } = wordsBeside(words, named);
  // A title says nothing of the tie: "who replaced dina boluarte as president".
  const beside = besideAll.filter((word) => !isTitle(word) && !NAME_ASKED.has(word));
  const ties = beside.map(relationOf).filter((tie) => tie !== undefined);
  // "quién venció a kast en la segunda vuelta": an election's words say which tie, not what is sought.
  // Beside a kind of thing, leading it says whose it is: "party led by keiko" is her party.
  const ofIt = beside.filter(
    (word) =>
      relationOf(word) === undefined &&
      !(ties[0]?.inDetails && ELECTION_AND_SIDES.has(word)) &&
      !(ties[0]?.kind && LEADING.has(word)),
  );
  const [first, ...rest] = ties;
  // Words of the entry sought only beside a single tie: "founded" and "party" already say what it is.
  const fits = ofIt.length === 0 || (rest.length === 0 && ofIt.length <= MOST_WORDS_OF_IT);
  return nameWords.length > 0 && first && fits ? { ties: [first, ...rest], ofIt } : undefined;
}

/** Words of leading a party or a movement ("led", "liderado", "encabezado", "dirigé"). */
const LEADING: ReadonlySet<string> = new Set(
  'led leads headed liderado liderada lidera encabezado encabezada dirigido dirigida chefiado dirige'.split(
    ' ',
  ),
);

/** Entries whose names or summary hold every word (of three letters or more) of one of `named`'s names. */
function docsSayingAName(
  named: NamedEntry,
  texts: readonly PrefixIndex[],
  queryWords: readonly string[],
  sharedNames: ReadonlySet<string>,
): Set<number> {
  const saying = new Set<number>();
  // Not a one-word name others share that the query does not say ("party led by keiko": not the
  // "Fujimori" of her father's opponents' texts).
  const own = named.names.filter(
    (name) => name.includes(' ') || !sharedNames.has(name) || queryWords.includes(name),
  );
  for (const name of own) {
    let docs: Set<number> | undefined;
    for (const word of name.split(' ').filter((one) => one.length >= 3)) {
      const holders = holding(texts, word);
      docs = new Set(docs ? [...docs].filter((doc) => holders.has(doc)) : holders);
    }
    for (const doc of docs ?? []) saying.add(doc);
  }
  return saying;
}
