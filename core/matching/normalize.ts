/**
 * Text folding for term matching, with an exact map back to the original text.
 *
 * Folding, per code point (so folding a whole text and folding its pieces agree):
 * - every Unicode white space / line break (NBSP, narrow NBSP, U+2028...) → ' ', and runs of them
 *   (after the other rules) collapse into one ' ';
 * - every dash (\p{Pd}: - ‐ ‑ ‒ – — ― ...) and the minus sign − → ' ' ("21st-century" = "21st century");
 * - curly / modifier apostrophes (’ ‘ ‛ ʼ ´ ` ＇) → "'";
 * - soft hyphen, zero-width and bidi format characters → dropped ("neo\u00ADliberalism" = "neoliberalism");
 * - letters and numbers: lower case, then compatibility decomposition (NFKD: ﬁ → fi, Ａ → a, ² → 2);
 *   other characters: canonical decomposition only (NFD), so symbols such as ™ or ´ never turn into letters;
 * - combining marks removed (Perú = Peru, ñ → n, İ → i);
 * - full case folding for ß/ẞ → ss and final sigma ς → σ, which toLowerCase alone leaves apart.
 *
 * Three ways to read folded text: normalizeWithMap (a string plus offset arrays), foldInto (the same into
 * reusable typed arrays), and, for the matcher's hot loop, the per-unit table (foldEntry / foldTable)
 * and FoldCursor, which fold on the fly without building anything. All share foldCodePoint's rules.
 */

/** A folded text plus, for each of its UTF-16 units k, the original range [starts[k], ends[k]) it came from. */
export interface NormalizedText {
  /** The folded text. */
  text: string;
  /**
   * starts[k]: offset in the original text of the character that produced folded unit k.
   * Every unit of a multi-unit fold (ß → ss) or of a surrogate pair shares its character's start.
   */
  starts: Int32Array;
  /**
   * ends[k]: end (exclusive) in the original text of that character, extended over the combining marks
   * that follow it (so a slice never cuts "u" from its accent) and, for a space, over the whole run of
   * white space it stands for. A folded range [s, e) maps back to the original [starts[s], ends[e - 1]).
   */
  ends: Int32Array;
}

