import { demonymWords, wordsOnlyBesideAMention } from './countries';
import { NEUTRAL_NEIGHBOURS } from './neutral-neighbours';

/*
 * The names' longer word lists. Pages get them in the term index (NameWords.inList), not in the content
 * script every page loads; the background and Node read them here. All folded.
 */

/**
 * Words before a person's name that make it the name of a place or an institution named after them:
 * "Avenida José Carlos Mariátegui", "estadio Presidente Juan Domingo Perón", "colegio Haya de la Torre",
 * "rue Salvador Allende". Folded (normalizeKey).
 */
const PLACE_BEFORE: ReadonlySet<string> = new Set(
  (
    'avenida av avda calle jiron jr pasaje paseo malecon ovalo plaza plazuela parque puente ' +
    'carretera estadio coliseo colegio escuela liceo instituto universidad aeropuerto hospital ' +
    'museo teatro biblioteca distrito urbanizacion asentamiento rua avenue rue boulevard lycee ' +
    'ecole stade aeroport'
  ).split(' '),
);

/**
 * Words before a short form that make it the place itself, not the port, mine or event named after the
 * place: "the town of Chancay", "la cultura Chancay", "el barrio de Barrios Altos", "la plaza de
 * Chancay", "el alcalde de Chancay", "las casonas de Barrios Altos", "la Universidad La Cantuta". Folded.
 */
const LOCALITY_BEFORE: ReadonlySet<string> = new Set(
  (
    'town city district village valley neighbourhood neighborhood culture ciudad pueblo distrito valle ' +
    'valles barrio cultura ville vallee quartier cidade vila vale bairro plaza praca square mayor alcalde ' +
    'alcaldesa municipalidad municipio prefeitura prefeito prefeita maire mairie mercado market calles ' +
    'streets vecinos residents casonas quintas universidad university campus'
  ).split(' '),
);

/**
 * The states of the United States and Brazil, whose towns take Spanish and Portuguese names ("Toledo,
 * Ohio", "Lima, Ohio", "Toledo, Paraná"). Folded.
 */
const STATES: ReadonlySet<string> = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho ' +
    'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota ' +
    'mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah ' +
    'vermont virginia washington wisconsin wyoming acre alagoas amapa amazonas bahia ceara goias maranhao ' +
    'para parana paraiba pernambuco piaui rondonia roraima sergipe tocantins'
  ).split(' '),
);

/**
 * Words before a given name that make it a thing's or an animal's ("un periódico llamado Ollanta", "el
 * periódico Ollanta"), and after it with an article ("Keiko, la orca"). Folded.
 */
const CALLED: ReadonlySet<string> = new Set(
  (
    'llamado llamada called named chamado chamada appele appelee denominado denominada titulado titulada ' +
    'periodico diario revista libro novela pelicula serie cancion disco album barco buque orca perro gato ' +
    'caballo newspaper magazine book novel film movie series song ship whale dog cat horse jornal livro ' +
    'filme navio cachorro journal livre'
  ).split(' '),
);

/** Days and months, which a report may put right after a name ("Keiko Fujimori Thursday denied"). Folded. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december lunes martes miercoles jueves viernes sabado domingo ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'
  ).split(' '),
);

/** Words of kin before a given name (folded). */
const KIN_BEFORE: ReadonlySet<string> = new Set(
  (
    'hijo hija hijos hijas hermano hermana hermanos nieto nieta nietos sobrino sobrina esposa esposo padre ' +
    'madre son sons daughter daughters brother sister grandson granddaughter nephew niece wife husband ' +
    'father mother filho filha filhos irmao irma neto neta fils fille frere soeur neveu'
  ).split(' '),
);

export const WORD_LISTS = {
  neutral: NEUTRAL_NEIGHBOURS,
  placeBefore: PLACE_BEFORE,
  localityBefore: LOCALITY_BEFORE,
  states: STATES,
  called: CALLED,
  calendar: CALENDAR_WORDS,
  kinBefore: KIN_BEFORE,
  /** A country's people ("peruano", "Salvadoran"): a word of the country, not its name. */
  demonyms: demonymWords(),
  /** Words of a country only beside a mention ("Costa", "Chino"): by themselves, a name or a word. */
  onlyBesideAMention: wordsOnlyBesideAMention(),
} as const satisfies Record<string, ReadonlySet<string>>;

/** The name of one of the lists. */
export type WordList = keyof typeof WORD_LISTS;
