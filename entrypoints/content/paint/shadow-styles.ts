/** One constructed sheet per document, shared by every shadow root in it. */
let sheet: CSSStyleSheet | undefined;

/**
 * Highlight styles must be inside a shadow tree to paint its text. The sheet is adopted (appended to
 * the page's own adopted sheets), so no node is added to the page's tree.
 */
export function styleShadowRoot(shadow: ShadowRoot, css: string): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    if (!shadow.adoptedStyleSheets.includes(sheet))
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // Firefox content scripts cannot adopt constructed sheets into page trees (bug 1770592): the
    // terms are still marked and explained there, just not painted.
  }
}
