import { describe, expect, test } from 'vitest';
import { ENGLISH, type Messages, messagesFor, SPANISH } from '../../components/messages';

/** Every leaf of a table, functions called with sample arguments, keyed by path. */
function leaves(table: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    if (typeof value === 'string') found.set(here, value);
    else if (typeof value === 'function')
      found.set(here, String((value as (...args: unknown[]) => string)('x', 'y')));
    else for (const [inner, text] of leaves(value, here)) found.set(inner, text);
  }
  return found;
}

describe('UI strings', () => {
  const english = leaves(ENGLISH);
  const spanish = leaves(SPANISH);

  test('Spanish has every English string, none empty', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of spanish) expect(text.trim(), key).not.toBe('');
  });

  test('Spanish strings are translated (only names and symbols may be the same)', () => {
    const same = [...english].filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });

  test.each([
    ['browser', 'es-PE', SPANISH],
    ['browser', 'en-GB', ENGLISH],
    ['browser', 'pt-BR', ENGLISH],
    ['es', 'en-US', SPANISH],
    ['en', 'es-ES', ENGLISH],
  ] as const)('language %s with a %s browser', (choice, browserLanguage, expected: Messages) => {
    expect(messagesFor(choice, browserLanguage)).toBe(expected);
  });
});
