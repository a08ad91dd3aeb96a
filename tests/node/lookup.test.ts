import { describe, expect, test } from 'vitest';
import { closestEntry } from '../../core/search/lookup';
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
