/**
 * happy-dom has no CSS Custom Highlight API. A minimal stand-in: `CSS.highlights` is a Map of names to
 * highlights, and a Highlight is a set of ranges, which is all Glosa uses of them.
 */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';

  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** The registry, counting what was registered so a test can tell a repaint from none. */
export class FakeHighlightRegistry extends Map<string, FakeHighlight> {
  /** How many times a highlight was registered (each is a rendering update in a real browser). */
  sets = 0;

  override set(name: string, highlight: FakeHighlight): this {
    this.sets++;
    return super.set(name, highlight);
  }

  /** The text of each range registered under `name`, in document order. */
  texts(name: string): string[] {
    const ranges = [...(this.get(name) ?? [])] as Range[];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => range.toString());
  }
}

/** Replaces a global for the test, and gives back a function that puts the original back. */
function replaceGlobal(name: string, value: unknown): () => void {
  const original = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return () => {
    if (original) Object.defineProperty(globalThis, name, original);
    else delete (globalThis as Record<string, unknown>)[name];
  };
}

/**
 * Puts the fake API on the global scope (as the content script sees it) and returns the registry and
 * a function that takes it away again. happy-dom makes a new `CSS` object at each read of the global,
 * so a single one, with `highlights`, replaces it meanwhile.
 */
export function installFakeHighlights(): { highlights: FakeHighlightRegistry; uninstall(): void } {
  const highlights = new FakeHighlightRegistry();
  const css = Object.assign(Object.create((globalThis as { CSS?: object }).CSS ?? null), { highlights });
  const restore = [replaceGlobal('CSS', css), replaceGlobal('Highlight', FakeHighlight)];
  return {
    highlights,
    uninstall() {
      for (const undo of restore.reverse()) undo();
    },
  };
}
