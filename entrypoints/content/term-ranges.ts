import type { TermMatch } from '../../core/matcher';
import type { TextBlock } from './text-blocks';

/** Index of the node of `block` that holds character `offset` (binary search over starts). */
export function nodeIndexAt(block: TextBlock, offset: number): number {
  let low = 0;
  let high = block.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((block.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface MatchSpan {
  range: Range;
  /** The text nodes the range touches, in order. */
  nodes: Text[];
}

/** A DOM Range covering exactly the matched characters, across as many text nodes as they span. */
export function spanForMatch(block: TextBlock, match: TermMatch): MatchSpan | undefined {
  const first = nodeIndexAt(block, match.start);
  const last = nodeIndexAt(block, match.end - 1);
  const startNode = block.nodes[first];
  const endNode = block.nodes[last];
  if (!startNode || !endNode) return undefined;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, match.start - (block.starts[first] ?? 0));
  range.setEnd(endNode, match.end - (block.starts[last] ?? 0));
  return { range, nodes: block.nodes.slice(first, last + 1) };
}
