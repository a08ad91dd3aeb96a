import { countryOfWord } from '../names/countries';
import { meaningfulWords, PLAIN_WORDS } from './search-text';

/**
 * A body asked for by the word for its members ("congresistas", "peruvian congressman", "los senadores
 * peruanos"): readers type who sits in it where the glossary names the body itself.
 */
const BODIES: readonly (readonly [body: string, members: string])[] = [
  [
    'congreso',
    'congresista congresistas congressman congressmen congresswoman congresswomen congressista ' +
      'congressistas congressiste congressistes parlamentario parlamentarios parlamentaria ' +
      'parlamentarias parlementaire parlementaires parlamentar parlamentares legislador ' +
      'legisladores legisladora legislator legislators lawmaker lawmakers',
  ],
  ['senado', 'senador senadores senadora senadoras senator senators senateur senateurs'],
];

const BODY_OF_MEMBER: ReadonlyMap<string, string> = new Map(
  BODIES.flatMap(([body, members]) => members.split(' ').map((member) => [member, body] as const)),
);

/**
 * The body (a folded word of its name) and the countries a query asks for by its members' word alone,
 * with nothing beside it but countries and plain words; undefined for any other query.
 */
export function bodyOfItsMembers(key: string): { body: string; countries: string[] } | undefined {
  const words = meaningfulWords(key, PLAIN_WORDS);
  const bodies = new Set(words.flatMap((word) => BODY_OF_MEMBER.get(word) ?? []));
  const countries = words.flatMap((word) => countryOfWord(word) ?? []);
  const [body] = bodies;
  if (body === undefined || bodies.size > 1) return undefined;
  const others = words.filter((word) => !BODY_OF_MEMBER.has(word) && countryOfWord(word) === undefined);
  return others.length === 0 ? { body, countries } : undefined;
}
