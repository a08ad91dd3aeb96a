import { describe, expect, test } from 'vitest';
import { editDistance } from '../../core/edit-distance';
import { collapseWhitespace } from '../../core/notes/page-text';
import { anchorPassage, approximateEnds, passageAt } from '../../core/notes/quote-anchoring';
import { longPageWithEditedPassage } from './notes-fixtures';

const ARTICLE = [
  'Peru votes again.',
  'Ollanta Humala promised to redistribute the gains of the mining boom to the poorest regions.',
  'Keiko Fujimori ran on her father’s record against Sendero Luminoso.',
  'The markets fell the day after the first round, and the sol lost ground.',
  'Observers expect a close runoff in June.',
].join('\n');

function passageOf(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  const passage = passageAt(text, start, start + sentence.length);
  if (!passage) throw new Error('no passage');
  return passage;
}

function anchoredText(text: string, passage: ReturnType<typeof passageOf>): string | undefined {
  const anchor = anchorPassage(text, passage);
  return anchor ? text.slice(anchor.start, anchor.end) : undefined;
}

describe('quote anchoring', () => {
  const sentence = 'Keiko Fujimori ran on her father’s record against Sendero Luminoso.';

  test('a passage keeps its words and about 32 characters of context on each side', () => {
    const passage = passageOf(ARTICLE, sentence);
    expect(passage.quote.exact).toBe(sentence);
    expect(passage.quote.prefix).toHaveLength(32);
    expect(ARTICLE.endsWith(passage.quote.prefix, ARTICLE.indexOf(sentence))).toBe(true);
    expect(passage.quote.suffix.startsWith('\nThe markets fell')).toBe(true);
    expect(passage.position.end - passage.position.start).toBe(sentence.length);
  });

  test('the unchanged page anchors exactly where the passage was', () => {
    const passage = passageOf(ARTICLE, sentence);
    const anchor = anchorPassage(ARTICLE, passage);
    expect(anchor).toMatchObject({ start: passage.position.start, end: passage.position.end, exact: true });
  });

  test('a sentence inserted before the passage: still found, at its new place', () => {
    const passage = passageOf(ARTICLE, sentence);
    const edited = ARTICLE.replace(
      'Peru votes again.',
      'Peru votes again. A new paragraph arrives here, as editors do.',
    );
    expect(anchoredText(edited, passage)).toBe(sentence);
  });

  test('a typo fixed inside the passage: found approximately, covering the corrected sentence', () => {
    const withTypo = ARTICLE.replace('father’s record', 'fathers recrod');
    const passage = passageOf(withTypo, 'Keiko Fujimori ran on her fathers recrod against Sendero Luminoso.');
    expect(anchoredText(ARTICLE, passage)).toBe(sentence);
  });

  test('a typo fixed and a sentence inserted right before: still found', () => {
    const withTypo = ARTICLE.replace('Luminoso.', 'Lumnoso.');
    const passage = passageOf(withTypo, 'Keiko Fujimori ran on her father’s record against Sendero Lumnoso.');
    const edited = ARTICLE.replace('poorest regions.', 'poorest regions. Lima disagreed loudly.');
    expect(anchoredText(edited, passage)).toBe(sentence);
  });

  test('a removed passage is an orphan, even with a look-alike sentence on the page', () => {
    const humala =
      'Ollanta Humala promised to redistribute the gains of the mining boom to the poorest regions.';
    const passage = passageOf(ARTICLE, humala);
    const lookAlike = ARTICLE.replace(
      humala,
      'Pedro Kuczynski promised to redistribute the gains of the fishing boom to the richest regions.',
    );
    expect(anchorPassage(lookAlike, passage)).toBeUndefined();
    expect(anchorPassage(ARTICLE.replace(humala, ''), passage)).toBeUndefined();
  });

  test('the same sentence twice: the context picks the one the note was written on', () => {
    const repeated = 'Observers expect a close runoff in June.';
    const page = `Lima, first edition. ${repeated} Humala leads in the south.\nSecond edition from Cusco. ${repeated} Fujimori leads in Lima.`;
    const second = page.lastIndexOf(repeated);
    const passage = passageAt(page, second, second + repeated.length);
    if (!passage) throw new Error('no passage');
    expect(anchorPassage(page, passage)?.start).toBe(second);
    // Still right when both copies moved (a paragraph inserted at the top shifts every position).
    const shifted = `Breaking: the count continues through the night. ${page}`;
    expect(anchorPassage(shifted, passage)?.start).toBe(shifted.lastIndexOf(repeated));
    const first = page.indexOf(repeated);
    const firstPassage = passageAt(page, first, first + repeated.length);
    if (!firstPassage) throw new Error('no passage');
    expect(anchorPassage(shifted, firstPassage)?.start).toBe(shifted.indexOf(repeated));
  });

  test('the same sentence twice, one edited: the edited one is still the note’s', () => {
    const repeated = 'Observers expect a close runoff in June.';
    const page = `Lima, first edition. ${repeated} Humala leads in the south.\nSecond edition from Cusco. ${repeated} Fujimori leads in Lima.`;
    const second = page.lastIndexOf(repeated);
    const passage = passageAt(page, second, second + repeated.length);
    if (!passage) throw new Error('no passage');
    const edited = page.replace(
      'Second edition from Cusco. Observers expect',
      'Second edition from Cusco. Observers now expect',
    );
    const anchor = anchorPassage(edited, passage);
    expect(anchor?.start).toBeGreaterThan(edited.indexOf('Cusco'));
    expect(edited.slice(anchor?.start, anchor?.end)).toContain('close runoff in June');
  });

  test('approximate search finds ends within the error budget and no others', () => {
    const ends = approximateEnds('the sendero luminosa was here', 'sendero luminoso', 1);
    expect(ends).toEqual([{ end: 20, errors: 1 }]);
    expect(approximateEnds('nothing alike at all', 'sendero luminoso', 2)).toEqual([]);
  });

  test('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('Perú', 'Perú')).toBe(0);
  });

  test('white space is collapsed, with a map back to the source text', () => {
    const collapsed = collapseWhitespace('  Sendero\n\n   Luminoso  rose ');
    expect(collapsed.text).toBe('Sendero Luminoso rose');
    expect(collapsed.toSource[8]).toBe(14);
    expect(collapsed.toSource[collapsed.text.length]).toBe(29);
  });

  test('a long passage on a long page anchors where it was edited (its time: npm run bench)', () => {
    const { page, quote, edited } = longPageWithEditedPassage();
    const start = page.indexOf(quote);
    const passage = passageAt(page, start, start + quote.length);
    if (!passage) throw new Error('no passage');
    const anchored = anchoredText(edited, passage);
    expect(anchored).toContain('each day');
    expect(anchored?.startsWith('Keiko Fujimori')).toBe(true);
  });
});
