/**
 * Collects a page's readable text as blocks: runs of text nodes that a reader sees as one flow
 * (a paragraph, a heading, a list item). Inline markup does not split a block, so a term written as
 * `Sendero <em>Luminoso</em>` is one piece of text; block elements and <br> do split.
 */

/** Subtrees whose text is not prose a reader is reading, or is not Glosa's to touch (by localName). */
const SKIPPED_TAGS = new Set(
  (
    'script style noscript template textarea input select option button iframe object embed ' +
    'canvas svg math code pre kbd samp glosa-popover'
  ).split(' '),
);

/** Elements that flow inside a line (by localName); every other element starts and ends a block. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  'rp',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/**
 * The elements that can hold a shadow root besides custom elements (names with a hyphen): the DOM
 * standard's list for attachShadow and declarative shadow roots. Others are not asked for one.
 */
const SHADOW_HOST_TAGS = new Set(
  ('article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section ' + 'span').split(
    ' ',
  ),
);

export interface TextBlock {
  /** The block element holding the text (see blockContainerOf). */
  container: Element;
  /** The block's text nodes, in document order (none when the block was read whole). */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
  text: string;
  /**
   * True when the block is all the text of its container, read in one call (see walkTextBlocks'
   * `readWhole`): its text nodes are not listed, WholeBlockNodes finds them when they are needed.
   */
  readWhole?: true;
  /**
   * Which walk read the block (one walkTextBlocks call) and its place in that walk, in document order:
   * two marks of one walk are put in reading order by these, without a DOM call each (thousands of
   * them on a long page, tens of milliseconds from a content script's world).
   */
  walk: number;
  order: number;
}

/** A block's text nodes and where each begins in its text: `starts[i]` for `nodes[i]`. */
interface BlockNodes {
  nodes: readonly Text[];
  starts: readonly number[];
}

/**
 * Where characters of a block's text lie among its text nodes: from `startOffset` in the first node to
 * `endOffset` in the last.
 */
export interface NodePlace {
  /** Every text node the characters touch (a term may cross inline markup), in order. */
  nodes: readonly Text[];
  startOffset: number;
  endOffset: number;
}

/** Index of the node of `block` that holds character `offset` (binary search over starts). */
export function nodeIndexAt(block: Pick<BlockNodes, 'starts'>, offset: number): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((block.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Where characters [start, end) of `block`'s text lie among its text nodes (no nodes: none left). */
export function placeInBlock(block: BlockNodes, start: number, end: number): NodePlace {
  const first = nodeIndexAt(block, start);
  const last = nodeIndexAt(block, Math.max(start, end - 1));
  return {
    nodes: block.nodes.slice(first, last + 1),
    startOffset: start - (block.starts[first] ?? 0),
    endOffset: end - (block.starts[last] ?? 0),
  };
}

/**
 * The root of an editable region, by its attribute: `isContentEditable` would make the browser bring
 * the page's styles up to date on every call while the page is still changing. Editability inherited
 * from an ancestor is covered too, since every walk stops at (or checks for) that ancestor.
 */
function isEditableRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || isEditableRoot(element);
}

/** `name` is the element's localName, when the caller has read it already. */
function isBlockBoundary(element: Element, name = element.localName): boolean {
  return !INLINE_TAGS.has(name);
}

/** Whether `node` is an element that starts and ends a block (not inline content). */
export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && isBlockBoundary(node as Element);
}

/**
 * True when `node` or an ancestor (across shadow roots, to their hosts) is a region Glosa never reads
 * (a form field, code, an editor…).
 */
export function isInsideSkipped(node: Node): boolean {
  // A document in design mode is one editor.
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let current: Node | null = node; current; current = current.parentNode ?? hostOf(current)) {
    if (current.nodeType === 1 && isSkipped(current as Element)) return true;
  }
  return false;
}

function hostOf(node: Node): Element | null {
  return node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null;
}

/**
 * What must be read again when `node` changes: the nearest block element (itself included), or the
 * shadow root or document it lies in directly when no block element holds it in its own tree.
 */
export function rereadRootOf(node: Node): Node | undefined {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (isBlockElement(current) || current.nodeType === 11 || current.nodeType === 9) return current;
  }
  return undefined;
}

/**
 * The smallest element whose subtree holds every block that `node` belongs to: the nearest ancestor
 * (or self) that is a block element; for text right inside a shadow tree, its host's place on the page.
 */
export function blockContainerOf(node: Node): Element | undefined {
  const root = rereadRootOf(node);
  if (root?.nodeType === 1) return root as Element;
  return (root && hostOf(root)) ?? node.ownerDocument?.documentElement ?? undefined;
}

/**
 * The editable roots under `root`, from one query rather than an attribute read per element walked
 * (each DOM read from the content script's world costs a wrapper: ~10 ms over a 2 MB page).
 */
function editableRootsUnder(root: Node): Set<Element> {
  const roots = new Set<Element>();
  if (!('querySelectorAll' in root)) return roots;
  for (const element of (root as ParentNode).querySelectorAll('[contenteditable]')) {
    if (isEditableRoot(element)) roots.add(element);
  }
  return roots;
}

const NOT_BLANK = /\S/;

/**
 * Matches a descendant that keeps an element from being read whole: anything but inline content (a
 * nested block, a <br>, a skipped region), an editor, and spans, the one inline element that may hold a
 * shadow root (which a whole read would not see).
 */
