/**
 * Resolves once `doc` is parsed (the browser's own DOMContentLoaded), at once if it already is. A
 * DOMContentLoaded the page dispatches itself is not the browser's and changes nothing.
 */
export function documentParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const parsed = (event: Event) => {
      if (!event.isTrusted) return;
      doc.removeEventListener('DOMContentLoaded', parsed);
      resolve();
    };
    doc.addEventListener('DOMContentLoaded', parsed);
  });
}
