import { describe, expect, test } from 'vitest';
import { editDistance } from '../../core/edit-distance';
import { nameKeys, nameRank, startsLikeAName } from '../../core/search/name-rank';
import { searchKey, soundKey, withFullYears, withoutFiller } from '../../core/search/search-text';

/** Plain Levenshtein, the distance before swaps counted as one edit. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Deterministic strings over a small alphabet, so that swaps and repeats happen often. */
function* randomPairs(count: number): Generator<[string, string]> {
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const word = () =>
    Array.from({ length: Math.floor(next() * 9) }, () => 'abcd'[Math.floor(next() * 4)]).join('');
  for (let n = 0; n < count; n++) yield [word(), word()];
}

describe('edit distance', () => {
  test('two neighbouring letters swapped are one typo', () => {
    expect(editDistance('kieko', 'keiko')).toBe(1);
    expect(editDistance('fujimroi', 'fujimori')).toBe(1);
    expect(editDistance('kieko', 'keiko', 1)).toBe(1);
    expect(levenshtein('kieko', 'keiko')).toBe(2);
  });

  test('never more than Levenshtein, never less than one edit per swap saved', () => {
    for (const [a, b] of randomPairs(2_000)) {
      const distance = editDistance(a, b);
      const plain = levenshtein(a, b);
      expect(distance).toBeLessThanOrEqual(plain);
      expect(distance).toBeGreaterThanOrEqual(Math.ceil(plain / 2));
      expect(editDistance(b, a)).toBe(distance);
    }
  });

  test('with a limit, it answers whether the distance is within it, exactly as without', () => {
    for (const [a, b] of randomPairs(2_000)) {
      const distance = editDistance(a, b);
      for (const limit of [0, 1, 2, 3]) {
        const limited = editDistance(a, b, limit);
        expect(limited <= limit).toBe(distance <= limit);
        if (distance <= limit) expect(limited).toBe(distance);
      }
    }
  });
});

describe('search text', () => {
  test('punctuation separates words; the dots of an acronym go', () => {
    expect(searchKey('O.E.A.')).toBe('oea');
    expect(searchKey('F.M.I.')).toBe('fmi');
    expect(searchKey('fujimori, alberto')).toBe('fujimori alberto');
    expect(searchKey('¿Quién es Keiko?')).toBe('quien es keiko');
    expect(searchKey('"PPK."')).toBe('ppk');
    expect(searchKey("'Che' Guevara")).toBe('che guevara');
  });

  test('what belongs to a name stays: an initial, an apostrophe inside it, a hyphen as a space', () => {
    expect(searchKey('Juan D. Perón')).toBe('juan d peron');
    expect(searchKey("O'Higgins")).toBe("o'higgins");
    expect(searchKey('PCP-SL')).toBe('pcp sl');
    expect(searchKey('Ley N° 32107')).toBe('ley n 32107');
    // A letter and a number joined by a hyphen are one name; a letter apart from a number stays apart.
    expect(searchKey('el M-19 de Petro')).toBe('el m19 de petro');
    expect(searchKey('a 19 años')).toBe('a 19 anos');
  });

  test('questions, articles and titles before a name are dropped, never the whole query', () => {
    expect(withoutFiller('quien es keiko')).toBe('keiko');
    expect(withoutFiller('what is the pink tide')).toBe('pink tide');
    expect(withoutFiller('expresidente alberto fujimori')).toBe('alberto fujimori');
    expect(withoutFiller('presidenta boluarte')).toBe('boluarte');
    expect(withoutFiller('presidente')).toBe('presidente');
    expect(withoutFiller('pink tide')).toBe('pink tide');
  });

  test('a request for a meaning or for what happened is dropped around the name', () => {
    expect(withoutFiller('que significa etnocacerista')).toBe('etnocacerista');
    expect(withoutFiller('significado de locumbazo')).toBe('locumbazo');
    expect(withoutFiller('definicion del neoliberalismo')).toBe('neoliberalismo');
    expect(withoutFiller('what does apra stand for')).toBe('apra');
    expect(withoutFiller('what is the meaning of extractivism')).toBe('extractivism');
    expect(withoutFiller('que paso en bagua')).toBe('bagua');
    expect(withoutFiller('what happened at la cantuta')).toBe('cantuta');
    // Or after it, as a reader adds the question to a word typed first.
    expect(withoutFiller('balotaje que es')).toBe('balotaje');
    expect(withoutFiller('apra what is')).toBe('apra');
    expect(withoutFiller("populismo c'est quoi")).toBe('populismo');
    expect(withoutFiller('sendero luminoso definicion')).toBe('sendero luminoso');
    // A name that is itself such a word stays: nothing would be left.
    expect(withoutFiller('meaning')).toBe('meaning');
    expect(withoutFiller('que es')).toBe('que es');
  });

  test('Spanish spellings that sound alike have one sound key', () => {
    expect(soundKey('castiyo')).toBe(soundKey('castillo'));
    expect(soundKey('bizcarra')).toBe(soundKey('vizcarra'));
    expect(soundKey('umala')).toBe(soundKey('humala'));
    expect(soundKey('kispe')).toBe(soundKey('quispe'));
    expect(soundKey('garsia')).toBe(soundKey('garcia'));
    expect(soundKey('garcia')).not.toBe(soundKey('garza'));
    // A hard c sounds as a k; "ch" keeps its own sound.
    expect(soundKey('kajamarka')).toBe(soundKey('cajamarca'));
    expect(soundKey('chino')).not.toBe(soundKey('kino'));
  });
});