/** Folded UTF-16 units and their original ranges; `length` units are valid. Reused between calls. */
export interface FoldBuffers {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/** Maps a range [start, end) of folded text back to the original text (see NormalizedText.ends). */
export function originalRange(
  map: Pick<NormalizedText, 'starts' | 'ends'>,
  start: number,
  end: number,
): { start: number; end: number } {
  const originalStart = map.starts[start] ?? 0;
  const originalEnd = end > start ? (map.ends[end - 1] ?? originalStart) : originalStart;
  return { start: originalStart, end: originalEnd };
}

/** Folds a term or alias to its matching key: the folding above, trimmed, one space between words. */
export function normalizeKey(input: string): string {
  // Names and the words around them are folded thousands of times on a long page, the same few again
  // and again: short inputs' keys are remembered, and folded into one shared set of buffers.
  if (input.length > SHORT_INPUT_CHARS) return keyOf(input, createFoldBuffers(input.length));
  return remembered(KEYS, input, (short) => keyOf(short, SHORT_INPUT_BUFFERS));
}

function keyOf(input: string, buffers: FoldBuffers): string {
  foldInto(input, buffers);
  return unitsToString(buffers.units, buffers.length).trim();
}

/**
 * Like normalizeKey but keeps capitalization (accents, spacing, dashes and apostrophes still fold).
 * Two strings with the same key and the same case key differ at most in those folded details; the
 * matcher uses it to check forms that must appear with exactly their capitalization.
 */
export function normalizeCaseKey(input: string): string {
  // A page names the same few people and parties thousands of times: their keys are remembered.
  return remembered(CASE_KEYS, input, caseKeyOf);
}

/** How many keys of each kind are remembered (cleared when full: a page's names come back soon). */
const KEYS_KEPT = 4_096;
const KEYS = new Map<string, string>();
const CASE_KEYS = new Map<string, string>();
/** Inputs up to this length are remembered by normalizeKey and folded into SHORT_INPUT_BUFFERS. */
const SHORT_INPUT_CHARS = 64;
/** Grown in place if a fold needs more room (no call re-enters another). */
const SHORT_INPUT_BUFFERS = createFoldBuffers(SHORT_INPUT_CHARS * 2);

function remembered(keys: Map<string, string>, input: string, fold: (input: string) => string): string {
  const known = keys.get(input);
  if (known !== undefined) return known;
  const key = fold(input);
  if (keys.size >= KEYS_KEPT) keys.clear();
  keys.set(input, key);
  return key;
}

function caseKeyOf(input: string): string {
  let out = '';
  for (const char of input) {
    const cp = char.codePointAt(0) ?? 0;
    let folded = CASE_KEEPING_FOLDS.get(cp);
    if (folded === undefined) {
      const fold = foldCodePoint(cp, false);
      folded = typeof fold === 'string' ? fold : '';
      CASE_KEEPING_FOLDS.set(cp, folded);
    }
    out += folded;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

const CASE_KEEPING_FOLDS = new Map<number, string>();

/** Folds a whole text and returns the folded text with its offset map. */
export function normalizeWithMap(text: string): NormalizedText {
  const buffers = createFoldBuffers(text.length);
  foldInto(text, buffers);
  const length = buffers.length;
  // Folding neither makes nor mends lone surrogates, so a well-formed input folds to a well-formed output,
  // which TextDecoder builds about 3× faster than fromCharCode (it would turn lone surrogates into U+FFFD).
  const wellFormed = text.isWellFormed?.() ?? false;
  return {
    text: wellFormed ? UTF16.decode(buffers.units.subarray(0, length)) : unitsToString(buffers.units, length),
    starts: buffers.starts.subarray(0, length),
    ends: buffers.ends.subarray(0, length),
  };
}

export function createFoldBuffers(capacity: number): FoldBuffers {
  const size = capacity + 16;
  return {
    units: new Uint16Array(size),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    length: 0,
  };
}

const SPACE = 0x20;
const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x02bc, 0x00b4, 0x0060, 0xff07]);
const WHITE_SPACE = /^\p{White_Space}$/u;
const DASH = /^\p{Pd}$/u;
const MARK = /^\p{M}$/u;
const MARKS = /\p{M}/gu;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

function isDropped(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff
  );
}

/**
 * Encoded fold of one BMP unit, for streaming readers (the matcher reads text through these without
 * building the folded string): kind in the low bits, FOLD_WORD when the folded unit is a letter, mark or
 * digit, and for FOLD_UNIT the folded unit itself above FOLD_UNIT_SHIFT.
 */
export const FOLD_KIND_MASK = 7;
/** Folds to one unit: `entry >>> FOLD_UNIT_SHIFT`. */
export const FOLD_UNIT = 1;
/** White space, dash: folds to ' ', and a run of them to one ' '. */
export const FOLD_SPACE = 2;
/** A combining mark: vanishes, and the character before it extends over it. */
export const FOLD_EXTEND = 3;
/** A soft hyphen or invisible format character: vanishes. */
export const FOLD_DROP = 4;
/** Folds to several units: see foldCharacter. */
const FOLD_PIECES = 5;
/** First half of a surrogate pair: fold the code point with foldCharacter (a lone one stays itself). */
const FOLD_HIGH_SURROGATE = 6;
export const FOLD_WORD = 8;
export const FOLD_UNIT_SHIFT = 4;

/** How one code point folds: its folded text, or FOLD_EXTEND / FOLD_DROP when it vanishes. */
export type CharacterFold = string | typeof FOLD_EXTEND | typeof FOLD_DROP;

