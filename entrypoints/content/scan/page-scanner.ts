import type { Matcher, TermMatch } from '../../../core/matching/matcher';
import type { Reading } from '../../../core/names/resolve';
import { markForBench } from '../bench-marks';
import { HOST_TAG } from '../host/host-tag';
import type { MarkRegistry } from './mark-registry';
import {
  blockContainerOf,
  isBlockElement,
  isInsideSkipped,
  rereadRootOf,
  type TextBlock,
  walkTextBlocks,
} from './text-blocks';
import { SLICE_MS, yieldToMain } from './yield-to-main';

/** Glosa's own in-page UI; its host is the one node Glosa adds to a page. */

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
/** Text matched per call: one pass over many short blocks costs less than one call per block. */
const BATCH_CHARS = 16_000;
/** Blocks walked between two looks at the slice's deadline. */
const CLOCK_EVERY_BLOCKS = 16;
/** Visible-first pass: containers larger than this wait for the ordinary pass. */
const VISIBLE_CONTAINER_MAX_CHARS = 20_000;

function isOwnUi(node: Node): boolean {
  return node.nodeName === HOST_TAG;
}

/**
 * Whether block elements inserted or removed by `record` stand (or stood) inside one run of text: in
 * inline content, or between two siblings that are not blocks. Then the text around them is split
 * into two blocks (or joined into one), and its terms may change.
 */
function mayJoinOrSplitRuns(record: MutationRecord): boolean {
  const parent = record.target;
  if (parent.nodeType === 1 && !isBlockElement(parent)) return true;
  const before = record.previousSibling;
  const after = record.nextSibling;
  return before !== null && after !== null && !isBlockElement(before) && !isBlockElement(after);
}

export type ScanProgress = 'visible' | 'partial' | 'settled';

export interface ScannerOptions {
  registry: MarkRegistry;
  /**
   * Called after work that may have changed the marks: 'visible' after the visible area was read,
   * 'partial' after an intermediate slice, 'settled' once the queue is empty.
   */
  onMarksChanged(progress: ScanProgress): void;
  /** Called for each open shadow root found, before its text is read (to style highlights there). */
  onShadowRoot?(shadow: ShadowRoot): void;
}

/** Reads one match of a block's text (core/names/read-match.ts). */
export type MatchReader = (text: string, match: TermMatch) => Reading;

/**
 * Reads the page in slices that yield to the main thread, the visible area first; afterwards a
 * MutationObserver re-reads only the blocks that changed (late content, live tickers, SPA views).
 */
export class PageScanner {
  private matcher: Matcher | undefined;
  private categoryOf: Readonly<Record<string, string>> = {};
  private privateForms: ReadonlySet<number> = new Set();
  private readMatch: MatchReader | undefined;
  private readonly observer = new MutationObserver((records) => this.onMutations(records));
  private readonly shadowRoots = new Set<ShadowRoot>();
  /** Roots waiting to be read, each with whether it was read before (then blank text counts too). */
  private readonly pending = new Map<Node, boolean>();
  private draining = false;
  /** Bumped by stop() and each full rescan, so work from an older pass ends at its next slice. */
  private generation = 0;
  private running = false;

  constructor(private readonly options: ScannerOptions) {}

  /** Starts (or restarts with a new term list) reading `doc` and watching it for changes. */
  start(
    doc: Document,
    matcher: Matcher,
    categoryOf: Readonly<Record<string, string>>,
    privateForms: ReadonlySet<number> = new Set(),
    /** What each match means by itself (core/names/read-match.ts); full names when absent. */
    readMatch?: MatchReader,
  ): void {
    this.stop();
    this.matcher = matcher;
    this.categoryOf = categoryOf;
    this.privateForms = privateForms;
    this.readMatch = readMatch;
    this.running = true;
    this.observer.observe(doc.documentElement, OBSERVED);
    this.scanVisible(doc);
    this.enqueue(doc.body ?? doc.documentElement, false);
  }

  /** Re-reads everything (after an SPA navigation), keeping what is still valid until replaced. */
  rescanAll(doc: Document): void {
    if (!this.running || !this.matcher) return;
    this.options.registry.removeDisconnected();
    this.enqueue(doc.body ?? doc.documentElement);
    for (const shadow of this.shadowRoots) this.enqueue(shadow);
  }

  stop(): void {
    this.generation++;
    this.running = false;
    this.observer.disconnect();
    this.pending.clear();
    this.shadowRoots.clear();
    this.options.registry.clear();
  }

  /** Marks blocks just read (a pause since may have taken some out): one matching pass over them all. */
  private markBlocks(blocks: readonly TextBlock[]): void {
    const matcher = this.matcher;
    if (!matcher || blocks.length === 0) return;
    const live = blocks.filter((block) => (block.readWhole ? block.container : block.nodes[0])?.isConnected);
    const found = matcher.findEach(live.map((block) => block.text));
    const read = this.readMatch;
    live.forEach((block, index) => {
      const matches = found[index] ?? [];
      const readings = read ? matches.map((match) => read(block.text, match)) : undefined;
      this.options.registry.replaceBlock(block, matches, this.categoryOf, this.privateForms, readings);
    });
  }

