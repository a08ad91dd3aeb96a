import type { Matcher, TermMatch } from './matcher';

/**
 * How far past its piece each look reaches: a match that starts in a piece is found whole when it ends
 * within this many characters (forms are a few words; only a match stuffed with thousands of invisible
 * characters could be longer, and it would then be found shorter or not at all).
 */
const REACH = 2_048;

const SPACE = /\s/gu;

/** The first whitespace at or after `from` (a word starts after it), or the text's end. */
function spaceAtOrAfter(text: string, from: number): number {
  if (from >= text.length) return text.length;
  SPACE.lastIndex = from;
  return SPACE.exec(text)?.index ?? text.length;
}

/**
 * The matches of matcher.find(text), found piece by piece (about `pieceChars` characters each) so that a
 * caller can yield between pieces: one find over a paragraph of half a million characters is a task of
 * 50 ms in a page's cold engine. Pieces start where a word starts (after a space, or where the last
 * match kept ended), as the whole text's scan does there; each look reaches REACH past its piece, and
 * keeps the matches that start in the piece and after the last one kept.
 */
export function* findInPieces(
  matcher: Pick<Matcher, 'find'>,
  text: string,
  pieceChars: number,
): Generator<void, TermMatch[]> {
  const matches: TermMatch[] = [];
  let from = 0;
  while (from < text.length) {
    const to = spaceAtOrAfter(text, from + pieceChars);
    const lookEnd = to >= text.length ? text.length : spaceAtOrAfter(text, to + REACH);
    let next = to;
    for (const match of matcher.find(text.slice(from, lookEnd))) {
      const start = match.start + from;
      if (start >= to) break;
      const end = match.end + from;
      matches.push({ ...match, start, end });
      next = Math.max(next, end);
    }
    from = next;
    if (from < text.length) yield;
  }
  return matches;
}
