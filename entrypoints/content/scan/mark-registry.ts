import type { TermMatch } from '../../../core/matching/matcher';
import type { Reading } from '../../../core/names/read-mention';
import type { Decision } from '../../../core/names/resolve';
import {
  blockContainerOf,
  type NodePlace,
  placeInBlock,
  type TextBlock,
  WholeBlockNodes,
} from './text-blocks';

/**
 * One marked term on the page: exactly the matched characters. Its DOM Range is made when first needed
 * (painting near the viewport, hit-testing, the popover): a 2 MB page has tens of thousands of marks,
 * and every live Range costs memory and a little work on each of the page's own DOM changes. Marks of
 * a block read whole find their text nodes then too.
 */
export class TermMark {
  private liveRange: Range | undefined;
  private located: NodePlace | WholeBlockNodes;
  /** Whether the mark's block was read whole: its container's text, with no other block in it. */
  readonly readWhole: boolean;
  /**
   * The page-wide decision for a mention that is not a name by itself (a short form): the entry it
   * names here and the other introduced candidates, or null (another person, not introduced, off topic).
   */
  private decision: (Decision & { category: string }) | null = null;
  /** Whether the mark is in the registry (kept by MarkRegistry: asked for every painted mark). */
  registered = false;

  constructor(
    /** The entry the matcher's form names (before resolution). */
    readonly matchedEntryId: string,
    readonly matchedCategory: string,
    /** Matched by one of the reader's own forms: painted where the page cannot read it. */
    readonly isPrivate: boolean,
    /** The block element holding the mark (what NearViewport watches). */
    readonly container: Element,
    /** The mark's offsets in its block's text. */
    readonly start: number,
    readonly end: number,
    place: NodePlace | WholeBlockNodes,
    /** The walk that read the mark's block and the block's place in it (TextBlock.walk, .order). */
    readonly walk: number,
    readonly order: number,
    /** What the mention means by itself (core/names/resolve.ts); a full name unless said otherwise. */
    readonly reading: Reading = { kind: 'strong', entryId: matchedEntryId, proper: true },
  ) {
    this.located = place;
    this.readWhole = place instanceof WholeBlockNodes;
  }

  /** Whether the page's context decides what the mark names (a short form, a name in a longer one). */
  get needsDecision(): boolean {
    return (
      this.reading.kind === 'weak' ||
      (this.reading.kind === 'strong' && this.reading.needsTopic !== undefined)
    );
  }

  /** Whether the mark names an entry on this page (a full name, or a mention the page resolves). */
  get names(): boolean {
    return this.needsDecision ? this.decision !== null : this.reading.kind === 'strong';
  }

  /** The entry the mark explains: its full name's, or the one the page's context chose. */
  get entryId(): string {
    return this.decision?.entryId ?? this.matchedEntryId;
  }

  get category(): string {
    return this.decision?.category ?? this.matchedCategory;
  }

  /** Other entries the page introduced that a short form could name (the popover offers them). */
  get alternatives(): readonly string[] {
    return this.decision?.alternatives ?? [];
  }

  /** Sets the page-wide decision of a short form (name-resolver.ts). Returns whether it changed. */
  decide(decision: (Decision & { category: string }) | null): boolean {
    const before = this.decision;
    const same =
      before === decision ||
      (before !== null &&
        decision !== null &&
        before.entryId === decision.entryId &&
        before.alternatives.join() === decision.alternatives.join());
    this.decision = decision?.entryId ? decision : null;
    return !same;
  }

  get nodes(): readonly Text[] {
    return this.place().nodes;
  }

  get startOffset(): number {
    return this.place().startOffset;
  }

  get endOffset(): number {
    return this.place().endOffset;
  }

  get range(): Range {
    if (!this.liveRange) {
      const { nodes, startOffset, endOffset } = this.place();
      const first = nodes[0] as Text;
      const last = nodes[nodes.length - 1] as Text;
      const range = first.ownerDocument.createRange();
      // Clamped: the text may have changed since it was read (the re-read is queued, not yet done).
      range.setStart(first, Math.min(startOffset, first.length));
      range.setEnd(last, Math.min(endOffset, last.length));
      this.liveRange = range;
    }
    return this.liveRange;
  }

