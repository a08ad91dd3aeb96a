import { inCapitals, normalizeKey } from '../matching/normalize';
import { isLetterOrMarkUnit } from './letters';
import {
  firstWord,
  isApostropheOrHyphen,
  lettersBefore,
  nextWord,
  possessorBefore,
  spacesStartBefore,
} from './word-patterns';

/** What the words around a mention say about it (core/names/read-mention.ts reads it). */
export interface MentionContext {
  /** The mention opens a sentence: its capital proves nothing. */
  sentenceStart: boolean;
  /** It sits in a line written in capitals, or in Title Case (a headline): capitals prove nothing there. */
  capitalsProveNothing: boolean;
  /** Capitalized words just before it (nearest last), up to a few: a given name, an initial, a title. */
  before: string[];
  /** Capitalized words just after it (nearest first): a second surname. */
  after: string[];
  /** The word right before it in its sentence (any case), and whether that word opens the sentence. */
  previous?: { word: string; opensSentence: boolean };
  /** The word right after it (any case), and whether "de", "of" and the like came between. */
  next?: { word: string; afterOf: boolean };
  /** "X's" a few words before it: "Ireland's small Workers Party". */
  possessor?: string;
  /** The mention itself starts with a capital (a name, not "humalista"). */
  capitalized: boolean;
  /** The mention is written all in capitals ("PERÚ LIBRE" in a headline, a shouted name). */
  inCapitals: boolean;
  /** The mention has several words ("Solidaridad Nacional"), not one ("Colina"). */
  severalWords: boolean;
  /** What stands in parentheses right after it, if anything short does: "Frente Amplio (Chile)". */
  inParentheses: string | undefined;
  /** The two words right before it in its sentence, folded: "gobierno de" before "Fujimori". */
  twoBefore: readonly [string, string] | undefined;
  /** The noun of an article and a noun right after it, folded: "orca" in "Keiko, la orca". */
  nounAfter: string | undefined;
  /** It stands alone between quotation marks: a title ("the documentary “Revolución Ciudadana”"). */
  quoted: boolean;
  /**
   * A surname that opens a line or a list item with a given name after a comma, as bibliographies and
   * indexes write names ("- Gutiérrez, Gustavo. A Theology of Liberation"): that given name.
   */
  inverted: string | undefined;
}

/** Name particles that join the words of one name ("Haya de la Torre", "Cristina Fernández de Kirchner"). */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'van', 'von']);
const MAX_NEIGHBOURS = 3;
/** French and Italian articles and "de" elided before a capital: d'Eva, l'Abbé, dell'Acqua. */
const ELIDED_ARTICLE = /^(?:d|l|dell|qu)['’](?=\p{Lu})/iu;
/** Nothing but a bullet or a number before a line's first word. */
const LIST_ITEM_OPENING = /^\s*(?:[-–—•*·]|\d+[.)])?\s*$/u;
/**
 * ", Gustavo." ", Jorge G." ", James, and" after a surname, as a reference is written; not ", Peru's"
 * nor ", PETRO Y LULA".
 */
const GIVEN_AFTER_A_COMMA =
  /^,\s+(\p{Lu}\p{Ll}[\p{L}\p{M}]*)(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}]*)*(?:\s+\p{Lu}\.|[.,])/u;
/** How far neighbours() looks from a mention, in characters. */
const NEIGHBOUR_REACH = 80;
/** How far around a mention its sentence or line is read, each way. */
const LINE_REACH = 200;
/**
 * . ! ? a line break, and the Chinese and Japanese full stop, exclamation and question marks end a
 * sentence (by code unit: this runs over every mention's line).
 */
