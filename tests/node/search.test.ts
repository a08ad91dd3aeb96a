import { describe, expect, test } from 'vitest';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import { QUERY_SET } from './search-queries';

const search = createGlossarySearch(glossary);

describe('glossary search: the committed query set', () => {
  test('has at least 40 pairs', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
  });

  test.each(QUERY_SET)('"%s" finds %s first', (query, expected) => {
    const ids = typeof expected === 'string' ? [expected] : expected;
    const first = search.search(query, 5).slice(0, ids.length);
    expect(first.map((hit) => hit.entry.id).sort()).toEqual([...ids].sort());
  });
});

describe('glossary search behaviour', () => {
  test('a query of one character, or only spaces, finds nothing rather than everything', () => {
    expect(search.search('a')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  test('nonsense finds nothing', () => {
    expect(search.search('xqzvwk')).toEqual([]);
  });

  test('results are limited, best first, without duplicates', () => {
    const hits = search.search('peru', 8);
    expect(hits.length).toBeLessThanOrEqual(8);
    expect(new Set(hits.map((hit) => hit.entry.id)).size).toBe(hits.length);
    const scores = hits.map((hit) => hit.score);
    expect(hits.length).toBeGreaterThan(3);
    expect(scores[0]).toBeLessThanOrEqual(scores[scores.length - 1] ?? 1);
  });

  test('words of the summary and details are found after names', () => {
    const hits = search.search('copper');
    expect(hits.map((hit) => hit.entry.id)).toContain('tia-maria');
  });

  test('entries added later (the reader’s own) are searchable like bundled ones', () => {
    const own = {
      id: 'custom-ronderos',
      term: 'Ronderos',
      aliases: ['ronderas'],
      category: 'movement',
      summary: 'x',
    };
    const withOwn = createGlossarySearch([...glossary, own]);
    expect(withOwn.search('ronderos')[0]?.entry.id).toBe('custom-ronderos');
  });
});
