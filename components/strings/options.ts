import type { PackRefusal } from '../../core/glossary/own-terms';
import type { Category } from '../../core/glossary/schema';
import { CARD_STRINGS } from './card';
import type { Translated } from './language';
import { STORAGE_STRINGS, type StorageStrings } from './storage';

/** The options page's words. */
export interface OptionsStrings {
  categories: Record<Category, string>;
  storage: StorageStrings;
  title: string;
  general: string;
  enabled: string;
  sites: string;
  sitesHelp: string;
  siteInput: string;
  addSite: string;
  removeSite(site: string): string;
  invalidSite: string;
  categoriesShown: string;
  highlightStyle: string;
  styleBackground: string;
  styleUnderline: string;
  firstOccurrenceOnly: string;
  language: string;
  languageBrowser: string;
  explanationLanguage: string;
  explanationLanguagePage: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  ownTerms: string;
  ownTermsHelp: string;
  term: string;
  aliases: string;
  aliasesHelp: string;
  category: string;
  summary: string;
  saveTerm: string;
  updateTerm: string;
  cancel: string;
  edit(term: string): string;
  remove(term: string): string;
  noOwnTerms: string;
  exportPack: string;
  importPack: string;
  imported(count: number): string;
  saved: string;
  termRequired: string;
  summaryRequired: string;
  termTaken(term: string, owner: string): string;
  overrides(term: string): string;
  storageFailed(reason: string): string;
  /** Why a pack file was not imported (PackRefusal); each says nothing was. */
  packRefused: {
    tooLarge(maxMegabytes: string): string;
    notJson: string;
    notPack(at: string): string;
    claimedTwice(form: string): string;
  };
}

