import type { ExportFormat } from '../../components/NotesExportImport';
import {
  notesToBackup,
  notesToMarkdown,
  notesToWebAnnotations,
  type TermNameOf,
} from '../../core/notes/export';
import type { NoteFields } from '../../core/notes/note-model';

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

/** Saves a file through an <a download> on a blob URL: no downloads permission needed. */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; give it time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
