import type { BackupProblem, ImportRefusal } from '../../core/notes/import';
import { CARD_STRINGS, type CardStrings } from './card';
import type { Translated } from './language';
import { STORAGE_STRINGS, type StorageStrings } from './storage';

/** The notes panel's words. */
export interface NotesStrings {
  card: CardStrings;
  storage: StorageStrings;
  /** The panel's heading and window title. */
  title: string;
  /** Context menu on a selection in a page. */
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
  /** A note started on a page while another was being typed: the reader chooses (never silently). */
  passageArrived(title: string): string;
  useNewPassage: string;
  keepCurrentPassage: string;
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

export const NOTES_STRINGS: Translated<NotesStrings> = {
  en: {
    card: CARD_STRINGS.en,
    storage: STORAGE_STRINGS.en,
    title: 'Glosa notes',
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
    passageArrived: (title) => `A new passage from “${title}” arrived while you were writing this note.`,
    useNewPassage: 'Use it for this note',
    keepCurrentPassage: 'Keep this note as it is',
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
  },
  es: {
    card: CARD_STRINGS.es,
    storage: STORAGE_STRINGS.es,
    title: 'Notas de Glosa',
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
    passageArrived: (title) => `Llegó un pasaje nuevo de «${title}» mientras escribías esta nota.`,
    useNewPassage: 'Usarlo en esta nota',
    keepCurrentPassage: 'Dejar esta nota como está',
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
  },
};

/** Why a backup was not imported, in the reader's language. */
export function importRefusalText(refusal: ImportRefusal, text: NotesStrings): string {
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
