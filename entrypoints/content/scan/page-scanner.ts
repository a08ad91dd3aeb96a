import { findInPieces } from '../../../core/matching/find-in-pieces';
import type { Matcher, TermMatch } from '../../../core/matching/matcher';
import type { Reading } from '../../../core/names/read-mention';
import { markForBench, measureForBench } from '../bench-marks';
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
import { SLICE_MS, yieldToMain, yieldUntilPainted } from './yield-to-main';

/** Glosa's own in-page UI; its host is the one node Glosa adds to a page. */

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };
/**
 * Text matched per call: one pass over many short blocks costs less than one call per block. Small
 * enough that a batch's matching, reading and marks (~2 ms) stay inside a slice: batches of 16,000 took
 * 5-23 ms each on a 5 MB page, on top of the slice they ended.
 */
const BATCH_CHARS = 4_000;
/** Blocks walked between two looks at the slice's deadline. */
const CLOCK_EVERY_BLOCKS = 16;
/** Visible-first pass: containers larger than this wait for the ordinary pass. */
const VISIBLE_CONTAINER_MAX_CHARS = 20_000;
/**
 * Read and marked at once when the scan starts, in document order and before any layout: a page just
 * loaded shows its top, so its first marks are painted with the page's first frame. Chars, then time.
 */
const TOP_CHARS = 4_000;
const TOP_MS = 8;
/** The top read stops after this many blocks too: a table's thousands of cells hold little text each. */
const TOP_BLOCKS = 200;
/**
 * A block longer than this (a transcript in one paragraph) is matched and its matches read in slices:
 * one pass over it, or reading the words around thousands of mentions in one go, would hold up the page.
 */
const HUGE_BLOCK_CHARS = 30_000;
/** A huge block is matched this many characters at a time (a few milliseconds each, cold). */
const HUGE_BLOCK_PIECE_CHARS = 16_000;
/** Mentions read between two looks at the slice's deadline, in a huge block. */
const READINGS_PER_CHECK = 16;

/** Whether a block just read is still in the page: a pause since may have taken it out. */
function isLive(block: TextBlock): boolean {
  return (block.readWhole ? block.container : block.nodes[0])?.isConnected === true;
}

