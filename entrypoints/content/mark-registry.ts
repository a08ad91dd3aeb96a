import type { TermMatch } from '../../core/matcher';
import { spanForMatch } from './term-ranges';
import type { TextBlock } from './text-blocks';

/** One marked term on the page: a live Range over exactly the matched characters. */
export interface TermMark {
  range: Range;
  entryId: string;
  category: string;
  /** Every text node the range touches (a term may cross inline markup). */
  nodes: Text[];
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
  if (first === second) return a.range.startOffset - b.range.startOffset;
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

/**
 * Every term Glosa has marked, indexed by the text nodes they touch, so re-reading one block replaces
 * exactly its marks and the term under the pointer is found without scanning the whole page.
 */
export class MarkRegistry {
  private readonly byNode = new Map<Text, TermMark[]>();
  private readonly marks = new Set<TermMark>();
  private ordered: TermMark[] | undefined;

  get size(): number {
    return this.marks.size;
  }

  /** Replaces the marks of `block`'s text with marks for `matches` (offsets in block.text). */
  replaceBlock(
    block: TextBlock,
    matches: readonly TermMatch[],
    categoryOf: Readonly<Record<string, string>>,
  ): void {
    for (const node of block.nodes) this.removeMarksOn(node);
    for (const match of matches) {
      const span = spanForMatch(block, match);
      if (!span) continue;
      const { range, nodes } = span;
      const mark: TermMark = {
        range,
        entryId: match.entryId,
        category: categoryOf[match.entryId] ?? 'concept',
        nodes,
      };
      this.marks.add(mark);
      for (const node of nodes) {
        const list = this.byNode.get(node);
        if (list) list.push(mark);
        else this.byNode.set(node, [mark]);
      }
    }
    this.ordered = undefined;
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
    this.ordered = undefined;
  }

  private removeMarksOn(node: Text): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const mark of [...list]) this.remove(mark);
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
    this.ordered = undefined;
  }
}
