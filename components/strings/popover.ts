import { CARD_STRINGS, type CardStrings } from './card';
import type { Translated } from './language';

/** The in-page popover's words (the content script ships these, and nothing of the other surfaces). */
export interface PopoverStrings {
  card: CardStrings;
  back: string;
  close: string;
  /** Before the entry a shared name is read as: "Here: Keiko Fujimori". */
  here: string;
  /** Before the other entries it may name: "Or: Alberto Fujimori". */
  or: string;
  /** Names the group for screen readers. */
  choicesLabel: string;
}

export const POPOVER_STRINGS: Translated<PopoverStrings> = {
  en: {
    card: CARD_STRINGS.en,
    back: 'Back',
    close: 'Close',
    here: 'Here:',
    or: 'Or:',
    choicesLabel: 'Who or what this name means here',
  },
  es: {
    card: CARD_STRINGS.es,
    back: 'Atrás',
    close: 'Cerrar',
    here: 'Aquí:',
    or: 'O bien:',
    choicesLabel: 'A quién o a qué se refiere aquí este nombre',
  },
};
