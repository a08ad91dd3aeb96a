import type { PersonFacts } from '../glossary/person-facts';
import { countryOfWord } from '../names/countries';
import { ARTICLES, genderOfRole, isKin, isRole, RELATIVES, WHICH, WHO } from './role-words';
import { entryFirst, firstOfAll, type SearchableEntry, type SearchHit } from './search-hit';

/** Words that open a query for an entry of these kinds ("elección en que…", "partido de…", "ley que…"). */
const KINDS: readonly (readonly [words: ReadonlySet<string>, categories: readonly string[]])[] = [
  [
    new Set(
      (
        'eleccion elecciones election elections eleicao eleicoes balotaje ballotage runoff masacre massacre ' +
        'matanza chacina protestas protests protestos manifestations atentado bombing autogolpe marcha ' +
        'marchas march marches manifestacion manifestaciones manifestacoes paro huelga strike ' +
        // A mine and its conflict: "mina de cobre en arequipa rechazada por agricultores".
        'mina minas mine mines'
      ).split(' '),
    ),
    ['event'],
  ],
  [new Set('partido party parti frente'.split(' ')), ['party']],
  [new Set('alianza alliance coalicion coalition coalizao'.split(' ')), ['party', 'organization']],
  [
    new Set(
      (
        'guerrilla guerrilha guerilla grupo group groupe organizacion organization organizacao escuadron ' +
        'escadron esquadrao squad destacamento detachment'
      ).split(' '),
    ),
    ['organization', 'movement'],
  ],
  [new Set('ley law loi lei tratado treaty'.split(' ')), ['policy']],
  // "company behind the tia maria mine", "constructora brasileña que pagó sobornos".
  [
    new Set(
      (
        'company companies firm empresa empresas compania companhia entreprise societe constructora ' +
        'construtora empreiteira minera mineradora'
      ).split(' '),
    ),
    ['organization'],
  ],
  [
    new Set(
      (
        'tribunal tribunales tribunais court courts corte cortes cour comision commission comissao ' +
        'organismo organisme agencia agency banco bank'
      ).split(' '),
    ),
    ['institution'],
  ],
  [new Set('movimiento movement mouvement movimento'.split(' ')), ['movement', 'party']],
  [
    new Set('ideologia ideology ideologie doctrina doctrine doutrina'.split(' ')),
    ['ideology', 'concept', 'movement'],
  ],
];

function isKind(word: string): boolean {
  return KINDS.some(([words]) => words.has(word));
}

/** A follower of a party or a leader, by the word for them ("aprista", "fujimorista", "chaviste"). */
const FOLLOWER = /(?:ista|istas|iste|istes)$/;

/** Words before the word that says the kind ("el ex presidente", "former president", "the"). */
const BEFORE_THE_KIND = new Set(
  (
    'ex former s ancien ancienne antiguo antigua antigo antiga ' +
    // What befell them ("prófugo exgobernador de Junín", "jailed former president").
    'profugo profuga fugitive preso presa jailed detenido detenida exiliado exiliada exiled ' +
    // Which one ("peru's first female president", "primeiro ex-presidente colombiano").
    'first primer primera primeiro primeira premiere premier last ultimo ultima female woman mujer mulher femme young'
  ).split(' '),
);

/** Words before a kind of group that make its member a former one ("ex guerrilla", "former militant"). */
const FORMER = new Set('ex former ancien ancienne antiguo antigua'.split(' '));

/** Words after a kind of thing that make a description of one ("partido de toledo del que se fue kouri"). */
const DESCRIPTION_WORDS = 4;

/** "Who was", "quién fue", "quem foi", "qui était" before a role: the verbs after WHO. */
const BEING = new Set('was is fue es foi e etait est'.split(' '));

/** Words before a role that say a woman ("the first female president", "première femme présidente"). */
const WOMAN = new Set('female woman mujer mulher femme'.split(' '));
/** Feminine words right before a role, which French and Spanish write alike: "ancienne présidente", "la presidente". */
const FEMININE_BEFORE = new Set('la una une ancienne premiere primera primeira uma'.split(' '));

/** A query of more words is a sentence pasted from a page, not a reader's description. */
const DESCRIPTION_MOST_WORDS = 12;

/** Roles that are the head of state's ("presidente", "expresident", "mandatario"). */
const HEAD_OF_STATE_ROLES = new Set(
  'presidente presidenta president expresidente expresidenta mandatario mandataria exmandatario'.split(' '),
);

/** Words after a participle that say by whom ("founded by", "fundado por", "fondé par"). */
const BY = new Set('by por par pelo pela'.split(' '));
/**
 * A participle before "por", "par", "pelo": "fundado por", "fondé par", "eleito pelo". Without one they
 * say why or how ("aprehensión de Evo Morales por trata"), not by whom; English "by" needs none ("led by").
 */
const PARTICIPLE = /(?:[ai]d[oa]s?|[ei]t[oa]s?|[er]s[oa]s?|ee?|ees|ue?|ite?|cho|cha)$/;

