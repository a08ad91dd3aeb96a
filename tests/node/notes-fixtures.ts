import type { NoteFields } from '../../core/notes/note-model';

/** A valid stored note (no search words), for backups and migrations. */
export function sampleNote(overrides: Partial<NoteFields> = {}): NoteFields {
  return {
    id: crypto.randomUUID(),
    url: 'https://news.example/peru-2011',
    title: 'Peru votes again',
    passage: {
      quote: {
        exact: 'Keiko Fujimori ran on her father’s record.',
        prefix: 'the mining boom to the poorest. ',
        suffix: ' The markets fell the day after',
      },
      position: { start: 120, end: 162 },
    },
    termIds: ['keiko-fujimori'],
    body: 'Compare with the 2016 campaign.',
    tags: ['elections', 'peru'],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/**
 * A 200 K-character page with one long passage in its middle, and the page after an edit inside that
 * passage: anchoring it must find the edited passage (tests) and do so quickly (bench).
 */
export function longPageWithEditedPassage(): { page: string; quote: string; edited: string } {
  const filler = 'The congress debated the budget while the ministers waited outside. '.repeat(1500);
  const quote =
    'Keiko Fujimori ran on her father’s record against Sendero Luminoso, and her rivals reminded voters of it every day.';
  const page = `${filler}${quote} ${filler}`;
  return { page, quote, edited: page.replace('every day', 'each day') };
}
