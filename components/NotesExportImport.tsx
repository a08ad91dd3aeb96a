import { useRef, useState } from 'preact/hooks';
import type { Messages } from './messages';

export type ExportFormat = 'markdown' | 'backup' | 'annotations';

/** The order the export choices are offered in. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'backup', 'annotations'];

export interface NotesExportImportProps {
  messages: Messages;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

/** "Export" opens the three formats; "Import" picks a JSON backup file. */
export function NotesExportImport({ messages, onExport, onImport }: NotesExportImportProps) {
  const [open, setOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const text = messages.notes;
  return (
    <div class="export-import">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="glosa-export-choices"
        onClick={() => setOpen(!open)}
      >
        {text.export}
      </button>
      <button type="button" onClick={() => fileInput.current?.click()}>
        {text.import}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={text.importFileLabel}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      {open && (
        <ul id="glosa-export-choices" class="export-import__choices">
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onExport(format);
                }}
              >
                {text.exportFormats[format]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
