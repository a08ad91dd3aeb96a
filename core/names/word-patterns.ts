/**
 * Words around a mention read by hand, code point by code point, each as the regular expression in its
 * comment would read them (tests/node/word-patterns.test.ts holds them to it): see ./letters.ts for why.
 */
import { isLetterAt, isLetterOrMarkAt, isLowerAt, isUpperAt, unitsAt, unitsBefore } from './letters';

/** ' ’ or - inside a word. */
export function isApostropheOrHyphen(code: number): boolean {
  return isApostrophe(code) || code === 0x2d;
}

/** [ \t\u00a0] */
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** [\p{L}\p{M}][\p{L}\p{M}'’.-]* (leftmost): the first word of `piece`, or ''. */
export function firstWord(piece: string): string {
  let start = 0;
  while (start < piece.length && !isLetterOrMarkAt(piece, start)) start += unitsAt(piece, start);
  return piece.slice(start, wordEnd(piece, start, piece.length, true));
}

/** /\p{L}+$/u on text[floor, index): the letters right before `index`. */
export function lettersBefore(text: string, index: number, floor: number): string {
  let from = index;
  while (from > floor) {
    const units = unitsBefore(text, from, floor);
    if (!isLetterAt(text, from - units, from)) break;
    from -= units;
  }
  return text.slice(from, index);
}

/**
 * [\p{L}\p{M}][\p{L}\p{M}'’-]* at `from`, before `limit` (with `dotInside`, [\p{L}\p{M}'’.-]* after the
 * first): where the word ends, or `from` if none starts.
 */
function wordEnd(text: string, from: number, limit: number, dotInside = false): number {
  if (from >= limit || !isLetterOrMarkAt(text, from, limit)) return from;
  let end = from + unitsAt(text, from, limit);
  while (end < limit) {
    const code = text.charCodeAt(end);
    if (isApostropheOrHyphen(code) || (dotInside && code === 0x2e)) end++;
    else if (isLetterOrMarkAt(text, end, limit)) end += unitsAt(text, end, limit);
    else break;
  }
  return end;
}

/** [ \t\u00a0]* from `from`: where the spaces end. */
function spacesEnd(text: string, from: number, limit: number): number {
  let end = from;
  while (end < limit && isInlineSpace(text.charCodeAt(end))) end++;
  return end;
}

/** Words that join a name to what follows ("Haya de la Torre", "the Party of the Regions"). */
const CONNECTORS = new Set(['de', 'del', 'of', 'do', 'da', 'dos', 'das']);
const ARTICLES = new Set(['la', 'el', 'los', 'las', 'the', 'a', 'o']);

/**
 * A word of `words` (any case) at `from`, followed by one space or more: where they end, or -1. Looks no
 * further than four characters: connectors and articles have three at most.
 */
function wordOfThenSpaces(text: string, from: number, limit: number, words: ReadonlySet<string>): number {
  let end = from;
  while (end < limit && !isInlineSpace(text.charCodeAt(end)) && end - from < 4) end++;
  if (end === from || end >= limit || !isInlineSpace(text.charCodeAt(end))) return -1;
  return words.has(text.slice(from, end).toLowerCase()) ? spacesEnd(text, end, limit) : -1;
}

/** How far past a mention its next word is looked for. */
const NEXT_REACH = 60;

/**
 * The word right after [.., from), past spaces, and whether "de", "of", "d’" and the like (with an article)
 * came between:
 * /^[ \t\u00a0]+((?:(?:de|del|of|do|da|dos|das)[ \t\u00a0]+|d['’][ \t\u00a0]*)(?:(?:la|el|los|las|the|a|o)[ \t\u00a0]+)?)?([\p{L}\p{M}][\p{L}\p{M}'’-]*)/iu
 * A connector is a whole word: "del Castillo" is not "de" + "l".
 */
export function nextWord(text: string, from: number): { word: string; afterOf: boolean } | undefined {
  const limit = Math.min(text.length, from + NEXT_REACH);
  const start = spacesEnd(text, from, limit);
  if (start === from) return undefined;
  let connectorEnd = wordOfThenSpaces(text, start, limit, CONNECTORS);
  if (
    connectorEnd < 0 &&
    start + 1 < limit &&
    (text.charCodeAt(start) | 0x20) === 0x64 &&
    isApostrophe(text.charCodeAt(start + 1))
  )
    connectorEnd = spacesEnd(text, start + 2, limit);
  // Tried as the pattern would: with the connector and an article, with the connector alone, without.
  const tries: number[] = [];
  if (connectorEnd >= 0) {
    const articleEnd = wordOfThenSpaces(text, connectorEnd, limit, ARTICLES);
    if (articleEnd >= 0) tries.push(articleEnd);
    tries.push(connectorEnd);
  }
  for (const at of tries) {
    const end = wordEnd(text, at, limit);
    if (end > at) return { word: text.slice(at, end), afterOf: true };
  }
  const end = wordEnd(text, start, limit);
  return end > start ? { word: text.slice(start, end), afterOf: false } : undefined;
}

/** ' or ’ */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** How far before a mention a possessor is looked for. */
const POSSESSOR_REACH = 60;

/**
 * "X’s" right before [to, ..), with up to two small words and spaces between ("Ireland's small Workers
 * Party"): X, or undefined.
 * /(\p{Lu}[\p{L}\p{M}]*)['’]s(?:[ \t\u00a0]+\p{Ll}[\p{L}\p{M}-]*){0,2}[ \t\u00a0]+$/u on the REACH before it.
 */
export function possessorBefore(text: string, to: number): string | undefined {
  const floor = Math.max(0, to - POSSESSOR_REACH);
  let index = to;
  for (let smallWords = 0; ; smallWords++) {
    const spacesStart = spacesStartBefore(text, index, floor);
    if (spacesStart === index) return undefined;
    index = spacesStart;
    // "’s" ends the possessor: its name is the letters before, from the first capital among them.
    if (index - 2 >= floor && text.charCodeAt(index - 1) === 0x73 && isApostrophe(text.charCodeAt(index - 2)))
      return possessorName(text, index - 2, floor);
    if (smallWords === 2) return undefined;
    const wordStart = smallWordStart(text, index, floor);
    if (wordStart === undefined) return undefined;
    index = wordStart;
  }
}

/** Where the spaces ([ \t\u00a0]*) ending at `index` begin. */
export function spacesStartBefore(text: string, index: number, floor: number): number {
  let start = index;
  while (start > floor && isInlineSpace(text.charCodeAt(start - 1))) start--;
  return start;
}

/** \p{Ll}[\p{L}\p{M}-]* ending at `index`, after a space: where it starts, or undefined. */
function smallWordStart(text: string, index: number, floor: number): number | undefined {
  let start = index;
  while (start > floor) {
    if (text.charCodeAt(start - 1) === 0x2d) {
      start--;
      continue;
    }
    const units = unitsBefore(text, start, floor);
    if (!isLetterOrMarkAt(text, start - units, start)) break;
    start -= units;
  }
  if (start === index || start === floor || !isInlineSpace(text.charCodeAt(start - 1))) return undefined;
  return isLowerAt(text, start, index) ? start : undefined;
}

/** \p{Lu}[\p{L}\p{M}]* ending at `end`: the one starting furthest back, or undefined. */
function possessorName(text: string, end: number, floor: number): string | undefined {
  let start = end;
  let capital: number | undefined;
  while (start > floor) {
    const units = unitsBefore(text, start, floor);
    if (!isLetterOrMarkAt(text, start - units, start)) break;
    start -= units;
    if (isUpperAt(text, start, end)) capital = start;
  }
  return capital === undefined ? undefined : text.slice(capital, end);
}

/** A year right before a name ("the 1993 amnesty law", "Spain's 1977 amnesty law"). */
const YEAR_BEFORE = /(?:^|[\s(])((?:1[6-9]|20)\d\d)(?:['’]s)?\s+$/u;
/**
 * A year right after it, with "of", "de" or "in" ("la Ley de Amnistía de 1995", "la ley de amnistía española
 * de 1977", "the Alliance for Progress of the 1960s").
 */
const YEAR_AFTER =
  /^\s+(?:\p{Ll}+\s+)?(?:de|del|of|from|in|en|du|da|do)\s+(?:the\s+|los\s+|las\s+)?((?:1[6-9]|20)\d\d)(?!\d)/u;

/** The year written right beside a name at `start`–`end`, if there is one. */
export function yearBeside(text: string, start: number, end: number): number | undefined {
  const year =
    YEAR_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1] ??
    YEAR_AFTER.exec(text.slice(end, end + 30))?.[1];
  return year === undefined ? undefined : Number(year);
}
