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

/**
 * A pause (`pause`, a yield to the page) that, begun while `doc` is being parsed, ends when the parsing
 * does at the latest: the work after it then runs in the DOMContentLoaded task, ahead of the page's
 * first frame, rather than in a task queued behind that frame's layout (on a 2 MB page, ~150 ms).
 */
export function pauseWhileParsing(doc: Document, pause: () => Promise<void>): Promise<void> {
  if (doc.readyState !== 'loading') return pause();
  return Promise.race([pause(), documentParsed(doc)]);
}