function saysByWhom(word: string, before: string | undefined): boolean {
  return BY.has(word) && (word === 'by' || (before !== undefined && PARTICIPLE.test(before)));
}

/** Words that say whose a role is ("hermano de", "adviser of"). */
const OF = new Set('de del of do da du'.split(' '));

/** How far down the hits an entry of the kind asked for is looked for. */
const KIND_REACH = 5;

/** The kinds of entry a folded query's opening word asks for, with that word. */
function kindsAsked(
  query: string,
  /** Whether an entry has the word as a name of its own ("balotaje", "golpe"). */
  namesAnEntry: (word: string) => boolean,
): { opening: string; categories: readonly string[]; question: boolean; whoWas: boolean } | undefined {
  // Past an article, "ex" or "former", and a country ("peru president …", "the former president …").
  // Past "who was", "quem foi" before a role ("who was the first female president of peru").
  const typed = query.split(' ');
  const whoWas = WHO.has(typed[0] as string) && BEING.has(typed[1] as string);
  const words = whoWas ? typed.slice(2) : typed;
  const asked = WHICH.has(words[0] as string);
  const first = words
    .slice(asked ? 1 : 0)
    .find((word) => !ARTICLES.has(word) && !BEFORE_THE_KIND.has(word) && countryOfWord(word) === undefined);
  if (first === undefined) return undefined;
  // Or a kind of thing past one word before it, as English puts an adjective ("the peruvian left
  // coalition that…").
  const second = words[words.indexOf(first) + 1];
  const opening = !isRole(first) && !isKind(first) && second !== undefined && isKind(second) ? second : first;
  if (whoWas && !isRole(opening)) return undefined;
  if (isRole(opening)) return { opening, categories: ['person'], question: asked, whoWas };
  // A follower ("el aprista que se suicidó…", "the chavista who…"): one of them, not their party.
  const next = words[words.indexOf(opening) + 1];
  if (FOLLOWER.test(opening) && next !== undefined && RELATIVES.has(next))
    return { opening, categories: ['person'], question: asked, whoWas };
  // A kind of thing with a few words is that kind's own entry ("balotaje", "protests 2025"): it asks for
  // another entry only when a description follows ("balotaje en que humala le ganó a keiko"), or a
  // question asks which one ("qué partido fundó acuña").
  const kind = KINDS.find(([words]) => words.has(opening));
  // Not a group or a body no entry is named by ("guerrilha maoísta do peru", "tribunal eleitoral
  // peruano"): it asks for one.
  const bodyOrGroup =
    kind !== undefined &&
    (kind[1].includes('institution') || kind[1].includes('movement')) &&
    !namesAnEntry(opening);
  if (!asked && words.length - words.indexOf(opening) - 1 < DESCRIPTION_WORDS && !bodyOrGroup)
    return undefined;
  if (!kind) return undefined;
  // "ex guerrilla of the m-19 elected president": a former member is a person.
  const former = FORMER.has(words[words.indexOf(opening) - 1] as string);
  const categories = former && kind[1].includes('organization') ? ['person'] : kind[1];
  return { opening, categories, question: asked, whoWas };
}

/**
 * "senadora que se proclamó presidenta sin quórum", "balotaje en que humala le ganó a keiko": a query
 * that opens with a role or a kind of thing asks for an entry of that kind; the first such among the first
 * hits comes first, before the event, person or idea it describes.
 */
