import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  compileTerms,
  loadMatcher,
  type MatcherTerm,
  type TermMatch,
} from '../../core/matching/matcher';
import { normalizeCaseKey, normalizeKey, normalizeWithMap } from '../../core/matching/normalize';
import { termsFromEntries } from '../../core/matching/terms';
import {
  fillerWords,
  GLUE_CHARACTERS,
  loadGlossary,
  noisyForm,
  Random,
  SEPARATORS,
  safeFillerWords,
} from './text-noise';

const { entries, source } = loadGlossary();
const terms = termsFromEntries(entries).filter((term) => normalizeKey(term.form).length > 0);
const matcher = compileMatcher(terms);
const keysByEntry = new Map<string, Set<string>>();
for (const term of terms) {
  const keys = keysByEntry.get(term.entryId) ?? new Set<string>();
  keys.add(normalizeKey(term.form));
  keysByEntry.set(term.entryId, keys);
}
const filler = safeFillerWords(
  terms.map((term) => normalizeKey(term.form)),
  normalizeKey,
);
/** Letters, marks and digits of any script; ʼ (U+02BC) is a letter but reads, and folds, as an apostrophe. */
const WORD = /^(?!\u02BC)[\p{L}\p{M}\p{N}]$/u;

interface Insertion {
  term: MatcherTerm;
  start: number;
  end: number;
  gluedBefore: boolean;
  gluedAfter: boolean;
}

interface GeneratedText {
  text: string;
  insertions: Insertion[];
}

const multiWordTerms = terms.filter((term) => normalizeKey(term.form).includes(' '));

/** The first words of a multi-word form: a walk that starts and then fails. */
function partialForm(random: Random): string {
  const term = random.pick(multiWordTerms);
  const words = term.form.split(' ');
  return noisyForm(random, words.slice(0, 1 + random.int(words.length - 1)).join(' '), term.caseSensitive);
}

/**
 * Filler and forms (noisy, standalone or glued into longer words), sometimes at the very edges; with
 * `partials`, also the first words of multi-word forms (which may then join neighbours, so such texts
 * are only compared with the reference).
 */
function generateText(random: Random, partials = false): GeneratedText {
  let text = '';
  const insertions: Insertion[] = [];
  const tokens = 1 + random.int(8);
  // Two forms are never neighbours: the end of one and the start of the next could make a third form.
  let previousWasForm = false;
  for (let k = 0; k < tokens; k++) {
    if (k > 0) text += random.pick(SEPARATORS);
    const atEdge = k === 0 || k === tokens - 1;
    if (partials && multiWordTerms.length > 0 && random.chance(0.3)) {
      text += partialForm(random);
      continue;
    }
    if (previousWasForm || !random.chance(atEdge ? 0.6 : 0.4)) {
      text += fillerWords(random, 1 + random.int(5), filler);
      previousWasForm = false;
      continue;
    }
    previousWasForm = true;
    const term = random.pick(terms);
    const glue = random.chance(0.25);
    const gluedBefore = glue && random.chance(0.6);
    const gluedAfter = glue && (!gluedBefore || random.chance(0.5));
    if (gluedBefore) text += gluedLetters(random);
    const start = text.length;
    text += noisyForm(random, term.form, term.caseSensitive);
    insertions.push({ term, start, end: text.length, gluedBefore, gluedAfter });
    if (gluedAfter) text += gluedLetters(random);
  }
  return { text, insertions };
}

function gluedLetters(random: Random): string {
  return Array.from({ length: 1 + random.int(3) }, () => random.pick(GLUE_CHARACTERS)).join('');
}

function codePointBefore(text: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const last = text.charCodeAt(offset - 1);
  if (last >= 0xdc00 && last <= 0xdfff && offset >= 2) return text.codePointAt(offset - 2);
  return last;
}

function isWordCodePoint(cp: number | undefined): boolean {
  return cp !== undefined && WORD.test(String.fromCodePoint(cp));
}

/**
 * A slow, independent reference: at each word start of the folded text, try every form, longest key
 * first, with the same boundary and case rules.
 */
const referenceForms = terms
  .map((term) => ({ term, key: normalizeKey(term.form), caseKey: normalizeCaseKey(term.form) }))
  .sort((a, b) => b.key.length - a.key.length);

/**
 * The case rule, spelled out: the page's capitalization is the form's (accents folded), except that an
 * acronym's letters carry no accent; or the page writes the whole form in capitals.
 */
function referenceCaseCheck(pageText: string, caseKey: string): boolean {
  const pageKey = normalizeCaseKey(pageText);
  const upper = (value: string) => value.toUpperCase() === value && value.toLowerCase() !== value;
  if (pageKey === caseKey)
    return !upper(caseKey) || pageText.normalize('NFD') === pageText.normalize('NFD').replace(/\p{M}/gu, '');
  return upper(pageKey) && pageKey === caseKey.toUpperCase();
}

