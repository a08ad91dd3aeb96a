import { type CollapsedText, collapseWhitespace } from '../../../core/notes/page-text';
import { nodeIndexAt, type TextBlock, walkTextBlocks } from '../scan/text-blocks';

/** Blocks are joined by a line break, which white-space collapsing turns into one space. */
const BLOCK_SEPARATOR = '\n';

/**
 * The text that note passages are measured in (see core/page-text), with the way back to the DOM:
 * the readable blocks of the document's body (what the term scanner reads, shadow roots aside).
 */
export class NotePageText {
  readonly text: string;
  private readonly blocks: TextBlock[];
  /** blockStarts[i]: where block i begins in the source (uncollapsed) text. */
  private readonly blockStarts: number[];
  private readonly collapsed: CollapsedText;
  private readonly nodeIndex = new Map<Text, { block: number; node: number }>();

  constructor(root: Node) {
    this.blocks = [...walkTextBlocks(root)];
    this.blockStarts = [];
    let length = 0;
    const parts: string[] = [];
    this.blocks.forEach((block, blockIndex) => {
      if (blockIndex > 0) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      this.blockStarts.push(length);
      parts.push(block.text);
      length += block.text.length;
      block.nodes.forEach((node, nodeIndex) => {
        this.nodeIndex.set(node, { block: blockIndex, node: nodeIndex });
      });
    });
    this.collapsed = collapseWhitespace(parts.join(''));
    this.text = this.collapsed.text;
  }

  /** A DOM range over collapsed text [start, end), or undefined if that text is gone from the page. */
  rangeFor(start: number, end: number): Range | undefined {
    if (end <= start || end > this.text.length) return undefined;
    const from = this.domPoint(this.collapsed.toSource[start] ?? 0, 'start');
    const to = this.domPoint((this.collapsed.toSource[end - 1] ?? 0) + 1, 'end');
    if (!from || !to || !from.node.isConnected || !to.node.isConnected) return undefined;
    const range = from.node.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** Collapsed text offsets of a DOM range (a selection), clamped to the readable text it covers. */
  offsetsOf(range: Range): { start: number; end: number } | undefined {
    let start: number | undefined;
    let end: number | undefined;
    this.blocks.forEach((block, blockIndex) => {
      block.nodes.forEach((node, nodeIndex) => {
        if (!range.intersectsNode(node)) return;
        const base = (this.blockStarts[blockIndex] ?? 0) + (block.starts[nodeIndex] ?? 0);
        const nodeStart = base + (node === range.startContainer ? range.startOffset : 0);
        const nodeEnd = base + (node === range.endContainer ? range.endOffset : node.data.length);
        if (nodeEnd <= nodeStart) return;
        start ??= nodeStart;
        end = nodeEnd;
      });
    });
    if (start === undefined || end === undefined) return undefined;
    return { start: this.toCollapsed(start), end: this.toCollapsed(end - 1) + 1 };
  }

  /** The sentence around a DOM range (a term), within its block: for a note started from the popover. */
  sentenceAround(range: Range): { start: number; end: number } | undefined {
    const node = range.startContainer;
    const place = node.nodeType === 3 ? this.nodeIndex.get(node as Text) : undefined;
    if (!place) return this.offsetsOf(range);
    const block = this.blocks[place.block];
    if (!block) return undefined;
    const at = (block.starts[place.node] ?? 0) + range.startOffset;
    const text = block.text;
    let from = 0;
    for (const match of text.slice(0, at).matchAll(/[.!?…]["”’»)]*\s+/g))
      from = (match.index ?? 0) + match[0].length;
    const after = /[.!?…]["”’»)]*(?=\s|$)/g;
    after.lastIndex = Math.max(
      at,
      (block.starts[place.node] ?? 0) + range.startOffset + range.toString().length,
    );
    const endMatch = after.exec(text);
    const to = endMatch ? endMatch.index + endMatch[0].length : text.length;
    const base = this.blockStarts[place.block] ?? 0;
    return { start: this.toCollapsed(base + from), end: this.toCollapsed(base + to - 1) + 1 };
  }

  /** The collapsed index of source offset `source` (the first collapsed character at or after it). */
  private toCollapsed(source: number): number {
    const map = this.collapsed.toSource;
    let low = 0;
    let high = this.text.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((map[middle] ?? 0) < source) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private domPoint(source: number, edge: 'start' | 'end'): { node: Text; offset: number } | undefined {
    let low = 0;
    let high = this.blockStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.blockStarts[middle] ?? 0) <= (edge === 'end' ? source - 1 : source)) low = middle;
      else high = middle - 1;
    }
    const block = this.blocks[low];
    if (!block) return undefined;
    const inBlock = Math.min(source - (this.blockStarts[low] ?? 0), block.text.length);
    const index = nodeIndexAt(block, edge === 'end' ? Math.max(0, inBlock - 1) : inBlock);
    const node = block.nodes[index];
    if (!node) return undefined;
    return { node, offset: Math.min(node.data.length, Math.max(0, inBlock - (block.starts[index] ?? 0))) };
  }
}
