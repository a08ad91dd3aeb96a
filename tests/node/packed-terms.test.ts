import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type CompiledTerms,
  compileMatcher,
  compileTerms,
  loadMatcher,
  type MatcherTerm,
} from '../../core/matching/matcher';
import {
  packBits,
  packInts,
  packUnits,
  unpackBits,
  unpackInts,
  unpackUnits,
} from '../../core/matching/packed-ints';
import { packTerms, unpackTerms } from '../../core/matching/packed-terms';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import { glossary } from '../../data/glossary';
import { Random } from './text-noise';

/** The compiled list with every array plain, to compare with what was unpacked into typed arrays. */
function plain(compiled: CompiledTerms): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(compiled).map(([key, value]) => [
      key,
      ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value,
    ]),
  );
}

/** What storage does to a value: JSON out and back. */
function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('packed integer lists', () => {
  test('any integers come back as they were, plain or as differences', () => {
    const random = new Random(18);
    for (let run = 0; run < 500; run++) {
      const size = random.int(200);
      const scale = random.pick([2, 60, 2_000, 70_000, 2 ** 31]);
      const values = Array.from(
        { length: size },
        () => random.int(scale) - (random.chance(0.3) ? scale / 2 : 0),
      );
      if (random.chance(0.3)) values.sort((a, b) => a - b);
      for (const delta of [false, true]) {
        const text = packInts(values, delta);
        expect(Array.from(unpackInts(throughJson(text), delta))).toEqual(values);
        // JSON keeps it as written: no escapes, nothing that grows in storage.
        expect(JSON.stringify(text)).toBe(`"${text}"`);
        expect(text).toMatch(/^[\x23-\x5b\x5d-\x7e]*$/);
      }
    }
  });

  test('small values and small differences take one character each', () => {
    const offsets = Array.from({ length: 1_000 }, (_, index) => index * 3);
    expect(packInts(offsets, true)).toHaveLength(1_000);
    expect(packInts([0, 1, 28, -29], false)).toHaveLength(4);
  });

  test('text it did not write is refused, not read as numbers', () => {
    expect(() => unpackInts('ab\\c', false)).toThrow(RangeError);
    expect(() => unpackInts('é', false)).toThrow(RangeError);
    // A value cut after a carrying character.
    expect(() => unpackInts(packInts([100_000], false).slice(0, -1), false)).toThrow(RangeError);
    expect(() => packInts([1.5], false)).toThrow(RangeError);
    expect(() => packInts([2 ** 31], false)).toThrow(RangeError);
  });

  test('UTF-16 units, lone surrogates included, survive JSON', () => {
    const random = new Random(7);
    for (let run = 0; run < 200; run++) {
      const units = Array.from({ length: random.int(10_000) }, () =>
        random.chance(0.8) ? 97 + random.int(26) : random.int(0x10000),
      );
      expect(Array.from(unpackUnits(throughJson(packUnits(units))))).toEqual(units);
    }
    expect(() => packUnits([0x10000])).toThrow(RangeError);
  });

  test('bits come back in any number', () => {
    const random = new Random(3);
    for (let count = 0; count < 40; count++) {
      const bits = Array.from({ length: count * 7 }, () => (random.chance(0.4) ? 1 : 0));
      expect(Array.from(unpackBits(packBits(bits), bits.length))).toEqual(bits);
    }
    expect(() => unpackBits(packBits([1, 0, 1, 1, 0]), 12)).toThrow(RangeError);
  });
});

describe('the packed term list', () => {
  const compiled = compileTerms([...termsFromEntries(glossary), ...countryTerms()]);

  test('the glossary’s terms unpack to what was compiled, in under 95 KB (a quarter of its JSON)', () => {
    const packed = throughJson(packTerms(compiled));
    expect(plain(unpackTerms(packed))).toEqual(plain(compiled));
    // Storage's cost on every page load grows with this size: 377 KB as plain JSON with edge targets.
    // 79.6 KB before the French and Portuguese names of stop 34 (about 100 forms), 84.8 KB with them;
    // 85.6 KB as stop 36 began, 91.2 KB with its 11 new entries (events, people and a party readers
    // search for).
    expect(JSON.stringify(packed).length).toBeLessThan(95_000);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(compiled).length / 4);
  });

  test('a matcher loaded from the packed list finds what the compiled one finds', () => {
    const article = readFileSync(new URL('../../tooling/demo/article.html', import.meta.url), 'utf8');
    const direct = compileMatcher([...termsFromEntries(glossary), ...countryTerms()]);
    const unpacked = loadMatcher(unpackTerms(throughJson(packTerms(compiled))));
    const found = unpacked.find(article);
    expect(found.length).toBeGreaterThan(20);
    expect(found).toEqual(direct.find(article));
  });

  test('the reader’s own forms keep every trait: case, privacy, languages, scripts beyond Latin', () => {
    const terms: MatcherTerm[] = [
      { entryId: 'own:1', form: 'Sendero', caseSensitive: true, private: true },
      { entryId: 'own:2', form: '秘鲁共产党', caseSensitive: false, private: true },
      { entryId: 'own:3', form: 'Κόμμα 🌹', caseSensitive: false, short: true },
      { entryId: 'own:4', form: 'the left', caseSensitive: false, nounOf: ['en'] },
      { entryId: 'country:PE', form: 'Peru', caseSensitive: false, country: 'PE' },
    ];
    const own = compileTerms(terms);
    const unpacked = unpackTerms(throughJson(packTerms(own)));
    expect(plain(unpacked)).toEqual(plain(own));
    const matcher = loadMatcher(unpacked);
    const text = 'Sendero y sendero; 秘鲁共产党 dijo; Κόμμα 🌹 hoy; the left in Peru.';
    expect(matcher.find(text).map((match) => [match.entryId, text.slice(match.start, match.end)])).toEqual(
      compileMatcher(terms)
        .find(text)
        .map((match) => [match.entryId, text.slice(match.start, match.end)]),
    );
    expect(matcher.find(text).map((match) => match.entryId)).toContain('own:2');
  });
});
