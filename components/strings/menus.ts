import type { Translated } from './language';

/** The page's context menu items (the browser's i18n cannot switch language at run time). */
export interface MenuStrings {
  /** %s is the selection (the browser fills it in). */
  lookUpSelection: string;
  addNoteWithSelection: string;
}

export const MENU_STRINGS: Translated<MenuStrings> = {
  en: { lookUpSelection: 'Look up “%s” in Glosa', addNoteWithSelection: 'Add note with selection' },
  es: { lookUpSelection: 'Buscar «%s» en Glosa', addNoteWithSelection: 'Añadir nota con la selección' },
};
