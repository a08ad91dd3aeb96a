/**
 * Words readers shorten when they type on a phone ("pdte q cerro el congre", "presi q renuncio x fax"),
 * spelt out as the glossary's texts write them. Folded.
 */
const SPELT_OUT: ReadonlyMap<string, string> = new Map([
  ['q', 'que'],
  ['xq', 'porque'],
  ['pq', 'porque'],
  ['pdte', 'presidente'],
  ['pdta', 'presidenta'],
  ['pte', 'presidente'],
  ['presi', 'presidente'],
  ['expresi', 'expresidente'],
  ['congre', 'congreso'],
  ['tb', 'tambien'],
  ['tmb', 'tambien'],
  ['dnd', 'donde'],
  ['xa', 'para'],
  ['dif', 'diferencia'],
]);

/** Three letters or more typed apart, an acronym spelt letter by letter ("a p r a", "p p k renuncia"). */
const SPELT_LETTERS = /(?:^|(?<= ))[a-z](?: [a-z]){2,}(?= |$)/g;

/**
 * A folded query with its phone shorthand spelt out, and an acronym typed letter by letter joined. "x" is
 * "por" ("renunció x fax") except between two names, where it sets them against each other ("lula x
 * bolsonaro": `isName` tells).
 */
export function spellOutShorthand(query: string, isName: (word: string) => boolean): string {
  const words = query.replace(SPELT_LETTERS, (letters) => letters.replaceAll(' ', '')).split(' ');
  return words
    .map((word, at) => {
      if (word === 'x') {
        const before = words[at - 1];
        const after = words[at + 1];
        return before !== undefined && after !== undefined && isName(before) && isName(after) ? word : 'por';
      }
      return SPELT_OUT.get(word) ?? word;
    })
    .join(' ');
}

/**
 * "más" (more), which folds to the MAS party's name: dropped where its accent says so, or where it is
 * typed bare, not in capitals, before what it compares ("saca mas del 50%", "mas de la mitad", "mas
 * que"). "MAS" in capitals and "el mas de evo" are the party. On the query as typed, before folding.
 */
export function withoutMore(typed: string): string {
  return typed.replace(MORE, ' ');
}

const MORE =
  /(?<![\p{L}\p{M}])(?:[Mm][áÁ]s|MÁS|[Mm]ais(?= de| que)|[Mm]as(?= (?:del? (?:la|las|los|el|un|una|lo|\d)|que|\d{1,3}(?!\d))))(?![\p{L}\p{M}])/gu;
