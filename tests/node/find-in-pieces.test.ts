import { describe, expect, it } from 'vitest';
import { findInPieces } from '../../core/matching/find-in-pieces';
import { compileMatcher, type TermMatch } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import {
  fillerWords,
  GLUE_CHARACTERS,
  generateProse,
  loadGlossary,
  noisyForm,
  Random,
  SEPARATORS,
} from './text-noise';

/**
 * A paragraph too long to match in one task is matched piece by piece (core/matching/find-in-pieces.ts):
 * the marks must be exactly those of one pass over it, wherever the pieces are cut.
 */
const { entries } = loadGlossary();
const terms = [...termsFromEntries(entries), ...countryTerms()];
const matcher = compileMatcher(terms);

function piecewise(text: string, pieceChars: number): { matches: TermMatch[]; pauses: number } {
  const steps = findInPieces(matcher, text, pieceChars);
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { matches: step.value, pauses };
    pauses++;
  }
}

/** Forms, noisy forms, forms glued to letters, separators of every kind and filler, end to end. */
function denseText(random: Random, length: number): string {
  let text = '';
  while (text.length < length) {
    const term = random.pick(terms);
    const roll = random.int(4);
    if (roll === 0) text += fillerWords(random, 1 + random.int(4), ['el', 'of', 'Perú', 'la', 'and']);
    else if (roll === 1) text += noisyForm(random, term.form, term.caseSensitive ?? false);
    else if (roll === 2) text += random.pick(GLUE_CHARACTERS) + term.form;
    else text += term.form;
    text += random.pick(SEPARATORS);
  }
  return text;
}

describe('matching a huge paragraph piece by piece', () => {
  it('finds exactly what one pass finds, in news prose, with pieces of any size', () => {
    const random = new Random(3);
    const forms = entries
      .flatMap((entry) => [entry.term, ...entry.aliases])
      .map((form) => ({ form, caseSensitive: true }));
    for (let round = 0; round < 25; round++) {
      const text = generateProse(random, 3_000 + random.int(20_000), forms).replace(/\n+/g, ' ');
      const pieceChars = 1 + random.int(round % 2 === 0 ? 200 : 5_000);
      expect(piecewise(text, pieceChars).matches).toEqual(matcher.find(text));
    }
  });

  it('finds exactly what one pass finds in dense, noisy text where forms touch each other', () => {
    const random = new Random(9);
    for (let round = 0; round < 200; round++) {
      const text = denseText(random, 200 + random.int(3_000));
      const pieceChars = 1 + random.int(300);
      expect(piecewise(text, pieceChars).matches).toEqual(matcher.find(text));
    }
  });

  it('pauses between pieces, and not at all for a text shorter than one piece', () => {
    const text = 'Keiko Fujimori y Ollanta Humala. '.repeat(3_000);
    const { matches, pauses } = piecewise(text, 10_000);
    expect(matches).toHaveLength(6_000);
    expect(pauses).toBeGreaterThanOrEqual(9);
    expect(pauses).toBeLessThanOrEqual(11);
    expect(piecewise('Keiko Fujimori', 10_000).pauses).toBe(0);
    expect(piecewise('', 10).matches).toEqual([]);
  });
});
