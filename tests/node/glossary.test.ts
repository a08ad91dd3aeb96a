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
  test('passes every schema rule, to the editorial standard', () => {
    expect(checkGlossary(glossary, { editorial: true })).toEqual([]);
  });

  test('has at least 150 entries', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(150);
  });

  test('records when it was last reviewed', () => {
    expect(glossary.every((candidate) => /^\d{4}-\d{2}-\d{2}$/.test(candidate.reviewed ?? ''))).toBe(true);
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
    // 2016–2026 and the region today
    'martin-vizcarra',
    'presidential-vacancy',
    'congress-dissolution-2019',
    'peru-political-crisis-2020',
    'castillo-self-coup-2022',
    'dina-boluarte',
    'peru-protests-2022-2023',
    'odebrecht',
    'lava-jato',
    'peru-libre',
    'renovacion-popular',
    'rafael-lopez-aliaga',
    'jose-jeri',
    'jose-maria-balcazar',
    'peru-2026-election',
    'senate-of-peru',
    'law-32107',
    'law-32419',
    'inter-american-court',
    'gen-z-protests-peru-2025',
    'mario-vargas-llosa',
    'javier-milei',
    'jair-bolsonaro',
    'gustavo-petro',
    'nayib-bukele',
    'venezuela-2024-election',
    'maria-corina-machado',
    'delcy-rodriguez',
    'port-of-chancay',
    'lima-group',
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

  test('a shared form, unless it is a short form of every entry that has it', () => {
    const keiko = entry({ id: 'keiko-fujimori', term: 'Keiko Fujimori', aliases: ['Fujimori'] });
    const alberto = entry({ id: 'alberto-fujimori', term: 'Alberto Fujimori', aliases: ['Fujimori'] });
    expect(checkGlossary([keiko, alberto]).join()).toMatch(/already claimed by keiko-fujimori/);
    expect(checkGlossary([{ ...keiko, short: ['Fujimori'] }, alberto]).join()).toMatch(/already claimed/);
    expect(
      checkGlossary([
        { ...keiko, short: ['Fujimori'] },
        { ...alberto, short: ['Fujimori'] },
      ]),
    ).toEqual([]);
  });

  test('a kind of name that is not one of the entry’s forms', () => {
    expect(checkGlossary([entry({ short: ['Neo'] })]).join()).toMatch(
      /short "Neo" is not its term or an alias/,
    );
    expect(checkGlossary([entry({ common: { es: ['neoliberalismo'] } })]).join()).toMatch(/common\.es/);
    // A surname known alone must be one of the entry's short forms.
    const humala = entry({ id: 'ollanta-humala', term: 'Ollanta Humala', aliases: ['Humala'] });
    expect(checkGlossary([{ ...humala, knownAlone: ['Humala'] }]).join()).toMatch(
      /knownAlone "Humala" is not one of its short forms/,
    );
    expect(checkGlossary([{ ...humala, short: ['Humala'], knownAlone: ['Humala'] }])).toEqual([]);
  });

  test('timeline dates that do not exist or are out of order', () => {
    const timeline = [
      { date: '2011-06-05', text: 'Won the runoff.', es: 'Ganó la segunda vuelta.' },
      { date: '2011-02-30', text: 'A day that never was.', es: 'Un día que nunca existió.' },
    ];
    const problems = checkGlossary([entry({ timeline })]).join('\n');
    expect(problems).toMatch(/2011-02-30 does not exist/);
    expect(problems).toMatch(/2011-02-30 comes before 2011-06-05/);
    expect(checkGlossary([entry({ timeline: [{ date: '2011-6', text: 'x', es: 'y' }] })]).join()).toMatch(
      /YYYY/,
    );
  });

  test('to the editorial standard: Spanish text that is not the English, a timeline, two sources, a review date', () => {
    const person = entry({ id: 'x', category: 'person', summary: 'Same words.', details: 'Details.' });
    const problems = checkGlossary([{ ...person, es: { summary: 'Same words.', details: 'Detalles.' } }], {
      editorial: true,
    }).join('\n');
    expect(problems).toMatch(/es\.summary is the English summary/);
    expect(problems).toMatch(/a person needs a timeline/);
    expect(problems).toMatch(/at least two sources/);
    expect(problems).toMatch(/reviewed/);
    expect(checkGlossary([entry({ id: 'x', category: 'person' })])).toEqual([]);
  });

  test('something that is not a glossary at all', () => {
    expect(checkGlossary({ entries: [] }).length).toBeGreaterThan(0);
    expect(checkGlossary(null).length).toBeGreaterThan(0);
  });
});
