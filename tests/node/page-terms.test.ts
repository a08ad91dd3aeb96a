import { describe, expect, test } from 'vitest';
import { countTermsInReadingOrder } from '../../core/marks/page-terms';

describe('terms on a page', () => {
  test('each entry once, in order of first appearance, with how often it is marked', () => {
    const marks = ['ollanta-humala', 'gana-peru', 'ollanta-humala', 'keiko-fujimori', 'ollanta-humala'].map(
      (entryId) => ({ entryId }),
    );
    expect(countTermsInReadingOrder(marks)).toEqual([
      { entryId: 'ollanta-humala', count: 3 },
      { entryId: 'gana-peru', count: 1 },
      { entryId: 'keiko-fujimori', count: 1 },
    ]);
  });

  test('a page without marks has no terms', () => {
    expect(countTermsInReadingOrder([])).toEqual([]);
  });
});
