/**
 * Runs in the page (main world): the text of every range Glosa registered, per highlight name.
 * Kept as a plain function so both Playwright and Puppeteer can serialize it.
 */
export function readGlosaHighlights(prefix: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    const texts: string[] = [];
    highlight.forEach((range) => {
      texts.push((range as Range).toString());
    });
    found[name] = texts;
  });
  return found;
}

/** All term highlight texts, flattened, in registration order. */
export function flattenHighlights(byName: Record<string, string[]>): string[] {
  return Object.values(byName).flat();
}
