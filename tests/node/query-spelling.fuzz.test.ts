import { describe, expect, test } from 'vitest';
import { spellOutShorthand, withoutMore } from '../../core/search/chat-words';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';
import { Random } from './text-noise';

const search = createGlossarySearch(glossary);

/** Pieces a reader's typing is made of: letters apart, a name run together, tags, accents, digits. */
const PIECES = [
  'a p r a',
  'p p k',
  'o e a',
  'x',
  'q',
  'más',
  'mas',
  'MAS',
  'mas de la mitad',
  '#fueradina',
  '#tiamarianova',
  '@evoespueblo',
  'lavajato',
  'hojaderuta',
  'no boa',
  'mi lei',
  'machu picchu',
  'keiko',
  'señora k',
  '¿quién es la',
  'rival de',
  '2026',
  '7 de junio',
  'presidente',
  'ñ',
  'é',
  '…',
  '  ',
  '#',
  '@',
  'a',
  'vs',
];

function randomQuery(random: Random): string {
  const parts: string[] = [];
  for (let count = 1 + random.int(6); count > 0; count--) parts.push(random.pick(PIECES));
  return parts.join(random.chance(0.2) ? '' : ' ');
}

describe('query spelling, fuzzed: shorthand, letters apart, "más", names run together', () => {
  test('any mix of them searches without throwing, within the limit, each entry once', () => {
    const random = new Random(42);
    for (let round = 0; round < 400; round++) {
      const query = randomQuery(random);
      const hits = search.search(query, 5);
      expect(hits.length, query).toBeLessThanOrEqual(5);
      expect(new Set(hits.map((hit) => hit.entry.id)).size, query).toBe(hits.length);
    }
  });

  test('spelling shorthand out twice changes nothing more; "MAS" in capitals always stays', () => {
    const random = new Random(7);
    const isName = (word: string) => word === 'keiko' || word === 'castillo';
    for (let round = 0; round < 400; round++) {
      const query = randomQuery(random).toLowerCase();
      const once = spellOutShorthand(query, isName);
      expect(spellOutShorthand(once, isName), query).toBe(once);
      expect(withoutMore(`MAS ${query}`).startsWith('MAS'), query).toBe(true);
    }
  });
});
