import { describe, expect, test } from 'vitest';
import { anchorPassage, passageAt } from '../../core/notes/quote-anchoring';
import { NotePageText } from '../../entrypoints/content/notes/note-page-text';

function page(html: string): NotePageText {
  document.body.innerHTML = html;
  return new NotePageText(document.body);
}

describe('note page text', () => {
  test('blocks are joined and white space collapsed; code and form fields are left out', () => {
    const text = page(
      `<h1>Peru   votes</h1>\n<p>Keiko <em>Fujimori</em>\n   ran.</p><pre>code()</pre><textarea>typed</textarea><p>End.</p>`,
    );
    expect(text.text).toBe('Peru votes Keiko Fujimori ran. End.');
  });

  test('a selection across inline markup becomes offsets, and offsets become the same DOM text again', () => {
    const text = page('<p>Ollanta <b>Humala</b> won the   runoff in June.</p><p>Then came the cabinet.</p>');
    const range = document.createRange();
    const bold = document.querySelector('b')?.firstChild as Text;
    const tail = bold.parentElement?.nextSibling as Text;
    range.setStart(bold, 2);
    range.setEnd(tail, ' won the   runoff'.length);
    const offsets = text.offsetsOf(range);
    if (!offsets) throw new Error('no offsets');
    expect(text.text.slice(offsets.start, offsets.end)).toBe('mala won the runoff');
    expect(text.rangeFor(offsets.start, offsets.end)?.toString()).toBe('mala won the   runoff');
  });

  test('the sentence around a term, inside its paragraph', () => {
    const text = page(
      '<h2>Results</h2><p>The count was slow. Gana <i>Perú</i> led in the south! Lima voted otherwise.</p>',
    );
    const term = document.createRange();
    const italic = document.querySelector('i')?.firstChild as Text;
    term.setStart(italic.parentElement?.previousSibling as Text, 'The count was slow. '.length);
    term.setEnd(italic, 4);
    const sentence = text.sentenceAround(term);
    if (!sentence) throw new Error('no sentence');
    expect(text.text.slice(sentence.start, sentence.end)).toBe('Gana Perú led in the south!');
  });

  test('a passage saved on one version of a page is found in the next, as a DOM range', () => {
    const before = page('<p>Intro.</p><p>Keiko Fujimori ran on her fathers record.</p>');
    const start = before.text.indexOf('Keiko');
    const passage = passageAt(before.text, start, before.text.indexOf('record.') + 7);
    if (!passage) throw new Error('no passage');
    const after = page(
      '<p>Intro.</p><p>A new paragraph.</p><p>Keiko Fujimori ran on her <em>father’s</em> record.</p>',
    );
    const anchor = anchorPassage(after.text, passage);
    if (!anchor) throw new Error('not anchored');
    expect(after.rangeFor(anchor.start, anchor.end)?.toString()).toBe(
      'Keiko Fujimori ran on her father’s record.',
    );
  });
});
