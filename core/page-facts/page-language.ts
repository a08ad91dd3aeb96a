/**
 * The language of a page, for showing explanations in the reader's language (Spanish on Spanish
 * pages, English otherwise). Pure: the content script reads the clues (page-language-clues.ts).
 *
 * The rule:
 * 1. The page's declaration decides: `<html lang>`, else the `content-language` meta / http-equiv.
 *    Only the primary subtag counts ("es-PE", "es-419", "pt_BR" → es, es, pt); empty, "und",
 *    "x-default" and template leftovers ("{{lang}}") are unusable and skipped.
 * 2. With no usable declaration, the text decides (a few thousand characters: stop-word frequencies),
 *    and says 'other' when the text is too short or unsure.
 * 3. The text overrides a declaration only when it is clearly another of the four languages: 'clear'
 *    (that language leads the runner-up by CLEAR_LEAD function words and CLEAR_RATIO times), and the
 *    declared language has at most a third as many. Many Spanish-language sites keep their CMS's
 *    default `lang="en"`; an English page declared "es" by a careless template is rarer but handled
 *    alike. A short or mixed text never overrides: an English page quoting Spanish stays English.
 */

/** The languages Glosa tells apart; every other language is 'other'. */
export type PageLanguage = 'en' | 'es' | 'pt' | 'fr' | 'other';

/** What a page says about its language, as plain data. */
export interface PageLanguageClues {
  /** `<html lang>` (or `xml:lang`), as written. */
  htmlLang?: string;
  /** The `content-language` meta / http-equiv (or a similar declaration), as written. */
  contentLanguage?: string;
  /** A sample of the page's main text. */
  text: string;
}

/** How sure the text reading is. */
type TextCertainty = 'unsure' | 'likely' | 'clear';

export interface TextLanguage {
  language: PageLanguage;
  certainty: TextCertainty;
  /** How many of the text's function words each language has (languages with none are left out). */
  hits: Readonly<Record<string, number>>;
}

/** Only this much of the sample is read: a few thousand characters tell the language. */
const MAX_SAMPLE = 6_000;
/** Fewer words than this is too little to tell (a headline, a caption). */
const MIN_WORDS = 8;
/**
 * 'likely': the best language has at least LIKELY_HITS function words, LIKELY_LEAD more than the
 * runner-up and LIKELY_RATIO times as many. Shared words ("de", "la", "que") count for every language
 * that has them, so the lead is made of the words only the best language has.
 */
const LIKELY_HITS = 4;
const LIKELY_LEAD = 3;
const LIKELY_RATIO = 1.15;
/** 'clear' (enough to override a declaration): a longer lead and a wider margin. */
const CLEAR_LEAD = 8;
const CLEAR_RATIO = 1.3;
/** Overriding a declaration also needs the declared language to be this far behind (a mixed page is not). */
const OVERRIDE_RATIO = 3;
/** Text whose letters are mostly capitals is read case-blind (no telling names from words). */
const UPPER_CASE_SHARE = 0.6;

/**
 * The most frequent function words of each language (lower case, accents kept: they tell Spanish from
 * Portuguese). Italian, German, Catalan and Dutch are listed so that their texts read as 'other'
 * instead of as the nearest of the four.
 */
const STOP_WORDS: Record<string, string> = {
  en: `the of and to in is that for on was with as it by at from his her an were are which this be has had
    have not but after its who they their would there been will said he she more than or about also we you
    into over when what can could these those because while where how our them him against did does should
    up out if all one so no`,
  es: `el la los las de del y en que a un una unos unas es son por con para se no su sus al lo le les como
    más pero fue ha han este esta estos estas ese esa muy también ya cuando hay sin sobre entre desde dijo
    qué donde porque todo todos hasta después ante tras durante según sino aunque mientras nos cual fueron
    había será sido ser está están otro otra sólo solo`,
  pt: `o a os as de do da dos das e em no na nos nas um uma uns umas que é são foi com para por pelo pela
    pelos pelas se não seu sua seus suas ao aos à às como mais mas já também ou quando muito ser está estão
    isso isto esse essa este esta ele ela eles elas entre sobre após até disse ainda pode há foram sem nem
    onde porque todo todos depois durante segundo num numa lhe`,
  fr: `le la les de des du et en un une est sont a à au aux dans pour par sur avec que qui ne pas plus ce
    cette ces il elle ils elles on nous vous je se sa son ses leur leurs été ont mais ou où comme tout tous
    aussi après entre sans sous selon depuis lors être avait était fait l d qu n c j`,
  it: `il di che e la le per non un una del della delle dei degli gli nel nella alla al sono è ha anche più
    come ma questo questa ci si lo da dal dalla su con tra fra essere stato stata l`,
  de: `der die das und ist nicht mit den von zu ein eine auf für sich dem auch es im des bei wird werden hat
    sind wie nach aus oder aber wurde wir sie er ich um noch nur`,
  ca: `els les la el de del dels i que amb per una un és són va van seu seva seus també però aquest aquesta
    molt més hi ho pel pels als al quan fins des sobre entre com no ha han`,
  nl: `de het een en van in is dat op te zijn met voor niet die aan er maar ook als bij door om naar dan
    wordt werd heeft hebben`,
};

