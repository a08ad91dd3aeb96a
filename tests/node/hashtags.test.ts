import { describe, expect, test } from 'vitest';
import { spellOutTags } from '../../core/search/hashtags';

const NAMES = ['castillo', 'evo', 'ppk', 'oea', 'lula', 'keiko'];
/** Names of several words, as a tag runs them together. */
const JOINED = new Map([['tiamaria', 'tia maria']]);
const nameIn = (word: string) => {
  for (const [joined, name] of [...NAMES.map((one) => [one, one] as const), ...JOINED]) {
    if (word.startsWith(joined) && word !== joined) return [name, word.slice(joined.length)];
    if (word.endsWith(joined) && word !== joined) return [word.slice(0, -joined.length), name];
  }
  return undefined;
};
const isName = (word: string) => NAMES.includes(word.toLowerCase());
const spell = (query: string) => spellOutTags(query, nameIn, isName).trim().replace(/\s+/g, ' ');

describe('hashtags and handles, spelt out', () => {
  test.each([
    // A tag with a name among its words is that name.
    ['#FueraCastillo', 'Castillo'],
    ['@OEA_oficial', 'OEA'],
    ['#LulaLivre', 'Lula'],
    ['#KeikoPresidenta2026', 'Keiko'],
    // A handle in lower case is split after the name it begins with.
    ['@evoespueblo', 'evo'],
    ['@ppkamigo', 'ppk'],
    // Or before the name it ends with; a name of several words is spelt with its spaces.
    ['#fueracastillo', 'castillo'],
    ['#tiamarianova', 'tia maria nova'],
    // Without a name: its words, at case changes, digits and underscores.
    ['#CVR20Años', 'CVR 20 Años'],
    ['#NoALaAmnistía', 'No A La Amnistía'],
    ['@CFKArgentina', 'CFK Argentina'],
    ['#vacancia_ya', 'vacancia ya'],
  ])('%s → %s', (query, spelt) => {
    expect(spell(query)).toBe(spelt);
  });

  test('words around a tag, text without one and an e-mail address are left as they are', () => {
    expect(spell('marcha #FueraCastillo en Lima')).toBe('marcha Castillo en Lima');
    expect(spell('keiko fujimori')).toBe('keiko fujimori');
    expect(spell('prensa@congreso.gob.pe')).toBe('prensa@congreso.gob.pe');
  });
});
