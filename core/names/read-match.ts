import type { CompiledForm, Matcher, TermMatch } from '../matching/matcher';
import { inCapitals, normalizeKey } from '../matching/normalize';
import { languageOfText, type PageLanguage } from '../page-facts/page-language';
import { isLetterOrMarkUnit } from './letters';
import { hasSpace, isCapitalized, isSpace, mentionContext, nameWord } from './mention-context';
import { afterUnder } from './person-words';
import {
  afterALocative,
  beforeItsCountry,
  besidePlaceWord,
  isALocality,
  namesACompetition,
  namesAFamily,
  namesTheLocality,
  tellsOfTheEvent,
} from './place-words';
import {
  type EntryFacts,
  isNameLikeWord,
  isOtherPersonsName,
  type NameFacts,
  type NameWords,
  type Reading,
  readMention,
  someonesName,
} from './read-mention';
import { yearBeside } from './word-patterns';

/**
 * How each match of a page is read (core/names/read-mention.ts), for one matcher, page language and set of
 * entries. A full proper name that only one entry has, with no capitals to check, is read at once; the
 * rest look at the forms they share and at the words around them.
 */
export function matchReader(
  matcher: Matcher,
  language: PageLanguage,
  names: NameFacts,
): (text: string, match: TermMatch) => Reading {
  // Readings are never changed once made: a full name's, most of a page's, is shared by its mentions.
  const fullNames = new Map<number, { reading: Reading; personFacts: EntryFacts | undefined }>();
  const isPerson = (entryId: string) => names.entry(entryId)?.person === true;
  // A province is the place its "alcalde" governs; a port is only named after it.
  const isLocality = (entryId: string) => {
    const facts = names.entry(entryId);
    return facts !== undefined && isALocality(facts.nameWords);
  };
  const knownByItsPlace = (entryId: string) => names.entry(entryId)?.knownByItsPlace;
  return (text, match) => {
    if (insideAddress(text, match.start, match.end)) return NOT_A_MENTION;
    // "Copa Mercosul", "Premio Mariátegui": a competition or an award named after it.
    if (namesACompetition(text, match.start, match.end)) return NOT_A_MENTION;
    const form = match.form === undefined ? undefined : matcher.form(match.form);
    if (
      form &&
      match.form !== undefined &&
      !form.short &&
      !form.caseSensitive &&
      !form.nounOf &&
      !form.country
    ) {
      let known = fullNames.get(match.form);
      if (!known) {
        const person = isPerson(form.entryId);
        known = {
          reading: {
            kind: 'strong',
            entryId: form.entryId,
            proper: true,
            ...(person ? { fullName: match.form } : {}),
          },
          // A person's facts, read by the checks below; none for the rest.
          personFacts: person ? names.entry(form.entryId) : undefined,
        };
        fullNames.set(match.form, known);
      }
      if (!known.personFacts) {
        // "Marcelo Odebrecht", "doña Carmen Colina": a given name or a title before a thing's one-word
        // name, capitalized, makes it someone's surname. Not a follower's word ("Kirchnerist Peronism").
        const facts = names.entry(form.entryId);
        if (
          facts &&
          isCapitalized(text.slice(match.start, match.start + 1)) &&
          !hasSpace(text, match.start, match.end) &&
          !FOLLOWERS_WORD_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start)) &&
          someonesName(mentionContext(text, match.start, match.end), facts, names)
        )
          return NOT_A_MENTION;
        return titleWithThe(text, match.start) ? { ...known.reading, needsTopic: 'country' } : known.reading;
      }
      // "Avenida José Carlos Mariátegui", "estadio Presidente Juan Domingo Perón": named after the person.
      if (besidePlaceWord(text, match.start, match.end, names)) return NOT_A_MENTION;
      // "su hijo Raúl Alan García": a given name before the full name makes it someone else's.
      if (givenNameBefore(text, match.start, match.end, known.personFacts, names)) return NOT_A_MENTION;
      // "Rodrigo Paz Delgado": someone else's full name, which the page gives away.
      if (runsOnIntoAnotherName(text, match.start, match.end, known.personFacts, names))
        return { kind: 'none', fullNameOf: form.entryId, fullName: match.form };
      // "Remigio Morales Bermúdez, nacido en 1836", where the glossary's was born in 1921: another man.
      return bornAnotherYear(text, match.end, known.personFacts)
        ? { kind: 'none', fullNameOf: form.entryId, fullName: match.form, bornElsewhen: true }
        : known.reading;
    }
    const forms = matcher.formsMatching(text, match).map((index) => matcher.form(index));
    // A common noun of another language than the page's: a paragraph in that language may quote it.
    // Only names are read by the words around them: a common noun or a country (most of a page's
    // matches besides full names) is decided by its forms alone, and on a long page the words around
    // every mention are most of the reading's cost.
    let foreignNoun = false;
    let byContext = false;
    for (const one of forms) {
      if (one.nounOf && one.nounOf.length > 0 && !one.nounOf.includes(language)) foreignNoun = true;
      if (!one.country && (one.caseSensitive || one.short || !one.nounOf || one.nounOf.length === 0))
        byContext = true;
    }
    const severalWords = hasSpace(text, match.start, match.end);
    const here = foreignNoun
      ? (foreignTermLanguage(forms, severalWords) ?? blockLanguage(text, match.start) ?? language)
      : language;
    const reading = readMention(
      forms,
      byContext ? mentionContext(text, match.start, match.end) : undefined,
      here,
      names,
    );
    if (reading.kind === 'strong' && reading.proper && isPerson(reading.entryId)) {
      if (besidePlaceWord(text, match.start, match.end, names)) return NOT_A_MENTION;
    }
    // A byline's surname is its author's, who says nothing of whom the page is about ("Por Andrés Arce");
    // a name on a line of its own may be a column's signature ("Rosa María Montesinos") or a biography's
    // title: it counts once the page names that person again.
    if (reading.kind === 'namesake') {
      // The mention's line (no line break after it: -1 >>> 0 slices to the end).
      const line = text.slice(text.lastIndexOf('\n', match.start) + 1, text.indexOf('\n', match.end) >>> 0);
      if (BYLINE.test(line)) return NOT_A_MENTION;
      if (NAME_LINE.test(line)) return { ...reading, onNameLine: true };
      // In a headline in Title Case every word has a capital: "Court Orders Bolsonaro to Begin…", a
      // capital word then the surname then a small word, gives the surname to no one until the page
      // names that person again. Not a line in capitals, nor "Carlos Humala Quispe" on an author line.
      const around = mentionContext(text, match.start, match.end);
      const next = around.next?.word;
      if (around.capitalsProveNothing && !around.inCapitals && next !== undefined && !isCapitalized(next))
        return { ...reading, onNameLine: true };
    }
    // "Rosario Fernández", "Piedad Córdoba", "Israel Pérez": a city's or a country's one-word name beside
    // another name is part of a person's, not the place.
    if (
      reading.kind === 'country' &&
      !severalWords &&
      !names.inList('demonyms', normalizeKey(text.slice(match.start, match.end))) &&
      partOfAName(text, match.start, match.end, names)
    )
      return NOT_A_MENTION;
    if (reading.kind !== 'weak') return reading;
    // "Lula grelhada", "Lula recheada à moda de Portimão": a feminine word of the kitchen is no man's.
    if (
      FEMININE_PARTICIPLE_AFTER.test(text.slice(match.end, match.end + 24)) &&
      reading.candidates.every((entryId) => names.entry(entryId)?.gender === 'm')
    )
      return NOT_A_MENTION;
    // "la Ley de Amnistía de 1995", "the 1993 amnesty law": a year before the entry's time names another.
    const year = yearBeside(text, match.start, match.end);
    if (
      year !== undefined &&
      reading.candidates.every((entryId) => year < (names.entry(entryId)?.since ?? 0))
    )
      return NOT_A_MENTION;
    // "Lula, de 19 anos, marca de cabeça": an age no one of the glossary's people has had in the news
    // is someone else's, who keeps the name on the page.
    if (
      reading.candidates.every(isPerson) &&
      tooYoungForTheNews(
        text,
        match.end,
        reading.candidates.map((entryId) => names.entry(entryId)),
      )
    )
      return { kind: 'namesake', entryIds: reading.candidates, surface: reading.surface, by: 'an age' };
    if (
      reading.candidates.every(isPerson) &&
      (besidePlaceWord(text, match.start, match.end, names) ||
        (beforeItsCountry(text, match.end, names) && !afterUnder(text, match.start)) ||
        namesAFamily(text, match.start, match.end))
    )
      return NOT_A_MENTION;
    // "the town of Chancay", "la cultura Chancay": the place, not the port or event named after it. A page
    // that names the place so before it names the port is about the place: it gives the name away.
    if (
      !reading.candidates.some((entryId) => isPerson(entryId) || isLocality(entryId)) &&
      namesTheLocality(text, match.start, match.end, names)
    )
      return { kind: 'namesake', entryIds: reading.candidates, surface: reading.surface, by: 'the place' };
    // "Un incendio en Barrios Altos": the neighbourhood; "murieron quince personas en Barrios Altos": the
    // massacre. What the sentence speaks of tells.
    const known = knownByItsPlace(reading.candidates[0] as string);
    if (known && reading.candidates.every((entryId) => knownByItsPlace(entryId) === known)) {
      const told = tellsOfTheEvent(text, match.start, match.end, known);
      if (!told && afterALocative(text, match.start))
        return { kind: 'namesake', entryIds: reading.candidates, surface: reading.surface, by: 'the place' };
      // A port is named by its town's name alone more often than a crime: only words of the port tell.
      if (known === 'port' && !told) return severalWords ? { ...reading, words: 'several' } : reading;
      return { ...reading, told, ...(severalWords ? { words: 'several' } : {}) };
    }
    if (severalWords) return { ...reading, words: 'several' };
    const twoLetters =
      match.end - match.start === 2 &&
      language === 'pt' &&
      reading.candidates.every((entryId) => names.entry(entryId)?.countries.includes('BR'));
    if (!isAcronym(text, match.start, match.end, twoLetters ? 2 : 3)) return reading;
    // "APP (asociaciones público-privadas)", "las asociaciones público-privadas (APP)": the page spells the
    // acronym out as something else, and gives it away.
    const spelt = spelledOut(text, match.start, match.end);
    if (spelt && !reading.candidates.some((entryId) => namesIt(spelt, names.entry(entryId))))
      return {
        kind: 'namesake',
        entryIds: reading.candidates,
        surface: reading.surface,
        by: spelt.join(' '),
      };
    return { ...reading, acronym: true };
  };
}

