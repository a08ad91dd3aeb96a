import { describe, expect, test } from 'vitest';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { walkTextBlocks } from '../../entrypoints/content/scan/text-blocks';
import { Random } from '../node/text-noise';
import { fill } from './random-dom';

function page(html: string): HTMLElement {
  // Test fixtures only: the markup is ours, not page or glossary text.
  document.body.innerHTML = html;
  return document.body;
}

/** Blocks of `root`, read the content script's way (paragraphs of inline content at once) or node by node. */
function blocks(root: Node, readWhole: boolean) {
  const shadowRoots: ShadowRoot[] = [];
  const read = [...walkTextBlocks(root, (shadow) => shadowRoots.push(shadow), false, readWhole)];
  return { read, shadowRoots };
}

describe('walkTextBlocks reading paragraphs whole', () => {
  test('a paragraph of inline content is one block read at once, with the same text', () => {
    const root = page('<p>The <b>Sendero <em>Luminoso</em></b> war</p><p>second</p>');
    const { read } = blocks(root, true);
    expect(read.map((block) => [block.text, block.readWhole, block.nodes.length])).toEqual([
      ['The Sendero Luminoso war', true, 0],
      ['second', true, 0],
    ]);
  });

  test('a paragraph holding a span, a <br>, a nested block, an editor or code is read node by node', () => {
    for (const html of [
      '<p>Gana <span>Perú</span></p>',
      '<p>one<br>two</p>',
      '<div>Gana<p>Perú</p></div>',
      '<p>Gana <b contenteditable="true">Perú</b></p>',
      '<p>Gana <code>Perú</code></p>',
    ]) {
      const root = page(html);
      const { read } = blocks(root, true);
      const outer = read.filter((block) => block.container === root.firstElementChild);
      expect(outer.length, html).toBeGreaterThan(0);
      expect(
        outer.every((block) => !block.readWhole && block.nodes.length > 0),
        html,
      ).toBe(true);
      expect(read.map((block) => block.text)).toEqual(
        blocks(page(html), false).read.map((block) => block.text),
      );
    }
  });

  test('a shadow host is read node by node, and its shadow root is reported', () => {
    const root = page('<p>Gana Perú</p>');
    const host = root.querySelector('p') as HTMLElement;
    host.attachShadow({ mode: 'open' }).append('Humala');
    const { read, shadowRoots } = blocks(root, true);
    expect(read.map((block) => [block.text, block.readWhole ?? false])).toEqual([['Gana Perú', false]]);
    expect(shadowRoots).toEqual([host.shadowRoot]);
  });

  test('random pages: the same blocks, containers and shadow roots as reading node by node', () => {
    for (let seed = 1; seed <= 150; seed++) {
      document.body.replaceChildren();
      fill(new Random(seed), document.body, 0);
      const whole = blocks(document.body, true);
      const byNode = blocks(document.body, false);
      const describe = (read: typeof whole.read) => read.map((block) => [block.container, block.text]);
      expect(describe(whole.read), `seed ${seed}`).toEqual(describe(byNode.read));
      expect(whole.shadowRoots).toEqual(byNode.shadowRoots);
    }
  });
});

describe('marks of a paragraph read whole', () => {
  test('find their text nodes when needed: a term across inline markup is one exact range', () => {
    const root = page('<p>The <b>Sendero <em>Luminoso</em></b> war and <i>neoliberalism</i></p>');
    const [block] = blocks(root, true).read;
    if (!block) throw new Error('no block');
    const registry = new MarkRegistry();
    const start = block.text.indexOf('Sendero');
    const end = start + 'Sendero Luminoso'.length;
    const tail = block.text.indexOf('neoliberalism');
    registry.replaceBlock(
      block,
      [
        { entryId: 'sendero-luminoso', start, end },
        { entryId: 'neoliberalism', start: tail, end: tail + 'neoliberalism'.length },
      ],
      { 'sendero-luminoso': 'movement', neoliberalism: 'concept' },
    );
    const [sendero, neoliberalism] = registry.inReadingOrder();
    expect(sendero?.nodes.map((node) => node.data)).toEqual(['Sendero ', 'Luminoso']);
    expect([sendero?.startOffset, sendero?.endOffset]).toEqual([0, 'Luminoso'.length]);
    expect(sendero?.range.toString()).toBe('Sendero Luminoso');
    expect(neoliberalism?.range.toString()).toBe('neoliberalism');
    const luminoso = root.querySelector('em')?.firstChild as Text;
    expect(registry.marksOn(luminoso)).toEqual([sendero]);
  });

  test('go when their paragraph is removed, and when its text changes', () => {
    const root = page('<p>against <i>neoliberalism</i></p><p>Humala</p>');
    const registry = new MarkRegistry();
    for (const block of blocks(root, true).read) {
      const at = block.text.search(/neoliberalism|Humala/);
      registry.replaceBlock(block, [{ entryId: 'x', start: at, end: block.text.length }], {});
    }
    expect(registry.size).toBe(2);
    const [first, second] = root.querySelectorAll('p');
    first?.remove();
    expect(registry.dropMarksIn([first as Node])).toBe(true);
    expect(registry.size).toBe(1);
    expect(registry.dropMarksReadWhole(second as Element)).toBe(true);
    expect(registry.size).toBe(0);
  });
});
