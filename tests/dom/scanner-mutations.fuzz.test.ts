import { afterEach, describe, expect, test } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { glossary } from '../../data/glossary';
import { MarkRegistry, type TermMark } from '../../entrypoints/content/scan/mark-registry';
import { PageScanner, type ScanProgress } from '../../entrypoints/content/scan/page-scanner';
import { Random } from '../node/text-noise';
import { BLOCK, fill, INLINE, markAll, randomText } from './random-dom';

/**
 * Fuzz: a page changes after it was read (text edited, split, removed, inline content moved between
 * paragraphs, new content added) and the scanner follows it. After each round of changes, its marks
 * are exactly those of a fresh read of the page as it now is: nothing stale, nothing twice.
 */
const PAGES = 60;
const ROUNDS = 3;
const CHANGES_PER_ROUND = 4;
const matcher = compileMatcher(termsFromEntries(glossary));
const categoryOf = Object.fromEntries(glossary.map((entry) => [entry.id, entry.category]));

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

/** Every node under `root`, shadow trees included, in document order. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    nodes.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return nodes;
}

/** Marks as comparable strings: entry, first and last text node (by position) and offsets. */
function describeMarks(marks: readonly TermMark[], position: Map<Node, number>): string[] {
  return marks
    .map((mark) => {
      const first = position.get(mark.nodes[0] as Node);
      const last = position.get(mark.nodes[mark.nodes.length - 1] as Node);
      return `${mark.entryId} ${first}:${mark.startOffset}-${last}:${mark.endOffset} "${mark.range.toString()}"`;
    })
    .sort();
}

function isShadowIncludingAncestor(ancestor: Node, node: Node): boolean {
  for (
    let current: Node | null = node;
    current;
    current = current.parentNode ?? (current as ShadowRoot).host ?? null
  ) {
    if (current === ancestor) return true;
  }
  return false;
}

function changePage(random: Random): void {
  const nodes = allNodes(document.body).filter((node) => node !== document.body && node.nodeType !== 11);
  const texts = nodes.filter((node): node is Text => node.nodeType === 3);
  const elements = [document.body, ...nodes.filter((node): node is Element => node.nodeType === 1)];
  const roll = random.float();
  if (roll < 0.3 && texts.length > 0) {
    // Inline content moved into another block (what editors and frameworks do).
    const moved = random.chance(0.5) ? random.pick(texts) : (random.pick(texts).parentNode as Node);
    const into = random.pick(elements);
    if (moved === document.body || isShadowIncludingAncestor(moved, into)) return;
    into.insertBefore(moved, random.chance(0.5) ? into.firstChild : null);
  } else if (roll < 0.5 && texts.length > 0) {
    random.pick(texts).data = randomText(random);
  } else if (roll < 0.6 && texts.length > 0) {
    const text = random.pick(texts);
    text.splitText(random.int(text.data.length + 1));
  } else if (roll < 0.75 && nodes.length > 0) {
    (random.pick(nodes) as ChildNode).remove();
  } else if (roll < 0.9) {
    const inline = document.createElement(random.pick(INLINE));
    inline.textContent = randomText(random);
    random.pick(elements).append(random.chance(0.5) ? inline : randomText(random));
  } else {
    const block = document.createElement(random.pick(BLOCK));
    fill(random, block, 3);
    random.pick(elements).append(block);
  }
}

/**
 * Resolves once the scanner has said its queue is empty ('settled') and reported nothing since. A quiet
 * moment alone is not enough: on a busy machine a pause between two slices of reading outlasts it.
 */
async function settled(changes: () => number, progress: () => ScanProgress | undefined): Promise<void> {
  let seen = -1;
  while (seen !== changes() || progress() !== 'settled') {
    seen = changes();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('page scanner following changes (fuzz)', () => {
  test(`${PAGES} random pages changed ${ROUNDS} times: marks always equal a fresh read`, async () => {
    let compared = 0;
    for (let seed = 1; seed <= PAGES; seed++) {
      const random = new Random(seed);
      document.body.replaceChildren();
      fill(random, document.body, 0);
      const registry = new MarkRegistry();
      let changes = 0;
      let progress: ScanProgress | undefined;
      scanner = new PageScanner({
        registry,
        onMarksChanged: (reported) => {
          changes++;
          progress = reported;
        },
      });
      scanner.start(document, matcher, categoryOf);
      await settled(
        () => changes,
        () => progress,
      );
      for (let round = 0; round < ROUNDS; round++) {
        for (let change = 0; change < CHANGES_PER_ROUND; change++) changePage(random);
        await new Promise((resolve) => setTimeout(resolve, 0));
        await settled(
          () => changes,
          () => progress,
        );
        const fresh = new MarkRegistry();
        markAll(document.body, fresh, matcher, categoryOf);
        const position = new Map(allNodes(document.body).map((node, index) => [node, index]));
        expect(describeMarks(registry.inReadingOrder(), position), `seed ${seed}, round ${round}`).toEqual(
          describeMarks(fresh.inReadingOrder(), position),
        );
        compared += fresh.size;
      }
      scanner.stop();
    }
    // The pages must actually hold marks to compare.
    expect(compared).toBeGreaterThan(PAGES * ROUNDS);
  }, 120_000);
});
