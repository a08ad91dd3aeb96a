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
    'indultan indultaron indultado pardoned enjuician juicio trial julgamento proces ' +
    // Leaving office ("Kuczynski renuncia a la presidencia…").
    'renuncia renuncio renunciou resigns resigned dimite dimitio demissionne'
  ).split(' '),
);
/** Being, between a name and what befalls it ("Fujimori es indultado", "Toledo was extradited"). */
const BEING: ReadonlySet<string> = new Set('es fue sera is was has been foi e est a ete'.split(' '));
/** Words between the deed and the name: "condenan a", "la aprehensión de", "the arrest of". */
const BETWEEN: ReadonlySet<string> = new Set('a al de del the of o da do du le la el'.split(' '));

/**
 * The person whose whole name of two words or more comes right after what befalls them, or whose name
 * opens the query right before it, in the query's folded `words`; `namedWhole` gives the people a run of
 * words names whole.
 */
export function personBefallen(
  words: readonly string[],
  namedWhole: (text: string) => readonly number[],
): number | undefined {
  // Or the headline opens with the name, the deed right after it ("Kuczynski renuncia a la presidencia
  // un día después de los videos", "Fujimori es indultado"): of one person, a surname alone will do.
  for (let length = Math.min(4, words.length - 1); length >= 1; length--) {
    const after = words.slice(length).filter((word) => !BEING.has(word));
    if (!BEFALLS.has(after[0] as string)) continue;
    const [person, ...others] = namedWhole(words.slice(0, length).join(' '));
    if (person !== undefined && others.length === 0) return person;
  }
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
