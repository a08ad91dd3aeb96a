import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGlossary } from '../../core/glossary/check';
import type { GlossaryEntry } from '../../core/glossary/schema';
import { normalizeKey } from '../../core/matching/normalize';

const glossary = JSON.parse(readFileSync('data/glossary.json', 'utf8')) as GlossaryEntry[];

function entry(overrides: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: 'neoliberalism',
    term: 'Neoliberalism',
    aliases: ['neoliberal'],
    category: 'ideology',
    summary: 'A summary.',
    details: 'Details.',
    related: [],
    sources: [{ title: 'A reference', url: 'https://example.org/neoliberalism' }],
    ...overrides,
  };
}

describe('the bundled glossary', () => {
  test('passes every schema rule', () => {
    expect(checkGlossary(glossary)).toEqual([]);
  });

  test('has at least 80 entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(80);
  });

  test.each([
    'neoliberalism',
    'twenty-first-century-socialism',
    'sendero-luminoso',
    'gana-peru',
    'ollanta-humala',
    'keiko-fujimori',
    'alberto-fujimori',
    'alejandro-toledo',
    'alan-garcia',
    'juan-velasco-alvarado',
    'import-substitution-industrialization',
    'peru-us-tpa',
    'marta-harnecker',
    'james-petras',
    'rafael-correa',
    'evo-morales',
    'hugo-chavez',
    'tia-maria',
    'pink-tide',
    'washington-consensus',
    'bolivarian-revolution',
    'fujimorismo',
    'autogolpe-1992',
    'structural-adjustment',
    'extractivism',
  ])('covers %s', (id) => {
    expect(glossary.map((candidate) => candidate.id)).toContain(id);
  });

  test('an ambiguous common word never matches on its own', () => {
    const forms = glossary.flatMap((candidate) => [candidate.term, ...candidate.aliases]).map(normalizeKey);
    expect(forms).not.toContain('gana');
    const sendero = glossary.find((candidate) => candidate.id === 'sendero-luminoso');
    if (sendero?.aliases.includes('Sendero')) expect(sendero.caseSensitive).toContain('Sendero');
  });
});

describe('checkGlossary rejects', () => {
  test('a malformed entry, naming the field', () => {
    const problems = checkGlossary([{ ...entry(), category: 'weather' }]);
    expect(problems.join('\n')).toMatch(/category/);
  });

  test('a summary over 300 characters', () => {
    expect(checkGlossary([entry({ summary: 'x'.repeat(301) })]).join()).toMatch(/300/);
  });

  test('duplicate ids', () => {
    expect(checkGlossary([entry(), entry({ aliases: ['other'], term: 'Other' })])).toContain(
      'neoliberalism: duplicate id',
    );
  });

  test('a related id that does not exist', () => {
    expect(checkGlossary([entry({ related: ['nowhere'] })]).join()).toMatch(/nowhere/);
  });

  test('a form claimed by two entries, even with other accents or case', () => {
    const problems = checkGlossary([
      entry({ id: 'a', term: 'Perú Posible', aliases: [] }),
      entry({ id: 'b', term: 'PERU POSIBLE', aliases: [] }),
    ]);
    expect(problems.join()).toMatch(/already claimed by a/);
  });

  test('an alias that repeats the entry’s own term', () => {
    expect(checkGlossary([entry({ aliases: ['NEOLIBERALISM'] })]).join()).toMatch(/repeats/);
  });

  test('a common word as a lone alias', () => {
    expect(checkGlossary([entry({ id: 'gana-peru', term: 'Gana Perú', aliases: ['Gana'] })]).join()).toMatch(
      /common word/,
    );
  });

  test('a case-sensitive word not flagged case-sensitive', () => {
    const problems = checkGlossary([
      entry({ id: 'sendero-luminoso', term: 'Sendero Luminoso', aliases: ['Sendero'] }),
    ]);
    expect(problems.join()).toMatch(/caseSensitive/);
    const fixed = entry({
      id: 'sendero-luminoso',
      term: 'Sendero Luminoso',
      aliases: ['Sendero'],
      caseSensitive: ['Sendero'],
    });
    expect(checkGlossary([fixed])).toEqual([]);
  });

  test('a source that is not https', () => {
    const problems = checkGlossary([entry({ sources: [{ title: 'Old', url: 'http://example.org/' }] })]);
    expect(problems.join()).toMatch(/https/);
  });

  test('an entry without sources', () => {
    expect(checkGlossary([entry({ sources: [] })]).join()).toMatch(/source/);
  });

  test('something that is not a glossary at all', () => {
    expect(checkGlossary({ entries: [] }).length).toBeGreaterThan(0);
    expect(checkGlossary(null).length).toBeGreaterThan(0);
  });
});
