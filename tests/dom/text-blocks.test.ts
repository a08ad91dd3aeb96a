import { describe, expect, test } from 'vitest';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { collectTextBlocks } from '../../entrypoints/content/scan/text-blocks';

function page(html: string): HTMLElement {
  // Test fixtures only: the markup is ours, not page or glossary text.
  document.body.innerHTML = html;
  return document.body;
}

function blockTexts(html: string): string[] {
  return collectTextBlocks(page(html)).map((block) => block.text);
}

describe('collectTextBlocks', () => {
  test('inline markup stays inside one block, so a split term is one piece of text', () => {
    expect(blockTexts('<p>The <b>Sendero <em>Luminoso</em></b> war</p>')).toEqual([
      'The Sendero Luminoso war',
    ]);
  });

  test('block elements and <br> split blocks', () => {
    expect(
      blockTexts('<div>Gana<div>Perú</div></div><p>one<br>two</p><ul><li>a</li><li>b</li></ul>'),
    ).toEqual(['Gana', 'Perú', 'one', 'two', 'a', 'b']);
  });

  test('skips code, form fields, scripts, styles and editable regions', () => {
    const texts = blockTexts(
      `<p>kept</p><script>var neoliberalism = 1</script><style>.x{}</style><textarea>Humala</textarea>
       <select><option>Humala</option></select><pre>Humala</pre><code>Humala</code>
       <div contenteditable="true"><p>Humala</p></div><noscript>Humala</noscript><template><p>Humala</p></template>`,
    );
    expect(texts.join('|')).not.toContain('Humala');
    expect(texts).toContain('kept');
  });

  test('whitespace-only blocks are dropped', () => {
    expect(blockTexts('<div>\n  <p> x </p>\n</div>')).toEqual([' x ']);
  });

  test('deeply nested inline markup is one block', () => {
    // happy-dom itself recurses over the tree; far deeper trees are exercised in real browsers.
    const depth = 1_000;
    page(`${'<span>'.repeat(depth)}deep neoliberalism${'</span>'.repeat(depth)}`);
    expect(collectTextBlocks(document.body).map((block) => block.text)).toEqual(['deep neoliberalism']);
  });
});

/** The registry's marks for one match in the page's only block. */
function marksForMatch(html: string, entryId: string, start: (text: string) => number, form: string) {
  const [block] = collectTextBlocks(page(html));
  if (!block) throw new Error('no block');
  const registry = new MarkRegistry();
  const at = start(block.text);
  registry.replaceBlock(block, [{ entryId, start: at, end: at + form.length }], { [entryId]: 'movement' });
  return { registry, block };
}

describe('MarkRegistry marks', () => {
  test('a match across three text nodes becomes one range over exactly those characters', () => {
    const { registry } = marksForMatch(
      '<p>The <b>Sendero <em>Luminoso</em></b> war</p>',
      'sendero-luminoso',
      (text) => text.indexOf('Sendero'),
      'Sendero Luminoso',
    );
    const [mark] = registry.all();
    expect(mark?.range.toString()).toBe('Sendero Luminoso');
    expect(mark?.nodes.map((node) => node.data)).toEqual(['Sendero ', 'Luminoso']);
    expect(mark?.range.startContainer.textContent).toBe('Sendero ');
    expect(mark?.range.endContainer.textContent).toBe('Luminoso');
    expect(mark?.container?.tagName).toBe('P');
  });

  test('a match at the very end of the last node', () => {
    const { registry } = marksForMatch(
      '<p>against <i>neoliberalism</i></p>',
      'neoliberalism',
      () => 8,
      'neoliberalism',
    );
    expect([...registry.all()][0]?.range.toString()).toBe('neoliberalism');
  });

  test('reading a block again with the same terms keeps its marks; a different term replaces them', () => {
    const { registry, block } = marksForMatch(
      '<p>against <i>neoliberalism</i></p>',
      'neoliberalism',
      () => 8,
      'neoliberalism',
    );
    const [before] = registry.all();
    const same = [{ entryId: 'neoliberalism', start: 8, end: block.text.length }];
    expect(registry.replaceBlock(block, same, { neoliberalism: 'ideology' })).toBe(true);
    const [recategorized] = registry.all();
    expect(registry.replaceBlock(block, same, { neoliberalism: 'ideology' })).toBe(false);
    expect([...registry.all()][0]).toBe(recategorized);
    expect(recategorized).not.toBe(before);
    expect(registry.replaceBlock(block, [], {})).toBe(true);
    expect(registry.size).toBe(0);
    expect(registry.replaceBlock(block, [], {})).toBe(false);
  });

  test('a range made late from text that shrank meanwhile is clamped, not an error', () => {
    const { registry } = marksForMatch('<p>neoliberalism</p>', 'neoliberalism', () => 0, 'neoliberalism');
    const [mark] = registry.all();
    (mark?.nodes[0] as Text).data = 'neo';
    expect(mark?.range.toString()).toBe('neo');
  });
});
