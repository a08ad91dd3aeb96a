import type { Category } from '../core/glossary/schema';
import type { BackupProblem, ImportRefusal } from '../core/notes/import';

/**
 * Every UI string, one table per language. Components take a table as a prop and never hold literal
 * strings. The reader picks the language in the options (browser / English / Español), which
 * browser.i18n cannot switch at run time; the store name and description live in public/_locales.
 */
export interface Messages {
  categories: Record<Category, string>;
  more: string;
  less: string;
  alsoKnownAs: string;
  related: string;
  sources: string;
  addNote: string;
  addNoteAboutTerm: string;
  back: string;
  close: string;
  /** Context menu; %s is the selection (the browser fills it in). */
  lookUpSelection: string;
  popup: {
    searchLabel: string;
    searchPlaceholder: string;
    results: string;
    noResults(query: string): string;
    backToResults: string;
    termsOnPage(count: number): string;
    onForSite(site: string): string;
    offForSite(site: string): string;
    turnOffForSite: string;
    turnOnForSite: string;
    notOnThisPage: string;
    openNotes: string;
    openSettings: string;
  };
  options: {
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
  };
  notes: {
    /** The panel's heading and window title. */
    title: string;
    /** Context menu on a selection in a page. */
    addNoteWithSelection: string;
    /** BCP 47 tag for dates in note cards. */
    locale: string;
    newNote: string;
    /** Contract label of the new-note textbox. */
    noteLabel: string;
    /** Contract label of the new-note button. */
    saveNote: string;
    editNoteLabel: string;
    editingNote: string;
    saveChanges: string;
    cancel: string;
    tags: string;
    tagsPlaceholder: string;
    onThisPage: string;
    onPage(title: string): string;
    passageBelow: string;
    about(terms: string): string;
    removePassage: string;
    /** Unties a draft started from a term (no passage) from that term and page. */
    removeTerms: string;
    whichNotes: string;
    thisPage: string;
    allNotes: string;
    noPageOpen: string;
    noNotesOnPage: string;
    termsOnPage: string;
    noTermsOnPage: string;
    showTermOnPage(term: string): string;
    searchNotes: string;
    groupBy: string;
    groupByPage: string;
    groupByTerm: string;
    noTerm: string;
    noMatches: string;
    noNotes: string;
    showAll(total: number): string;
    showMore(hidden: number): string;
    untitledNote: string;
    edit: string;
    delete: string;
    undo: string;
    showOnPage: string;
    notFoundOnPage: string;
    tagsAndTerms: string;
    /** Contract label of the export button. */
    export: string;
    /** Contract label of the import button. */
    import: string;
    importFileLabel: string;
    exportFormats: { markdown: string; backup: string; annotations: string };
    saved: string;
    updated: string;
    deleted: string;
    restored: string;
    exported(count: number): string;
    imported(added: number, updated: number, unchanged: number): string;
    openPageFirst: string;
    writeFirst: string;
    saveFailed(reason: string): string;
    updateFailed(reason: string): string;
    deleteFailed(reason: string): string;
    restoreFailed(reason: string): string;
    exportFailed(reason: string): string;
    unreadableFile: string;
    /** Why a file was not imported (ImportRefusal, worded by importRefusalText); each says nothing was. */
    importRefused: {
      tooLarge(megabytes: string, maxMegabytes: string): string;
      empty: string;
      notJson: string;
      notJsonNearLine(line: number): string;
      notBackup: string;
      newerVersion: string;
      duplicateId(id: string, note: number): string;
      /** `problem`: one of backupProblems. */
      damaged(problem: string): string;
    };
    /**
     * What is wrong in a damaged backup: `field` as written in the file ("" for a whole note), `note` the
     * note's place in the file (1 = first; 0 for the file's own fields), `limit` the bound exceeded.
     */
    backupProblems: Record<BackupProblem, (field: string, note: number, limit: number) => string>;
    importFailed(reason: string): string;
    noStorageSpace: string;
    databaseClosed: string;
    unknownError: string;
  };
}