  /** Whether this mark covers the same characters for the same entry as `other`. */
  sameAs(other: TermMark): boolean {
    if (this.matchedEntryId !== other.matchedEntryId || this.matchedCategory !== other.matchedCategory)
      return false;
    if (this.isPrivate !== other.isPrivate || !sameReading(this.reading, other.reading)) return false;
    if (this.readWhole !== other.readWhole) return false;
    // Two reads of one whole block: the same offsets in the same text (any change in between dropped the
    // older marks first, see MarkRegistry.dropMarksReadWhole).
    if (this.readWhole)
      return this.container === other.container && this.start === other.start && this.end === other.end;
    const nodes = this.nodes;
    const otherNodes = other.nodes;
    return (
      this.startOffset === other.startOffset &&
      this.endOffset === other.endOffset &&
      nodes.length === otherNodes.length &&
      nodes.every((node, index) => node === otherNodes[index])
    );
  }

  private place(): NodePlace {
    if (this.located instanceof WholeBlockNodes) this.located = this.located.place(this.start, this.end);
    return this.located;
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

/**
 * What orders a mark among the others: its block element when read whole (such an element holds no
 * other block, so no other mark's anchor lies inside it), else its first text node.
 */
function anchorOf(mark: TermMark): Node | undefined {
  return mark.readWhole ? mark.container : mark.nodes[0];
}

/** Two readings of a mention that mean the same (a changed neighbour can change a reading). */
function sameReading(a: Reading, b: Reading): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** -1 when the other node follows, 1 when it precedes (a compareDocumentPosition answer), else 0. */
function orderOfPosition(position: number): number {
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export function compareReadingOrder(a: TermMark, b: TermMark): number {
  // Read by one walk: its blocks came in document order.
  if (a.walk === b.walk) return a.order - b.order || a.start - b.start;
  const first = anchorOf(a);
  const second = anchorOf(b);
  if (!first || !second) return 0;
  if (first === second) return a.start - b.start;
  // One DOM call in the common case, both in the same tree; across shadow trees, by their hosts.
  const direct = first.compareDocumentPosition(second);
  if (!(direct & Node.DOCUMENT_POSITION_DISCONNECTED)) return orderOfPosition(direct);
  const chainA = composedChain(first);
  const chainB = composedChain(second);
  let depth = 0;
  while (depth < chainA.length - 1 && depth < chainB.length - 1 && chainA[depth] === chainB[depth]) depth++;
  const left = chainA[depth];
  const right = chainB[depth];
  if (!left || !right || left === right) return chainA.length - chainB.length;
  return orderOfPosition(left.compareDocumentPosition(right));
}

/**
 * Two lists in reading order as one. Appending is the common case (a page read from the top), checked
 * with one comparison; otherwise a merge, one comparison per mark.
 */
function mergeInReadingOrder(first: readonly TermMark[], second: readonly TermMark[]): TermMark[] {
  const lastOfFirst = first[first.length - 1];
  const firstOfSecond = second[0];
  if (!lastOfFirst || !firstOfSecond || compareReadingOrder(lastOfFirst, firstOfSecond) <= 0)
    return [...first, ...second];
  const merged: TermMark[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as TermMark;
    const b = second[j] as TermMark;
    if (compareReadingOrder(a, b) <= 0) {
      merged.push(a);
      i++;
    } else {
      merged.push(b);
      j++;
    }
  }
  for (; i < first.length; i++) merged.push(first[i] as TermMark);
  for (; j < second.length; j++) merged.push(second[j] as TermMark);
  return merged;
}

/** No form is the reader's own. */
const NO_PRIVATE_FORMS: ReadonlySet<number> = new Set();

/** The marks for `matches` (offsets in block.text) inside `container`, in the block's order. */
function marksFor(
  block: TextBlock,
  matches: readonly TermMatch[],
  categoryOf: Readonly<Record<string, string>>,
  privateForms: ReadonlySet<number>,
  readings: readonly Reading[] | undefined,
  container: Element,
): TermMark[] {
  const marks: TermMark[] = [];
  if (matches.length === 0) return marks;
  const whole = block.readWhole ? new WholeBlockNodes(container) : undefined;
  matches.forEach((match, index) => {
    const reading = readings?.[index];
    const entryId = reading?.kind === 'strong' ? reading.entryId : match.entryId;
    const category = categoryOf[entryId] ?? 'concept';
    const isPrivate = match.form !== undefined && privateForms.has(match.form);
    const place = whole ?? placeInBlock(block, match.start, match.end);
    if (place instanceof WholeBlockNodes || place.nodes.length > 0)
      marks.push(
        new TermMark(
          entryId,
          category,
          isPrivate,
          container,
          match.start,
          match.end,
          place,
          block.walk,
          block.order,
          reading,
        ),
      );
  });
  return marks;
}

function sameMarks(current: readonly TermMark[], next: readonly TermMark[]): boolean {
  return (
    current.length === next.length && current.every((mark, index) => mark.sameAs(next[index] as TermMark))
  );
}

/**
 * Every term Glosa has marked, kept by block element: reading a block replaces exactly its marks,
 * painting near the viewport looks only at the blocks there, and the term under the pointer is among
 * its block's few marks. A block element read for the first time (nearly every block of a page load)
 * costs one map lookup, not one per text node.
 */
export class MarkRegistry {
  private readonly byContainer = new Map<Element, TermMark[]>();
  /**
   * Marks by each text node they touch, for removed content: made the first time content is removed
   * (a page load that removes nothing never pays for it), then kept up to date.
   */
  private byNode: Map<Text, TermMark[]> | undefined;
  private count = 0;
  /**
   * All marks in reading order as of the last inReadingOrder(), and what changed since: sorting every
   * mark again after each change cost a page of 2 MB hundreds of ms (a DOM comparison per pair), while
   * a page being read adds its marks in reading order, so the new ones are sorted alone and appended.
   */
  private ordered: TermMark[] | undefined;
  private addedSinceOrdered: TermMark[] = [];
  private readonly removedSinceOrdered = new Set<TermMark>();
  /** Block elements that got their first mark or lost their last since takeTouchedContainers(). */
  private touchedContainers = new Set<Element>();

  get size(): number {
    return this.count;
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
    /** Compiled forms that are the reader's own (TermIndex.privateForms). */
    privateForms: ReadonlySet<number> = NO_PRIVATE_FORMS,
    /** What each match means by itself (core/names/resolve.ts); full names when absent. */
    readings?: readonly Reading[],
  ): boolean {
    const container = block.container;
    const next = marksFor(block, matches, categoryOf, privateForms, readings, container);
    const existing = this.byContainer.get(container);
    if (!existing) {
      if (next.length === 0) return false;
      this.setMarksOf(container, next);
      return true;
    }
    // The container holds marks already: those on this block's text are replaced, those of its other
    // blocks (text after a <br>, a nested block's siblings) stay. A block read whole is all the text of
    // its container, and marks read whole were all of it when it was read.
    const inBlock = new Set<Node>(block.nodes);
    const current =
      block.readWhole || existing[0]?.readWhole
        ? existing
        : existing.filter((mark) => mark.nodes.some((node) => inBlock.has(node)));
    if (sameMarks(current, next)) return false;
    const replaced = new Set(current);
    this.setMarksOf(container, [...existing.filter((mark) => !replaced.has(mark)), ...next]);
    return true;
  }

  /**
   * Drops every mark on text inside `removed` (nodes just taken out of the page or moved): text moved
   * elsewhere is marked again where it is read next, and text moved where Glosa does not read (an
   * editor, a code block) keeps no marks. Marks read whole go with their block element. Returns
   * whether any mark went.
   */
  dropMarksIn(removed: Iterable<Node>): boolean {
    if (this.count === 0) return false;
    const byNode = this.nodeIndex();
    const dropped = new Set<TermMark>();
    const dropMarksOn = (node: Node) => {
      const marks = node.nodeType === 3 ? byNode.get(node as Text) : this.byContainer.get(node as Element);
      for (const mark of marks ?? []) if (node.nodeType === 3 || mark.readWhole) dropped.add(mark);
    };
    // Shadow trees of removed hosts went with them.
    const roots = [...removed];
    for (let root = roots.pop(); root; root = roots.pop()) {
      if (root.nodeType === 3) dropMarksOn(root);
      if (root.nodeType !== 1 && root.nodeType !== 11) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node: Node | null = root; node; node = walker.nextNode()) {
        dropMarksOn(node);
        const shadow = (node as Element).shadowRoot;
        if (shadow) roots.push(shadow);
      }
    }
    const containers = new Set([...dropped].map((mark) => mark.container));
    for (const container of containers) {
      const marks = this.byContainer.get(container) ?? [];
      this.setMarksOf(
        container,
        marks.filter((mark) => !dropped.has(mark)),
      );
    }
    return dropped.size > 0;
  }

  /**
   * Drops the marks read whole in `container`, whose text just changed: which nodes they were on is
   * not known any more (the block is read again). Returns whether any mark went.
   */
  dropMarksReadWhole(container: Element): boolean {
    const marks = this.byContainer.get(container);
    if (!marks?.[0]?.readWhole) return false;
    this.setMarksOf(container, []);
    return true;
  }

  /** Drops marks on text that left the page (removed nodes, a replaced body). Returns whether any did. */
  removeDisconnected(): boolean {
    let removed = false;
    for (const [container, marks] of this.byContainer) {
      const kept = container.isConnected
        ? marks.filter((mark) => mark.readWhole || mark.nodes.every((node) => node.isConnected))
        : [];
      if (kept.length === marks.length) continue;
      this.setMarksOf(container, kept);
      removed = true;
    }
    return removed;
  }

  /** The marks over `node` (a text node). */
  marksOn(node: Node): readonly TermMark[] {
    const container = blockContainerOf(node);
    const marks = container && this.byContainer.get(container);
    return marks ? marks.filter((mark) => mark.nodes.includes(node as Text)) : [];
  }

  /** The marks inside one block element. */
  marksIn(container: Element): readonly TermMark[] {
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
    return mark.registered;
  }

  /** All marks, in no particular order (cheap: nothing is sorted). */
  *all(): Iterable<TermMark> {
    for (const marks of this.byContainer.values()) yield* marks;
  }

  /** How many marks came or went since the last inReadingOrder() (all of them before the first). */
  get changedSinceOrdered(): number {
    return this.ordered ? this.addedSinceOrdered.length + this.removedSinceOrdered.size : this.count;
  }

  /** All marks in reading order (sorted lazily: what was added since the last call, merged in). */
  inReadingOrder(): readonly TermMark[] {
    const removed = this.removedSinceOrdered;
    if (!this.ordered) this.ordered = [...this.all()].sort(compareReadingOrder);
    else if (removed.size > 0 || this.addedSinceOrdered.length > 0) {
      const kept = removed.size > 0 ? this.ordered.filter((mark) => !removed.has(mark)) : this.ordered;
      const added = this.addedSinceOrdered.filter((mark) => !removed.has(mark)).sort(compareReadingOrder);
      this.ordered = mergeInReadingOrder(kept, added);
    }
    removed.clear();
    this.addedSinceOrdered = [];
    return this.ordered;
  }

  clear(): void {
    for (const mark of this.all()) mark.registered = false;
    this.byContainer.clear();
    this.byNode = undefined;
    this.count = 0;
    this.touchedContainers.clear();
    this.ordered = undefined;
    this.addedSinceOrdered = [];
    this.removedSinceOrdered.clear();
  }

  /** Makes `marks` the marks of `container` (none: it leaves the map). */
  private setMarksOf(container: Element, marks: TermMark[]): void {
    const before = this.byContainer.get(container);
    if (before) for (const mark of before) mark.registered = false;
    for (const mark of marks) mark.registered = true;
    this.count += marks.length - (before?.length ?? 0);
    if (marks.length > 0) this.byContainer.set(container, marks);
    else this.byContainer.delete(container);
    const hadMarks = before !== undefined;
    if (hadMarks !== marks.length > 0) this.touchedContainers.add(container);
    const byNode = this.byNode;
    if (!this.ordered && !byNode) return;
    // What left and what came, for the two indexes kept up to date: a block element read for the first
    // time (nearly every one of a page load) only gains.
    let removed: TermMark[] = [];
    let added = marks;
    if (before) {
      const kept = new Set(marks);
      removed = before.filter((mark) => !kept.has(mark));
      const previous = new Set(before);
      added = marks.filter((mark) => !previous.has(mark));
    }
    if (this.ordered) {
      for (const mark of removed) this.removedSinceOrdered.add(mark);
      for (const mark of added) this.addedSinceOrdered.push(mark);
    }
    if (!byNode) return;
    for (const mark of removed) unindexMark(byNode, mark);
    for (const mark of added) indexMark(byNode, mark);
  }

  private nodeIndex(): Map<Text, TermMark[]> {
    if (!this.byNode) {
      const byNode = new Map<Text, TermMark[]>();
      for (const mark of this.all()) indexMark(byNode, mark);
      this.byNode = byNode;
    }
    return this.byNode;
  }
}

/** Marks read whole are not indexed by node: they are dropped by block element (see dropMarksIn). */
function indexMark(byNode: Map<Text, TermMark[]>, mark: TermMark): void {
  if (mark.readWhole) return;
  for (const node of mark.nodes) {
    const list = byNode.get(node);
    if (list) list.push(mark);
    else byNode.set(node, [mark]);
  }
}

function unindexMark(byNode: Map<Text, TermMark[]>, mark: TermMark): void {
  if (mark.readWhole) return;
  for (const node of mark.nodes) {
    const kept = byNode.get(node)?.filter((other) => other !== mark) ?? [];
    if (kept.length > 0) byNode.set(node, kept);
    else byNode.delete(node);
  }
}