/** The folding rules for one code point (slow; results are cached by the callers). */
function foldCodePoint(cp: number, lowerCase: boolean, depth = 0): CharacterFold {
  const char = String.fromCodePoint(cp);
  if (WHITE_SPACE.test(char) || DASH.test(char) || cp === 0x2212) return ' ';
  if (isDropped(cp)) return FOLD_DROP;
  if (APOSTROPHES.has(cp)) return "'";
  if (MARK.test(char)) return FOLD_EXTEND;
  let folded = lowerCase ? char.toLowerCase() : char;
  folded = folded.normalize(LETTER_OR_NUMBER.test(char) ? 'NFKD' : 'NFD');
  if (lowerCase) folded = folded.toLowerCase().replace(/ς/g, 'σ');
  folded = folded.replace(MARKS, '').replace(/ß/g, 'ss').replace(/ẞ/g, 'SS');
  if (folded === '') return FOLD_DROP;
  if (folded === char || depth > 2) return folded;
  // A decomposition may yield characters with rules of their own (U+2011 → U+2010, ¼ → 1⁄4).
  let result = '';
  for (const part of folded) {
    const partCp = part.codePointAt(0) ?? 0;
    const partFold = partCp === cp ? part : foldCodePoint(partCp, lowerCase, depth + 1);
    if (typeof partFold === 'string') result += partFold;
  }
  return result === '' ? FOLD_DROP : result;
}

const WORD_CACHE = new Map<number, boolean>();

/** Whether a code point of folded text is a word character (\p{L}\p{M}\p{N}); ends of whole-word matches. */
export function isWordCodePoint(cp: number): boolean {
  let word = WORD_CACHE.get(cp);
  if (word === undefined) {
    word = WORD_CHARACTER.test(String.fromCodePoint(cp)) && !APOSTROPHES.has(cp);
    WORD_CACHE.set(cp, word);
  }
  return word;
}

/** foldEntry's table once made (see foldTable). */
let table: Int32Array | undefined;
/** Folds of more than one unit (BMP) and of every astral code point. */
const FOLD_STRINGS = new Map<number, CharacterFold>();

function tableEntry(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdbff) return FOLD_HIGH_SURROGATE;
  if (unit >= 0xdc00 && unit <= 0xdfff) return FOLD_UNIT | (unit << FOLD_UNIT_SHIFT); // lone: kept as is
  const folded = foldCodePoint(unit, true);
  if (folded === FOLD_EXTEND || folded === FOLD_DROP) return folded;
  if (folded === ' ') return FOLD_SPACE;
  if (folded.length === 1) {
    const foldedUnit = folded.charCodeAt(0);
    return FOLD_UNIT | (isWordCodePoint(foldedUnit) ? FOLD_WORD : 0) | (foldedUnit << FOLD_UNIT_SHIFT);
  }
  FOLD_STRINGS.set(unit, folded);
  return FOLD_PIECES;
}

/**
 * foldEntry's table, filled lazily beyond ASCII (0: not computed yet, call foldEntry), for hot loops to
 * read without a call: `let entry = table[unit]; if (entry === 0) entry = foldEntry(unit);`. Made on
 * first use, not when the script loads: a frame that never reads text (most players and ads, dozens on
 * some pages, each with its own copy of Glosa) never pays for its 256 KB and its ASCII rules.
 */
export function foldTable(): Int32Array {
  if (table === undefined) {
    table = new Int32Array(0x10000);
    for (let unit = 0; unit < 0x80; unit++) table[unit] = tableEntry(unit);
  }
  return table;
}

/** The encoded fold of a BMP unit (see FOLD_KIND_MASK); one typed-array read once the unit was seen. */
export function foldEntry(unit: number): number {
  const folds = foldTable();
  const entry = folds[unit] as number;
  if (entry !== 0) return entry;
  const computed = tableEntry(unit);
  folds[unit] = computed;
  return computed;
}

/** The fold of any code point (for FOLD_PIECES units and astral code points; cached). */
export function foldCharacter(cp: number): CharacterFold {
  let folded = FOLD_STRINGS.get(cp);
  if (folded === undefined) {
    folded = foldCodePoint(cp, true);
    FOLD_STRINGS.set(cp, folded);
  }
  return folded;
}