export function kindAskedFirst<T extends SearchableEntry>(
  query: string,
  hits: SearchHit<T>[],
  /**
   * An entry's names, the entries a text names whole, what a person's own text says of them, and the
   * entries the glossary relates to an entry.
   */
  ctx: {
    namesOf(entry: T): readonly string[];
    namedIn(text: string): readonly T[];
    personFactsOf(entry: T): PersonFacts | undefined;
    relatedOf(entry: T): readonly T[];
    /** The entries whose names and texts hold most of a text's words, best first (word-guess.ts). */
    guessed(text: string): readonly T[];
  },
): SearchHit<T>[] {
  const { namesOf, namedIn, personFactsOf, relatedOf, guessed } = ctx;
  const asked = kindsAsked(query, (word) => namedIn(word).length > 0);
  if (!asked) return hits;
  // A woman or a man, when the role says ("médica que fue presidenta…", "senadora…").
  const words = query.split(' ');
  const openingAt = words.indexOf(asked.opening);
  // Or a word before it says ("the first female president", "primera mujer presidenta", "première femme").
  const gender = asked.categories.includes('person')
    ? words.slice(0, openingAt).some((word) => WOMAN.has(word)) ||
      FEMININE_BEFORE.has(words[openingAt - 1] as string)
      ? 'f'
      : genderOfRole(asked.opening)
    : undefined;
  // Those the description names are not who it describes ("ultraderechista que defiende el legado de
  // Pinochet"); "founded by", "fondé par" describe as a relative does ("party founded by keiko").
  const relative = words.findIndex(
    (word, at) => RELATIVES.has(word) || (at > openingAt + 1 && saysByWhom(word, words[at - 1])),
  );
  // Nor, in a description, the one whose role it is ("el asesor de fujimori que grababa a los
  // congresistas"); whose kin someone is ("la hija de fujimori que…") is the tie's to tell.
  const whose =
    relative !== -1 &&
    asked.categories.includes('person') &&
    !isKin(asked.opening) &&
    OF.has(words[openingAt + 1] as string)
      ? words.slice(openingAt + 2, relative).join(' ')
      : '';
  const described = new Set(
    [
      ...(relative === -1 ? [] : namedIn(words.slice(relative + 1).join(' '))),
      ...(whose ? namedIn(whose) : []),
    ].map((entry) => entry.id),
  );
  // A country right beside the role says whose ("presidenta chilena", "político chileno cuyo hermano…").
  const country = [words[openingAt - 1], words[openingAt + 1]]
    .map((word) => (word === undefined ? undefined : countryOfWord(word)))
    .find((code) => code !== undefined);
  // A head of state's title asks for one who held the office, whatever their gender ("quem foi o
  // presidente do peru entre 2011 e 2016": not Keiko Fujimori), unless the office is another's
  // ("presidente del congreso"; "presidente do peru" is the country's).
  const of = OF.has(words[openingAt + 1] as string);
  const headOfState =
    HEAD_OF_STATE_ROLES.has(asked.opening) &&
    (!of || countryOfWord(words[openingAt + 2] as string) !== undefined);
  const fits = (entry: T) =>
    asked.categories.includes(entry.category) &&
    !described.has(entry.id) &&
    (gender === undefined || personFactsOf(entry)?.gender === gender) &&
    (!headOfState ||
      personFactsOf(entry)?.president === true ||
      // A title that is part of their name ("Presidente Gonzalo", "président Gonzalo").
      namesOf(entry).some((name) => name.split(' ').some((word) => word.startsWith(asked.opening)))) &&
    (country === undefined ||
      !asked.categories.includes('person') ||
      (entry.countries ?? []).includes(country));
  // Of those that fit, one related to an entry the query names before a first hit that is neither named
  // nor related ("la coalición de izquierda con la que ganó humala": Gana Perú, not Uruguay's Frente).
  const named = namedIn(query);
  // "quien fue el general velasco alvarado": a question about someone it names keeps them first.
  if (asked.whoWas && hits[0] && named.includes(hits[0].entry)) return hits;
  const related = new Set(named.flatMap((entry) => relatedOf(entry)));
  const top = hits[0]?.entry;
  if (top && named.length > 0 && !named.includes(top) && !related.has(top)) {
    const relatedFit = hits.slice(0, KIND_REACH).find((hit) => fits(hit.entry) && related.has(hit.entry));
    if (relatedFit) return firstOfAll([relatedFit], hits, hits.length);
    // None among the hits: the first of the kind related to whoever "by" names comes before an unrelated
    // one of the kind ("partido fundado por keiko fujimori": Fuerza Popular, not Toledo's).
    const byWhom = saysByWhom(words[relative] as string, words[relative - 1])
      ? namedIn(words.slice(relative + 1).join(' '))
      : [];
    const relatedOfKind = fits(top) ? byWhom.flatMap((entry) => relatedOf(entry)).find(fits) : undefined;
    if (relatedOfKind) return entryFirst(relatedOfKind, hits, hits.length);
  }
  if (hits[0] && fits(hits[0].entry)) return hits;
  // Not one found by the opening word itself ("presidente del jne" is not "Presidente Gonzalo").
  const fitting = hits
    .slice(0, KIND_REACH)
    .find(
      (hit) => fits(hit.entry) && !namesOf(hit.entry).some((name) => name.split(' ').includes(asked.opening)),
    );
  if (fitting) return firstOfAll([fitting], hits, hits.length);
  // None among the hits, in a description or a question that names no entry of that kind itself: the
  // first of that kind the glossary relates to an entry it names ("qué partido fundó césar acuña":
  // Alianza para el Progreso; "partido que lanzó a pedro castillo": Perú Libre).
  // So too a role with a few words after it that describe someone ("el presidente ecuatoriano de la
  // revolución ciudadana condenado por corrupción"), not a sentence pasted from a page ("El candidato
  // prometió reivindicar…").
  const describes =
    asked.categories.includes('person') &&
    words.length - openingAt - 1 >= DESCRIPTION_WORDS &&
    words.length <= DESCRIPTION_MOST_WORDS;
  if ((relative === -1 && !asked.question && !describes) || named.some(fits)) return hits;
  const relatedOfKind = [...related].find(fits);
  if (relatedOfKind) return entryFirst(relatedOfKind, hits, hits.length);
  // None related either: the first of the kind that the description's words find ("presidente vacado
  // por incapacidad moral en noviembre de 2020", whose hits are the vacancy and the crisis).
  // Further down where a country says whose: few of the guesses are of it.
  const guessedFit = guessed(query)
    .slice(0, country === undefined ? KIND_REACH : undefined)
    .find(fits);
  return guessedFit ? entryFirst(guessedFit, hits, hits.length, { guessed: true }) : hits;
}
