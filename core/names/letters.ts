/**
 * Unicode letter classes of one code point, for reading the words around a mention. Asked of four
 * one-class expressions and remembered, rather than written as \p{…} classes inside the patterns that
 * read a mention: an expression's classes are built when it first runs, on every page load and in every
 * frame, and the mention patterns' classes cost about 10 ms of a page's first read, before its first
 * marks; these four cost about 1 ms.
 */
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

const IS_LETTER = 1;
const IS_MARK = 2;
const IS_UPPER = 4;
const IS_LOWER = 8;

/** Classes of code points met so far beyond ASCII (a page uses few). */
const classesOf = new Map<number, number>();

function classes(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return IS_LETTER | IS_UPPER;
    if (cp >= 0x61 && cp <= 0x7a) return IS_LETTER | IS_LOWER;
    return 0;
  }
  let found = classesOf.get(cp);
  if (found === undefined) {
    const char = String.fromCodePoint(cp);
    found =
      (LETTER.test(char) ? IS_LETTER : 0) |
      (MARK.test(char) ? IS_MARK : 0) |
      (UPPER.test(char) ? IS_UPPER : 0) |
      (LOWER.test(char) ? IS_LOWER : 0);
    classesOf.set(cp, found);
  }
  return found;
}

/** The code point at text[index] and how many units it takes (a lone surrogate is a code point of its own). */
function codePointAt(text: string, index: number, limit: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < limit) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** How many units the code point at `index` takes, reading no further than `limit`. */
export function unitsAt(text: string, index: number, limit = text.length): number {
  return codePointAt(text, index, limit) > 0xffff ? 2 : 1;
}

/** How many units the code point ending at `index` (exclusive) takes, reading no further back than `floor`. */
export function unitsBefore(text: string, index: number, floor = 0): number {
  const low = text.charCodeAt(index - 1);
  if (index - 2 < floor || low < 0xdc00 || low > 0xdfff) return 1;
  const high = text.charCodeAt(index - 2);
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

/** \p{L} or \p{M} at `index` (a code point; `limit` ends the text for a surrogate pair). */
export function isLetterOrMarkAt(text: string, index: number, limit = text.length): boolean {
  return (classes(codePointAt(text, index, limit)) & (IS_LETTER | IS_MARK)) !== 0;
}

/** \p{L} at `index`. */
export function isLetterAt(text: string, index: number, limit = text.length): boolean {
  return (classes(codePointAt(text, index, limit)) & IS_LETTER) !== 0;
}

/** \p{Lu} at `index`. */
export function isUpperAt(text: string, index: number, limit = text.length): boolean {
  return (classes(codePointAt(text, index, limit)) & IS_UPPER) !== 0;
}

/** \p{Ll} at `index`. */
export function isLowerAt(text: string, index: number, limit = text.length): boolean {
  return (classes(codePointAt(text, index, limit)) & IS_LOWER) !== 0;
}

/** \p{L} or \p{M} for the one unit at `index` alone: half of a surrogate pair is neither. */
export function isLetterOrMarkUnit(text: string, index: number): boolean {
  return (classes(text.charCodeAt(index)) & (IS_LETTER | IS_MARK)) !== 0;
}