  /** A shadow root met while reading its host's tree: read too (again, when that tree is re-read). */
  private readonly noteShadowRoot = (shadow: ShadowRoot): void => {
    const known = this.shadowRoots.has(shadow);
    if (!known) {
      this.shadowRoots.add(shadow);
      this.options.onShadowRoot?.(shadow);
      this.observer.observe(shadow, OBSERVED);
    }
    this.enqueue(shadow, known);
  };

  /** The blocks under a grid of points over the viewport, read at once so what the reader sees comes first. */
  private scanVisible(doc: Document): void {
    const view = doc.defaultView;
    if (!view || typeof doc.elementFromPoint !== 'function') return;
    const containers = new Set<Element>();
    for (let y = 40; y < view.innerHeight; y += 80) {
      for (const fraction of [0.25, 0.5, 0.75]) {
        const element = doc.elementFromPoint(view.innerWidth * fraction, y);
        const container = element && blockContainerOf(element);
        if (container && container !== doc.body && container !== doc.documentElement)
          containers.add(container);
      }
    }
    const blocks: TextBlock[] = [];
    for (const container of containers) {
      if ((container.textContent?.length ?? 0) > VISIBLE_CONTAINER_MAX_CHARS || isInsideSkipped(container))
        continue;
      blocks.push(...walkTextBlocks(container, this.noteShadowRoot, false, true));
    }
    this.markBlocks(blocks);
    if (containers.size > 0) this.options.onMarksChanged('visible');
  }

  private enqueue(node: Node, readBefore = true): void {
    this.pending.set(node, readBefore || this.pending.get(node) === true);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    const generation = this.generation;
    let deadline = performance.now() + SLICE_MS;
    try {
      while (this.pending.size > 0 && generation === this.generation) {
        const [next] = this.pending;
        if (!next) break;
        const [root, readBefore] = next;
        this.pending.delete(root);
        if (!root.isConnected || isInsideSkipped(root)) continue;
        let batch: TextBlock[] = [];
        let batchChars = 0;
        for (const block of walkTextBlocks(root, this.noteShadowRoot, readBefore, true)) {
          batch.push(block);
          batchChars += block.text.length;
          // The clock is read every few blocks: a read per paragraph adds up on a long page.
          const clockDue = batch.length % CLOCK_EVERY_BLOCKS === 0;
          if (batchChars < BATCH_CHARS && (!clockDue || performance.now() < deadline)) continue;
          this.markBlocks(batch);
          batch = [];
          batchChars = 0;
          if (performance.now() < deadline) continue;
          this.options.onMarksChanged('partial');
          await yieldToMain();
          if (generation !== this.generation) return;
          deadline = performance.now() + SLICE_MS;
        }
        this.markBlocks(batch);
      }
      this.options.onMarksChanged('settled');
      markForBench('glosa:scan-settled');
    } finally {
      this.draining = false;
      // A stop() and start() during a pause leaves work for the new generation.
      if (this.pending.size > 0 && this.running && generation !== this.generation) void this.drain();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let removedSomething = false;
    let droppedSomething = false;
    const dirty = new Set<Node>();
    const addRoot = (root: Node | undefined) => {
      if (root) dirty.add(root.nodeType === 9 ? (root as Document).documentElement : root);
    };
    const addContainerOf = (node: Node) => addRoot(rereadRootOf(node));
    for (const record of records) {
      if (isOwnUi(record.target) || record.target.parentNode?.nodeName === HOST_TAG) continue;
      const targetRoot = rereadRootOf(record.target);
      // A block read whole changed: its marks no longer know their nodes, and it is read again.
      if (targetRoot?.nodeType === 1 && this.options.registry.dropMarksReadWhole(targetRoot as Element)) {
        droppedSomething = true;
        dirty.add(targetRoot);
      }
      if (record.type === 'characterData') {
        addRoot(targetRoot);
        continue;
      }
      if (record.removedNodes.length > 0) {
        removedSomething = true;
        // Removed text may have moved (into another block, or where Glosa does not read): its marks go
        // now, and it is marked again wherever it is read next.
        if (this.options.registry.dropMarksIn(record.removedNodes)) droppedSomething = true;
        for (const moved of record.removedNodes) {
          if (!moved.isConnected) continue;
          if (isBlockElement(moved)) dirty.add(moved);
          else addContainerOf(moved);
        }
        // Removing inline content or a <br> can join two runs of text into one term; so can removing
        // a block that stood between two runs. Removing a paragraph from an article only drops its marks.
        if (![...record.removedNodes].every(isBlockElement) || mayJoinOrSplitRuns(record))
          addRoot(targetRoot);
      }
      let addedBlock = false;
      for (const added of record.addedNodes) {
        if (isOwnUi(added)) continue;
        // A new block element is read on its own: appending paragraphs must not re-read the page.
        if (isBlockElement(added)) {
          dirty.add(added);
          addedBlock = true;
        } else addRoot(targetRoot);
      }
      // A block put inside a run of text (within a link, between two sentences) splits that run.
      if (addedBlock && mayJoinOrSplitRuns(record)) addRoot(targetRoot);
    }
    if ((removedSomething && this.options.registry.removeDisconnected()) || droppedSomething)
      this.options.onMarksChanged('settled');
    for (const node of dirty) {
      let covered = false;
      for (let ancestor = node.parentNode; ancestor && !covered; ancestor = ancestor.parentNode) {
        covered = dirty.has(ancestor);
      }
      if (!covered) this.enqueue(node);
    }
  }
}
