import { describe, expect, test } from 'vitest';
import { eventText, explainedText, explanationLanguageFor } from '../../core/glossary/explanation';
import { createGlossarySearch } from '../../core/search/search';
import { glossary } from '../../data/glossary';

describe('the language of explanations', () => {
  test.each([
    ['page', 'es', 'es'],
    ['page', 'en', 'en'],
    ['page', 'pt', 'en'],
    ['page', 'fr', 'en'],
    ['page', 'other', 'en'],
    ['en', 'es', 'en'],
    ['es', 'en', 'es'],
    ['es', 'other', 'es'],
  ] as const)('choice %s on a page in %s: %s', (choice, page, expected) => {
    expect(explanationLanguageFor(choice, page)).toBe(expected);
  });

  test('every bundled entry has its summary, details and timeline in Spanish', () => {
    for (const entry of glossary) {
      const spanish = explainedText(entry, 'es');
      expect(spanish.summary, entry.id).not.toBe(entry.summary);
      expect(spanish.details.length, entry.id).toBeGreaterThan(0);
      for (const event of entry.timeline ?? []) expect(eventText(event, 'es')).toBe(event.es);
    }
  });

  test('an entry without Spanish (a reader’s own term) is explained as written', () => {
    const own = { summary: 'Mine.', details: '' };
    expect(explainedText(own, 'es')).toEqual({ summary: 'Mine.', details: '' });
  });
});

describe('popup search over the Spanish text', () => {
  const search = createGlossarySearch(glossary);

  test.each([
    ['levantamiento de Locumba', 'ollanta-humala'],
    ['lavado de activos', 'ollanta-humala'],
  ])('“%s” finds %s, though only its Spanish text says it', (query, id) => {
    const entry = glossary.find((candidate) => candidate.id === id);
    expect(`${entry?.summary} ${entry?.details}`.toLowerCase()).not.toContain(query.split(' ')[0]);
    expect(search.search(query, 5).map((hit) => hit.entry.id)).toContain(id);
  });
});
