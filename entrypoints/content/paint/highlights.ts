import type { HighlightStyle } from '../../../core/settings';

/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM is never touched. One name per
 * highlight style, each styled in style.css; only the current style's name is registered. The registry
 * is the page's too (its scripts can read it), so only the bundled glossary's public terms go here;
 * what is private to the reader is painted in Glosa's closed shadow root (host/private-marks.ts).
 */
export const TERM_HIGHLIGHTS: Readonly<Record<HighlightStyle, string>> = {
  background: 'glosa-term',
  underline: 'glosa-term-underline',
};

/** What this script registered, so that it removes only its own (an orphaned older copy must not clear a newer one's). */
const registered = new Map<string, Highlight>();

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function unregister(name: string): void {
  const mine = registered.get(name);
  if (mine && CSS.highlights.get(name) === mine) CSS.highlights.delete(name);
  registered.delete(name);
}

export function paintTerms(ranges: readonly Range[], style: HighlightStyle): void {
  if (!highlightsSupported()) return;
  for (const [name, registeredName] of Object.entries(TERM_HIGHLIGHTS)) {
    if (name !== style) unregister(registeredName);
  }
  const highlight = new Highlight(...ranges);
  CSS.highlights.set(TERM_HIGHLIGHTS[style], highlight);
  registered.set(TERM_HIGHLIGHTS[style], highlight);
}

export function clearTerms(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(TERM_HIGHLIGHTS)) unregister(name);
}
