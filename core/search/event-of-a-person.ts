import { countryOfWord } from '../names/countries';
import type { PrefixIndex } from './prefix-index';
import { lookupMeaning } from './same-meaning';
import { isYear, meaningfulWords, PLAIN_WORDS } from './search-text';
import type { SharedEventContext } from './shared-event';

/**
 * Words of the kinds of event a person is tied to ("antauro 2005 uprising", "merino protests",
 * "humala brothers 2000 revolt"), folded, in the glossary's four languages.
 */
const EVENT_WORDS: ReadonlySet<string> = new Set(
  (
    'uprising uprisings revolt revolts rebellion levantamiento levantamientos alzamiento sublevacion ' +
    'rebelion revuelta insurreccion insurrection levante revolta rebeliao soulevement revolte ' +
    'protest protests protesta protestas protesto protestos manifestacion manifestaciones marcha marchas ' +
    'manifestation manifestations mobilisation ' +
    'revolution revolucion revolucao ' +
    'massacre massacres masacre masacres matanza matanzas chacina ' +
    'crisis crise ' +
    'election elections eleccion elecciones eleicao eleicoes presidentielle presidentielles'
  ).split(' '),
);

/** Besides the person, the event's word, a year and a country: this many words at most ("brothers"). */
const OTHER_WORDS = 1;

/** What the rule reads of the glossary, by an entry's place in it, besides its kind, names and ties. */
export interface EventOfAPersonContext extends SharedEventContext {
  /** The year an event began, if known. */
  yearOf(doc: number): number | undefined;
  /** The entries' names and summaries, where an event's kind is said. */
  texts: readonly PrefixIndex[];
}

/**
 * The one event the glossary relates to a person the query names, that the query names by its kind
 * (and its year, if it gives one): "antauro 2005 uprising" is the Andahuaylazo, "merino protests" the
 * crisis of November 2020. `named`: the entries the query names, best first.
 */
export function eventOfAPerson(
  words: readonly string[],
  named: readonly number[],
  ctx: EventOfAPersonContext,
): number | undefined {
  const kinds = words.filter((word) => EVENT_WORDS.has(word));
  if (kinds.length === 0) return undefined;
  const people = [...new Set(named)].filter((doc) => ctx.categoryOf(doc) === 'person');
  if (people.length === 0 || people.length !== new Set(named).size) return undefined;
  const nameWords = new Set(people.flatMap((doc) => ctx.nameWordsOf(doc)));
  const years = words.filter(isYear).map(Number);
  const others = meaningfulWords(words.join(' '), PLAIN_WORDS).filter(
    (word) =>
      !nameWords.has(word) && !EVENT_WORDS.has(word) && !isYear(word) && countryOfWord(word) === undefined,
  );
  if (others.length > OTHER_WORDS || years.length > 1) return undefined;
  // Each kind's word looked up once: the entries whose names or summaries say it, or say the same.
  const sayingEach = kinds.map((kind) => {
    const docs = new Set<number>();
    for (const text of ctx.texts) {
      const { own, same } = lookupMeaning(text, kind);
      for (const doc of [...own, ...same]) docs.add(doc);
    }
    return docs;
  });
  const saying = (doc: number) => sayingEach.every((docs) => docs.has(doc));
  const events = [...new Set(people.flatMap((doc) => [...(ctx.relatedOf(doc) ?? [])]))].filter(
    (doc) =>
      ctx.categoryOf(doc) === 'event' && (years.length === 0 || ctx.yearOf(doc) === years[0]) && saying(doc),
  );
  return events.length === 1 ? events[0] : undefined;
}
