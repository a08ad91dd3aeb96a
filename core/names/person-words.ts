import type { MentionContext } from './mention-context';
import { nameWord } from './mention-context';

/**
 * Words around a person's name that say who, or that it is not a person's (read-mention.ts): titles of a
 * woman or a man, a head of state's time in office, a family's eldest or youngest, a thing called so.
 */

/** Titles before a surname that say a woman or a man (a head of state's: HEAD_OF_STATE_TITLES). */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(
  'presidenta expresidenta mandataria exmandataria dictadora senora sra mrs ms madame mme senhora lady candidata lideresa'.split(
    ' ',
  ),
);
export const MALE_TITLES: ReadonlySet<string> = new Set('senor sr mr monsieur senhor candidato'.split(' '));

/** Titles only a person has before their surname ("doña", "Mr"). Folded. */
export const PERSONS_TITLES: ReadonlySet<string> = new Set([
  ...FEMALE_TITLES,
  ...MALE_TITLES,
  ...'don dona srta miss dr'.split(' '),
]);

/** A head of state's time before "de", "of" (folded): "el gobierno de Fujimori", "the era of Velasco". */
const GOVERNMENT_OF: ReadonlySet<string> = new Set(
  (
    'gobierno regimen dictadura epoca government regime dictatorship administration era governo ditadura ' +
    'gouvernement dictature gobiernos governments governos gouvernements'
  ).split(' '),
);
const OF_WORDS: ReadonlySet<string> = new Set('de del of do da du'.split(' '));
/** And after the surname, in English: "the Fujimori government", "the Fujimori years". */
const GOVERNMENT_AFTER: ReadonlySet<string> = new Set(
  'government regime administration years dictatorship presidency'.split(' '),
);

/** Words right before a surname that put a time under its bearer's rule: "Under Fujimori, Peru…", "bajo Castillo". */
const UNDER: ReadonlySet<string> = new Set('under bajo sob sous'.split(' '));

/** Whether a word of rule comes right before `start` ("Under Fujimori, Peru…": no town of Peru). */
export function afterUnder(text: string, start: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return before !== undefined && UNDER.has(nameWord(before));
}

/** Whether the words around a surname speak of its bearer's time in government. */
export function governmentOf(context: MentionContext | undefined): boolean {
  const two = context?.twoBefore;
  if (two && OF_WORDS.has(two[1]) && GOVERNMENT_OF.has(two[0])) return true;
  if (context?.previous && UNDER.has(nameWord(context.previous.word))) return true;
  const next = context?.next;
  return next !== undefined && !next.afterOf && GOVERNMENT_AFTER.has(nameWord(next.word));
}

/** Words before a family's surname that say which of them by age: "the elder Fujimori", "el menor". */
const ELDER: ReadonlySet<string> = new Set('elder older senior mayor'.split(' '));
const YOUNGER: ReadonlySet<string> = new Set('younger junior menor'.split(' '));

export function ageBefore(title: string | undefined): 'elder' | 'younger' | undefined {
  if (title === undefined) return undefined;
  return ELDER.has(title) ? 'elder' : YOUNGER.has(title) ? 'younger' : undefined;
}

/**
 * A child's or a parent's word: before "de", "of", the parent or the child is named ("la hija de Fujimori").
 * Not English "son": Spanish "son de Fujimori" is "are Fujimori's".
 */
const CHILD: ReadonlySet<string> = new Set('hija hijo daughter fille fils filha filho'.split(' '));
const PARENT: ReadonlySet<string> = new Set('padre madre father mother pere mere pai mae'.split(' '));

/** A sibling's or a spouse's word: before "de", "of", the one named is their relative ("la hermana de Morales"). */
const SIBLING_OR_SPOUSE: ReadonlySet<string> = new Set(
  'hermana hermano irma irmao sister brother soeur frere esposa esposo wife husband mujer marido viuda widow epouse'.split(
    ' ',
  ),
);

/**
 * Whether a kin word and "de" or "of" come right before a surname ("a irmã de Morales", "the wife of
 * Humala"): the surname is the relative's the page speaks of, not the kin's it may have named.
 */
export function kinBefore(context: MentionContext | undefined): boolean {
  const two = context?.twoBefore;
  return (
    two !== undefined &&
    OF_WORDS.has(two[1]) &&
    (CHILD.has(two[0]) || PARENT.has(two[0]) || SIBLING_OR_SPOUSE.has(two[0]))
  );
}

/**
 * Which of a family the words around its surname say by kin: "la hija de Fujimori", "the daughter of
 * Fujimori", "Fujimori padre" (the parent: the elder); "el padre de Fujimori", "Fujimori hija" (the child).
 */
export function ageByKin(context: MentionContext | undefined): 'elder' | 'younger' | undefined {
  const two = context?.twoBefore;
  if (two && OF_WORDS.has(two[1])) {
    if (CHILD.has(two[0])) return 'elder';
    if (PARENT.has(two[0])) return 'younger';
  }
  const next = context?.next;
  if (!next || next.afterOf) return undefined;
  const after = nameWord(next.word);
  return PARENT.has(after) ? 'elder' : CHILD.has(after) ? 'younger' : undefined;
}
