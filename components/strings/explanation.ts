import type { ExplanationLanguage } from '../../core/glossary/explanation';
import { CARD_STRINGS, type CardStrings } from './card';

/**
 * The words that belong to an explanation rather than to the interface around it: they follow the
 * explanation's language (a Spanish page's explanation is Spanish throughout, in an English interface).
 */
export interface ExplanationStrings {
  categories: CardStrings['categories'];
  /** Heads the timeline events after the article's date: "Since this article (14 April 2011)". */
  sinceArticle(date: string): string;
  /** The entry's timeline has nothing after the article's date. */
  nothingSince: string;
  showAllEvents(count: number): string;
  showFewerEvents: string;
}

export const EXPLANATION_STRINGS: Readonly<Record<ExplanationLanguage, ExplanationStrings>> = {
  en: {
    categories: CARD_STRINGS.en.categories,
    sinceArticle: (date) => `Since this article (${date})`,
    nothingSince: 'Nothing in this entry’s timeline has happened since.',
    showAllEvents: (count) => `Show all ${count}`,
    showFewerEvents: 'Show fewer',
  },
  es: {
    categories: CARD_STRINGS.es.categories,
    sinceArticle: (date) => `Desde este artículo (${date})`,
    nothingSince: 'Nada de la cronología de esta entrada ha ocurrido desde entonces.',
    showAllEvents: (count) => `Ver los ${count}`,
    showFewerEvents: 'Ver menos',
  },
};
