import { ARTICLES, nameWord } from './mention-context';

/**
 * Capitalized words next to a surname that say nothing about whose surname it is: titles, honorifics,
 * offices, and the words that open English, Spanish, Portuguese and French sentences. Pages get them in
 * the term index (word-lists.ts), not in the content script every page loads.
 */
export const NEUTRAL_NEIGHBOURS: ReadonlySet<string> = new Set([
  // Articles ("the Fujimori government", "la Boluarte").
  ...ARTICLES,
  ...(
    'president presidente presidenta président presidents former ex expresidente expresidenta general ' +
    'gen congressman congresswoman congresista senator senador senadora minister ministro ministra ' +
    'ministre mayor alcalde alcaldesa candidate candidato candidata leader lider mr mrs ms miss dr sr ' +
    'sra srta don dona mister senor senora lady sir prime premier commander comandante colonel ' +
    'coronel judge juez jueza fiscal prosecutor vice vicepresidente vicepresidenta pope papa sen rep ' +
    'gov governor gobernador secretary secretario chancellor canciller dictator dictador comrade ' +
    'camarada chairman madame monsieur mme senhor senhora a an in on at but and when after before ' +
    'yesterday today now then also for with as while en ayer hoy pero y segun para con cuando tras ' +
    'desde une dans em mas of de why how what who por que ni si sin sobre entre hasta both ambos ' +
    // Prefixes and titles joined by a hyphen ("Pro-Fujimori", "President-elect Castillo").
    'pro anti post pre elect interim acting outgoing incoming deputy mandatario mandataria ' +
    'exmandatario exmandataria jefe jefa ' +
    // Words that open a sentence before a surname ("Under Fujimori", "Bajo Castillo", "Sob Lula").
    'under during against unlike like despite since until from by without although though because if ' +
    'meanwhile however bajo durante contra ante hacia mediante aunque como mientras pese incluso ' +
    'porque donde su sus este esta otro otra tambien sob apos pelo pela ao com sem sous pendant ' +
    'contre avec selon pour par sans chez apres avant depuis et mais quand des aux ' +
    // More of them in Portuguese, Spanish, French and English ("Quando Lula voltou", "Ontem Boluarte").
    'quando enquanto embora segundo ontem hoje agora entao ate deputado deputada governador ' +
    'governadora luego entonces ahora ademas lorsque hier alors pourtant ainsi comme puis ensuite ' +
    'depute so yet even still only instead later earlier ' +
    // Prepositions that open a sentence ("Outre Castillo", "Além de Lula", "Besides Petro").
    'outre malgre envers vers voici grace hormis sauf parmi excepto salvo alem perante conforme apesar ' +
    'besides beyond except among amid amidst toward towards via per versus vs ' +
    // "Neither Noboa nor González won", "Nem Lula nem Bolsonaro".
    'neither either nor nem ' +
    // Adverbs that open a sentence ("Já Humala foi detido", "Ya Castillo", "Después Vizcarra").
    'ja ya porem contudo assim ainda logo depois antes despues aun todavia already again deja ' +
    // "Tanto López Aliaga como Keiko", "Tampoco Castillo", "Solo Boluarte", "Même Lula".
    'tanto tampoco solo recien finalmente asimismo igualmente inclusive quizas quiza apenas tambem ' +
    'aussi meme seul surtout encore just perhaps maybe indeed thus ' +
    // French "M." (Monsieur) before a surname: "M. Jeri", not an initial.
    'm ' +
    // Slogans ("Viva Lula", "Fuera Boluarte", "Fora Bolsonaro", "Lula Livre", "Free Lula").
    'viva vivan abajo fuera fora libre livre free ' +
    // Pronouns after a name a sentence break lost ("Daniel Noboa He was…", machine-translated pages).
    'he she they we it el ella ellos ellas ele eles il elle ils elles ' +
    // A Spanish or Portuguese news page's section after a linked headline ("… es Gabriel Boric
    // Internacional"); not English, where "Jorge Chávez International Airport" runs on.
    'internacional mundo politica nacional opinion opiniao economia actualidad noticias ' +
    // A case named after a person ("Caso Humala", "the Odebrecht case", "l'affaire Fujimori").
    'caso case affaire'
  )
    .split(' ')
    .map(nameWord),
]);
