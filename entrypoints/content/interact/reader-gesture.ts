/**
 * Whether an event is the reader's own doing: dispatched by the browser from real input. A page's
 * scripts can dispatch clicks, keys and pointer moves, but never trusted ones (and a trusted click is
 * what grants the page's user activation, which opening the notes panel needs). Only then does Glosa
 * open, navigate or act.
 */
export function isReaderGesture(event: Event): boolean {
  return event.isTrusted;
}
