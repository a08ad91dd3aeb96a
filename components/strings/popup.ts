import { CARD_STRINGS, type CardStrings } from './card';
import type { Translated } from './language';

/** The toolbar popup's words. */
export interface PopupStrings {
  card: CardStrings;
  searchLabel: string;
  searchPlaceholder: string;
  results: string;
  noResults(query: string): string;
  /** Above results guessed from the words of a description. */
  guessedResults: string;
  backToResults: string;
  termsOnPage(count: number): string;
  onForSite(site: string): string;
  offForSite(site: string): string;
  turnOffForSite: string;
  turnOnForSite: string;
  notOnThisPage: string;
  openNotes: string;
  openSettings: string;
}

export const POPUP_STRINGS: Translated<PopupStrings> = {
  en: {
    card: CARD_STRINGS.en,
    searchLabel: 'Search glossary',
    searchPlaceholder: 'Search the glossary…',
    results: 'Results',
    noResults: (query) => `No entry matches “${query}”.`,
    guessedResults: 'No entry has that name. These have those words:',
    backToResults: 'Back to results',
    termsOnPage: (count) =>
      count === 1 ? '1 term marked on this page' : `${count} terms marked on this page`,
    onForSite: (site) => `Glosa is on for ${site}`,
    offForSite: (site) => `Glosa is off for ${site}`,
    turnOffForSite: 'Turn off on this site',
    turnOnForSite: 'Turn on on this site',
    notOnThisPage: 'Glosa does not run on this page.',
    openNotes: 'Open notes',
    openSettings: 'Settings',
  },
  es: {
    card: CARD_STRINGS.es,
    searchLabel: 'Buscar en el glosario',
    searchPlaceholder: 'Buscar en el glosario…',
    results: 'Resultados',
    noResults: (query) => `Ninguna entrada coincide con «${query}».`,
    guessedResults: 'Ninguna entrada tiene ese nombre. Estas tienen esas palabras:',
    backToResults: 'Volver a los resultados',
    termsOnPage: (count) =>
      count === 1 ? '1 término marcado en esta página' : `${count} términos marcados en esta página`,
    onForSite: (site) => `Glosa está activa en ${site}`,
    offForSite: (site) => `Glosa está desactivada en ${site}`,
    turnOffForSite: 'Desactivar en este sitio',
    turnOnForSite: 'Activar en este sitio',
    notOnThisPage: 'Glosa no funciona en esta página.',
    openNotes: 'Abrir notas',
    openSettings: 'Ajustes',
  },
};