function referenceFind(text: string): TermMatch[] {
  const { text: folded, starts, ends } = normalizeWithMap(text);
  const isWordAt = (k: number) => k < folded.length && isWordCodePoint(folded.codePointAt(k));
  const isWordBefore = (k: number) => isWordCodePoint(codePointBefore(folded, k));
  const startsCharacter = (k: number) => k === 0 || k === folded.length || starts[k] !== starts[k - 1];
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < folded.length) {
    let matchedEnd = -1;
    if (!isWordBefore(i) && startsCharacter(i)) {
      for (const { term, key, caseKey } of referenceForms) {
        const end = i + key.length;
        if (!folded.startsWith(key, i) || isWordAt(end) || !startsCharacter(end)) continue;
        const original = { start: starts[i] as number, end: ends[end - 1] as number };
        if (term.caseSensitive && !referenceCaseCheck(text.slice(original.start, original.end), caseKey))
          continue;
        matches.push({ entryId: term.entryId, ...original });
        matchedEnd = end;
        break;
      }
    }
    i = matchedEnd > 0 ? matchedEnd : i + 1;
  }
  return matches;
}

describe(`matcher properties over generated texts (glossary: ${source}, ${terms.length} forms)`, () => {
  const random = new Random(0x5e1d3);
  const samples = Array.from({ length: 4000 }, () => generateText(random));

  it('generates texts that exercise the matcher', () => {
    const matched = samples.filter((sample) => matcher.find(sample.text).length > 0).length;
    expect(matched).toBeGreaterThan(samples.length / 3);
  });

  it('returns sorted, non-overlapping, non-empty matches', () => {
    for (const { text } of samples) {
      const matches = matcher.find(text);
      matches.forEach((match, k) => {
        expect(match.start).toBeLessThan(match.end);
        expect(match.end).toBeLessThanOrEqual(text.length);
        const next = matches[k + 1];
        if (next) expect(match.end, text).toBeLessThanOrEqual(next.start);
      });
    }
  });

  it("normalizes every matched slice to one of its entry's keys", () => {
    for (const { text } of samples) {
      for (const match of matcher.find(text)) {
        const key = normalizeKey(text.slice(match.start, match.end));
        expect(keysByEntry.get(match.entryId)?.has(key), `${JSON.stringify(text)} → ${key}`).toBe(true);
      }
    }
  });

  it('never matches next to a letter, mark or digit', () => {
    for (const { text } of samples) {
      for (const match of matcher.find(text)) {
        expect(isWordCodePoint(codePointBefore(text, match.start)), JSON.stringify(text)).toBe(false);
        expect(isWordCodePoint(text.codePointAt(match.end)), JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('findEach over many texts finds in each exactly what find finds in it alone', () => {
    const texts: string[] = [];
    for (const { text } of samples) {
      // Cut some texts at a random point: the next text then starts where a form was going on.
      const cut = random.chance(0.3) ? random.int(text.length + 1) : text.length;
      texts.push(text.slice(0, cut));
      if (cut < text.length) texts.push(text.slice(cut));
      if (random.chance(0.05)) texts.push(random.pick(['', ' ', '\u0301', '\u00AD']));
    }
    for (let first = 0; first < texts.length; ) {
      const group = texts.slice(first, first + 1 + random.int(40));
      expect(matcher.findEach(group), JSON.stringify(group)).toEqual(group.map((text) => matcher.find(text)));
      first += group.length;
    }
  });

  it('findEach stays exact when a key holds the character that joins its texts', () => {
    const odd = compileMatcher([{ entryId: 'odd', form: 'Perú\u0000Libre', caseSensitive: false }, ...terms]);
    const group = ['Voters of Perú', 'Libre and Gana Perú', '', 'neoliberalism'];
    expect(odd.findEach(group)).toEqual(group.map((text) => odd.find(text)));
  });

  it('finds every standalone form, and never a form glued into a longer word', () => {
    let standalone = 0;
    let glued = 0;
    for (const { text, insertions } of samples) {
      const matches = matcher.find(text);
      for (const insertion of insertions) {
        const context = `${JSON.stringify(text)} / ${JSON.stringify(insertion.term.form)}`;
        if (insertion.gluedBefore || insertion.gluedAfter) {
          glued++;
          if (insertion.gluedBefore)
            expect(
              matches.some((m) => m.start === insertion.start),
              context,
            ).toBe(false);
          if (insertion.gluedAfter)
            expect(
              matches.some((m) => m.end === insertion.end),
              context,
            ).toBe(false);
          continue;
        }
        standalone++;
        const covering = matches.find((m) => m.start <= insertion.start && m.end >= insertion.end);
        expect(covering, context).toBeDefined();
        if (covering?.start === insertion.start && covering.end === insertion.end) {
          expect(keysByEntry.get(covering.entryId)?.has(normalizeKey(insertion.term.form)), context).toBe(
            true,
          );
        }
      }
    }
    expect(standalone).toBeGreaterThan(1000);
    expect(glued).toBeGreaterThan(300);
  });

  it('agrees exactly with a brute-force reference matcher', () => {
    const withPartials = Array.from({ length: 600 }, () => generateText(random, true));
    for (const { text } of [...samples.slice(0, 600), ...withPartials]) {
      const found = matcher.find(text).map(({ entryId, start, end }) => ({ entryId, start, end }));
      expect(found, JSON.stringify(text)).toEqual(referenceFind(text));
    }
  });

  it('matches the same after the compiled terms travel as JSON (background to page)', () => {
    const travelled = loadMatcher(JSON.parse(JSON.stringify(compileTerms(terms))));
    expect(travelled.size).toBe(matcher.size);
    const withPartials = Array.from({ length: 300 }, () => generateText(random, true));
    for (const { text } of [...samples.slice(0, 300), ...withPartials]) {
      expect(travelled.find(text), JSON.stringify(text)).toEqual(matcher.find(text));
    }
  });
});
