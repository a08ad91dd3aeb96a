/** A file the reader saves from an extension page (an export). */
export interface SavedFile {
  name: string;
  type: string;
  text: string;
}

/** How long the file's blob URL lives: the browser reads it after the click returns. */
const BLOB_LIFETIME_MS = 60_000;

/** Saves a file through an <a download> on a blob URL: no "downloads" permission needed. */
export function saveFile(file: SavedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_LIFETIME_MS);
}
