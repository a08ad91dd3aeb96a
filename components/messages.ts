import type { Category } from '../data/glossary-schema';

/** UI strings, one table per language; components take the table, never literal strings. */
export interface Messages {
  categories: Record<Category, string>;
  more: string;
  less: string;
  alsoKnownAs: string;
  related: string;
  sources: string;
  addNote: string;
  back: string;
  close: string;
}

export const ENGLISH: Messages = {
  categories: {
    person: 'Person',
    party: 'Party',
    organization: 'Organization',
    movement: 'Movement',
    ideology: 'Ideology',
    concept: 'Concept',
    policy: 'Policy',
    event: 'Event',
    institution: 'Institution',
    place: 'Place',
  },
  more: 'More',
  less: 'Less',
  alsoKnownAs: 'also',
  related: 'Related',
  sources: 'Sources',
  addNote: 'Add note',
  back: 'Back',
  close: 'Close',
};
