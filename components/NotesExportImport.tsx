import { useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../core/notes/export-file';
import type { NotesStrings } from './strings/notes';

export interface NotesExportImportProps {
  text: NotesStrings;
  onExport(format: ExportFormat): void;
  onImport(file: File): void;
}

/** "Export" opens the three formats; "Import" picks a JSON backup file. */
export function NotesExportImport({ text, onExport, onImport }: NotesExportImportProps) {
  const [open, setOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
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
