/**
 * A question for whoever did something ("quien disolvio el congreso en 1992", "who led the shining
 * path", "who wrote a theology of liberation"): the deed's entry (the self-coup, the organization, the
 * current) is found by the words, and the one who did it is the person or organization its summary names
 * first ("President Alberto Fujimori … dissolved Congress").
 */

const WHO = new Set(['who', 'quien', 'quienes', 'quem', 'qui']);
/** Auxiliaries between the question word and the deed ("who has led", "qui a fondé"). */
const AUXILIARIES = new Set(['has', 'had', 'did', 'ha', 'han', 'a', 'foi']);
/** Deeds, folded: someone leads, founds, writes, dissolves, orders, commits, kills, starts, wins. */
const DEED =
  /^(?:led|lead|leads|found|founded|create|created|wrote|write|writes|dissolv|ordered|committed|killed|start|began|launch|won|headed|coined|lider|dirig|fund|cre[oa]|escrib|escrev|ecri|disol|dissol|orden|comet|mat[oa]u?$|inici|lanz|lanc|gan[oh]|encabez|acun|invent)/;

/** Deeds an organization does as well as a person: a massacre is committed by a unit or a group. */
const ORGANIZATIONS_DO = /^(?:committed|killed|comet|mat[oa]u?$)/;

/**
 * The kinds of entry a folded query asks for by who did a deed (a question word, perhaps an auxiliary,
 * a verb of doing), or undefined when it asks no such thing.
 */
export function whoDidIt(key: string): readonly string[] | undefined {
  const words = key.split(' ');
  if (!WHO.has(words[0] as string)) return undefined;
  const verb = AUXILIARIES.has(words[1] as string) ? words[2] : words[1];
  if (verb === undefined || !DEED.test(verb)) return undefined;
  return ORGANIZATIONS_DO.test(verb) ? ['person', 'organization'] : ['person'];
}
