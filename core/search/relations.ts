/**
 * Words of a query that ask for someone or something by their tie to a name ("esposa de ollanta humala",
 * "founder of shining path", "parti d'evo morales"): the words readers type for each tie (English,
 * Spanish, Portuguese, French; folded as search keys), the words an entry's English or Spanish summary
 * says it with (whole words: "partido", never "participación"), and the kind of entry that has it.
 */
export interface Relation {
  /** Whole words of names and summaries that state the tie. */
  said: readonly string[];
  /**
   * Whole words with which the named entry's own summary points to the one sought, named right after
   * ("her husband Ollanta Humala", "daughter of Alberto Fujimori", "founded by Alejandro Toledo").
   */
  saidBack: readonly string[];
  /** The categories of the entry sought. */
  categories: readonly string[];
  /**
   * Whole words after which the sought entry's own summary names the named one: "after Martín
   * Vizcarra's removal" in his successor's.
   */
  follows?: readonly string[];
  /** The tie is told in the details as well as the summary (who beat whom in which election). */
  inDetails?: boolean;
  /**
   * Asked only with "who" or a relative ("who pardoned fujimori", "presidente que indultó a…"): the deed's
   * noun beside the name ("indulto a fujimori") is told in the named one's own entry.
   */
  whoAsked?: boolean;
  /** The tie is a kind of thing ("party", "movement"): beside a name of that kind, it is that one's. */
  kind?: boolean;
}

const PERSON = ['person'];
const SPOUSE = 'wife husband spouse married esposa esposo marido conyuge casada casado';
const SIBLING = 'brother sister hermano hermana';
const PARENT = 'father mother padre madre';
const CHILD = 'daughter son hija hijo';

/** Words a summary names someone's predecessor after: "after Manuel Merino's resignation", "tras". */
const AFTER =
  'after tras succeeded succeeding successor replaced replacing sucedio sucediendo sucesor sucesora reemplazo reemplazando';

/** Words readers ask for someone's successor or predecessor with (office-holder.ts reads terms by them too). */
export const SUCCESSOR_ASKED =
  'successor sucesor sucesora sucessor sucessora successeur succeeded replaced sucedio reemplazo sucedeu succede remplace substituiu ' +
  // "herdeiro político escolhido por chávez": an heir is a successor.
  'heir heredero heredera herdeiro herdeira heritier heritiere delfin dauphin';
export const PREDECESSOR_ASKED =
  'predecessor predecesor predecesora antecesor antecesora antecessor predecesseur';

/** Words a summary names someone after whom its subject removed by force: "ousted Juan Velasco Alvarado". */
const OUSTED = 'ousted overthrew deposed toppled derroco depuso derribo renverse renversa derrubou depos';

/** Words readers ask who pardoned someone with, and those a text names the pardoned one after. */
const PARDON_ASKED = 'pardon pardoned pardons indulto indultar indulted indultou gracie gracia';
const PARDONED = 'pardoned indulto';

/** Words a summary names an election's loser after: "beat Keiko Fujimori in the runoff", "venció a". */
const BEAT = 'beat defeated defeating vencio derroto derrotando venciendo';
/** Words a loser's summary names the winner after: "lost the runoff to Alberto Fujimori", "ante". */
const LOST_TO = 'to ante';

function relation(
  asked: string,
  said: string,
  saidBack: string,
  categories: readonly string[],
  follows?: string,
): [string[], Relation] {
  const words = (list: string) => (list === '' ? [] : list.split(' '));
  const tie: Relation = { said: words(said), saidBack: words(saidBack), categories };
  return [asked.split(' '), follows ? { ...tie, follows: words(follows) } : tie];
}

/** A tie told in the details: who beat whom, or pardoned whom, is rarely in a summary. */
function election([asked, tie]: [string[], Relation]): [string[], Relation] {
  return [asked, { ...tie, inDetails: true }];
}

/** Who beat the one named, and who lost to them: each the other's turned round (turnedRound). */
const BEATEN = doneBy(
  election(relation('beat defeated vencio derroto gano venceu derrotou battu', '', LOST_TO, PERSON, BEAT)),
);
const LOST = doneBy(election(relation('lost lose loses perdio perdeu perdu', '', BEAT, PERSON, LOST_TO)));

/**
 * Words that set two people named in one query against each other in a vote ("keiko perdió con
 * castillo", "lula venceu bolsonaro"): the contest asked about, where the glossary has it.
 */
export const CONTEST_WORDS: ReadonlySet<string> = new Set(
  (
    'beat beats defeated won lost lose loses gano gana vencio derroto perdio ' +
    'venceu ganhou derrotou perdeu battu perdu gagne gagna remporte remporta'
  ).split(' '),
);

/** Words that set two names against each other only with nothing else beside ("keiko contra ppk"). */
export const AGAINST_WORDS: ReadonlySet<string> = new Set('contra against contre'.split(' '));

/** Words of an election and its rounds (folded): "segunda vuelta", "présidentielle", "balotaje". */
export const ELECTION_WORDS: ReadonlySet<string> = new Set(
  (
    'segunda vuelta runoff second round tour turno volta balotaje ballotage ballottage eleccion elecciones ' +
    'election elections eleicao eleicoes presidential presidencial presidenciales presidentielle vote'
  ).split(' '),
);

