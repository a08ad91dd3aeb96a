import { isTitle } from './search-text';

/**
 * The words a query uses for the kind of person it asks for, shared by the shapes that read them ("el
 * general que dio el golpe", "médica que fue presidenta", "the chilean bolsonaro"). Folded, as searchKey
 * leaves them.
 */

/** Articles of the four languages, singular and plural. */
export const ARTICLES: ReadonlySet<string> = new Set(
  'the a an el la los las o os um uma le les un una une'.split(' '),
);

/**
 * Words that begin a description after a role ("general who led…", "el presidente que disolvió…"). Spanish
 * and Portuguese "que" is one only there: "que es…" alone asks what something is.
 */
export const RELATIVES: ReadonlySet<string> = new Set(
  // And "whose" ("presidenta chilena cuyo padre…", "politician whose brother…").
  'que who qui quien that cuyo cuya cuyos cuyas whose cujo cuja dont'.split(' '),
);

/** Question words that ask who ("quien disolvio…", "who was…", "qui a fondé…"). */
export const WHO: ReadonlySet<string> = new Set(['who', 'quien', 'quienes', 'quem', 'qui']);

/** Question words that ask for one of a kind ("qué partido fundó…", "which president…", "quel parti"). */
export const WHICH: ReadonlySet<string> = new Set('que cual which what quel quelle qual'.split(' '));

/** Kin, as roles (not English "son": Spanish "son" is "are"). */
const KIN =
  'hermano hermana brother sister irmao irma frere soeur hijo hija daughter filho filha fils fille esposa esposo wife husband marido epouse';
const KIN_WORDS: ReadonlySet<string> = new Set(KIN.split(' '));

/** Whether a role is kin ("hermano", "wife"): whose kin, the query's tie says (relations.ts). */
export function isKin(word: string): boolean {
  return KIN_WORDS.has(word);
}

/** Roles besides the titles readers put beside a name (search-text.ts): they ask for a person. */
const ROLES = new Set(
  (
    'vice vicepresidente vicepresidenta lider lideresa leader fundador fundadora founder jefe jefa alcaldesa ' +
    'mayor premier guerrillero guerrillera escritor escritora novelist writer economista economist sacerdote ' +
    'priest cura exministro exministra exalcalde exalcaldesa excongresista exgobernador gobernador gobernadora ' +
    'governor prefeito governador deputado depute senateur juez judge fiscal prosecutor chef prime ' +
    'guerrilheiro guerrilheira dictadora ditador ditadora dictateur dictatrice putschiste colonel commander officer ' +
    'capitan captain capitao capitaine asesor asesora adviser advisor conseiller conseillere assessor ' +
    'congressman congresswoman congressista deputy opositor opositora opposant opposante opponent ' +
    'pretre metalurgico metalurgica metalworker diplomat diplomatico diplomatica diplomata diplomate ' +
    'dueno duena owner dono dona proprietaire businessman businesswoman ' +
    // Kin: "hermano de ollanta que se levantó en andahuaylas", "the daughter of the former president who…".
    `${KIN} ` +
    // Who someone was before or besides: "profesor rural que llegó a presidente", "médico socialista…".
    'profesor profesora maestro maestra medico medica abogado abogada ingeniero ingeniera sindicalista ' +
    'obrero periodista empresario empresaria sociologo sociologa activista militar mujer hombre man woman dama ' +
    'teacher lawyer engineer businessman businesswoman journalist sociologist activist professor ' +
    'professeur avocat ingenieur journaliste professora advogado advogada engenheiro jornalista ' +
    'militante psicologo psicologa filosofo filosofa politologo politologa figura figure politico ' +
    'politician politicien'
  ).split(' '),
);

/** A title or a role, or a former one written as one word ("excomandante", "exguerrillero"). */
export function isRole(word: string): boolean {
  const role = (one: string) => isTitle(one) || ROLES.has(one);
  return role(word) || (word.startsWith('ex') && role(word.slice(2)));
}

/** Whether a title or a role says a woman or a man ("presidenta", "sra", "médica", "senador"). */
export function genderOfRole(word: string): 'f' | 'm' | undefined {
  if (FEMALE_ROLES.has(word)) return 'f';
  if (MALE_ROLES.has(word)) return 'm';
  return undefined;
}

const FEMALE_ROLES = new Set(
  (
    'presidenta expresidenta mandataria exmandataria dictadora ditadora senadora candidata ministra exministra ' +
    'alcaldesa exalcaldesa lideresa jefa vicepresidenta gobernadora governadora fundadora escritora ' +
    'guerrillera guerrilheira profesora professora maestra medica abogada advogada ingeniera empresaria ' +
    'sociologa mujer dama woman businesswoman sra senora mrs ms dra'
  ).split(' '),
);
const MALE_ROLES = new Set(
  (
    'mandatario exmandatario dictador ditador senador candidato ministro exministro ' +
    'alcalde exalcalde vicepresidente gobernador governador fundador escritor guerrillero guerrilheiro ' +
    'profesor maestro medico abogado advogado ingeniero empresario sociologo hombre man businessman sr senor mr dr'
  ).split(' '),
);
