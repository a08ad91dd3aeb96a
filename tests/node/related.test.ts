import { describe, expect, test } from 'vitest';
import { relatedBothWays } from '../../core/glossary/related';

describe('relatedBothWays', () => {
  test('a relation either entry names holds both ways; unknown ids and an entry’s own id are left out', () => {
    const related = relatedBothWays([
      { id: 'keiko', related: ['alberto', 'keiko', 'nobody'] },
      { id: 'alberto' },
      { id: 'kenji', related: ['alberto'] },
    ]);
    expect([...(related.get('keiko') ?? [])]).toEqual(['alberto']);
    expect([...(related.get('alberto') ?? [])].sort()).toEqual(['keiko', 'kenji']);
    expect([...(related.get('kenji') ?? [])]).toEqual(['alberto']);
    expect(related.has('nobody')).toBe(false);
  });
});