/** Words that name an election (folded): an event so named is one. */
export const ELECTION_NAMES: ReadonlySet<string> = new Set(
  'election elections eleccion elecciones eleicao eleicoes'.split(' '),
);

/** Who ousted the one named, and (turned round) whom they ousted: "a quién derrocó velasco". */
// Its summary may name the ousted one after the coup it led: "led the coup of 1973 against Salvador Allende".
/** The ousted one's words for it ("derrocado por velasco", "overthrown by pinochet"): asked, turned round by "by". */
const OUSTED_BY =
  'derrocado derrocada depuesto depuesta overthrown deposto deposta derrubado derrubada renversee destituido destituida';
const OUSTER = relation(`${OUSTED} ${OUSTED_BY} saco golpe`, '', '', PERSON, `${OUSTED} coup golpe`);
const OUSTED_ONE = relation('', '', `${OUSTED} coup golpe`, PERSON)[1];

/**
 * The tie asked the other way round, where the one named did the deed: "who did keiko lose to" asks
 * who beat her; "a quién derrotó castillo" who lost to him; "a quién derrocó velasco" whom he ousted.
 */
export function turnedRound(tie: Relation): Relation | undefined {
  if (tie === BEATEN[1]) return LOST[1];
  if (tie === LOST[1]) return BEATEN[1];
  if (tie === OUSTER[1]) return OUSTED_ONE;
  return undefined;
}

/** A tie that is a kind of thing: beside a name of that kind ("MAS party"), it asks for that one. */
function ofAKind([asked, tie]: [string[], Relation]): [string[], Relation] {
  return [asked, { ...tie, kind: true }];
}

/** A tie asked only by who did it. */
function doneBy([asked, tie]: [string[], Relation]): [string[], Relation] {
  return [asked, { ...tie, whoAsked: true }];
}

const RELATIONS = [
  relation(
    'wife husband spouse widow widower esposa esposo marido conyuge viuda viudo mulher viuva epouse mari veuve mujer pareja femme',
    SPOUSE,
    SPOUSE,
    PERSON,
  ),
  relation('brother sister hermano hermana irmao irma frere soeur', SIBLING, SIBLING, PERSON),
  relation('daughter hija hijo filha filho fille fils', CHILD, PARENT, PERSON),
  // "el papá de keiko", "la mamá de kenji": readers write what they say.
  relation('father mother padre madre pai mae pere mere papa mama dad mom mum', PARENT, CHILD, PERSON),
  relation(
    'founder cofounder founded cofounded fundador fundadora fundo fundou fondateur fondatrice fonda',
    'founder founded cofounder fundador fundadora fundo fundado fundada cofundador cofundadora',
    'founded fundado fundada',
    PERSON,
  ),
  relation(
    'leader lider jefe chief dirigente cabecilla chef',
    'leader led lider dirigente jefe headed encabezo dirigio',
    'led dirigido dirigida',
    PERSON,
  ),
  relation(SUCCESSOR_ASKED, '', '', PERSON, AFTER),
  // "el general que le dio el golpe a velasco", "who ousted allende": the summary that names him after it.
  OUSTER,
  BEATEN,
  LOST,
  // "rival de lula en 2022": whoever beat the one named, or lost to them.
  election(
    relation(
      'rival rivals opponent opponents contrincante adversario adversaria oponente rivale adversaire',
      '',
      `${BEAT} ${LOST_TO}`,
      PERSON,
      `${BEAT} ${LOST_TO}`,
    ),
  ),
  // "who pardoned fujimori", "quién le dio el indulto a fujimori": whose text says they pardoned him.
  doneBy(election(relation(PARDON_ASKED, '', '', PERSON, PARDONED))),
  relation(PREDECESSOR_ASKED, '', AFTER, PERSON),
  relation(
    // "compañera de fórmula de castillo", "running mate", "colistière": who ran beside them.
    'vice vicepresident vicepresidente vicepresidenta formula mate colistier colistiere chapa',
    'vice vicepresident vicepresidente vicepresidenta',
    '',
    PERSON,
  ),
  ofAKind(
    relation('party partido parti partei', 'party partido parties partidos', 'party partido', ['party']),
  ),
  ofAKind(
    relation(
      'movement movimiento movimento mouvement',
      'movement movimiento party partido',
      'movement movimiento party partido',
      ['movement', 'party'],
    ),
  ),
];

const BY_WORD: ReadonlyMap<string, Relation> = new Map(
  RELATIONS.flatMap(([asked, tie]) => asked.map((word) => [word, tie] as const)),
);

/**
 * "golpe" asks who ousted someone only when it was done to them ("el golpe a velasco", "golpe contra
 * allende"); "velasco golpe 1968" is the coup he led. A query without the words that ask so.
 */
export function withoutOwnDeeds(query: string): string {
  return query.replace(/\bgolpe\b(?!(?: de estado)? (?:a|al|contra|contre|against)\b)/g, ' ').trim();
}

/** The tie a query's word asks for, if it is one. */
export function relationOf(word: string): Relation | undefined {
  return BY_WORD.get(word);
}
