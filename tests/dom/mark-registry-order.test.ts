import { describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { glossary } from '../../data/glossary';
import { MarkRegistry, type TermMark } from '../../entrypoints/content/scan/mark-registry';
import { collectTextBlocks } from '../../entrypoints/content/scan/text-blocks';
import { Random } from '../node/text-noise';

const matcher = compileMatcher(termsFromEntries(glossary));
const categoryOf = Object.fromEntries(glossary.map((entry) => [entry.id, entry.category]));
const SENTENCES = [
  'Keiko Fujimori met Ollanta Humala.',
  'Sendero Luminoso and neoliberalism.',
  'Gana Perú backed Humala; Fuerza Popular did not.',
  'Nothing here.',
];

function read(registry: MarkRegistry, root: Node): void {
  for (const block of collectTextBlocks(root))
    registry.replaceBlock(block, matcher.find(block.text), categoryOf);
}

describe('MarkRegistry reading order, kept up to date between changes', () => {
  test('after blocks added, re-read and removed in any order, it equals sorting every mark afresh', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = new Random(seed);
      document.body.innerHTML = Array.from(
        { length: 30 },
        (_, index) =>
          `<div id="d${index}"><p>${random.pick(SENTENCES)}</p>${random.pick(SENTENCES)}<p>${random.pick(SENTENCES)}</p></div>`,
      ).join('');
      const registry = new MarkRegistry();
      const containers = [...document.querySelectorAll('div')];
      // Mostly from the top, as a page is read, with some out of order (shadow roots, late content).
      const order = containers.map((element, index) => ({
        element,
        key: index + (random.chance(0.2) ? random.int(30) : 0),
      }));
      order.sort((a, b) => a.key - b.key);
      for (const { element } of order) {
        // The scanner reads nothing that left the page.
        if (element.isConnected) read(registry, element);
        if (random.chance(0.3)) registry.inReadingOrder();
        if (random.chance(0.1)) {
          // A block of the page (the scanner reads nothing that left it).
          const target = random.pick(containers.filter((element) => element.isConnected));
          const paragraph = target.querySelector('p');
          if (paragraph) paragraph.textContent = random.pick(SENTENCES);
          // As the scanner does on a mutation: marks on the replaced text go, the block is read again.
          if (paragraph) registry.dropMarksReadWhole(paragraph);
          registry.removeDisconnected();
          read(registry, target);
        }
        if (random.chance(0.05)) {
          const gone = random.pick(containers.filter((element) => element.isConnected));
          registry.dropMarksIn([gone]);
          gone.remove();
          registry.removeDisconnected();
        }
      }
      expect(registry.inReadingOrder()).toEqual(inDocumentOrder([...registry.all()]));
      expect(registry.inReadingOrder().length).toBe(registry.size);
    }
  });

  test('marks of one walk over the page are put in order without a DOM comparison', () => {
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, index) =>
        `<div>${SENTENCES[index % 4]}<p>${SENTENCES[(index + 1) % 4]} <em>${SENTENCES[(index + 2) % 4]}</em></p>${SENTENCES[(index + 3) % 4]}</div>`,
    ).join('');
    const registry = new MarkRegistry();
    const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    let index = 0;
    for (const block of collectTextBlocks(document.body)) {
      registry.replaceBlock(block, matcher.find(block.text), categoryOf);
      // Ordered now and then, as the scanner's names pass does while a page is read.
      if (index++ % 7 === 0) registry.inReadingOrder();
    }
    const ordered = registry.inReadingOrder();
    expect(compare).not.toHaveBeenCalled();
    compare.mockRestore();
    expect(ordered.length).toBeGreaterThan(100);
    expect(ordered).toEqual(inDocumentOrder([...registry.all()]));
  });

  test('marks of blocks read first (the visible area) merge with one walk over the page in reading order', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = new Random(seed);
      document.body.innerHTML = Array.from(
        { length: 40 },
        () =>
          `<div>${random.pick(SENTENCES)}<p>${random.pick(SENTENCES)} <em>${random.pick(SENTENCES)}</em></p>${random.pick(SENTENCES)}</div>`,
      ).join('');
      const registry = new MarkRegistry();
      // A few block elements first (a walk of its own each), as on a page opened scrolled down.
      const paragraphs = [...document.querySelectorAll('p')];
      const visible = new Set(Array.from({ length: 3 }, () => random.pick(paragraphs)));
      for (const paragraph of visible) read(registry, paragraph);
      registry.inReadingOrder();
      for (const block of collectTextBlocks(document.body)) {
        if (visible.has(block.container as HTMLParagraphElement)) continue;
        registry.replaceBlock(block, matcher.find(block.text), categoryOf);
        if (random.chance(0.1)) registry.inReadingOrder();
      }
      expect(registry.inReadingOrder()).toEqual(inDocumentOrder([...registry.all()]));
    }
  });
});

/** `marks` sorted by a walk of every node of the body (independent of the comparator the registry uses). */
function inDocumentOrder(marks: TermMark[]): TermMark[] {
  const position = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode())
    position.set(node, position.size);
  const key = (mark: TermMark) =>
    position.get(mark.readWhole ? mark.container : (mark.nodes[0] as Node)) ?? -1;
  return marks.sort((a, b) => key(a) - key(b) || a.start - b.start);
}
