import { describe, expect, test } from 'vitest';
import { InitialsIndex, initialsOf } from '../../core/search/initials';

describe("a person's initials", () => {
  test.each([
    ['maria corina machado', 'mcm'],
    ['victor raul haya de la torre', 'vrht'],
    ['rafael lopez aliaga', 'rla'],
    ['jose maria balcazar', 'jmb'],
  ])('%s → %s (name particles skipped)', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  test('a name of one word has none', () => {
    expect(initialsOf('bolsonaro')).toBeUndefined();
  });

  test('the index finds each entry once, by initials of three letters or more', () => {
    const index = new InitialsIndex([
      ['maria corina machado', 'maria corina machado parisca'],
      undefined,
      ['lula', 'luiz inacio lula da silva'],
    ]);
    expect(index.lookup('mcm')).toEqual([0]);
    expect(index.lookup('mcmp')).toEqual([0]);
    expect(index.lookup('lils')).toEqual([2]);
    // Entries without names given (parties, which go by their acronyms) have none.
    expect(index.lookup('xyz')).toEqual([]);
  });
});
