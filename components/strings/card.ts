import type { Category } from '../../core/glossary/schema';
import type { Translated } from './language';

/** The term card's words: the same card in the popover, the popup and the side panel. */
export interface CardStrings {
  categories: Record<Category, string>;
  more: string;
  less: string;
  alsoKnownAs: string;
  related: string;
  sources: string;
  addNote: string;
  addNoteAboutTerm: string;
}

export const CARD_STRINGS: Translated<CardStrings> = {
  en: {
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
    addNoteAboutTerm: 'Add note about this term',
  },
  es: {
    categories: {
      person: 'Persona',
      party: 'Partido',
      organization: 'Organización',
      movement: 'Movimiento',
      ideology: 'Ideología',
      concept: 'Concepto',
      policy: 'Política pública',
      event: 'Acontecimiento',
      institution: 'Institución',
      place: 'Lugar',
    },
    more: 'Más',
    less: 'Menos',
    alsoKnownAs: 'también',
    related: 'Relacionados',
    sources: 'Fuentes',
    addNote: 'Añadir nota',
    addNoteAboutTerm: 'Añadir nota sobre este término',
  },
};
