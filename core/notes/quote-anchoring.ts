/**
 * Finds a note's passage again in a page's text. Exact quote first (the stored position and the
 * prefix/suffix choose among repeats); if the words changed, approximate matching on the quote with a
 * bounded number of edits, scored together with the context. Below the minimum score the note stays an
 * orphan: attaching it to a look-alike sentence would be worse than saying it is gone.
 */

import { editDistance } from '../edit-distance';
import { type NotePassage, QUOTE_CONTEXT_CHARS, type TextQuoteSelector } from './note-model';

export interface Anchor {
  start: number;
  end: number;
  /** 0..1: quote, context and position together. */
  score: number;
  exact: boolean;
}

/** The quote must be at least this similar (1 − edits / length) to be considered at all. */
const MIN_QUOTE_SIMILARITY = 0.85;
/** Quote, context and position together must reach this. */
const MIN_SCORE = 0.8;
/** An exact match scoring at least this (its context matches too) is taken without looking further. */
const CONFIDENT_EXACT_SCORE = 0.95;
/** Longer quotes are matched approximately on their first part only; the rest must follow closely. */
const MAX_APPROXIMATE_QUOTE = 2_000;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/** The passage [start, end) of `text`, trimmed of white space, with its context; undefined if empty. */
export function passageAt(text: string, start: number, end: number): NotePassage | undefined {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (from === to) return undefined;
  return {
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - QUOTE_CONTEXT_CHARS), from),
      suffix: text.slice(to, to + QUOTE_CONTEXT_CHARS),
    },
    position: { start: from, end: to },
  };
}

function similarity(expected: string, found: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, found) / Math.max(expected.length, found.length));
}

function scoreAt(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  start: number,
  end: number,
  quoteSimilarity: number,
): number {
  const prefix = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const suffix = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const position = 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return (
    (WEIGHT.quote * quoteSimilarity +
      WEIGHT.prefix * prefix +
      WEIGHT.suffix * suffix +
      WEIGHT.position * position) /
    WEIGHT_SUM
  );
}

interface ApproximateEnd {
  end: number;
  errors: number;
}

/**
 * Ends of the substrings of `text` within `maxErrors` edits of `pattern` (Sellers' dynamic programme,
 * one column per text character, with Ukkonen's cut-off so only rows that can still succeed are
 * computed: about O(maxErrors × text length)). Of each run of neighbouring ends, only the best is kept.
 */
export function approximateEnds(text: string, pattern: string, maxErrors: number): ApproximateEnd[] {
  const m = pattern.length;
  const column = new Int32Array(m + 2);
  for (let i = 0; i <= m + 1; i++) column[i] = Math.min(i, maxErrors + 1);
  let lastActive = Math.min(maxErrors, m);
  const ends: (ApproximateEnd & { runEnd: number })[] = [];
  for (let j = 0; j < text.length; j++) {
    const char = text.charCodeAt(j);
    const top = Math.min(m, lastActive + 1);
    let diagonal = 0;
    for (let i = 1; i <= top; i++) {
      const old = column[i] ?? 0;
      const cost = pattern.charCodeAt(i - 1) === char ? 0 : 1;
      column[i] = Math.min(old + 1, (column[i - 1] ?? 0) + 1, diagonal + cost);
      diagonal = old;
    }
    if (top < m) column[top + 1] = maxErrors + 1;
    lastActive = top;
    while (lastActive > 0 && (column[lastActive] ?? 0) > maxErrors) lastActive--;
    if (lastActive === m) {
      const errors = column[m] ?? 0;
      const previous = ends.at(-1);
      // Neighbouring ends describe the same place: keep the run's best one.
      if (previous && previous.runEnd === j) {
        previous.runEnd = j + 1;
        if (errors <= previous.errors) {
          previous.errors = errors;
          previous.end = j + 1;
        }
      } else {
        ends.push({ end: j + 1, errors, runEnd: j + 1 });
      }
    }
  }
  return ends.map(({ end, errors }) => ({ end, errors }));
}

/** The start that best aligns `pattern` to text ending at `end` (DP over the reversed strings). */
function bestStart(
  text: string,
  pattern: string,
  end: number,
  maxErrors: number,
): { start: number; errors: number } {
  const windowStart = Math.max(0, end - pattern.length - maxErrors);
  const width = end - windowStart;
  const m = pattern.length;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    const patternChar = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = text.charCodeAt(end - j) === patternChar ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    [previous, current] = [current, previous];
  }
  let bestLength = 0;
  let bestErrors = Number.POSITIVE_INFINITY;
  for (let j = 0; j <= width; j++) {
    const errors = previous[j] ?? 0;
    if (errors < bestErrors) {
      bestErrors = errors;
      bestLength = j;
    }
  }
  return { start: end - bestLength, errors: bestErrors };
}

function exactCandidates(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/** Where `passage` is in `text` now, or undefined when it is gone (an orphan). */
export function anchorPassage(text: string, passage: NotePassage): Anchor | undefined {
  const { quote, position } = passage;
  if (!quote.exact) return undefined;
  let best: Anchor | undefined;
  for (const start of exactCandidates(text, quote.exact)) {
    const end = start + quote.exact.length;
    const score = scoreAt(text, quote, position.start, start, end, 1);
    if (!best || score > best.score) best = { start, end, score, exact: true };
  }
  // An exact copy in a different context may be a repeat of an edited passage: look further then.
  if (best && best.score >= CONFIDENT_EXACT_SCORE) return best;

  const pattern = quote.exact.slice(0, MAX_APPROXIMATE_QUOTE);
  const maxErrors = Math.floor(pattern.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return best;
  const candidates = approximateEnds(text, pattern, maxErrors)
    .sort((a, b) => a.errors - b.errors)
    .slice(0, 20);
  for (const candidate of candidates) {
    const { start, errors } = bestStart(text, pattern, candidate.end, maxErrors);
    let end = candidate.end;
    let quoteSimilarity = 1 - errors / pattern.length;
    if (pattern.length < quote.exact.length) {
      // The rest of a long quote is compared as a whole after the matched beginning.
      const rest = quote.exact.slice(pattern.length);
      const found = text.slice(end, end + rest.length);
      quoteSimilarity =
        (quoteSimilarity * pattern.length + similarity(rest, found) * rest.length) / quote.exact.length;
      end += found.length;
    }
    if (quoteSimilarity < MIN_QUOTE_SIMILARITY) continue;
    const score = scoreAt(text, quote, position.start, start, end, quoteSimilarity);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { start, end, score, exact: false };
  }
  return best;
}