function endsSentence(code: number): boolean {
  return (
    code === 46 ||
    code === 33 ||
    code === 63 ||
    code === 10 ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}

/** Initials and the abbreviations of titles keep their dot inside a name: "J. García", "Sr. Humala". */
function isAbbreviation(word: string): boolean {
  return word.length === 1 || /^(mr|mrs|ms|dr|sr|sra|srta|gen|sen|rep|gov|st|mme|prof)$/i.test(word);
}

/** Whether a word begins with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The bounds of the sentence (or headline line) around [start, end), within LINE_REACH each way. */
function lineAround(text: string, start: number, end: number): [number, number] {
  // Bounded: a headline is short, and a block with no sentence end must not cost its length per mention.
  const floor = Math.max(0, start - LINE_REACH);
  let from = start;
  while (from > floor && !endsSentence(text.charCodeAt(from - 1))) from--;
  const ceiling = Math.min(text.length, end + LINE_REACH);
  let to = end;
  while (to < ceiling && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

/** A space between words, by code unit: ASCII and no-break spaces, the typographic ones, the ideographic. */
export function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

/**
 * Scripts without case (Chinese, Japanese kana, Korean, and their punctuation): answered without asking
 * for a character's cases, which costs two strings a character on a long Chinese or Japanese block.
 */
function isCaselessScript(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** A letter with a case: upper and lower forms differ. */
function isCased(char: string): boolean {
  return !isCaselessScript(char.charCodeAt(0)) && char.toLowerCase() !== char.toUpperCase();
}

/**
 * Letters of text[from, to) are all capitals, or most of its words (3+ letters) start with one. One pass
 * without allocating: it runs for every mention.
 */
function capitalsProveNothingIn(text: string, from: number, to: number): boolean {
  // Mentions of one sentence share its stretch: read it once.
  if (lastStretch.text === text && lastStretch.from === from && lastStretch.to === to)
    return lastStretch.result;
  const result = readCapitals(text, from, to);
  lastStretch = { text, from, to, result };
  return result;
}

let lastStretch = { text: '', from: -1, to: -1, result: false };

/** 1 for a capital letter, -1 for a small one, 0 for anything without case (ASCII without allocating). */
function letterCase(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return -1;
  if (code < 128) return 0;
  const char = text[index] ?? '';
  if (!isCased(char)) return 0;
  return char === char.toLowerCase() ? -1 : 1;
}

function readCapitals(text: string, from: number, to: number): boolean {
  let casedLetters = 0;
  let anyLower = false;
  let words = 0;
  let capitalizedWords = 0;
  let index = from;
  while (index < to) {
    while (index < to && isSpace(text.charCodeAt(index))) index++;
    const wordStart = index;
    let leadingLetters = 0;
    let inLeadingRun = true;
    while (index < to && !isSpace(text.charCodeAt(index))) {
      const letter = letterCase(text, index);
      if (letter !== 0) {
        casedLetters++;
        if (letter < 0) anyLower = true;
        if (inLeadingRun) leadingLetters++;
      } else inLeadingRun = false;
      index++;
    }
    if (leadingLetters >= 3) {
      words++;
      if (letterCase(text, wordStart) > 0) capitalizedWords++;
    }
  }
  if (casedLetters >= 4 && !anyLower) return true;
  return words >= 4 && capitalizedWords / words >= 0.8;
}

/** Whether [start) opens a sentence: only punctuation, quotes or nothing since the last sentence end. */
function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && /[\s"“”«»'‘’(¿¡\-–—]/u.test(text[index] ?? '')) index--;
  if (index < 0) return true;
  if (text[index] === '.') {
    // "Ms. Fujimori", "J. García": the dot of an abbreviation or an initial ends no sentence.
    return !isAbbreviation(lettersBefore(text, index, Math.max(0, index - 6)));
  }
  // Not after a colon: "Live: Gana Perú", "dijo: Gana Perú" keep their capital on purpose.
  return /[!?\n]/.test(text[index] ?? '');
}

/** What JavaScript's \s matches, by code unit: whitespace that separates words. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const SLASH = 0x2f;

function endsAWord(code: number): boolean {
  return isWhitespace(code) || code === SLASH;
}

/**
 * Capitalized words next to the mention, stepping over name particles, stopping at anything else. It
 * runs twice for every mention: it walks the text word by word, no further than it must (at most
 * NEIGHBOUR_REACH characters), instead of splitting the stretch around the mention.
 */
function neighbours(text: string, from: number, direction: -1 | 1): string[] {
  const found: string[] = [];
  const limit =
    direction === -1 ? Math.max(0, from - NEIGHBOUR_REACH) : Math.min(text.length, from + NEIGHBOUR_REACH);
  let index = from;
  let particles = 0;
  for (;;) {
    // The spaces before the next word; a line break or a tab (a table's next cell, as text) ends the name.
    let newline = false;
    if (direction === 1) {
      for (; index < limit && isWhitespace(text.charCodeAt(index)); index++)
        if (text[index] === '\n' || text[index] === '\t') newline = true;
    } else {
      for (; index > limit && isWhitespace(text.charCodeAt(index - 1)); index--)
        if (text[index - 1] === '\n' || text[index - 1] === '\t') newline = true;
    }
    if (newline) break;
    // Joined without a space ("Humala-Heredia", "Pro-Fujimori"): one token, not a neighbouring name.
    if (index === from) break;
    const pieceStart = index;
    // A slash ends a word too: a photo credit's "REUTERS/Sebastián Castillo" gives the surname a given name.
    if (direction === 1) while (index < limit && !endsAWord(text.charCodeAt(index))) index++;
    else while (index > limit && !endsAWord(text.charCodeAt(index - 1))) index--;
    if (index === pieceStart) break;
    const piece = direction === 1 ? text.slice(pieceStart, index) : text.slice(index, pieceStart);
    let word = firstWord(piece);
    // An elided article right before the name is not part of it: "l'esprit d'Eva Perón" has "Eva"
    // before the surname; in "coup d'État de Pinochet", "d'État" is no name.
    if (direction === -1 && particles === 0 && found.length === 0) word = word.replace(ELIDED_ARTICLE, '');
    const clean = word.replace(/[.’']+$/u, '');
    // Looking back, a word that ends a sentence is not part of the name: "in Lima. Fujimori said".
    if (direction === -1 && /[.!?;:]["”»']?$/.test(piece) && !isAbbreviation(clean)) break;
    // Punctuation between the mention and the next word ends the name: "Fujimori, Keiko".
    const touching =
      direction === 1 ? piece.startsWith(word) : piece.endsWith(word) || piece.endsWith(`${word}.`);
    if (!word || !touching) break;
    if (PARTICLES.has(clean.toLowerCase()) && particles < 2) {
      particles++;
      continue;
    }
    if (!isCapitalized(clean)) break;
    // "el Gobierno de Boluarte", "la Fiscalía de la Nación": a capitalized noun after an article and
    // before "de" heads a phrase; it is no given name ("Jorge del Castillo", "Fernández de Kirchner").
    if (direction === -1 && particles > 0 && found.length === 0 && headsAPhrase(text, index, limit)) break;
    found.push(clean);
    if (found.length >= MAX_NEIGHBOURS) break;
    // A comma or sentence end right after this word closes the name.
    if (direction === 1 && /[,.;:!?)]$/.test(piece)) break;
  }
  return found;
}

/**
 * Articles and article-bearing prepositions of the four languages, folded. Not "a": "entrevistó a Jorge
 * del Castillo" names a person.
 */
export const ARTICLES: ReadonlySet<string> = new Set(
  'el la los las un una the o os um uma le les del al do da dos das no na du au'.split(' '),
);

/** Whether the word ending right before `at` (spaces between, no further back than `limit`) is an article. */
function followsArticle(text: string, at: number, limit: number): boolean {
  const end = spacesStartBefore(text, at, limit);
  let start = end;
  while (start > limit && isLetterOrMarkUnit(text, start - 1)) start--;
  return start < end && ARTICLES.has(text.slice(start, end).toLowerCase());
}

/** Capitalized words an article may stand before, as a phrase's head ("la Libertad Avanza"). */
const HEAD_MOST_WORDS = 3;
/** A capitalized word and the spaces after it. */
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}]* +$/u;

/**
 * Whether the capitalized word beginning at `at` heads a phrase: an article right before it, or before
 * the one or two capitalized words before it ("la Libertad Avanza de Milei" is Milei's party, no
 * "Avanza" of his family). A given name takes no article ("Jorge del Castillo").
 */
function headsAPhrase(text: string, at: number, limit: number): boolean {
  // Or it opens the sentence alone: a headline's "Partido de Milei", "Governo de Lula".
  if (opensASentence(text, at)) return true;
  let start = at;
  for (let words = 1; words <= HEAD_MOST_WORDS; words++) {
    if (followsArticle(text, start, limit)) return true;
    // Words only, spaces between: "la Sra. Susana Higuchi de Fujimori" is a title and a woman's name.
    const previous = previousWord(text, start);
    if (previous === undefined || previous < limit || !CAPITALIZED_WORD.test(text.slice(previous, start)))
      return false;
    start = previous;
  }
  return false;
}

/** Whether the word at `at` opens its paragraph or follows a sentence's end. */
function opensASentence(text: string, at: number): boolean {
  const end = spacesStartBefore(text, at, 0);
  return end === 0 || /[.!?\n]/.test(text[end - 1] as string);
}

/** Where the word right before `start` begins (only spaces between), or undefined. */
function previousWord(text: string, start: number): number | undefined {
  let index = spacesStartBefore(text, start, 0);
  if (index === start) return undefined;
  const end = index;
  while (
    index > 0 &&
    (isLetterOrMarkUnit(text, index - 1) || isApostropheOrHyphen(text.charCodeAt(index - 1)))
  )
    index--;
  while (index < end && !isLetterOrMarkUnit(text, index)) index++;
  return index < end ? index : undefined;
}

/**
 * The context of a mention at [start, end) of a block's text. Each part is read when first asked, once:
 * most mentions are decided by one or two of them (a person's surname by its neighbours, a party by
 * the country around it), and on a long page reading them all was most of the names' cost.
 */
export function mentionContext(text: string, start: number, end: number): MentionContext {
  return new LazyMentionContext(text, start, end);
}

const UNREAD = Symbol('unread');

/** An article and a word in lower case right after a mention: ", la orca", " the whale". */
const ARTICLE_AND_NOUN_AFTER = /^,? (?:la|el|the|a|o|le) (\p{Ll}[\p{L}\p{M}]*)/u;

/** A few words in parentheses right after a mention: "(Chile)", "(Uruguay)". */
const PARENTHESES_AFTER = /^ ?\(([^()\n]{1,30})\)/u;

class LazyMentionContext implements MentionContext {
  private sentenceStartRead: boolean | typeof UNREAD = UNREAD;
  private capitalsRead: boolean | typeof UNREAD = UNREAD;
  private beforeRead: string[] | typeof UNREAD = UNREAD;
  private afterRead: string[] | typeof UNREAD = UNREAD;
  private previousRead: MentionContext['previous'] | typeof UNREAD = UNREAD;
  private nextRead: MentionContext['next'] | typeof UNREAD = UNREAD;
  private possessorRead: string | undefined | typeof UNREAD = UNREAD;
  private invertedRead: string | undefined | typeof UNREAD = UNREAD;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get sentenceStart(): boolean {
    if (this.sentenceStartRead === UNREAD) this.sentenceStartRead = opensSentence(this.text, this.start);
    return this.sentenceStartRead;
  }

  get capitalsProveNothing(): boolean {
    if (this.capitalsRead === UNREAD) {
      const [lineStart, lineEnd] = lineAround(this.text, this.start, this.end);
      this.capitalsRead = capitalsProveNothingIn(this.text, lineStart, lineEnd);
    }
    return this.capitalsRead;
  }

  // A nickname in quotation marks between the names of its bearer, Luiz Felipe "Lula" Andrade, has
  // them as neighbours: the marks are stepped over.
  get before(): string[] {
    if (this.beforeRead === UNREAD)
      this.beforeRead = neighbours(this.text, this.quoted ? this.start - 1 : this.start, -1);
    return this.beforeRead;
  }

  get after(): string[] {
    if (this.afterRead === UNREAD) {
      const end = this.quoted ? this.end + 1 : this.end;
      const closed = /^[,.;:!?)]/.test(this.text.slice(end, end + 1));
      this.afterRead = closed ? [] : neighbours(this.text, end, 1);
    }
    return this.afterRead;
  }

  get previous(): MentionContext['previous'] {
    if (this.previousRead === UNREAD) {
      const { text, start } = this;
      const previous = previousWord(text, start);
      this.previousRead =
        previous === undefined
          ? undefined
          : { word: text.slice(previous, start).trimEnd(), opensSentence: opensSentence(text, previous) };
    }
    return this.previousRead;
  }

  get next(): MentionContext['next'] {
    if (this.nextRead === UNREAD) {
      this.nextRead = nextWord(this.text, this.end);
    }
    return this.nextRead;
  }

  get possessor(): string | undefined {
    if (this.possessorRead === UNREAD) this.possessorRead = possessorBefore(this.text, this.start);
    return this.possessorRead;
  }

  get capitalized(): boolean {
    return isCapitalized(this.text.slice(this.start, this.end));
  }

  get inCapitals(): boolean {
    return inCapitals(this.text.slice(this.start, this.end));
  }

  get inParentheses(): string | undefined {
    return PARENTHESES_AFTER.exec(this.text.slice(this.end, this.end + NEIGHBOUR_REACH))?.[1];
  }

  get twoBefore(): readonly [string, string] | undefined {
    const { text, start } = this;
    const last = previousWord(text, start);
    if (last === undefined || opensSentence(text, last)) return undefined;
    const first = previousWord(text, last);
    if (first === undefined) return undefined;
    return [nameWord(text.slice(first, last)), nameWord(text.slice(last, start))];
  }

  get nounAfter(): string | undefined {
    const noun = ARTICLE_AND_NOUN_AFTER.exec(this.text.slice(this.end, this.end + NEIGHBOUR_REACH))?.[1];
    return noun === undefined ? undefined : nameWord(noun);
  }

  get severalWords(): boolean {
    return hasSpace(this.text, this.start, this.end);
  }

  get inverted(): string | undefined {
    if (this.invertedRead === UNREAD)
      this.invertedRead = givenNameTurnedRound(this.text, this.start, this.end);
    return this.invertedRead;
  }

  get quoted(): boolean {
    const { text, start, end } = this;
    return /["“«‘']/u.test(text[start - 1] ?? '') && /["”»’']/u.test(text[end] ?? '');
  }
}

/** "- Gutiérrez, Gustavo." opening a line or list item: the given name after the comma (MentionContext.inverted). */
function givenNameTurnedRound(text: string, start: number, end: number): string | undefined {
  const opening = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  if (!LIST_ITEM_OPENING.test(opening)) return undefined;
  return GIVEN_AFTER_A_COMMA.exec(text.slice(end, end + NEIGHBOUR_REACH))?.[1];
}

/** A word of a name, folded as the matcher folds (case, accents). */
export function nameWord(word: string): string {
  return normalizeKey(word);
}

/** Whether `text` has a space between `start` and `end`: a name of several words. */
export function hasSpace(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (isSpace(text.charCodeAt(at))) return true;
  return false;
}