/** The languages each function word belongs to. */
const LANGUAGES_OF: Map<string, string[]> = (() => {
  const languagesOf = new Map<string, string[]>();
  for (const [language, words] of Object.entries(STOP_WORDS)) {
    for (const word of new Set(words.split(/\s+/).filter(Boolean))) {
      const list = languagesOf.get(word) ?? [];
      list.push(language);
      languagesOf.set(word, list);
    }
  }
  return languagesOf;
})();

const GLOSA_LANGUAGES = new Set<PageLanguage>(['en', 'es', 'pt', 'fr']);

/** Language names some CMSs write instead of a tag (lower case, accents folded). */
const LANGUAGE_NAMES: Record<string, PageLanguage> = {
  english: 'en',
  ingles: 'en',
  spanish: 'es',
  espanol: 'es',
  castellano: 'es',
  portuguese: 'pt',
  portugues: 'pt',
  french: 'fr',
  francais: 'fr',
  frances: 'fr',
};

/** ISO 639-2 codes of the four languages (both French codes). */
const THREE_LETTER: Record<string, PageLanguage> = { eng: 'en', spa: 'es', por: 'pt', fra: 'fr', fre: 'fr' };

/** Tags that name no language. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/**
 * The language a tag declares ("es-PE" → es, "de" → other), or undefined when it declares none
 * usable. A list ("es, en") is read by its first usable tag.
 */
export function languageFromTag(raw: string | undefined): PageLanguage | undefined {
  if (raw === undefined) return undefined;
  for (const item of raw.slice(0, 200).split(/[,;]/)) {
    const tag = item.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const named = LANGUAGE_NAMES[tag];
    if (named) return named;
    const primary = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/.exec(tag)?.[1];
    if (!primary || NO_LANGUAGE.has(primary)) continue;
    const language = THREE_LETTER[primary] ?? (primary as PageLanguage);
    return GLOSA_LANGUAGES.has(language) ? language : 'other';
  }
  return undefined;
}

/**
 * The language of a text by its function words, and how sure that is. Robust to names (a capitalized
 * function word before another capitalized word is part of a name: "Le Pen", "The Economist", "De
 * la Cruz") and to numbers (not words); all-capital text is read case-blind.
 */
export function languageOfText(raw: string): TextLanguage {
  const text = raw.slice(0, MAX_SAMPLE);
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: 'other', certainty: 'unsure', hits: {} };
  const letters = words.join('');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const caseBlind = upper >= letters.length * UPPER_CASE_SHARE;
  const hits: Record<string, number> = {};
  words.forEach((word, index) => {
    const languages = LANGUAGES_OF.get(word.toLowerCase());
    if (!languages) return;
    if (!caseBlind && isCapitalized(word) && isCapitalized(words[index + 1])) return;
    for (const language of languages) hits[language] = (hits[language] ?? 0) + 1;
  });
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [bestLanguage, best] = ranked[0] ?? ['other', 0];
  const second = ranked[1]?.[1] ?? 0;
  const language = GLOSA_LANGUAGES.has(bestLanguage as PageLanguage)
    ? (bestLanguage as PageLanguage)
    : 'other';
  if (best - second >= CLEAR_LEAD && best >= CLEAR_RATIO * second)
    return { language, certainty: 'clear', hits };
  if (best >= LIKELY_HITS && best - second >= LIKELY_LEAD && best >= LIKELY_RATIO * second) {
    return { language, certainty: 'likely', hits };
  }
  return { language: 'other', certainty: 'unsure', hits };
}

function isCapitalized(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/** The page's language by the rule in the module comment. */
export function pageLanguageFrom(clues: PageLanguageClues): PageLanguage {
  const declared = languageFromTag(clues.htmlLang) ?? languageFromTag(clues.contentLanguage);
  const read = languageOfText(clues.text);
  if (declared === undefined) return read.certainty === 'unsure' ? 'other' : read.language;
  if (read.certainty !== 'clear' || read.language === 'other' || read.language === declared) return declared;
  const declaredHits = read.hits[declared] ?? 0;
  return declaredHits * OVERRIDE_RATIO <= (read.hits[read.language] ?? 0) ? read.language : declared;
}
