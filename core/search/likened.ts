import { demonymCountry } from '../names/countries';
import { ARTICLES } from './role-words';
import { firstOfAll, type SearchableEntry, type SearchHit } from './search-hit';

/**
 * "bolsonaro chileno", "el trump peruano", "the chilean bolsonaro": a person named beside the people of
 * another country asks for someone of that country likened to them. The first person of that country
 * among the hits comes first; none, and the hits stay as they are.
 */
export function likenedFirst<T extends SearchableEntry>(
  query: string,
  hits: SearchHit<T>[],
  /** The entries with this whole name (folded); how many hits to give. */
  ctx: { namedWhole(text: string): readonly T[]; limit: number },
): SearchHit<T>[] {
  const words = query.split(' ');
  const demonym = words.find((word) => demonymCountry(word) !== undefined);
  if (demonym === undefined || words.length > LIKENED_WORDS) return hits;
  const country = demonymCountry(demonym) as string;
  const name = words.filter((word) => word !== demonym && !ARTICLES.has(word)).join(' ');
  const likened = ctx.namedWhole(name).filter((entry) => entry.category === 'person');
  if (likened.length === 0 || likened.some((entry) => entry.countries?.includes(country))) return hits;
  const ofThatCountry = hits.filter(
    (hit) => hit.entry.category === 'person' && hit.entry.countries?.includes(country),
  );
  return firstOfAll(ofThatCountry.slice(0, 1), hits, ctx.limit);
}

/** A likeness is asked in a few words: a name, the people, an article. */
const LIKENED_WORDS = 4;
