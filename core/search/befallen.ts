/**
 * What befalls a person, said right before their name in a headline or a sentence ("Murió Gustavo
 * Gutiérrez, …", "ordena la aprehensión de Evo Morales", "Condenan a Ollanta Humala"): the headline is
 * about that person. Folded words: verbs and nouns of the four languages.
 */
const BEFALLS: ReadonlySet<string> = new Set(
  (
    'murio muere murieron fallece fallecio morreu morre meurt died dies death muerte morte deces ' +
    'detienen detuvieron detencion detencao detention arrestan arrestaron arresto arrest arrested ' +
    'capturan capturaron captura captured capture condenan condenaron condena condenado condenada ' +
    'condemned sentenced convicted conviction liberan liberaron liberado liberada freed released ' +
    'aprehension apresan extraditan extraditado extradited extradicion extradition extradicao ' +
    'indultan indultaron indultado pardoned enjuician juicio trial julgamento proces'
  ).split(' '),
);
/** Words between the deed and the name: "condenan a", "la aprehensión de", "the arrest of". */
const BETWEEN: ReadonlySet<string> = new Set('a al de del the of o da do du le la el'.split(' '));

/**
 * The person whose whole name of two words or more comes right after what befalls them, in the query's
 * folded `words`; `namedWhole` gives the people a run of words names whole.
 */
export function personBefallen(
  words: readonly string[],
  namedWhole: (text: string) => readonly number[],
): number | undefined {
  for (const [at, word] of words.entries()) {
    if (!BEFALLS.has(word)) continue;
    let start = at + 1;
    while (start < words.length && BETWEEN.has(words[start] as string)) start++;
    for (let length = Math.min(5, words.length - start); length >= 2; length--) {
      const [person, ...others] = namedWhole(words.slice(start, start + length).join(' '));
      if (person !== undefined && others.length === 0) return person;
    }
  }
  return undefined;
}