const NOT_WHOLE_SELECTOR = `:not(${[...INLINE_TAGS].filter((name) => name !== 'span').join()}), span, [contenteditable]`;

const NO_NODES: Text[] = [];
const NO_STARTS: number[] = [];

/**
 * The text nodes of a block read whole, found the first time a mark of it needs them (painting near the
 * viewport, hit-testing): most blocks of a long page never do.
 */
export class WholeBlockNodes {
  private found: { nodes: Text[]; starts: number[] } | undefined;

  constructor(readonly container: Element) {}

  /** Where characters [start, end) of the container's text lie among its text nodes. */
  place(start: number, end: number): NodePlace {
    return placeInBlock(this.textNodes(), start, end);
  }

  private textNodes(): BlockNodes {
    if (!this.found) {
      const nodes: Text[] = [];
      const starts: number[] = [];
      let length = 0;
      const walker = this.container.ownerDocument.createTreeWalker(this.container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        starts.push(length);
        length += (node as Text).data.length;
      }
      this.found = { nodes, starts };
    }
    return this.found;
  }
}

/** Walks so far: each walk's number tells its blocks from another walk's. */
let walks = 0;

class BlockBuilder {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private readonly walk = ++walks;
  private blocks = 0;

  constructor(private readonly includeBlank: boolean) {}

  /** A block read whole, numbered in this walk's order like the built ones. */
  whole(container: Element, text: string): TextBlock {
    const order = this.blocks++;
    return { container, nodes: NO_NODES, starts: NO_STARTS, text, readWhole: true, walk: this.walk, order };
  }

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0 && !this.includeBlank) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /**
   * Ends the current block, held by `container`; returns it unless it holds only whitespace (and
   * blank ones are not wanted). Most blocks a page has are the line breaks between its elements: they
   * are told apart before any text is joined, and their arrays are reused.
   */
  flush(container: Element): TextBlock | undefined {
    if (this.nodes.length === 0) return undefined;
    if (!this.includeBlank && !this.parts.some((part) => NOT_BLANK.test(part))) {
      this.nodes.length = 0;
      this.starts.length = 0;
      this.parts.length = 0;
      this.length = 0;
      return undefined;
    }
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    const { nodes, starts, walk } = this;
    const block: TextBlock = { container, nodes, starts, text, walk, order: this.blocks++ };
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    return block;
  }
}

/**
 * Walks `root` (an element, a document or a shadow root) without recursion, so a hostile page with
 * very deep nesting cannot overflow the stack, yielding blocks as it goes so a caller can pause
 * between them. Open shadow roots met on the way are reported to `onShadowRoot`, not entered: a
 * Range cannot span two trees, and each shadow root is scanned as a root of its own. With
 * `includeBlank`, blocks of only whitespace and empty text nodes come too: reading text again after a
 * change must see text that became blank. With `readWhole`, a block element holding nothing but inline
 * content (no span, no editor) is read in one call, its textContent: from a content script every node
 * visited costs a wrapper, and such paragraphs are most of an article.
 */
export function* walkTextBlocks(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
  includeBlank = false,
  readWhole = false,
): Generator<TextBlock> {
  const builder = new BlockBuilder(includeBlank);
  const editableRoots = editableRootsUnder(root);
  // The block elements entered and not yet left; text outside them belongs to the root's container.
  const openBlocks: Element[] = [];
  const rootContainer = blockContainerOf(root) ?? (root as Element);
  const container = () => openBlocks[openBlocks.length - 1] ?? rootContainer;
  // Each stack item is a node to visit, or a marker (null) that a block element ends.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      const block = builder.flush(container());
      openBlocks.pop();
      if (block) yield block;
      continue;
    }
    const type = node.nodeType;
    if (type === 3) {
      builder.add(node as Text);
      continue;
    }
    if (type === 1) {
      const element = node as Element;
      // Read once: every DOM read from a content script's world costs more than in the page's own.
      const name = element.localName;
      const shadow =
        (onShadowRoot || readWhole) && (SHADOW_HOST_TAGS.has(name) || name.includes('-'))
          ? element.shadowRoot
          : null;
      if (shadow) onShadowRoot?.(shadow);
      const skipped =
        SKIPPED_TAGS.has(name) ||
        (editableRoots.size > 0 && editableRoots.has(element)) ||
        (element === root && isEditableRoot(element));
      if (name === 'br' || skipped) {
        const block = builder.flush(container());
        if (block) yield block;
        continue;
      }
      if (isBlockBoundary(element, name)) {
        const block = builder.flush(container());
        if (block) yield block;
        // Not a shadow host: text loose in its shadow tree counts as its own (see blockContainerOf).
        if (readWhole && !shadow && element.querySelector(NOT_WHOLE_SELECTOR) === null) {
          const text = element.textContent ?? '';
          if (includeBlank || NOT_BLANK.test(text)) yield builder.whole(element, text);
          continue;
        }
        openBlocks.push(element);
        stack.push(null);
      }
    } else if (type !== 9 && type !== 11) {
      continue; // comments, processing instructions, doctypes
    }
    // Siblings, not childNodes: no NodeList is made per element (each costs a wrapper in this world).
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  const last = builder.flush(container());
  if (last) yield last;
}

/** Every block under `root`, at once (tests and small subtrees). */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)];
}
