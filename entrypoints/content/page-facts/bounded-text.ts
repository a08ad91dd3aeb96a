/**
 * Reads the first characters of an element's text without reading all of it: `textContent` of a huge
 * page (or of a hostile `<time>` holding a whole page) would build the whole string first.
 */

/** Subtrees whose text is never prose (by localName). */
const NOT_TEXT = new Set('script style noscript template textarea select svg math iframe'.split(' '));

/** Elements visited before giving up: a page of a million empty spans must not hold the reader. */
const DEFAULT_MAX_NODES = 20_000;

export interface LeadingTextOptions {
  /** Subtrees to leave out besides scripts, styles and the like. */
  skip?: (element: Element) => boolean;
  /** Put between text nodes: '' inside one element, ' ' across a page where nodes are often words. */
  separator?: string;
  maxNodes?: number;
}

/** The text of `root`'s first text nodes in document order, at most `maxChars` characters. */
export function leadingText(root: Node, maxChars: number, options: LeadingTextOptions = {}): string {
  const doc = root.ownerDocument ?? (root as Document);
  const separator = options.separator ?? '';
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = walker.nextNode();
  while (node && length < maxChars && visited++ < maxNodes) {
    if (node.nodeType === 1 && isSkipped(node as Element, options.skip)) {
      node = nextOutside(walker);
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.trim() !== '') {
        const piece = (parts.length > 0 ? separator : '') + data;
        const kept = piece.slice(0, maxChars - length);
        parts.push(kept);
        length += kept.length;
      }
    }
    node = walker.nextNode();
  }
  return parts.join('');
}

function isSkipped(element: Element, skip: ((element: Element) => boolean) | undefined): boolean {
  return NOT_TEXT.has(element.localName) || (skip?.(element) ?? false);
}

/** The next node after the walker's current one that is not inside it, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  const sibling = walker.nextSibling();
  if (sibling) return sibling;
  while (walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next;
  }
  return null;
}
