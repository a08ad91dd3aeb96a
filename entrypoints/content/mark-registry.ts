import type { TermMatch } from '../../core/matcher';
import { blockContainerOf, nodeIndexAt, type TextBlock } from './text-blocks';

/**
 * One marked term on the page: exactly the matched characters, from `startOffset` in the first text
 * node to `endOffset` in the last. Its DOM Range is made when first needed (painting near the viewport,
 * hit-testing, the popover): a 2 MB page has tens of thousands of marks, and every live Range costs
 * memory and a little work on each of the page's own DOM changes.
 */
export class TermMark {
  private liveRange: Range | undefined;

  constructor(
    readonly entryId: string,
    readonly category: string,
    /** Every text node the mark touches (a term may cross inline markup), in order. */
    readonly nodes: readonly Text[],
    readonly startOffset: number,
    readonly endOffset: number,
    /** The block element holding the mark (what NearViewport watches). */
    readonly container: Element | undefined,
  ) {}

  get range(): Range {
    if (!this.liveRange) {
      const first = this.nodes[0] as Text;
      const last = this.nodes[this.nodes.length - 1] as Text;
      const range = first.ownerDocument.createRange();
      // Clamped: the text may have changed since it was read (the re-read is queued, not yet done).
      range.setStart(first, Math.min(this.startOffset, first.length));
      range.setEnd(last, Math.min(this.endOffset, last.length));
      this.liveRange = range;
    }
    return this.liveRange;
  }

  /** Whether this mark covers the same characters for the same entry as `other`. */
  sameAs(other: TermMark): boolean {
    return (
      this.entryId === other.entryId &&
      this.category === other.category &&
      this.startOffset === other.startOffset &&
      this.endOffset === other.endOffset &&
      this.nodes.length === other.nodes.length &&
      this.nodes.every((node, index) => node === other.nodes[index])
    );
  }
}

/** The node's place among the page's trees: the chain of shadow hosts down to the node. */
function composedChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.unshift(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

function compareReadingOrder(a: TermMark, b: TermMark): number {
  const first = a.nodes[0];
  const second = b.nodes[0];
  if (!first || !second) return 0;
  if (first === second) return a.startOffset - b.startOffset;
  const chainA = composedChain(first);
  const chainB = composedChain(second);
  let depth = 0;
  while (depth < chainA.length - 1 && depth < chainB.length - 1 && chainA[depth] === chainB[depth]) depth++;
  const left = chainA[depth];
  const right = chainB[depth];
  if (!left || !right || left === right) return chainA.length - chainB.length;
  const position = left.compareDocumentPosition(right);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/** The marks for `matches` (offsets in block.text), in the block's order. */
function marksFor(
  block: TextBlock,
  matches: readonly TermMatch[],
  categoryOf: Readonly<Record<string, string>>,
): TermMark[] {
  const first = block.nodes[0];
  const container = first && blockContainerOf(first);
  const marks: TermMark[] = [];
  for (const match of matches) {
    const startIndex = nodeIndexAt(block, match.start);
    const endIndex = nodeIndexAt(block, match.end - 1);
    if (!block.nodes[startIndex] || !block.nodes[endIndex]) continue;
    marks.push(
      new TermMark(
        match.entryId,
        categoryOf[match.entryId] ?? 'concept',
        block.nodes.slice(startIndex, endIndex + 1),
        match.start - (block.starts[startIndex] ?? 0),
        match.end - (block.starts[endIndex] ?? 0),
        container,
      ),
    );
  }
  return marks;
}

/**
 * Every term Glosa has marked, indexed by the text nodes they touch (so re-reading one block replaces
 * exactly its marks, and the term under the pointer is found without scanning the whole page) and by
 * block element (so painting near the viewport looks only at the blocks there).
 */
export class MarkRegistry {
  private readonly byNode = new Map<Text, TermMark[]>();
  private readonly byContainer = new Map<Element, Set<TermMark>>();
  private readonly marks = new Set<TermMark>();
  private ordered: TermMark[] | undefined;
  /** Block elements that got their first mark or lost their last since takeTouchedContainers(). */
  private touchedContainers = new Set<Element>();

  get size(): number {
    return this.marks.size;
  }

  /**
   * Replaces the marks of `block`'s text with marks for `matches` (offsets in block.text). Returns
   * whether anything changed: a block read again with the same terms keeps its marks (and the painted
   * highlight stays as it is).
   */
  replaceBlock(
    block: TextBlock,
    matches: readonly TermMatch[],
    categoryOf: Readonly<Record<string, string>>,
  ): boolean {
    const next = marksFor(block, matches, categoryOf);
    const current = new Set<TermMark>();
    for (const node of block.nodes) for (const mark of this.byNode.get(node) ?? []) current.add(mark);
    if (current.size === next.length) {
      let index = 0;
      let same = true;
      for (const mark of current) same &&= mark.sameAs(next[index++] as TermMark);
      if (same) return false;
    }
    for (const mark of current) this.remove(mark);
    for (const mark of next) this.add(mark);
    this.ordered = undefined;
    return current.size > 0 || next.length > 0;
  }

  /** Drops marks on text that left the page (removed nodes, a replaced body). Returns whether any did. */
  removeDisconnected(): boolean {
    let removed = false;
    for (const mark of this.marks) {
      if (mark.nodes.every((node) => node.isConnected)) continue;
      this.remove(mark);
      removed = true;
    }
    return removed;
  }

  marksOn(node: Node): readonly TermMark[] {
    return this.byNode.get(node as Text) ?? [];
  }

  /** The marks inside one block element. */
  marksIn(container: Element): Iterable<TermMark> {
    return this.byContainer.get(container) ?? [];
  }

  /** Block elements that got their first mark or lost their last since the previous call. */
  takeTouchedContainers(): Set<Element> {
    const taken = this.touchedContainers;
    this.touchedContainers = new Set();
    return taken;
  }

  /** Every block element holding marks. */
  containers(): Iterable<Element> {
    return this.byContainer.keys();
  }

  hasMarksIn(container: Element): boolean {
    return this.byContainer.has(container);
  }

  has(mark: TermMark): boolean {
    return this.marks.has(mark);
  }

  /** All marks, in no particular order (cheap: nothing is sorted). */
  all(): Iterable<TermMark> {
    return this.marks;
  }

  /** All marks in reading order (sorted lazily, once per change). */
  inReadingOrder(): readonly TermMark[] {
    this.ordered ??= [...this.marks].sort(compareReadingOrder);
    return this.ordered;
  }

  clear(): void {
    this.marks.clear();
    this.byNode.clear();
    this.byContainer.clear();
    this.touchedContainers.clear();
    this.ordered = undefined;
  }

  private add(mark: TermMark): void {
    this.marks.add(mark);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mark);
      else this.byNode.set(node, [mark]);
    }
    if (!mark.container) return;
    const inContainer = this.byContainer.get(mark.container);
    if (inContainer) inContainer.add(mark);
    else {
      this.byContainer.set(mark.container, new Set([mark]));
      this.touchedContainers.add(mark.container);
    }
  }

  private remove(mark: TermMark): void {
    this.marks.delete(mark);
    for (const node of mark.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const kept = list.filter((other) => other !== mark);
      if (kept.length > 0) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    if (mark.container) {
      const inContainer = this.byContainer.get(mark.container);
      inContainer?.delete(mark);
      if (inContainer?.size === 0) {
        this.byContainer.delete(mark.container);
        this.touchedContainers.add(mark.container);
      }
    }
    this.ordered = undefined;
  }
}