/**
 * Folds `text` into `buffers` (grown when needed). The hot path is one table lookup and three typed-array
 * writes per UTF-16 unit; the rare characters that fold to several units, vanish or are astral take a
 * slower branch. Invariant kept for growth: length + (units of text still to read) ≤ capacity.
 */
export function foldInto(text: string, buffers: FoldBuffers): void {
  const n = text.length;
  if (buffers.units.length < n + 1) growBuffers(buffers, 0, n + 16);
  let { units, starts, ends } = buffers;
  let o = 0;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    const entry = foldEntry(unit);
    const kind = entry & FOLD_KIND_MASK;
    if (kind === FOLD_UNIT) {
      units[o] = entry >>> FOLD_UNIT_SHIFT;
      starts[o] = i;
      ends[o] = ++i;
      o++;
      continue;
    }
    if (kind === FOLD_SPACE) {
      if (o > 0 && units[o - 1] === SPACE) ends[o - 1] = i + 1;
      else {
        units[o] = SPACE;
        starts[o] = i;
        ends[o] = i + 1;
        o++;
      }
      i++;
      continue;
    }
    // Slow path: resolve the character to a vanishing kind or a string of units.
    let width = 1;
    let folded: CharacterFold;
    if (kind === FOLD_EXTEND || kind === FOLD_DROP) folded = kind;
    else if (kind === FOLD_PIECES) folded = foldCharacter(unit);
    else {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        folded = foldCharacter(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
      } else folded = text[i] as string; // lone high surrogate: kept as is
    }
    if (folded === FOLD_EXTEND) {
      if (o > 0) ends[o - 1] = i + width;
    } else if (folded !== FOLD_DROP) {
      if (o + folded.length + (n - i - width) > units.length) {
        growBuffers(buffers, o, o + folded.length + (n - i - width) + 16);
        ({ units, starts, ends } = buffers);
      }
      for (let k = 0; k < folded.length; k++) {
        const foldedUnit = folded.charCodeAt(k);
        if (foldedUnit === SPACE && o > 0 && units[o - 1] === SPACE) {
          ends[o - 1] = i + width;
          continue;
        }
        units[o] = foldedUnit;
        starts[o] = i;
        ends[o] = i + width;
        o++;
      }
    }
    i += width;
  }
  buffers.length = o;
}

