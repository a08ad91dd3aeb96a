import type { SearchableEntry } from './search-hit';
import { meaningfulWords, PLAIN_WORDS } from './search-text';

/**
 * What a thing is classed as: an ideology, or an idea named as one ("populism", "extractivism"), not a
 * deed ("castillo coup" asks for the coup).
 */
const isAClass = (entry: SearchableEntry) =>
  entry.category === 'ideology' || (entry.category === 'concept' && /ism$/.test(entry.term));

/** Words beside a thing and its classes that ask nothing more ("ideología", "o", "de izquierda"). */
const CLASSING: ReadonlySet<string> = new Set(
  (
    'ideologia ideologias ideology ideologie o ou or y e and et partido party parti left right ' +
    'izquierda derecha esquerda direita gauche droite wing extrema far centro center centre'
  ).split(' '),
);

/** What the rule reads of the glossary. */
export interface ClassedContext<T> {
  /** The entries with this whole name (folded). */
  namedWhole(text: string): readonly T[];
  /** The entries a folded text holds a whole name of (three letters or more). */
  namedIn(text: string): readonly T[];
  /** An entry's names, folded. */
  namesOf(entry: T): readonly string[];
}

/**
 * "APRA socialdemócrata o populista", "FARC ideología marxista-leninista", "bukele populista": one thing
 * named beside the ideologies or ideas it may be classed as, and nothing else, asks about the thing.
 * That thing, or undefined.
 */
export function thingClassed<T extends SearchableEntry>(
  query: string,
  ctx: ClassedContext<T>,
): T | undefined {
  const words = query.split(' ');
  const named = new Set([...ctx.namedIn(query), ...words.flatMap((word) => ctx.namedWhole(word))]);
  const things = [...named].filter((entry) => !isAClass(entry));
  const classes = [...named].filter(isAClass);
  if (things.length !== 1 || classes.length === 0) return undefined;
  // The thing first: "populismo de perón", "socialismo del siglo xxi de chávez" ask for his kind of it.
  const [thing] = things as [T];
  const firstAt = (entry: T) =>
    Math.min(
      ...ctx
        .namesOf(entry)
        .map((name) => ` ${query} `.indexOf(` ${name} `))
        .filter((at) => at >= 0),
    );
  if (!(firstAt(thing) < Math.min(...classes.map(firstAt)))) return undefined;
  const nameWords = new Set(
    [...named].flatMap((entry) => ctx.namesOf(entry).flatMap((name) => name.split(' '))),
  );
  const rest = meaningfulWords(query, PLAIN_WORDS).filter(
    (word) => !nameWords.has(word) && !CLASSING.has(word),
  );
  return rest.length === 0 ? thing : undefined;
}
