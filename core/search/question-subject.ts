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
