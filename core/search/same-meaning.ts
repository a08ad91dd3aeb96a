import type { PrefixIndex } from './prefix-index';
import { stem } from './search-text';

/**
 * Words of the four languages that say the same thing in political news. The glossary's texts are written
 * in English and Spanish only: a reader's "destituée", "fechou" or "propinas" finds what they say as
 * "removed", "cerró" or "sobornos". Each word is the beginning of folded words, or a whole word where it
 * ends in "$" (short words and words that begin others: "cerro" begins "Cerrón").
 */
const GROUPS: readonly (readonly string[])[] = [
  // Removed from office.
  [
    'destitu',
    'vacad',
    'vacar$',
    'remove',
    'ousted',
    'oust$',
    'impeach',
    'depues',
    'deposto',
    'deposta',
    'derroc',
    'overthr',
    'deposed',
  ],
  // Closing or dissolving a body.
  [
    'disol',
    'dissol',
    'dissou',
    'cerro$',
    'cerrar',
    'cerraron',
    'cierre',
    'closed',
    'closing',
    'shut$',
    'shutting',
    'fechou',
    'fechar',
    'ferme',
    'fermer',
  ],
  // Bribes.
  ['soborn', 'coima', 'bribe', 'bribery', 'propina', 'subor'],
  // Builders.
  ['construc', 'empreit', 'builder'],
  // Prison.
  [
    'prision',
    'prison',
    'prisao',
    'carcel',
    'jail',
    'encarcel',
    'imprison',
    'emprison',
    'megaprision',
    'megaprisao',
    'megacarcel',
    'megaprison',
    'megajail',
  ],
  // Teachers.
  ['maestr', 'profesor', 'teacher', 'professeur', 'instituteur', 'institutrice', 'professor'],
  // Coups.
  ['golpe', 'coup$', 'coups$', 'putsch'],
  // Elections, and their second rounds.
  ['elecci', 'electi', 'eleic', 'elector', 'eleitor', 'presidentiel'],
  ['balotaj', 'ballotage', 'ballottage', 'runoff', 'run-off'],
  // Killings.
  ['asesin', 'assassin', 'murder', 'killed', 'killing'],
  // Kidnappings.
  ['secuestr', 'kidnap', 'sequestr', 'enleve', 'enlevement'],
  // Massacres.
  ['masacr', 'massacr', 'matanz', 'chacina'],
  // Guerrillas.
  ['guerrill', 'guerill', 'guerrilh'],
  // Strikes.
  ['huelga', 'strike', 'greve'],
  // Mining.
  ['mineria', 'minero', 'minera', 'mining', 'miners$', 'minier', 'mineracao'],
  // Drug trafficking.
  ['narcotr', 'drug$', 'drugs$', 'droga', 'drogue', 'trafficking', 'trafic'],
  // Pardons and amnesties.
  ['indult', 'pardon', 'perdon', 'gracie', 'amnist', 'amnesti', 'anisti'],
  // The poor, the world.
  ['pobre', 'poor', 'pauvre', 'poverty'],
  ['mundo$', 'mundial', 'world', 'monde$', 'mondial'],
  // Resigning.
  ['renunc', 'resign', 'demission', 'renunci'],
  // Japan.
  ['japon', 'japanese', 'japao', 'japone'],
  // A chainsaw (Milei's).
  ['motosierra', 'chainsaw', 'motosserra', 'tronconneuse'],
  // Dying, being convicted, being elected.
  ['muri', 'muert', 'died', 'death', 'dies$', 'mort$', 'morreu', 'morte$', 'deces', 'fallec'],
  ['conden', 'convict', 'condamn', 'sentenced'],
  ['elegid', 'elected', 'elu$', 'elue$', 'eleito', 'eleita', 'electo$', 'electa$'],
  // Women, and the first one.
  ['mujer', 'woman$', 'women$', 'female', 'femme', 'mulher'],
  ['primer', 'first$', 'premier', 'primeir'],
  // Writing, and who wrote.
  ['escrib', 'wrote', 'written', 'writer', 'write$', 'writes', 'autor', 'author', 'auteur', 'escrev', 'ecri'],
  // Laws.
  ['ley$', 'leyes$', 'law$', 'laws$', 'loi$', 'lois$', 'lei$', 'leis$'],
  // Peasants, patrols (the rondas campesinas), dictatorships, repression, aid, cocaine.
  ['campesin', 'paysan', 'peasant', 'campones'],
  ['ronda$', 'rondas$', 'patrol', 'patrouill', 'patrulh', 'patrull'],
  ['dictad', 'dictat', 'ditad'],
  ['repres', 'crackdown'],
  ['ayuda', 'ajuda', 'aid$', 'aide$'],
  ['cocain', 'coca$'],
  // A crisis.
  ['crisis', 'crise$', 'crises$'],
  // Seats in a parliament.
  ['escano', 'curul', 'seat$', 'seats$', 'siege$', 'sieges$', 'cadeira'],
  // A first lady; embassies; asylum.
  ['dama$', 'lady$', 'dame$', 'damas$', 'ladies$', 'dames$'],
  ['embaj', 'embass', 'ambassade', 'embaix'],
  ['asil', 'asylum', 'refugi', 'refuge'],
  // Uprisings and protests.
  [
    'uprising',
    'revolt',
    'rebel',
    'levantam',
    'alzamien',
    'subleva',
    'revuelta',
    'insurrec',
    'revolta',
    'soulev',
  ],
  ['protest', 'manifestac', 'manifestat', 'marcha$', 'marchas$', 'mobilis', 'mobiliz'],
];

const isWhole = (same: string) => same.endsWith('$');
const bare = (same: string) => (isWhole(same) ? same.slice(0, -1) : same);
const says = (word: string, same: string) => (isWhole(same) ? word === bare(same) : word.startsWith(same));

/**
 * The documents of `index` with a word that begins as `word`'s stem (`own`), and those with only a word
 * that says the same in one of the four languages (`same`).
 */
export function lookupMeaning(index: PrefixIndex, word: string): { own: Set<number>; same: Set<number> } {
  const own = index.lookup(stem(word));
  const same = new Set<number>();
  const group = GROUPS.find((words) => words.some((other) => says(word, other)));
  for (const other of group ?? []) {
    if (says(word, other)) continue;
    for (const doc of isWhole(other) ? index.lookupWord(bare(other)) : index.lookup(other))
      if (!own.has(doc)) same.add(doc);
  }
  return { own, same };
}