describe('name rank', () => {
  const castillo = nameKeys(['pedro castillo', 'castillo']);
  const election = nameKeys(['elecciones generales del peru de 2016', 'peru 2016 election']);

  test('a sound-alike spelling of a name ranks as a typo of it', () => {
    expect(nameRank(castillo, 'castiyo')).toBe(2.5);
    expect(nameRank(castillo, 'pedro castiyo')).toBe(2.5);
    // Too short for a typo, but spelt as it sounds: "anes" for Áñez.
    expect(nameRank(nameKeys(['jeanine anez', 'anez']), 'anes')).toBe(2.5);
    expect(nameRank(nameKeys(['jeanine anez', 'anez']), 'ana')).toBe(0);
  });

  test('every word of a name in any order outranks some of its words', () => {
    expect(nameRank(election, 'elecciones 2016')).toBeGreaterThan(nameRank(election, 'elecciones 2016 lima'));
    expect(nameRank(election, 'elecciones 2016 lima')).toBeGreaterThan(nameRank(election, 'lima 2016'));
  });

  test('a query inside a word of a name does not start like the name', () => {
    expect(startsLikeAName(nameKeys(['golpe de estado']), 'onpe')).toBe(false);
    expect(startsLikeAName(nameKeys(['golpe de estado']), 'golp')).toBe(true);
    expect(startsLikeAName(nameKeys(['machu picchu']), 'macchu')).toBe(true);
  });
});

describe('searchKey: a former role written as one word (stop 37)', () => {
  test('"exgobernador", "exministra" read as "ex gobernador", "ex ministra"; "expresidente" stays a title', () => {
    expect(searchKey('Exgobernador de Junín')).toBe('ex gobernador de junin');
    expect(searchKey('la exministra')).toBe('la ex ministra');
    expect(searchKey('expresidente Toledo')).toBe('expresidente toledo');
  });
});

describe('searchKey: "quién es" after a name (stop 37)', () => {
  test('"jorge barata quién es" searches "jorge barata"', () => {
    expect(withoutFiller(searchKey('Jorge Barata ¿quién es?'))).toBe('jorge barata');
  });
});

describe('withFullYears: a year of the last century in two digits (stop 38)', () => {
  test.each([
    ['autogolpe 92', 'autogolpe 1992'],
    ['golpe del 68', 'golpe del 1968'],
    ['golpe del 68 peru', 'golpe del 1968 peru'],
    ['captura 12 septiembre 92', 'captura 12 septiembre 1992'],
  ])('"%s" reads as "%s"', (query, expected) => {
    expect(withFullYears(query)).toBe(expected);
  });

  test.each([
    'los 80 peru guerra interna',
    'privatizaciones de los 90',
    'alianza de humala que gano 47 escanos',
    'mocion de vacancia 87 votos',
    'amnesty for soldiers and police over 70 peru',
    'dnu 70 2023',
    'm 19',
    'decreto ley 17716',
  ])('"%s" keeps its numbers: decades, counts, ages, laws', (query) => {
    expect(withFullYears(query)).toBe(query);
  });
});

describe('withFullYears, on random queries', () => {
  test('changes only two-digit numbers from 30 to 99, each to that year of the 1900s', () => {
    const vocabulary = ['golpe', 'del', 'los', '92', '68', '07', '130', 'peru', 'votos', '1992', 'ley', 'x'];
    let seed = 38;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 500; run++) {
      const words = Array.from(
        { length: 1 + Math.floor(next() * 6) },
        () => vocabulary[Math.floor(next() * vocabulary.length)],
      );
      const out = withFullYears(words.join(' ')).split(' ');
      expect(out).toHaveLength(words.length);
      out.forEach((word, at) => {
        if (word !== words[at]) expect(word).toBe(`19${words[at]}`);
        if (word !== words[at]) expect(words[at]).toMatch(/^[3-9]\d$/);
      });
    }
  });
});
