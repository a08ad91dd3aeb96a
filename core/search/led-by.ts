/**
 * A name with its leader or founder after it ("Fuerza Popular, led by Keiko Fujimori", "el partido
 * Perú Libre, fundado por Vladimir Cerrón"): what is sought is the thing named first, not its leader.
 */

/** "led by", "liderado por", "fondé par"…, folded: the words that introduce a leader after a name. */
const LED_BY =
  / (?:(?:led|headed|founded|run|chaired) by|(?:liderad[oa]|encabezad[oa]|fundad[oa]|dirigid[oa]|presidid[oa]) por|(?:fonde|fondee|dirige|dirigee|mene|menee) par) /;

/** The text before such words, folded, or undefined. `key`: the folded query. */
export function beforeItsLeader(key: string): string | undefined {
  const match = LED_BY.exec(key);
  if (!match || match.index === 0) return undefined;
  return key.slice(0, match.index).trim();
}
