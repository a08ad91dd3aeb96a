import { CARD_STRINGS, type CardStrings } from './card';
import type { Translated } from './language';

/** The in-page popover's words (the content script ships these, and nothing of the other surfaces). */
export interface PopoverStrings {
  card: CardStrings;
  back: string;
  close: string;
}

export const POPOVER_STRINGS: Translated<PopoverStrings> = {
  en: { card: CARD_STRINGS.en, back: 'Back', close: 'Close' },
  es: { card: CARD_STRINGS.es, back: 'Atrás', close: 'Cerrar' },
};