export const OPTIONS_STRINGS: Translated<OptionsStrings> = {
  en: {
    categories: CARD_STRINGS.en.categories,
    storage: STORAGE_STRINGS.en,
    title: 'Glosa settings',
    general: 'Reading',
    enabled: 'Mark terms on pages',
    sites: 'Sites where Glosa is off',
    sitesHelp: 'A host name such as elcomercio.pe',
    siteInput: 'Site',
    addSite: 'Add site',
    removeSite: (site) => `Remove ${site}`,
    invalidSite: 'Enter a host name such as elcomercio.pe.',
    categoriesShown: 'Categories shown',
    highlightStyle: 'Highlight style',
    styleBackground: 'Background',
    styleUnderline: 'Underline',
    firstOccurrenceOnly: 'Mark only the first occurrence of each term',
    language: 'Language',
    languageBrowser: 'Same as the browser',
    explanationLanguage: 'Explanations in',
    explanationLanguagePage: 'The page’s language (Spanish on Spanish pages, else English)',
    theme: 'Theme',
    themeAuto: 'Same as the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    ownTerms: 'Your own terms',
    ownTermsHelp:
      'Marked on pages and found in search at once. Using a bundled term’s name replaces its summary.',
    term: 'Term',
    aliases: 'Other names',
    aliasesHelp: 'Separated by commas',
    category: 'Category',
    summary: 'Summary',
    saveTerm: 'Add term',
    updateTerm: 'Save changes',
    cancel: 'Cancel',
    edit: (term) => `Edit ${term}`,
    remove: (term) => `Delete ${term}`,
    noOwnTerms: 'You have not added any terms yet.',
    exportPack: 'Export terms',
    importPack: 'Import terms',
    imported: (count) => (count === 1 ? 'Imported 1 term.' : `Imported ${count} terms.`),
    saved: 'Saved.',
    termRequired: 'A term needs a name.',
    summaryRequired: 'A term needs a summary.',
    termTaken: (term, owner) => `“${term}” is already a name of your term “${owner}”.`,
    overrides: (term) => `Replaces the bundled summary of “${term}”.`,
    storageFailed: (reason) => `Could not save: ${reason}. Nothing was changed.`,
    packRefused: {
      tooLarge: (max) =>
        `This file is larger than ${max} MB, too large for a glossary pack. Nothing was imported.`,
      notJson: 'This file is not valid JSON (it may be cut short). Nothing was imported.',
      notPack: (at) =>
        `This is not a Glosa glossary pack${at ? ` (the problem is at ${at})` : ''}. Nothing was imported.`,
      claimedTwice: (form) => `“${form}” is a name of two terms in this pack. Nothing was imported.`,
    },
  },
  es: {
    categories: CARD_STRINGS.es.categories,
    storage: STORAGE_STRINGS.es,
    title: 'Ajustes de Glosa',
    general: 'Lectura',
    enabled: 'Marcar términos en las páginas',
    sites: 'Sitios donde Glosa está desactivada',
    sitesHelp: 'Un nombre de host como elcomercio.pe',
    siteInput: 'Sitio',
    addSite: 'Añadir sitio',
    removeSite: (site) => `Quitar ${site}`,
    invalidSite: 'Escribe un nombre de host como elcomercio.pe.',
    categoriesShown: 'Categorías visibles',
    highlightStyle: 'Estilo de marcado',
    styleBackground: 'Fondo',
    styleUnderline: 'Subrayado',
    firstOccurrenceOnly: 'Marcar solo la primera aparición de cada término',
    language: 'Idioma',
    languageBrowser: 'El del navegador',
    explanationLanguage: 'Explicaciones en',
    explanationLanguagePage: 'El idioma de la página (español en páginas en español; si no, inglés)',
    theme: 'Tema',
    themeAuto: 'El del sistema',
    themeLight: 'Claro',
    themeDark: 'Oscuro',
    ownTerms: 'Tus propios términos',
    ownTermsHelp:
      'Se marcan en las páginas y aparecen en la búsqueda al instante. Usar el nombre de un término incluido reemplaza su resumen.',
    term: 'Término',
    aliases: 'Otros nombres',
    aliasesHelp: 'Separados por comas',
    category: 'Categoría',
    summary: 'Resumen',
    saveTerm: 'Añadir término',
    updateTerm: 'Guardar cambios',
    cancel: 'Cancelar',
    edit: (term) => `Editar ${term}`,
    remove: (term) => `Eliminar ${term}`,
    noOwnTerms: 'Aún no has añadido términos.',
    exportPack: 'Exportar términos',
    importPack: 'Importar términos',
    imported: (count) => (count === 1 ? 'Se importó 1 término.' : `Se importaron ${count} términos.`),
    saved: 'Guardado.',
    termRequired: 'Un término necesita un nombre.',
    summaryRequired: 'Un término necesita un resumen.',
    termTaken: (term, owner) => `«${term}» ya es un nombre de tu término «${owner}».`,
    overrides: (term) => `Reemplaza el resumen incluido de «${term}».`,
    storageFailed: (reason) => `No se pudo guardar: ${reason}. No se cambió nada.`,
    packRefused: {
      tooLarge: (max) =>
        `Este archivo ocupa más de ${max} MB, demasiado para un paquete de glosario. No se importó nada.`,
      notJson: 'Este archivo no es JSON válido (puede estar incompleto). No se importó nada.',
      notPack: (at) =>
        `Esto no es un paquete de glosario de Glosa${at ? ` (el problema está en ${at})` : ''}. No se importó nada.`,
      claimedTwice: (form) => `«${form}» es un nombre de dos términos de este paquete. No se importó nada.`,
    },
  },
};

/** Why a pack was not imported, in the reader's language. */
export function packRefusalText(refusal: PackRefusal, strings: OptionsStrings): string {
  const why = strings.packRefused;
  switch (refusal.reason) {
    case 'tooLarge':
      return why.tooLarge(String(Math.round(refusal.maxBytes / 1024 / 1024)));
    case 'notJson':
      return why.notJson;
    case 'notPack':
      return why.notPack(refusal.at);
    case 'claimedTwice':
      return why.claimedTwice(refusal.form);
  }
}
