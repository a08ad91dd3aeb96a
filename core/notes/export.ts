/**
 * The three export formats: Markdown to read, the JSON backup to restore, and W3C Web Annotation
 * JSON-LD for other annotation tools. All are plain text built from note data; nothing is HTML.
 */

import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupNote } from './backup';
import type { NoteFields } from './note-model';

export type TermNameOf = (termId: string) => string;

function byPage(notes: readonly NoteFields[]): Map<string, NoteFields[]> {
  const pages = new Map<string, NoteFields[]>();
  for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) {
    const list = pages.get(note.url);
    if (list) list.push(note);
    else pages.set(note.url, [note]);
  }
  return pages;
}

/** One line of text for Markdown: no line breaks, and characters that would start markup escaped. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}

/**
 * A URL for a Markdown autolink: anything that could end the link or start markup (angle brackets,
 * white space, control characters, backslashes) is percent-encoded, whatever a backup file held.
 */
function autolinkSafe(url: string): string {
  return url.replace(/[<>\s\\\p{Cc}]/gu, (character) => encodeURIComponent(character));
}

function blockquote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${inline(line)}`.trimEnd())
    .join('\n');
}

function paragraph(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => inline(line))
    .join('  \n');
}

export function notesToMarkdown(
  notes: readonly NoteFields[],
  termName: TermNameOf,
  now = new Date(),
): string {
  const out = [
    `# Glosa notes`,
    '',
    `Exported ${now.toISOString()} · ${notes.length} note${notes.length === 1 ? '' : 's'}`,
    '',
  ];
  for (const [url, pageNotes] of byPage(notes)) {
    out.push(`## ${inline(pageNotes[0]?.title || url)}`, '', `<${autolinkSafe(url)}>`, '');
    for (const note of pageNotes) {
      if (note.passage) out.push(blockquote(note.passage.quote.exact), '');
      if (note.body) out.push(paragraph(note.body), '');
      if (note.tags.length > 0) out.push(`Tags: ${note.tags.map((tag) => `#${inline(tag)}`).join(' ')}`, '');
      if (note.termIds.length > 0)
        out.push(`Terms: ${note.termIds.map((id) => inline(termName(id))).join(', ')}`, '');
      out.push(`*${new Date(note.updatedAt).toISOString()}*`, '', '---', '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function notesToBackup(notes: readonly NoteFields[], now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    notes: notes.map(backupNote),
  };
}

export function notesToWebAnnotations(notes: readonly NoteFields[], termName: TermNameOf): object {
  const items = notes.map((note) => {
    const body: object[] = [];
    if (note.body)
      body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
    for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
    for (const termId of note.termIds) {
      body.push({ type: 'TextualBody', value: termName(termId), purpose: 'identifying' });
    }
    const selector = note.passage
      ? [
          { type: 'TextQuoteSelector', ...note.passage.quote },
          { type: 'TextPositionSelector', ...note.passage.position },
        ]
      : undefined;
    return {
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: new Date(note.createdAt).toISOString(),
      modified: new Date(note.updatedAt).toISOString(),
      body,
      target: selector ? { source: note.url, selector } : { source: note.url },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Glosa notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
