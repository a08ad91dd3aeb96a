import { describe, expect, test } from 'vitest';
import { OPTIONS_STRINGS, packRefusalText } from '../../components/strings/options';
import { mergeGlossary, type OwnEntry, packOf, parsePack } from '../../core/glossary/own-terms';
import { glossary } from '../../data/glossary';

const own = (overrides: Partial<OwnEntry>): OwnEntry => ({
  id: 'own-ronda-1',
  term: 'Ronda',
  aliases: [],
  category: 'movement',
  summary: 'A reader’s summary.',
  updatedAt: 1,
  ...overrides,
});

describe('mergeGlossary', () => {
  test('a new own term becomes an entry of its own, listed first', () => {
    const merged = mergeGlossary(glossary, [own({})]);
    expect(merged[0]).toMatchObject({
      id: 'own-ronda-1',
      term: 'Ronda',
      origin: 'own',
      related: [],
      sources: [],
    });
    expect(merged).toHaveLength(glossary.length + 1);
  });

  test('an own term named like a bundled entry (any form, any accents) replaces its summary and adds names', () => {
    const merged = mergeGlossary(glossary, [own({ term: 'shining path', aliases: ['Sendero', 'the Path'] })]);
    const sendero = merged.find((entry) => entry.id === 'sendero-luminoso');
    expect(sendero?.summary).toBe('A reader’s summary.');
    expect(sendero?.origin).toBe('overridden');
    expect(sendero?.aliases).toContain('the Path');
    expect(sendero?.aliases.filter((alias) => alias === 'Sendero')).toHaveLength(1);
    expect(merged).toHaveLength(glossary.length);
  });

  test('the reader’s summary wins in Spanish explanations too; the Spanish details stay', () => {
    const merged = mergeGlossary(glossary, [own({ term: 'Sendero Luminoso' })]);
    const sendero = merged.find((entry) => entry.id === 'sendero-luminoso');
    const bundled = glossary.find((entry) => entry.id === 'sendero-luminoso');
    expect(sendero?.es?.summary).toBe('A reader’s summary.');
    expect(sendero?.es?.details).toBe(bundled?.es?.details);
  });

  test('without own terms the bundled glossary is unchanged', () => {
    const merged = mergeGlossary(glossary, []);
    expect(merged.map((entry) => entry.id)).toEqual(glossary.map((entry) => entry.id));
    expect(merged.every((entry) => entry.origin === 'bundled')).toBe(true);
  });
});

describe('parsePack', () => {
  test('a pack exported by Glosa imports back to the same terms', () => {
    const entries = [own({}), own({ id: 'own-conga-2', term: 'Conga', aliases: ['Minas Conga'] })];
    const parsed = parsePack(packOf(entries), 5);
    expect(parsed).toEqual({ ok: true, entries: entries.map((entry) => ({ ...entry, updatedAt: 5 })) });
  });

  test('entries in the bundled glossary’s own format import too (extra fields allowed)', () => {
    const parsed = parsePack(JSON.stringify(glossary.slice(0, 3)), 1);
    expect(parsed.ok && parsed.entries.map((entry) => entry.term)).toEqual(
      glossary.slice(0, 3).map((e) => e.term),
    );
    expect(parsed.ok && parsed.entries.every((entry) => entry.id.startsWith('own-'))).toBe(true);
  });

  test.each([
    ['empty file', ''],
    ['truncated', '[{"term": "Ronda", "aliases": ['],
    ['not JSON', 'term,summary\nRonda,x'],
    ['an object', '{"entries": []}'],
    ['null', 'null'],
    ['a string', '"Ronda"'],
    ['missing term', '[{"aliases": [], "category": "movement", "summary": "s"}]'],
    ['empty term', '[{"term": "  ", "aliases": [], "category": "movement", "summary": "s"}]'],
    ['missing summary', '[{"term": "R", "aliases": [], "category": "movement"}]'],
    ['unknown category', '[{"term": "R", "aliases": [], "category": "weather", "summary": "s"}]'],
    ['aliases not a list', '[{"term": "R", "aliases": "x", "category": "movement", "summary": "s"}]'],
    ['alias not text', '[{"term": "R", "aliases": [3], "category": "movement", "summary": "s"}]'],
    [
      'term too long',
      `[{"term": "${'x'.repeat(121)}", "aliases": [], "category": "movement", "summary": "s"}]`,
    ],
    ['bad id', '[{"id": "Not Kebab", "term": "R", "aliases": [], "category": "movement", "summary": "s"}]'],
    [
      'two terms, one name',
      '[{"term": "Ronda", "aliases": [], "category": "movement", "summary": "a"},' +
        '{"term": "RONDA", "aliases": [], "category": "movement", "summary": "b"}]',
    ],
    ['oversized', `[${' '.repeat(2 * 1024 * 1024 + 1)}]`],
  ])('refuses %s with a reason worded in both languages', (_name, text) => {
    const parsed = parsePack(text, 1);
    if (parsed.ok) throw new Error('accepted');
    for (const strings of [OPTIONS_STRINGS.en, OPTIONS_STRINGS.es]) {
      const sentence = packRefusalText(parsed.refusal, strings);
      expect(sentence).toMatch(/(Nothing was imported|No se importó nada)\.$/);
      expect(sentence).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