/** `first`, then what `rest` has left: a block taken out of a reading goes back at its head. */
function* withFirst<T>(first: T, rest: Iterator<T>): Generator<T> {
  yield first;
  for (let step = rest.next(); !step.done; step = rest.next()) yield step.value;
}

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
  /** The root being read and where its reading stands: it goes on from there after a pause. */
  private reading: Iterator<TextBlock> | undefined;
  /** Block elements read in this pass: the visible area after the first frame skips them. */
  private readContainers = new WeakSet<Element>();
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
    // No layout yet (the script may run before the page's first frame): the top of the document first,
    // then, once the page is laid out, whatever the reader sees if the page opened scrolled down.
    this.reading = walkTextBlocks(doc.body ?? doc.documentElement, this.noteShadowRoot, false, true);
    // Shadow roots met meanwhile wait in the queue: the drain below starts once the top is read (or an
    // older pass's drain, pausing now, takes the new work when it next resumes).
    const drainingBefore = this.draining;
    this.draining = true;
    this.readTop();
    this.draining = drainingBefore;
    // The rest once the page's next frame, with the top's marks, is drawn: the viewport's rest first.
    // An older pass's drain, pausing now, takes the new work when it resumes; the viewport's pass then
    // follows the frame on its own.
    if (!this.draining) void this.drain(doc);
    else this.afterFirstFrame(doc, () => void this.scanVisible(doc));
  }

  /** Marks the first blocks of the reading at once (the top of the page), then reports them 'visible'. */
  private readTop(): void {
    const reading = this.reading;
    if (!reading) return;
    const start = performance.now();
    const deadline = start + TOP_MS;
    const blocks: TextBlock[] = [];
    let chars = 0;
    while (chars < TOP_CHARS && blocks.length < TOP_BLOCKS && performance.now() < deadline) {
      const next = reading.next();
      if (next.done) {
        this.reading = undefined;
        break;
      }
      // A huge block is the drain's, which reads it in slices.
      if (next.value.text.length > HUGE_BLOCK_CHARS) {
        this.reading = withFirst(next.value, reading);
        break;
      }
      blocks.push(next.value);
      chars += next.value.text.length;
    }
    this.markBlocks(blocks);
    markForBench('glosa:top-read');
    this.options.onMarksChanged('visible');
    measureForBench('top', start);
  }

  /** Runs `callback` once the page's next frame has been rendered (layout is then up to date and cheap to ask). */
  private afterFirstFrame(doc: Document, callback: () => void): void {
    const view = doc.defaultView;
    if (!view || typeof view.requestAnimationFrame !== 'function') return;
    const generation = this.generation;
    view.requestAnimationFrame(() =>
      setTimeout(() => {
        // Settled already: everything has been read.
        if (generation === this.generation && this.draining) callback();
      }, 0),
    );
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
    this.reading = undefined;
    this.readContainers = new WeakSet();
    this.shadowRoots.clear();
    this.options.registry.clear();
  }

  /** Marks blocks just read (a pause since may have taken some out): one matching pass over them all. */
  private markBlocks(blocks: readonly TextBlock[]): void {
    const matcher = this.matcher;
    if (!matcher || blocks.length === 0) return;
    const live = blocks.filter(isLive);
    for (const block of live) this.readContainers.add(block.container);
    const found = matcher.findEach(live.map((block) => block.text));
    const read = this.readMatch;
    live.forEach((block, index) => {
      const matches = found[index] ?? [];
      const readings = read ? matches.map((match) => read(block.text, match)) : undefined;
      this.options.registry.replaceBlock(block, matches, this.categoryOf, this.privateForms, readings);
    });
  }

  /**
   * Marks one huge block: matched piece by piece and its mentions read, in slices that yield, its marks
   * replaced at the end. Returns false when a newer pass took over meanwhile.
   */
  private async markHugeBlock(block: TextBlock, generation: number): Promise<boolean> {
    const matcher = this.matcher;
    let sliceStart = performance.now();
    if (!matcher) return true;
    /** Lets the page run once the slice is over; false when a newer pass took over meanwhile. */
    const goOn = async () => {
      if (performance.now() - sliceStart < SLICE_MS) return true;
      measureForBench('scan', sliceStart);
      await yieldToMain();
      sliceStart = performance.now();
      return generation === this.generation;
    };
    const pieces = findInPieces(matcher, block.text, HUGE_BLOCK_PIECE_CHARS);
    let step = pieces.next();
    for (; !step.done; step = pieces.next()) if (!(await goOn())) return false;
    const matches = step.value;
    const read = this.readMatch;
    const readings: Reading[] = [];
    for (let index = 0; read && index < matches.length; index++) {
      readings.push(read(block.text, matches[index] as TermMatch));
      if (index % READINGS_PER_CHECK === 0 && !(await goOn())) return false;
    }
    // Changed meanwhile: the change re-reads it (the observer queued it); its marks would be stale.
    if (isLive(block)) {
      this.readContainers.add(block.container);
      this.options.registry.replaceBlock(
        block,
        matches,
        this.categoryOf,
        this.privateForms,
        read ? readings : undefined,
      );
    }
    measureForBench('scan', sliceStart);
    return true;
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

  /**
   * The blocks under a grid of points over the viewport not read yet, read before the rest of the page
   * so what the reader sees comes first (a page opened scrolled down, at an anchor, or with a long
   * header above its text), in slices like the rest. Called once the page is laid out: asking where
   * things are before that would lay the page out here.
   */
  private async scanVisible(doc: Document): Promise<void> {
    const generation = this.generation;
    let start = performance.now();
    let marked = false;
    for (const container of visibleContainers(doc)) {
      if (
        this.readContainers.has(container) ||
        (container.textContent?.length ?? 0) > VISIBLE_CONTAINER_MAX_CHARS ||
        isInsideSkipped(container)
      )
        continue;
      this.markBlocks([...walkTextBlocks(container, this.noteShadowRoot, false, true)]);
      marked = true;
      if (performance.now() - start < SLICE_MS) continue;
      this.options.onMarksChanged('visible');
      marked = false;
      measureForBench('visible', start);
      await yieldToMain();
      if (generation !== this.generation) return;
      start = performance.now();
    }
    if (marked) this.options.onMarksChanged('visible');
    measureForBench('visible', start);
  }

  private enqueue(node: Node, readBefore = true): void {
    this.pending.set(node, readBefore || this.pending.get(node) === true);
    if (!this.draining) void this.drain();
  }

  /** Reads what is queued, in slices; after `firstFrameOf`'s next frame when given. */
  private async drain(firstFrameOf?: Document): Promise<void> {
    this.draining = true;
    const generation = this.generation;
    let sliceStart = performance.now();
    let deadline = sliceStart + SLICE_MS;
    try {
      if (firstFrameOf) {
        const painted = await yieldUntilPainted(firstFrameOf);
        if (generation !== this.generation) return;
        // The page is laid out: the rest of the viewport next (a page opened scrolled down), unless no
        // frame came yet (then once one does; a hidden page, none).
        if (painted) await this.scanVisible(firstFrameOf);
        else this.afterFirstFrame(firstFrameOf, () => void this.scanVisible(firstFrameOf));
        if (generation !== this.generation) return;
        sliceStart = performance.now();
        deadline = sliceStart + SLICE_MS;
      }
      while ((this.reading || this.pending.size > 0) && generation === this.generation) {
        if (!this.reading) {
          const [next] = this.pending;
          if (!next) break;
          const [root, readBefore] = next;
          this.pending.delete(root);
          if (!root.isConnected || isInsideSkipped(root)) continue;
          this.reading = walkTextBlocks(root, this.noteShadowRoot, readBefore, true);
        }
        const reading = this.reading;
        let batch: TextBlock[] = [];
        let batchChars = 0;
        for (let step = reading.next(); !step.done; step = reading.next()) {
          const block = step.value;
          if (block.text.length > HUGE_BLOCK_CHARS) {
            this.markBlocks(batch);
            batch = [];
            batchChars = 0;
            measureForBench('scan', sliceStart);
            if (!(await this.markHugeBlock(block, generation))) return;
            sliceStart = performance.now();
            deadline = sliceStart + SLICE_MS;
            continue;
          }
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
          measureForBench('scan', sliceStart);
          await yieldToMain();
          if (generation !== this.generation) return;
          sliceStart = performance.now();
          deadline = sliceStart + SLICE_MS;
        }
        this.markBlocks(batch);
        if (this.reading === reading) this.reading = undefined;
      }
      this.options.onMarksChanged('settled');
      measureForBench('scan', sliceStart);
      markForBench('glosa:scan-settled');
    } finally {
      this.draining = false;
      // A stop() and start() during a pause leaves work for the new generation.
      if ((this.reading || this.pending.size > 0) && this.running && generation !== this.generation)
        void this.drain();
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const start = performance.now();
    this.readChanges(records);
    measureForBench('mutations', start);
  }

  private readChanges(records: MutationRecord[]): void {
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

/** The block elements under a grid of points over the viewport (not the body or the root). */
function visibleContainers(doc: Document): Set<Element> {
  const containers = new Set<Element>();
  const view = doc.defaultView;
  if (!view || typeof doc.elementFromPoint !== 'function') return containers;
  for (let y = 40; y < view.innerHeight; y += 80) {
    for (const fraction of [0.25, 0.5, 0.75]) {
      const element = doc.elementFromPoint(view.innerWidth * fraction, y);
      const container = element && blockContainerOf(element);
      if (container && container !== doc.body && container !== doc.documentElement) containers.add(container);
    }
  }
  return containers;
}
