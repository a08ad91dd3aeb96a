import { describe, expect, it } from 'vitest';
import {
  normalizeCaseKey,
  normalizeKey,
  normalizeWithMap,
  originalRange,
} from '../../core/matching/normalize';
import { Random } from './text-noise';

/** The original slice behind each folded unit, for compact assertions on the map. */
function unitSources(text: string): string[] {
  const { starts, ends } = normalizeWithMap(text);
  return Array.from(starts, (start, k) => text.slice(start, ends[k]));
}

describe('normalizeKey', () => {
  it.each([
    ['Perú', 'peru'],
    ['Chávez', 'chavez'],
    ['Castañeda', 'castaneda'],
    ['Pe\u0301ru', 'peru'],
    ['Ollanta HUMALA', 'ollanta humala'],
    ['  Sendero \n\t Luminoso  ', 'sendero luminoso'],
    ['Sendero\u00A0Luminoso', 'sendero luminoso'],
    ['Sendero\u202FLuminoso', 'sendero luminoso'],
    ['neo\u00ADliberalism', 'neoliberalism'],
    ['neo\u200Bliberal\u200C\u200Dism\u2060\uFEFF', 'neoliberalism'],
    ['21st-century', '21st century'],
    ['Twenty-First Century Socialism', 'twenty first century socialism'],
    ['PCP-SL', 'pcp sl'],
    ['Partido Comunista del Perú – Sendero Luminoso', 'partido comunista del peru sendero luminoso'],
    ['Keiko’s', "keiko's"],
    ['ﬁnance', 'finance'],
    ['Ｐｅｒú', 'peru'],
    ['İstanbul', 'istanbul'],
    ['Straße', 'strasse'],
    ['STRAẞE', 'strasse'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδος', 'οδοσ'],
    ['', ''],
    ['   ', ''],
    ['\u00AD', ''],
  ])('%j → %j', (input, key) => {
    expect(normalizeKey(input)).toBe(key);
  });

  it('folds every dash and hyphen variant to a space', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) {
      expect(normalizeKey(`a${dash}b`)).toBe('a b');
    }
  });

  it('folds curly and modifier apostrophes to a straight one', () => {
    for (const apostrophe of ['\u2019', '\u2018', '\u02BC', '\u00B4', '`', "'"]) {
      expect(normalizeKey(`Humala${apostrophe}s`)).toBe("humala's");
    }
  });

  it('folds every Unicode space and line break to one space', () => {
    const spaces = ['\t', '\n', '\r', '\v', '\f', '\u0085', '\u00A0', '\u1680', '\u2000', '\u2007', '\u200A'];
    for (const space of [...spaces, '\u2028', '\u2029', '\u202F', '\u205F', '\u3000']) {
      expect(normalizeKey(`a${space}b`)).toBe('a b');
      expect(normalizeKey(`a ${space}${space} b`)).toBe('a b');
    }
  });

  it('keeps symbols that compatibility decomposition would turn into letters', () => {
    expect(normalizeKey('Humala™')).toBe('humala™');
    expect(normalizeKey('x²')).toBe('x2');
  });

  it('gives the same key when asked again, after inputs that outgrow its buffers or its memory', () => {
    const expanding = 'ﷺ'.repeat(64); // each character folds to 18 units (four words)
    const expected = normalizeWithMap(expanding).text.trim();
    expect(expected.length).toBe(64 * 18);
    expect(normalizeKey(expanding)).toBe(expected);
    expect(normalizeKey('Perú')).toBe('peru');
    for (let i = 0; i < 10_000; i++) expect(normalizeKey(`Palabra${i}`)).toBe(`palabra${i}`);
    expect(normalizeKey(expanding)).toBe(expected);
    expect(normalizeKey('Perú')).toBe('peru');
  });

  it('is idempotent', () => {
    for (const input of ['Perú', 'İ', 'ß', 'ﬁ', 'Ｐ', '½', 'ǅ', 'ﷺ', '𝐀', '가', 'Ⅻ']) {
      expect(normalizeKey(normalizeKey(input))).toBe(normalizeKey(input));
    }
  });
});

