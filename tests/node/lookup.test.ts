import { describe, expect, test } from 'vitest';
import { closestEntries, closestEntry } from '../../core/search/lookup';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';

const search = createGlossarySearch(glossary);

describe('Look up “selection” in Glosa', () => {
  test.each([
    ['Sendero Luminoso', 'sendero-luminoso'],
    ['  Keiko Fujimori\n', 'keiko-fujimori'],
    ['neoliberales', 'neoliberalism'],
    ['Consenso de Washington', 'washington-consensus'],
    ['Harneker', 'marta-harnecker'],
  ])('“%s” opens %s', (selection, id) => {
    expect(closestEntry(search, selection)?.id).toBe(id);
  });

  test.each(['the weather in Lima today', 'x', '', 'qwertyuiop'])(
    '“%s” is not close enough: search instead',
    (selection) => {
      expect(closestEntry(search, selection)).toBeUndefined();
    },
  );
});

describe('a selected name several entries share', () => {
  test('“Fujimori” may name Alberto or Keiko: both go to the page, which chooses', () => {
    expect(
      closestEntries(search, 'Fujimori')
        .map((entry) => entry.id)
        .sort(),
    ).toEqual(['alberto-fujimori', 'keiko-fujimori']);
  });

  test('a full name is one entry only', () => {
    expect(closestEntries(search, 'Keiko Fujimori').map((entry) => entry.id)).toEqual(['keiko-fujimori']);
  });

  test('the search lists the page’s entry first among entries sharing the name, and only among those', () => {
    const ids = (query: string, onPage: string[]) =>
      search
        .search(query, 5, onPage)
        .slice(0, 2)
        .map((hit) => hit.entry.id);
    expect(ids('Fujimori', ['keiko-fujimori'])).toEqual(['keiko-fujimori', 'alberto-fujimori']);
    expect(ids('Fujimori', ['alberto-fujimori'])).toEqual(['alberto-fujimori', 'keiko-fujimori']);
    // An entry on the page does not jump above a better name match.
    expect(search.search('Keiko Fujimori', 1, ['alberto-fujimori'])[0]?.entry.id).toBe('keiko-fujimori');
  });
});
