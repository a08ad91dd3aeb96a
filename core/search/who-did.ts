/**
 * A question for whoever did something ("quien disolvio el congreso en 1992", "who led the shining
 * path", "who wrote a theology of liberation"): the deed's entry (the self-coup, the organization, the
 * current) is found by the words, and the one who did it is the person or organization its summary names
 * first ("President Alberto Fujimori … dissolved Congress").
 */

import { ARTICLES, isRole, RELATIVES, WHICH, WHO } from './role-words';

/** Words naming the one a deed was done to ("coup against belaunde"): that one is not the deed. */
const AGAINST = /\b(?:against|contra|contre)\b/;
/** Auxiliaries between the question word and the deed ("who has led", "qui a fondé"). */
const AUXILIARIES = new Set(['has', 'had', 'did', 'ha', 'han', 'a', 'foi']);
/** Deeds, folded: someone leads, founds, writes, dissolves (or closes), orders, commits, kills, starts, wins. */
const DEED =
  /^(?:led|lead|leads|found|founded|create|created|wrote|write|writes|dissolv|ordered|committed|killed|start|began|launch|won|headed|coined|lider|dirig|fund|cre[oa]|escrib|escrev|ecri|disol|dissol|orden|comet|mat[oa]u?$|inici|lanz|lanc|gan[oh]|gagn|remport|encabez|acun|invent|dio$|deu$|staged|perpetr|cerr(?:o$|ar)|clos|shut|fech|ferm|dissou)/;

/** Deeds an organization does as well as a person: a massacre is committed by a unit or a group. */
const ORGANIZATIONS_DO = /^(?:committed|killed|comet|mat[oa]u?$)/;

/** A question for whoever did a deed: the kinds of entry asked for, and the deed's words (from its verb on). */
export interface WhoDidIt {
  doers: readonly string[];
  deed: string;
}

/**
 * What a folded query asks for by who did a deed (a question word or a role and a relative, perhaps an
 * auxiliary, a verb of doing), or undefined when it asks no such thing.
 */
export function whoDidIt(key: string): WhoDidIt | undefined {
  const words = afterTheRole(key.split(' '));
  if (!WHO.has(words[0] as string)) return undefined;
  const at = AUXILIARIES.has(words[1] as string) ? 2 : 1;
  const verb = words[at];
  if (verb === undefined || !DEED.test(verb)) return undefined;
  return {
    doers: ORGANIZATIONS_DO.test(verb) ? ['person', 'organization'] : ['person'],
    deed: words.slice(at).join(' '),
  };
}

/**
 * The words from the relative on when a role opens the question ("el general que…", "o sacerdote que
 * escreveu…"): the question is the same as "who led…". Else all of them.
 */
function afterTheRole(words: readonly string[]): readonly string[] {
  // "qué presidente cerró el congreso", "which general led the coup".
  if (WHICH.has(words[0] as string) && isRole((words[1] as string) ?? '')) return ['who', ...words.slice(2)];
  const role = ARTICLES.has(words[0] as string) ? 1 : 0;
  const opening = words[role];
  if (opening === undefined || !isRole(opening) || !RELATIVES.has(words[role + 1] as string)) return words;
  return ['who', ...words.slice(role + 2)];
}

/** Words that ask in what year, as "when" does: "en qué año", "in what year", "em que ano", "en quelle année". */
const WHAT_YEAR = /^(?:(?:en|in|em) )?(?:que|what|which|quelle|qual) (?:ano|year|annee)\b/;

/** Deeds of founding: what a "when" question about one asks for is the thing founded. */
const FOUNDING = /^(?:found|fund|fond|cre[oa]|created)/;

/** Whether a deed (from its verb on) is a founding ("fundo el apra", "founded sendero luminoso"). */
export function isFounding(deed: string): boolean {
  return FOUNDING.test(deed);
}

/** Question words that ask when or why ("cuando fujimori cerró el congreso", "por qué vizcarra lo disolvió"). */
const WHEN_OR_WHY = new Set(['cuando', 'when', 'quand', 'quando', 'why', 'pourquoi', 'porque']);

/**
 * The deed's words (from its verb on) where a folded query asks when or why someone did it ("cuando
 * fujimori disolvio el congreso con tanques"): what it asks for is the event, not the one who did it.
 */
export function whenDone(key: string): string | undefined {
  const typed = key.split(' ');
  // "por qué" in two words, as "why"; "en qué año", "in what year", as "when".
  const year = WHAT_YEAR.exec(key)?.[0];
  const words =
    typed[0] === 'por' && typed[1] === 'que'
      ? ['why', ...typed.slice(2)]
      : year
        ? ['when', ...typed.slice(year.split(' ').length)]
        : typed;
  const verb = words.findIndex((word, at) => at > 0 && DEED.test(word));
  return WHEN_OR_WHY.has(words[0] as string) && verb !== -1 ? words.slice(verb).join(' ') : undefined;
}

/** What a deed was done to, when the query says ("…coup against belaunde"): the words after it. */
export function deedAgainst(key: string): string | undefined {
  const match = AGAINST.exec(key);
  return match ? key.slice(match.index + match[0].length).trim() : undefined;
}