describe('normalizeCaseKey', () => {
  it('folds like normalizeKey but keeps capitals', () => {
    expect(normalizeCaseKey('Séndero\u00A0 Luminoso')).toBe('Sendero Luminoso');
    expect(normalizeCaseKey('SENDERO')).toBe('SENDERO');
    expect(normalizeCaseKey('İstanbul')).toBe('Istanbul');
    expect(normalizeCaseKey('PCP–SL')).toBe('PCP SL');
    expect(normalizeCaseKey('Straße')).toBe('Strasse');
  });

  it('gives each text the same key every time, however many other texts came between', () => {
    const random = new Random(7);
    const alphabet = ['a', 'B', 'é', 'Ñ', 'ß', ' ', '\u00a0', '–', 'İ', 'ω', '日'];
    const texts = Array.from({ length: 9_000 }, () =>
      Array.from({ length: 1 + random.int(8) }, () => random.pick(alphabet)).join(''),
    );
    const first = texts.map((text) => normalizeCaseKey(text));
    for (let round = 0; round < 2; round++)
      for (let index = texts.length - 1; index >= 0; index -= 1 + random.int(3))
        expect(normalizeCaseKey(texts[index] as string)).toBe(first[index]);
    expect(normalizeCaseKey('Séndero\u00A0 Luminoso')).toBe('Sendero Luminoso');
  });
});

describe('normalizeWithMap', () => {
  it('maps the empty string to nothing', () => {
    const map = normalizeWithMap('');
    expect(map.text).toBe('');
    expect(map.starts.length).toBe(0);
    expect(map.ends.length).toBe(0);
  });

  it('maps plain ASCII one to one', () => {
    const map = normalizeWithMap('Ab c');
    expect(map.text).toBe('ab c');
    expect(Array.from(map.starts)).toEqual([0, 1, 2, 3]);
    expect(Array.from(map.ends)).toEqual([1, 2, 3, 4]);
  });

  it('stretches a space over the whole run of white space it stands for', () => {
    const map = normalizeWithMap('Sendero \u00A0\n Luminoso');
    expect(map.text).toBe('sendero luminoso');
    expect(map.starts[7]).toBe(7);
    expect(map.ends[7]).toBe(11);
    expect(originalRange(map, 0, map.text.length)).toEqual({ start: 0, end: 19 });
  });

  it('keeps a space run collapsed across dropped characters', () => {
    const map = normalizeWithMap('a \u00AD\u200B b');
    expect(map.text).toBe('a b');
    expect(unitSources('a \u00AD\u200B b')).toEqual(['a', ' \u00AD\u200B ', 'b']);
  });

  it('skips soft hyphens and zero-width characters in the map', () => {
    const text = 'neo\u00ADliberal\u200Bism';
    const map = normalizeWithMap(text);
    expect(map.text).toBe('neoliberalism');
    expect(Array.from(map.starts)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14]);
    const { start, end } = originalRange(map, 0, map.text.length);
    expect(text.slice(start, end)).toBe(text);
  });

  it('extends a base character over its combining marks', () => {
    const text = 'Pe\u0301\u0323ru';
    expect(normalizeWithMap(text).text).toBe('peru');
    expect(unitSources(text)).toEqual(['P', 'e\u0301\u0323', 'r', 'u']);
  });

  it('maps precomposed accents to their own character', () => {
    expect(unitSources('Perú')).toEqual(['P', 'e', 'r', 'ú']);
  });

  it('drops a combining mark with nothing before it', () => {
    const map = normalizeWithMap('\u0301a');
    expect(map.text).toBe('a');
    expect(Array.from(map.starts)).toEqual([1]);
  });

  it('maps both units of a length-changing fold to the same character', () => {
    expect(normalizeWithMap('Aß').text).toBe('ass');
    expect(unitSources('Aß')).toEqual(['A', 'ß', 'ß']);
    expect(normalizeWithMap('ﬁx').text).toBe('fix');
    expect(unitSources('ﬁx')).toEqual(['ﬁ', 'ﬁ', 'x']);
  });

  it('maps İ (whose lower case is two units) to one i', () => {
    const map = normalizeWithMap('xİy');
    expect(map.text).toBe('xiy');
    expect(unitSources('xİy')).toEqual(['x', 'İ', 'y']);
  });

  it('keeps emoji and astral letters whole', () => {
    const text = 'a😀b';
    const map = normalizeWithMap(text);
    expect(map.text).toBe('a😀b');
    expect(Array.from(map.starts)).toEqual([0, 1, 1, 3]);
    expect(Array.from(map.ends)).toEqual([1, 3, 3, 4]);
    expect(normalizeWithMap('𐐀').text).toBe('𐐨');
  });

  it('folds an astral compatibility letter to one unit that spans both surrogates', () => {
    const map = normalizeWithMap('𝐀Perú');
    expect(map.text).toBe('aperu');
    expect(map.starts[0]).toBe(0);
    expect(map.ends[0]).toBe(2);
    expect(map.starts[1]).toBe(2);
  });

  it('keeps lone surrogates as they are', () => {
    expect(normalizeWithMap('a\uD800b\uDC00').text).toBe('a\uD800b\uDC00');
  });

  it('treats the emoji variation selector as a mark of the emoji', () => {
    const text = '❤\uFE0F x';
    expect(normalizeWithMap(text).text).toBe('❤ x');
    expect(unitSources(text)[0]).toBe('❤\uFE0F');
  });

  it('decomposes Hangul syllables, all units mapped to the syllable', () => {
    expect(unitSources('가')).toEqual(['가', '가']);
  });

  it('grows past the input length when a character expands a lot', () => {
    const map = normalizeWithMap('ﷺ ﷺ');
    expect(map.text.length).toBe(37);
    expect(map.starts[36]).toBe(2);
  });

  it('handles long texts, with and without lone surrogates (two ways of building the string)', () => {
    const text = 'Perú '.repeat(10_000);
    expect(normalizeWithMap(text).text).toBe('peru '.repeat(10_000));
    expect(normalizeWithMap(`${text}\uD800`).text).toBe(`${'peru '.repeat(10_000)}\uD800`);
  });
});

