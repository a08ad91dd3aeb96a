import type { HighlightStyle } from '../../../core/settings';

/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM is never touched. One name per
 * highlight style, each styled in style.css; only the current style's name is registered.
 */
export const TERM_HIGHLIGHTS: Readonly<Record<HighlightStyle, string>> = {
  background: 'glosa-term',
  underline: 'glosa-term-underline',
};

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintTerms(ranges: readonly Range[], style: HighlightStyle): void {
  if (!highlightsSupported()) return;
  for (const [name, registered] of Object.entries(TERM_HIGHLIGHTS)) {
    if (name !== style) CSS.highlights.delete(registered);
  }
  CSS.highlights.set(TERM_HIGHLIGHTS[style], new Highlight(...ranges));
}

export function clearTerms(): void {
  if (!highlightsSupported()) return;
  for (const registered of Object.values(TERM_HIGHLIGHTS)) CSS.highlights.delete(registered);
}
