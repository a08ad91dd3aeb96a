import { notesToBackup, notesToMarkdown, notesToWebAnnotations, type TermNameOf } from './export';
import type { NoteFields } from './note-model';

export type ExportFormat = 'markdown' | 'backup' | 'annotations';

/** The order the export choices are offered in. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'backup', 'annotations'];

/** A file to save: its name (dated), media type and text. */
export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export function buildExport(
  format: ExportFormat,
  notes: readonly NoteFields[],
  termName: TermNameOf,
  now = new Date(),
): ExportFile {
  const day = now.toISOString().slice(0, 10);
  switch (format) {
    case 'markdown':
      return {
        name: `glosa-notes-${day}.md`,
        type: 'text/markdown',
        text: notesToMarkdown(notes, termName, now),
      };
    case 'backup':
      return {
        name: `glosa-notes-backup-${day}.json`,
        type: 'application/json',
        text: JSON.stringify(notesToBackup(notes, now), null, 2),
      };
    case 'annotations':
      return {
        name: `glosa-notes-${day}.jsonld`,
        type: 'application/ld+json',
        text: JSON.stringify(notesToWebAnnotations(notes, termName), null, 2),
      };
  }
}