const NOT_A_MENTION: Reading = { kind: 'none' };

/** "(asociaciones público-privadas)" right after an acronym. */
const SPELT_AFTER = /^\s*\(([^()]{3,80})\)/u;
/** "asociaciones público-privadas " right before the parenthesis it stands in. */
const SPELT_BEFORE = /((?:[\p{L}\p{M}-]+\s+){1,8})$/u;
/** Small words an acronym leaves out ("Movimiento al Socialismo": MAS). Folded. */
const LEFT_OUT: ReadonlySet<string> = new Set(
  'de del la las los el y e of for the and para por al a do da dos das du des le les et en'.split(' '),
);

/**
 * The words a page spells an acronym out with, in parentheses after it or before it, folded, when their
 * initials are its letters ("APP (asociaciones público-privadas)"); or undefined.
 */
function spelledOut(text: string, start: number, end: number): string[] | undefined {
  const letters = nameWord(text.slice(start, end));
  const after = SPELT_AFTER.exec(text.slice(end, end + 90))?.[1];
  const before =
    text.charCodeAt(end) === 0x29 && text.charCodeAt(start - 1) === 0x28
      ? SPELT_BEFORE.exec(text.slice(Math.max(0, start - 91), start - 1))?.[1]
      : undefined;
  const words = (after ?? before ?? '')
    .split(/[\s-]+/u)
    .map(nameWord)
    .filter((word) => word !== '' && !LEFT_OUT.has(word));
  const spelling = after !== undefined ? words.slice(0, letters.length) : words.slice(-letters.length);
  if (spelling.length !== letters.length) return undefined;
  return spelling.every((word, at) => word[0] === letters[at]) ? spelling : undefined;
}

