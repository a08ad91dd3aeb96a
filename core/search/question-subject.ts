/**
 * A yes-or-no question about something ("is bukele right wing", "was humala a chavista", "es el apra
 * socialdemócrata"): what it asks about is named right after the verb, before what it is asked to be.
 */

/** Verbs that open such a question, folded: "is", "was", "es", "fue", "é", "est"… */
const COPULAS = new Set('is was are were es era fue son eran e foi sao est etait'.split(' '));
/** Articles readers put before a party or a movement ("is the apra…", "es el fujimorismo…"). */
const ARTICLES = new Set('the el la los las o a os as le les'.split(' '));

/** The words after the verb (and an article) of such a question, or undefined. `key`: the folded query. */
export function questionSubjectWords(key: string): readonly string[] | undefined {
  const words = key.split(' ');
  if (words.length < 3 || !COPULAS.has(words[0] as string)) return undefined;
  const rest = words.slice(1);
  return ARTICLES.has(rest[0] as string) ? rest.slice(1) : rest;
}

/**
 * "qué defiende el fujimorismo", "que propõe o pt": what the named thing stands for is its own entry's
 * to tell. The name asked about, when the rest of the folded query is one (`isWholeName`).
 */
export function subjectOfBelief(key: string, isWholeName: (text: string) => boolean): string | undefined {
  const words = key.split(' ');
  if (!WHAT.has(words[0] as string) || !BELIEVES.has(words[1] as string)) return undefined;
  const rest = words.slice(2);
  const subject = (ARTICLES.has(rest[0] as string) ? rest.slice(1) : rest).join(' ');
  return subject !== '' && isWholeName(subject) ? subject : undefined;
}

/** "What" opening a question about what something stands for. */
const WHAT = new Set('que what quoi'.split(' '));
/** Verbs of what a movement or a party stands for, folded. */
const BELIEVES = new Set(
  'defiende defienden propone proponen plantea busca buscan defende defendem propoe defend propose'.split(
    ' ',
  ),
);

/**
 * Of a question's words, the longest run from the first that `isWholeName` accepts ("apra" of "apra
 * social democratic", "sendero luminoso" of "sendero luminoso terrorista"), leaving at least one word
 * after it: the thing asked about.
 */
export function questionSubject(
  words: readonly string[],
  isWholeName: (text: string) => boolean,
): string | undefined {
  for (let length = words.length - 1; length >= 1; length--) {
    const text = words.slice(0, length).join(' ');
    if (isWholeName(text)) return text;
  }
  return undefined;
}
