/**
 * Opposition to a movement, written as one word ("antifujimorismo", "antibolsonarismo", "anticorreísmo"):
 * a reader looks up the movement, so search reads the word without its "anti".
 */

const ANTI = 'anti';
/** The ending of a movement named after its leader ("bolsonarismo", "bolsonariste"). */
const MOVEMENT_ENDING = /(?:ismo|ista|istas|isme|iste|istes|ism|ist|ists)$/;

/**
 * `key` (folded) with each "anti…" word that begins no name read as what it opposes: the rest where a
 * name begins so ("fujimorismo"), else the rest without its ending where a name begins so ("bolsonar").
 */
export function withoutOpposition(key: string, beginsAName: (text: string) => boolean): string {
  return key
    .split(' ')
    .map((word) => {
      if (!word.startsWith(ANTI) || word.length <= ANTI.length + 3 || beginsAName(word)) return word;
      const opposed = word.slice(ANTI.length);
      if (beginsAName(opposed)) return opposed;
      const root = opposed.replace(MOVEMENT_ENDING, '');
      return root.length >= 4 && beginsAName(root) ? root : word;
    })
    .join(' ');
}