/** Whether words that spell an acronym out are the entry's own name's (most of them among its name words). */
function namesIt(words: readonly string[], entry: EntryFacts | undefined): boolean {
  if (!entry) return false;
  const own = words.filter((word) => entry.nameWords.has(word)).length;
  return own * 2 >= words.length;
}

/** A word, or a comma, then "The ": a capital article inside a sentence, as a title or a band has. */
const THE_INSIDE_A_SENTENCE = /[\p{L}\p{N},;]\s+The\s$/u;

/**
 * "a collaborator in The Shining Path": a capital "The" inside a sentence makes the name a band's, a
 * book's or a ship's; it names the entry only on a page about its world and country.
 */
function titleWithThe(text: string, start: number): boolean {
  return start >= 6 && THE_INSIDE_A_SENTENCE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A feminine participle of the kitchen right after a name ("Lula grelhada", "lulas recheadas"): Portuguese
 * "lula" is also a squid. Not any word in "-ada" or "-ida": "Milei consolida" is a verb.
 */
const FEMININE_PARTICIPLE_AFTER =
  /^ (?:grelhad|rechead|frit|cozid|assad|empanad|refogad|ensopad|guisad|saltead|temperad|marinad|defumad|fresc|crocant)as?(?![\p{L}\p{M}])/u;

/** Whether a capitalized word right beside a one-word place name, inside a sentence, makes a person's name. */
function partOfAName(text: string, start: number, end: number, words: NameWords): boolean {
  // Most places stand beside a word in lower case or a mark: that is read first, cheaply.
  const nextCapital = text.charCodeAt(end) === 0x20 && isCapitalized(text.charAt(end + 1));
  let wordStart = start - 1;
  if (text.charCodeAt(wordStart) === 0x20)
    while (wordStart > 0 && isLetterOrMarkUnit(text, wordStart - 1)) wordStart--;
  const previousCapital = wordStart < start - 1 && isCapitalized(text.charAt(wordStart));
  if (!nextCapital && !previousCapital) return false;
  const around = mentionContext(text, start, end);
  if (around.capitalsProveNothing) return false;
  const isName = (word: string | undefined) =>
    word !== undefined && isNameLikeWord(word, words) && !words.inList('calendar', nameWord(word));
  const next = around.next;
  if (next && !next.afterOf && isName(next.word)) return true;
  const previous = around.previous;
  return previous !== undefined && !previous.opensSentence && isName(previous.word);
}

/**
 * A year of birth right after a name: "nacido el 30 de septiembre de 1836", "born in 1955", "(1836-1894)"
 * (a lifespan: two years at least thirty apart, not a term of office). In the same clause: not "born into
 * politics, she ran in 2011"; French "né", not "ne".
 */
const BORN_AFTER =
  /^(?:,?\s+(?:nacid[oa]|born|nascid[oa]|née?)\s[^.,;()\n]{0,30}?((?:1[5-9]|20)\d\d)|\s*\([^()\d\n]{0,30}?((?:1[5-9]|20)\d\d)\s*[-–—]\s*((?:1[5-9]|20)\d\d)\))/u;

/** Whether the text right after a person's full name gives a year of birth that is not theirs. */
function bornAnotherYear(text: string, end: number, entry: EntryFacts): boolean {
  if (entry.born === undefined) return false;
  const found = BORN_AFTER.exec(text.slice(end, end + 70));
  if (!found) return false;
  const [, bornYear, from, to] = found;
  if (from !== undefined && Number(to) - Number(from) < 30) return false;
  return Math.abs(Number(bornYear ?? from) - entry.born) > 1;
}

/** A follower's or a doctrine's word right before a name: "Kirchnerist Peronism", "Chavista". */
const FOLLOWERS_WORD_BEFORE = /(?:ist|ista|iste|istas|istes|ismo|isme|ism)\s+$/u;

/** An age right after a name: "Lula, de 19 anos,", "Castillo, 24 años", "Keiko (19)", "Noboa, 22, said". */
const AGE_AFTER =
  /^(?:,\s+(?:de\s+)?(\d{1,2})\s+(?:años|anos|ans|years?\b)|\s*\((\d{1,2})\)|,\s+(\d{1,2}),)/u;
/**
 * Whether an age right after a surname is younger than each of its people was when the news first named
 * them (Lula at 35; Keiko, first lady, at 19).
 */
function tooYoungForTheNews(text: string, end: number, people: readonly (EntryFacts | undefined)[]): boolean {
  const found = AGE_AFTER.exec(text.slice(end, end + 20));
  if (!found) return false;
  const age = Number(found[1] ?? found[2] ?? found[3]);
  return people.every(
    (person) =>
      person?.born !== undefined && person.newsFrom !== undefined && age < person.newsFrom - person.born,
  );
}

/** A capitalized word right after a full name, on the same line: the name may run on. */
const NEXT_CAPITALIZED = /^ (\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * "Nicolás Maduro Guerra", his son: a person's full name run on by a surname that is not one of the
 * person's own (a person's full names are among their aliases: "Nicolás Maduro Moros") is someone else's. Not
 * a title, a country, a day or a month after it, nor a line whose capitals prove nothing (a headline).
 */
function runsOnIntoAnotherName(
  text: string,
  start: number,
  end: number,
  entry: EntryFacts | undefined,
  words: NameWords,
): boolean {
  if (!entry || text.charCodeAt(end) !== 0x20) return false;
  const next = NEXT_CAPITALIZED.exec(text.slice(end, end + 40))?.[1];
  if (next === undefined) return false;
  // Not one of the person's own names, even misspelt ("Evo Morales Aima"), nor a title or a country.
  if (!isOtherPersonsName(next, entry, words) || words.inList('calendar', nameWord(next))) return false;
  if (words.countryOf(next) !== undefined) return false;
  return !mentionContext(text, start, end).capitalsProveNothing;
}

/**
 * A capitalized word of three letters or more right before a name, on the same line, after a comma, a
 * bracket or a dash, after a word of kin or after another given name: "sus hijos, Federico Alan García",
 * "su hijo Raúl Alan García", "Fábio Luís Lula da Silva". Not after any other word: "said Economist Pedro
 * Pablo Kuczynski", "alcalde de Lima Luis Castañeda".
 */
const CAPITALIZED_BEFORE =
  /(?:(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)|[,;(—–-]) (\p{Lu}\p{Ll}[\p{L}\p{M}]{1,}) $/u;

/**
 * "Raúl Alan García", his son: a capitalized word right before a person's full name, inside a sentence,
 * that is neither a title nor one of the person's own names (nor a country), makes a longer name.
 */
function givenNameBefore(
  text: string,
  start: number,
  end: number,
  entry: EntryFacts,
  words: NameWords,
): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  // Most names follow a word in lower case: that is read first, letter by letter, cheaply.
  let wordStart = start - 1;
  while (wordStart > 0 && isLetterOrMarkUnit(text, wordStart - 1)) wordStart--;
  if (wordStart === start - 1 || !isCapitalized(text.charAt(wordStart))) return false;
  const found = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const word = found?.[2];
  const before = found?.[1];
  // After a word of kin, or after another given name ("Fábio Luís Lula da Silva").
  if (
    word === undefined ||
    (before !== undefined && !words.inList('kinBefore', nameWord(before)) && !isCapitalized(before))
  )
    return false;
  if (words.countryOf(word) !== undefined || !isOtherPersonsName(word, entry, words)) return false;
  const around = mentionContext(text, start, end);
  return !around.capitalsProveNothing && around.previous?.opensSentence === false;
}

const BYLINE = /^\s*(?:by|por|par|per|von)\s/i;
const NAME_LINE = /^\s*(?:\p{Lu}\S*\s+){1,3}\p{Lu}\S*\s*$/u;

/** How far around a mention lower case is looked for: an acronym stands in a line that has it. */
const LINE_REACH = 60;

/**
 * An acronym of three letters or more ("JNE", "PPK", "MRTA"), or of `shortest`: one word in capitals, in
 * a line that is not ("FUJIMORI" in a headline in capitals is not one). Two capitals name too many things
 * across the Spanish-speaking countries ("TC", tipo de cambio; "IU", Spain's; "PL", Brazil's); in
 * Portuguese, one country's news, "o PT" of a Brazilian entry is the party.
 */
function isAcronym(text: string, start: number, end: number, shortest: number): boolean {
  if (end - start < shortest) return false;
  const surface = text.slice(start, end);
  if (!/^\p{Lu}+$/u.test(surface)) return false;
  // A word of a run of words in capitals ("CONDOMINIO COLINA DEL SOL") is a heading's, not an acronym.
  if (/\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (/^ \p{Lu}{2}/u.test(text.slice(end, end + 3))) return false;
  const around = text.slice(Math.max(0, start - LINE_REACH), Math.min(text.length, end + LINE_REACH));
  return !inCapitals(around);
}

/** An address, handle or file name, not prose: "@Keiko_Fujimori", "https://…/keiko-fujimori", "#keiko". */
const ADDRESS = /^[#@]|[@_]|:\/\/|^www\.|\.(?:html?|php|aspx?|jpe?g|png|gif|webp|pdf)\b/i;

/** How far around a match its token is looked at: text without spaces (Chinese, Japanese) runs on. */
const TOKEN_REACH = 200;

/** Whether the match lies in a token (a run without spaces) that is an address rather than words. */
function insideAddress(text: string, start: number, end: number): boolean {
  const floor = Math.max(0, start - TOKEN_REACH);
  const ceiling = Math.min(text.length, end + TOKEN_REACH);
  let from = start;
  while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < ceiling && !isSpace(text.charCodeAt(to))) to++;
  // Most matches stand alone between spaces: only a longer token is looked at.
  return to - from > end - start && ADDRESS.test(text.slice(from, to));
}

/**
 * A term of several words of one language that is no everyday word ("incapacidad moral permanente",
 * "denegación fáctica" in an English column): the writer quotes that language's term, whatever the
 * paragraph's language. A single word ("golpe") is read by its paragraph's language.
 */
function foreignTermLanguage(
  forms: readonly CompiledForm[],
  severalWords: boolean,
): PageLanguage | undefined {
  if (!severalWords) return undefined;
  const term = forms.find((form) => !form.short && form.nounOf?.length === 1);
  return term?.nounOf?.[0] as PageLanguage | undefined;
}

/** A block longer than twice this is too long to have one language: the words around a mention are read. */
const BLOCK_LANGUAGE_REACH = 1_000;

let lastBlock: { text: string; language: PageLanguage | undefined } | undefined;
/** For the last very long block: the language of each stretch, by the stretch a mention lies in. */
let lastLongBlock: { text: string; byStretch: Map<number, PageLanguage | undefined> } | undefined;

/**
 * The language a block's own function words lead with (at least two, more than any other): enough to
 * read one noun by, though a block is too short for the page-wide certainty of languageOfText. In a
 * very long block (a transcript in one paragraph), the language of the words around `at`: each stretch
 * of BLOCK_LANGUAGE_REACH characters is read with one more on each side, once.
 */
function blockLanguage(text: string, at: number): PageLanguage | undefined {
  if (text.length <= 2 * BLOCK_LANGUAGE_REACH) {
    if (lastBlock?.text !== text) lastBlock = { text, language: leadingLanguage(text) };
    return lastBlock.language;
  }
  if (lastLongBlock?.text !== text) lastLongBlock = { text, byStretch: new Map() };
  const stretch = Math.floor(at / BLOCK_LANGUAGE_REACH);
  const { byStretch } = lastLongBlock;
  if (!byStretch.has(stretch)) {
    const from = (stretch - 1) * BLOCK_LANGUAGE_REACH;
    byStretch.set(stretch, leadingLanguage(text.slice(Math.max(0, from), from + 3 * BLOCK_LANGUAGE_REACH)));
  }
  return byStretch.get(stretch);
}

function leadingLanguage(text: string): PageLanguage | undefined {
  const ranked = Object.entries(languageOfText(text).hits).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const leads = first !== undefined && first[1] >= 2 && first[1] > (second?.[1] ?? 0);
  return leads ? (first[0] as PageLanguage) : undefined;
}