const TRICKY = [
  'a',
  'B',
  'é',
  'E\u0301',
  '\u0301',
  'ß',
  'ẞ',
  'İ',
  'ﬁ',
  'Ａ',
  '½',
  ' ',
  '  ',
  '\u00A0',
  '\n',
  '\u00AD',
  '\u200B',
  '-',
  '–',
  '’',
  '´',
  '😀',
  '𝐀',
  '가',
  'Σ',
  'ς',
  '中',
  '5',
  '.',
  ',',
  '\uFE0F',
  '\u2028',
];

describe('normalizeWithMap properties (seeded)', () => {
  const random = new Random(20110410);
  const samples = Array.from({ length: 2000 }, () =>
    Array.from({ length: random.int(12) }, () => random.pick(TRICKY)).join(''),
  );

  it('agrees with normalizeKey and keeps the map well-formed', () => {
    for (const text of samples) {
      const map = normalizeWithMap(text);
      expect(map.text.trim()).toBe(normalizeKey(text));
      expect(map.starts.length).toBe(map.text.length);
      for (let k = 0; k < map.text.length; k++) {
        const start = map.starts[k] as number;
        const end = map.ends[k] as number;
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(text.length);
        if (k > 0) expect(start).toBeGreaterThanOrEqual(map.starts[k - 1] as number);
      }
    }
  });

  it('refolds any character-aligned slice of the original to the same folded units', () => {
    for (const text of samples.slice(0, 1000)) {
      const map = normalizeWithMap(text);
      const n = map.text.length;
      // A folded position is a character boundary when its unit starts a new original character.
      const boundary = (k: number) => k === 0 || k === n || map.starts[k] !== map.starts[k - 1];
      for (let s = 0; s < n; s++) {
        if (!boundary(s)) continue;
        for (let e = s + 1; e <= n; e++) {
          if (!boundary(e)) continue;
          const { start, end } = originalRange(map, s, e);
          expect(normalizeWithMap(text.slice(start, end)).text).toBe(map.text.slice(s, e));
        }
      }
    }
  });
});