/** A backup's field in a sentence: “url” in note 3, note 3 (the note as a whole), “exportedAt”. */
function fieldEn(field: string, note: number): string {
  if (!(note > 0)) return `“${field}”`;
  return field ? `“${field}” in note ${note}` : `note ${note}`;
}

function fieldEs(field: string, note: number): string {
  if (!(note > 0)) return `«${field}»`;
  return field ? `«${field}» de la nota ${note}` : `la nota ${note}`;
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
  addNoteAboutTerm: 'Add note about this term',
  back: 'Back',
  close: 'Close',
  lookUpSelection: 'Look up “%s” in Glosa',
  popup: {
    searchLabel: 'Search glossary',
    searchPlaceholder: 'Search the glossary…',
    results: 'Results',
    noResults: (query) => `No entry matches “${query}”.`,
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
  options: {
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
  },
  notes: {
    title: 'Glosa notes',
    addNoteWithSelection: 'Add note with selection',
    locale: 'en',
    newNote: 'New note',
    noteLabel: 'Note',
    saveNote: 'Save note',
    editNoteLabel: 'Edit note',
    editingNote: 'Editing note',
    saveChanges: 'Save changes',
    cancel: 'Cancel',
    tags: 'Tags',
    tagsPlaceholder: 'peru, elections',
    onThisPage: 'On this page',
    onPage: (title) => `On “${title}”`,
    passageBelow: 'passage below',
    about: (terms) => `About ${terms}`,
    removePassage: 'Remove passage',
    removeTerms: 'Remove term',
    whichNotes: 'Which notes',
    thisPage: 'This page',
    allNotes: 'All notes',
    noPageOpen: 'No web page is open',
    noNotesOnPage: 'No notes on this page yet.',
    termsOnPage: 'Terms on this page',
    noTermsOnPage: 'No glossary terms are marked on this page.',
    showTermOnPage: (term) => `Show “${term}” on the page`,
    searchNotes: 'Search notes',
    groupBy: 'Group by',
    groupByPage: 'Page',
    groupByTerm: 'Term',
    noTerm: 'No term',
    noMatches: 'No notes match.',
    noNotes: 'No notes yet.',
    showAll: (total) => `Show all ${total} notes`,
    showMore: (hidden) => `Show more (${hidden} not shown)`,
    untitledNote: 'Note',
    edit: 'Edit',
    delete: 'Delete',
    undo: 'Undo',
    showOnPage: 'Show on the page',
    notFoundOnPage: 'Not found on this page',
    tagsAndTerms: 'Tags and terms',
    export: 'Export',
    import: 'Import',
    importFileLabel: 'Backup file to import',
    exportFormats: {
      markdown: 'Markdown',
      backup: 'JSON backup',
      annotations: 'Web Annotation (JSON-LD)',
    },
    saved: 'Note saved.',
    updated: 'Note updated.',
    deleted: 'Note deleted.',
    restored: 'Note restored.',
    exported: (count) => (count === 1 ? 'Exported 1 note.' : `Exported ${count} notes.`),
    imported: (added, updated, unchanged) =>
      `Imported ${added} new note${added === 1 ? '' : 's'}, updated ${updated}, kept ${unchanged} unchanged.`,
    openPageFirst: 'Open a web page first: a note belongs to the page you are reading.',
    writeFirst: 'Write a note first.',
    saveFailed: (reason) => `The note could not be saved: ${reason}. Your text is still here; try again.`,
    updateFailed: (reason) =>
      `The changes could not be saved: ${reason}. Your text is still here; try again.`,
    deleteFailed: (reason) => `The note could not be deleted: ${reason}.`,
    restoreFailed: (reason) => `The note could not be restored: ${reason}.`,
    exportFailed: (reason) => `The notes could not be exported: ${reason}.`,
    unreadableFile: 'This file could not be read. Nothing was imported.',
    importRefused: {
      tooLarge: (megabytes, maxMegabytes) =>
        `This file is too large to be a Glosa backup (${megabytes} MB; a backup is at most ${maxMegabytes} MB). Nothing was imported.`,
      empty: 'This file is empty. Nothing was imported.',
      notJson: 'This file is not valid JSON — it may be damaged or cut short. Nothing was imported.',
      notJsonNearLine: (line) =>
        `This file is not valid JSON (the error is near line ${line}) — it may be damaged or cut short. Nothing was imported.`,
      notBackup:
        'This is not a Glosa notes backup (make one with Export, then JSON backup). Nothing was imported.',
      newerVersion:
        'This backup was made by a newer version of Glosa. Update Glosa, then import it again. Nothing was imported.',
      duplicateId: (id, note) =>
        `This backup lists the note ${id} twice (again as note ${note}). Nothing was imported.`,
      damaged: (problem) => `This backup is damaged: ${problem}. Nothing was imported.`,
    },
    backupProblems: {
      missing: (field, note) => `${fieldEn(field, note)} is missing`,
      unknownField: (field, note) => `${fieldEn(field, note)} is not a field Glosa knows`,
      notText: (field, note) => `${fieldEn(field, note)} should be text`,
      notNumber: (field, note) => `${fieldEn(field, note)} should be a number`,
      notList: (field, note) => `${fieldEn(field, note)} should be a list`,
      notObject: (field, note) => `${fieldEn(field, note)} should be a JSON object`,
      unknownValue: (field, note) => `${fieldEn(field, note)} has a value Glosa does not know`,
      empty: (field, note) => `${fieldEn(field, note)} is empty`,
      tooLong: (field, note, limit) => `${fieldEn(field, note)} is longer than ${limit} characters`,
      tooMany: (field, note, limit) => `${fieldEn(field, note)} has more than ${limit} items`,
      notUuid: (field, note) => `${fieldEn(field, note)} is not a note id (a UUID)`,
      notUrl: (field, note) => `${fieldEn(field, note)} is not a web address`,
      notWebPage: (field, note) => `${fieldEn(field, note)} is not an http or https page`,
      badTermId: (field, note) => `${fieldEn(field, note)} is not a term id such as “keiko-fujimori”`,
      notWholeNumber: (field, note) => `${fieldEn(field, note)} is not a whole number`,
      negative: (field, note) => `${fieldEn(field, note)} is negative`,
      tooBig: (field, note) => `${fieldEn(field, note)} is too large`,
      badDate: (field, note) => `${fieldEn(field, note)} is not a date and time`,
      endsBeforeStart: (field, note) => `${fieldEn(field, note)} ends before it starts`,
      updatedBeforeCreated: (field, note) => `${fieldEn(field, note)} was changed before it was created`,
      invalid: (field, note) => `${fieldEn(field, note)} is not valid`,
    },
    importFailed: (reason) => `The backup could not be imported: ${reason}. Nothing was imported.`,
    noStorageSpace: 'there is no storage space left',
    databaseClosed: 'the notes database is closed',
    unknownError: 'an unknown error',
  },
};

export const SPANISH: Messages = {
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
  back: 'Atrás',
  close: 'Cerrar',
  lookUpSelection: 'Buscar «%s» en Glosa',
  popup: {
    searchLabel: 'Buscar en el glosario',
    searchPlaceholder: 'Buscar en el glosario…',
    results: 'Resultados',
    noResults: (query) => `Ninguna entrada coincide con «${query}».`,
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
  options: {
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
  },
  notes: {
    title: 'Notas de Glosa',
    addNoteWithSelection: 'Añadir nota con la selección',
    locale: 'es',
    newNote: 'Nota nueva',
    noteLabel: 'Nota',
    saveNote: 'Guardar nota',
    editNoteLabel: 'Editar nota',
    editingNote: 'Editando nota',
    saveChanges: 'Guardar cambios',
    cancel: 'Cancelar',
    tags: 'Etiquetas',
    tagsPlaceholder: 'perú, elecciones',
    onThisPage: 'En esta página',
    onPage: (title) => `En «${title}»`,
    passageBelow: 'pasaje abajo',
    about: (terms) => `Sobre ${terms}`,
    removePassage: 'Quitar pasaje',
    removeTerms: 'Quitar término',
    whichNotes: 'Qué notas',
    thisPage: 'Esta página',
    allNotes: 'Todas las notas',
    noPageOpen: 'No hay ninguna página web abierta',
    noNotesOnPage: 'Aún no hay notas en esta página.',
    termsOnPage: 'Términos en esta página',
    noTermsOnPage: 'No hay términos del glosario marcados en esta página.',
    showTermOnPage: (term) => `Mostrar «${term}» en la página`,
    searchNotes: 'Buscar notas',
    groupBy: 'Agrupar por',
    groupByPage: 'Página',
    groupByTerm: 'Término',
    noTerm: 'Sin término',
    noMatches: 'Ninguna nota coincide.',
    noNotes: 'Aún no hay notas.',
    showAll: (total) => `Mostrar las ${total} notas`,
    showMore: (hidden) => `Mostrar más (faltan ${hidden})`,
    untitledNote: 'Nota',
    edit: 'Editar',
    delete: 'Eliminar',
    undo: 'Deshacer',
    showOnPage: 'Mostrar en la página',
    notFoundOnPage: 'No se encontró en esta página',
    tagsAndTerms: 'Etiquetas y términos',
    export: 'Exportar',
    import: 'Importar',
    importFileLabel: 'Archivo de copia de seguridad para importar',
    exportFormats: {
      markdown: 'Texto Markdown',
      backup: 'Copia de seguridad JSON',
      annotations: 'Anotaciones web (JSON-LD)',
    },
    saved: 'Nota guardada.',
    updated: 'Nota actualizada.',
    deleted: 'Nota eliminada.',
    restored: 'Nota restaurada.',
    exported: (count) => (count === 1 ? 'Se exportó 1 nota.' : `Se exportaron ${count} notas.`),
    imported: (added, updated, unchanged) =>
      `Notas nuevas importadas: ${added}; actualizadas: ${updated}; sin cambios: ${unchanged}.`,
    openPageFirst: 'Abre primero una página web: cada nota pertenece a la página que estás leyendo.',
    writeFirst: 'Escribe primero la nota.',
    saveFailed: (reason) => `No se pudo guardar la nota: ${reason}. Tu texto sigue aquí; inténtalo de nuevo.`,
    updateFailed: (reason) =>
      `No se pudieron guardar los cambios: ${reason}. Tu texto sigue aquí; inténtalo de nuevo.`,
    deleteFailed: (reason) => `No se pudo eliminar la nota: ${reason}.`,
    restoreFailed: (reason) => `No se pudo restaurar la nota: ${reason}.`,
    exportFailed: (reason) => `No se pudieron exportar las notas: ${reason}.`,
    unreadableFile: 'No se pudo leer este archivo. No se importó nada.',
    importRefused: {
      tooLarge: (megabytes, maxMegabytes) =>
        `Este archivo es demasiado grande para ser una copia de seguridad de Glosa (${megabytes} MB; una copia ocupa como máximo ${maxMegabytes} MB). No se importó nada.`,
      empty: 'Este archivo está vacío. No se importó nada.',
      notJson: 'Este archivo no es JSON válido: puede estar dañado o incompleto. No se importó nada.',
      notJsonNearLine: (line) =>
        `Este archivo no es JSON válido (el error está cerca de la línea ${line}): puede estar dañado o incompleto. No se importó nada.`,
      notBackup:
        'Esto no es una copia de seguridad de notas de Glosa (créala con Exportar y luego Copia de seguridad JSON). No se importó nada.',
      newerVersion:
        'Esta copia de seguridad se hizo con una versión más reciente de Glosa. Actualiza Glosa y vuelve a importarla. No se importó nada.',
      duplicateId: (id, note) =>
        `Esta copia de seguridad incluye dos veces la nota ${id} (de nuevo como nota ${note}). No se importó nada.`,
      damaged: (problem) => `Esta copia de seguridad está dañada: ${problem}. No se importó nada.`,
    },
    backupProblems: {
      missing: (field, note) => `falta ${fieldEs(field, note)}`,
      unknownField: (field, note) => `${fieldEs(field, note)} no es un campo que Glosa conozca`,
      notText: (field, note) => `${fieldEs(field, note)} debería ser texto`,
      notNumber: (field, note) => `${fieldEs(field, note)} debería ser un número`,
      notList: (field, note) => `${fieldEs(field, note)} debería ser una lista`,
      notObject: (field, note) => `${fieldEs(field, note)} debería ser un objeto JSON`,
      unknownValue: (field, note) => `${fieldEs(field, note)} tiene un valor que Glosa no conoce`,
      empty: (field, note) => `${fieldEs(field, note)} no tiene contenido`,
      tooLong: (field, note, limit) => `${fieldEs(field, note)} tiene más de ${limit} caracteres`,
      tooMany: (field, note, limit) => `${fieldEs(field, note)} tiene más de ${limit} elementos`,
      notUuid: (field, note) => `${fieldEs(field, note)} no es un identificador de nota (UUID)`,
      notUrl: (field, note) => `${fieldEs(field, note)} no es una dirección web`,
      notWebPage: (field, note) => `${fieldEs(field, note)} no es una página http o https`,
      badTermId: (field, note) =>
        `${fieldEs(field, note)} no es un identificador de término como «keiko-fujimori»`,
      notWholeNumber: (field, note) => `${fieldEs(field, note)} no es un número entero`,
      negative: (field, note) => `${fieldEs(field, note)} es un número negativo`,
      tooBig: (field, note) => `${fieldEs(field, note)} es un número demasiado grande`,
      badDate: (field, note) => `${fieldEs(field, note)} no es una fecha y hora`,
      endsBeforeStart: (field, note) => `${fieldEs(field, note)} termina antes de empezar`,
      updatedBeforeCreated: (field, note) => `${fieldEs(field, note)} se modificó antes de crearse`,
      invalid: (field, note) => `${fieldEs(field, note)} tiene un valor no válido`,
    },
    importFailed: (reason) => `No se pudo importar la copia de seguridad: ${reason}. No se importó nada.`,
    noStorageSpace: 'no queda espacio de almacenamiento',
    databaseClosed: 'la base de datos de notas está cerrada',
    unknownError: 'un error desconocido',
  },
};

/** The table for a language setting; "browser" follows the browser's UI language. */
export function messagesFor(choice: 'browser' | 'en' | 'es', browserLanguage: string): Messages {
  const language = choice === 'browser' ? browserLanguage.toLowerCase().slice(0, 2) : choice;
  return language === 'es' ? SPANISH : ENGLISH;
}

/** Why a backup was not imported, in the reader's language (`text`: the notes table of Messages). */
export function importRefusalText(refusal: ImportRefusal, text: Messages['notes']): string {
  const why = text.importRefused;
  switch (refusal.reason) {
    case 'tooLarge': {
      const megabytes = new Intl.NumberFormat(text.locale, { maximumFractionDigits: 1 });
      const mb = (bytes: number) => megabytes.format(bytes / 1024 / 1024);
      return why.tooLarge(mb(refusal.bytes), mb(refusal.maxBytes));
    }
    case 'empty':
      return why.empty;
    case 'notJson':
      return refusal.line === undefined ? why.notJson : why.notJsonNearLine(refusal.line);
    case 'notBackup':
      return why.notBackup;
    case 'newerVersion':
      return why.newerVersion;
    case 'duplicateId':
      return why.duplicateId(refusal.id, refusal.note);
    case 'damaged':
      return why.damaged(
        text.backupProblems[refusal.problem](refusal.field, refusal.note ?? 0, refusal.limit ?? 0),
      );
  }
}
