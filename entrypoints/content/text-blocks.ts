/**
 * Collects a page's readable text as blocks: runs of text nodes that a reader sees as one flow
 * (a paragraph, a heading, a list item). Inline markup does not split a block, so a term written as
 * `Sendero <em>Luminoso</em>` is one piece of text; block elements and <br> do split.
 */

/** Subtrees whose text is not prose a reader is reading, or is not Glosa's to touch. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'GLOSA-POPOVER',
]);

/** Elements that flow inside a line; every other element starts and ends a block. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'RP',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

export interface TextBlock {
  /** The block's text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]` begins in `text`. */
  starts: number[];
  text: string;
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  // The editable region's root decides; `isContentEditable` also covers inherited editability.
  return (element as HTMLElement).isContentEditable === true;
}

function isBlockBoundary(element: Element): boolean {
  return !INLINE_TAGS.has(element.tagName.toUpperCase());
}

/** True when `node` or an ancestor is a region Glosa never reads (a form field, code, an editor…). */
export function isInsideSkipped(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType === 1 && isSkipped(current as Element)) return true;
  }
  return false;
}

/**
 * The smallest element whose subtree holds every block that `node` belongs to: the nearest ancestor
 * (or self) that is a block element. Rescanning it after a change re-reads exactly the affected text.
 */
export function blockContainerOf(node: Node): Element | undefined {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType === 1 && isBlockBoundary(current as Element)) return current as Element;
  }
  return node.ownerDocument?.documentElement ?? undefined;
}

class BlockBuilder {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;

  add(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  /** Ends the current block; returns it unless it holds only whitespace. */
  flush(): TextBlock | undefined {
    if (this.nodes.length === 0) return undefined;
    const text = this.parts.join('');
    const block = { nodes: this.nodes, starts: this.starts, text };
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    return /\S/.test(text) ? block : undefined;
  }
}

/**
 * Walks `root` (an element, a document or a shadow root) without recursion, so a hostile page with
 * very deep nesting cannot overflow the stack, yielding blocks as it goes so a caller can pause
 * between them. Open shadow roots met on the way are reported to `onShadowRoot`, not entered: a
 * Range cannot span two trees, and each shadow root is scanned as a root of its own.
 */
export function* walkTextBlocks(
  root: Node,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  const builder = new BlockBuilder();
  // Each stack item is a node to visit, or a marker (null) that a block element ends.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      const block = builder.flush();
      if (block) yield block;
      continue;
    }
    if (node.nodeType === 3) {
      builder.add(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      const shadow = element.shadowRoot;
      if (shadow && onShadowRoot) onShadowRoot(shadow);
      if (isSkipped(element) || element.tagName.toUpperCase() === 'BR') {
        const block = builder.flush();
        if (block) yield block;
        continue;
      }
      if (isBlockBoundary(element)) {
        const block = builder.flush();
        if (block) yield block;
        stack.push(null);
      }
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions, doctypes
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  const last = builder.flush();
  if (last) yield last;
}

/** Every block under `root`, at once (tests and small subtrees). */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)];
}