/** Folds the character at `i` whose table kind is FOLD_PIECES or FOLD_HIGH_SURROGATE. */
function readCharacter(text: string, i: number, kind: number): { folded: CharacterFold; width: number } {
  const unit = text.charCodeAt(i);
  if (kind === FOLD_PIECES) return { folded: foldCharacter(unit), width: 1 };
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (next < 0xdc00 || next > 0xdfff) return { folded: text[i] as string, width: 1 }; // lone surrogate
  return { folded: foldCharacter(((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000), width: 2 };
}

/**
 * Reads folded units one at a time from an original offset, with the same rules as foldInto
 * (runs of spaces collapse, marks extend the character before them, format characters vanish), and tells
 * for each unit its word class, whether it ends its character's fold, and where that character ends.
 */
export class FoldCursor {
  unit = 0;
  isWord = false;
  endsCharacter = true;
  private text = '';
  private position = 0;
  private pieces = '';
  private pieceIndex = 0;
  private lastWasSpace = false;

  reset(text: string, position: number): void {
    this.text = text;
    this.position = position;
    this.pieces = '';
    this.pieceIndex = 0;
    this.lastWasSpace = false;
  }

  next(): boolean {
    if (this.pieceIndex < this.pieces.length && this.nextPiece()) return true;
    const text = this.text;
    while (this.position < text.length) {
      const start = this.position;
      const entry = foldEntry(text.charCodeAt(start));
      const kind = entry & FOLD_KIND_MASK;
      if (kind === FOLD_UNIT) {
        this.position = start + 1;
        this.emit(entry >>> FOLD_UNIT_SHIFT, (entry & FOLD_WORD) !== 0, true);
        return true;
      }
      if (kind === FOLD_SPACE) {
        this.position = start + 1;
        if (this.lastWasSpace) continue;
        this.emit(0x20, false, true);
        return true;
      }
      if (kind === FOLD_EXTEND || kind === FOLD_DROP) {
        this.position = start + 1;
        continue;
      }
      const { folded, width } = readCharacter(text, start, kind);
      this.position = start + width;
      if (typeof folded !== 'string') continue;
      this.pieces = folded;
      this.pieceIndex = 0;
      if (this.nextPiece()) return true;
    }
    return false;
  }

  private nextPiece(): boolean {
    const pieces = this.pieces;
    while (this.pieceIndex < pieces.length) {
      const index = this.pieceIndex;
      const unit = pieces.charCodeAt(index);
      this.pieceIndex++;
      if (unit === 0x20 && this.lastWasSpace) continue;
      // Both halves of a surrogate pair take the class of the code point.
      let cp = unit;
      if (unit >= 0xd800 && unit <= 0xdbff) cp = pieces.codePointAt(index) ?? unit;
      else if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) cp = pieces.codePointAt(index - 1) ?? unit;
      this.emit(unit, isWordCodePoint(cp), this.pieceIndex === pieces.length);
      return true;
    }
    return false;
  }

  private emit(unit: number, isWord: boolean, endsCharacter: boolean): void {
    this.unit = unit;
    this.isWord = isWord;
    this.lastWasSpace = unit === 0x20;
    this.endsCharacter = endsCharacter;
  }

  /**
   * Original end of the character the current unit ends (valid when endsCharacter), extended over the
   * combining marks after it (possibly past format characters between them).
   */
  characterEnd(): number {
    const text = this.text;
    let end = this.position;
    for (let p = end; p < text.length; ) {
      const kind = foldEntry(text.charCodeAt(p)) & FOLD_KIND_MASK;
      if (kind === FOLD_EXTEND) end = ++p;
      else if (kind === FOLD_DROP) p++;
      else if (kind === FOLD_UNIT || kind === FOLD_SPACE || kind === FOLD_PIECES) break;
      else {
        const { folded, width } = readCharacter(text, p, kind);
        if (folded === FOLD_EXTEND) end = p += width;
        else if (folded === FOLD_DROP) p += width;
        else break;
      }
    }
    return end;
  }
}

function growBuffers(buffers: FoldBuffers, keep: number, minimum: number): void {
  const size = Math.max(minimum, buffers.units.length * 2);
  const units = new Uint16Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  units.set(buffers.units.subarray(0, keep));
  starts.set(buffers.starts.subarray(0, keep));
  ends.set(buffers.ends.subarray(0, keep));
  buffers.units = units;
  buffers.starts = starts;
  buffers.ends = ends;
}

/** Uint16Array memory is little-endian on every platform browsers and Node run on. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const STRING_CHUNK = 8192;

/** Builds a string from UTF-16 units, in chunks (argument-count limits), keeping lone surrogates intact. */
function unitsToString(units: Uint16Array, length: number): string {
  if (length <= STRING_CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as never);
  const parts: string[] = [];
  for (let k = 0; k < length; k += STRING_CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, units.subarray(k, Math.min(length, k + STRING_CHUNK)) as never),
    );
  }
  return parts.join('');
}

/** Text with letters, none of them lower case: an acronym, or a line written in capitals. */
export function inCapitals(text: string): boolean {
  let letters = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x61 && unit <= 0x7a) return false;
    if (unit < 0x80) {
      letters ||= unit >= 0x41 && unit <= 0x5a;
      continue;
    }
    const char = text[i] as string;
    const upper = char.toUpperCase();
    if (upper === char.toLowerCase()) continue; // not a letter with case
    if (char !== upper) return false;
    letters = true;
  }
  return letters;
}
