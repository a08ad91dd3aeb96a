import { describe, expect, test } from 'vitest';
import { spanForMatch } from '../../entrypoints/content/term-ranges';
import { collectTextBlocks } from '../../entrypoints/content/text-blocks';

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

describe('spanForMatch', () => {
  test('a match across three text nodes becomes one range over exactly those characters', () => {
    const [block] = collectTextBlocks(page('<p>The <b>Sendero <em>Luminoso</em></b> war</p>'));
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Sendero');
    const span = spanForMatch(block, {
      entryId: 'sendero-luminoso',
      start,
      end: start + 'Sendero Luminoso'.length,
    });
    const range = span?.range;
    expect(range?.toString()).toBe('Sendero Luminoso');
    expect(span?.nodes.map((node) => node.data)).toEqual(['Sendero ', 'Luminoso']);
    expect(range?.startContainer.textContent).toBe('Sendero ');
    expect(range?.endContainer.textContent).toBe('Luminoso');
  });

  test('a match at the very end of the last node', () => {
    const [block] = collectTextBlocks(page('<p>against <i>neoliberalism</i></p>'));
    if (!block) throw new Error('no block');
    const span = spanForMatch(block, { entryId: 'neoliberalism', start: 8, end: block.text.length });
    expect(span?.range.toString()).toBe('neoliberalism');
  });
});
