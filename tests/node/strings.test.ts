import { describe, expect, test } from 'vitest';
import { CARD_STRINGS } from '../../components/strings/card';
import { type UiLanguage, uiLanguage } from '../../components/strings/language';
import { MENU_STRINGS } from '../../components/strings/menus';
import { NOTES_STRINGS } from '../../components/strings/notes';
import { OPTIONS_STRINGS } from '../../components/strings/options';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { POPUP_STRINGS } from '../../components/strings/popup';
import { STORAGE_STRINGS } from '../../components/strings/storage';
import type { LanguageChoice } from '../../core/settings';

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

const SURFACES = {
  card: CARD_STRINGS,
  popover: POPOVER_STRINGS,
  popup: POPUP_STRINGS,
  options: OPTIONS_STRINGS,
  notes: NOTES_STRINGS,
  menus: MENU_STRINGS,
  storage: STORAGE_STRINGS,
};

describe.each(Object.entries(SURFACES))('the %s strings', (_surface, table) => {
  const english = leaves(table.en);
  const spanish = leaves(table.es);

  test('Spanish has every English string, none empty', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of spanish) expect(text.trim(), key).not.toBe('');
  });

  test('Spanish strings are translated (only names and symbols may be the same)', () => {
    const same = [...english].filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe('the interface language', () => {
  test.each([
    ['browser', 'es-PE', 'es'],
    ['browser', 'en-GB', 'en'],
    ['browser', 'pt-BR', 'en'],
    ['es', 'en-US', 'es'],
    ['en', 'es-ES', 'en'],
  ] as const)(
    'choice %s with a %s browser',
    (choice: LanguageChoice, browserLanguage, expected: UiLanguage) => {
      expect(uiLanguage(choice, browserLanguage)).toBe(expected);
    },
  );
});
