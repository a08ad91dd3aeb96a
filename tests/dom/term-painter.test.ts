import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { TERM_HIGHLIGHTS } from '../../entrypoints/content/paint/highlights';
import { PAINT_EVERYWHERE_LIMIT, TermPainter } from '../../entrypoints/content/paint/term-painter';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { fakeViewport, placeBlock } from './support/fake-geometry';
import { type FakeHighlightRegistry, installFakeHighlights } from './support/fake-highlights';
import { markTerms, type TermSpec } from './support/marks';

const BACKGROUND = TERM_HIGHLIGHTS.background;
const UNDERLINE = TERM_HIGHLIGHTS.underline;

const TERMS: Record<string, TermSpec> = {
  'Keiko Fujimori': { entryId: 'keiko-fujimori', category: 'person' },
  'Ollanta Humala': { entryId: 'ollanta-humala', category: 'person' },
  'Fuerza Popular': { entryId: 'fuerza-popular', category: 'party' },
  neoliberalism: { entryId: 'neoliberalism', category: 'ideology' },
};

const ARTICLE = `
  <h1>Keiko Fujimori faces Ollanta Humala</h1>
  <p id="lead">Fuerza Popular backs Keiko Fujimori against neoliberalism critics.</p>
  <p id="second">Ollanta Humala answered Keiko Fujimori; Fuerza Popular did not.</p>`;

let fake: ReturnType<typeof installFakeHighlights>;
let highlights: FakeHighlightRegistry;
let settings: Settings;
let registry: MarkRegistry;
let painter: TermPainter;

beforeEach(() => {
  vi.useFakeTimers();
  fake = installFakeHighlights();
  highlights = fake.highlights;
  settings = { ...DEFAULT_SETTINGS };
  registry = new MarkRegistry();
  painter = new TermPainter(registry, () => settings);
});

afterEach(() => {
  painter.dispose();
  fake.uninstall();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Loads `html` and marks it as the scanner would, then says the scan settled. */
function scanned(html = ARTICLE): void {
  document.body.innerHTML = html;
  markTerms(registry, TERMS);
  painter.marksChanged('settled');
}

/** Lets the next animation frame run, where painting happens. */
function nextFrame(): void {
  vi.advanceTimersToNextFrame();
}

describe('TermPainter under the reader’s settings', () => {
  test('paints every mark under the background name at the next frame, and nothing under the other', () => {
    scanned();
    expect(highlights.has(BACKGROUND)).toBe(false);
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toEqual([
      'Keiko Fujimori',
      'Ollanta Humala',
      'Fuerza Popular',
      'Keiko Fujimori',
      'neoliberalism',
      'Ollanta Humala',
      'Keiko Fujimori',
      'Fuerza Popular',
    ]);
    expect(highlights.has(UNDERLINE)).toBe(false);
    expect(painter.shownCount()).toBe(8);
  });

  test('hidden categories are neither painted nor counted, nor shown to hit-testing', () => {
    settings = { ...settings, hiddenCategories: ['person'] };
    scanned();
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toEqual(['Fuerza Popular', 'neoliberalism', 'Fuerza Popular']);
    expect(painter.shownCount()).toBe(3);
    const keiko = registry.inReadingOrder().find((mark) => mark.entryId === 'keiko-fujimori');
    if (!keiko) throw new Error('Keiko Fujimori is not marked');
    expect(painter.isShown(keiko)).toBe(false);
  });

  test('first occurrence only keeps the first mark of each entry in reading order, not in scan order', () => {
    settings = { ...settings, firstOccurrenceOnly: true };
    document.body.innerHTML = ARTICLE;
    // The scanner reads what the reader sees first: here the last paragraph, then the rest.
    markTerms(registry, TERMS, document.getElementById('second') as Element);
    markTerms(registry, TERMS);
    painter.marksChanged('settled');
    nextFrame();
    const painted = [...(highlights.get(BACKGROUND) ?? [])] as Range[];
    const firsts = painted.map((range) => [range.toString(), range.startContainer.parentElement?.localName]);
    expect(firsts).toEqual([
      ['Keiko Fujimori', 'h1'],
      ['Ollanta Humala', 'h1'],
      ['Fuerza Popular', 'p'],
      ['neoliberalism', 'p'],
    ]);
    expect(painted[2]?.startContainer.parentElement?.id).toBe('lead');
    expect(painter.shownCount()).toBe(4);
    const [firstKeiko, secondKeiko] = registry
      .inReadingOrder()
      .filter((mark) => mark.entryId === 'keiko-fujimori');
    if (!firstKeiko || !secondKeiko) throw new Error('Keiko Fujimori is not marked twice');
    expect(painter.isShown(firstKeiko)).toBe(true);
    expect(painter.isShown(secondKeiko)).toBe(false);
  });

  test('first occurrence only with a hidden category: the first shown mark of each shown entry', () => {
    settings = { ...settings, firstOccurrenceOnly: true, hiddenCategories: ['party'] };
    scanned();
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toEqual(['Keiko Fujimori', 'Ollanta Humala', 'neoliberalism']);
  });

  test('the underline style paints under its own name and takes the background one away', () => {
    scanned();
    nextFrame();
    settings = { ...settings, highlightStyle: 'underline' };
    painter.schedule();
    nextFrame();
    expect(highlights.has(BACKGROUND)).toBe(false);
    expect(highlights.texts(UNDERLINE)).toHaveLength(8);
    settings = { ...settings, highlightStyle: 'background' };
    painter.schedule();
    nextFrame();
    expect(highlights.has(UNDERLINE)).toBe(false);
    expect(highlights.texts(BACKGROUND)).toHaveLength(8);
  });

  test('hiding a category takes effect at the next paint; showing it again brings its marks back', () => {
    scanned();
    nextFrame();
    settings = { ...settings, hiddenCategories: ['person', 'party'] };
    painter.schedule();
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toEqual(['neoliberalism']);
    settings = { ...settings, hiddenCategories: [] };
    painter.schedule();
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toHaveLength(8);
  });
});

describe('TermPainter repaints only when something changed', () => {
  test('asking again with nothing changed registers nothing new; many asks in a frame paint once', () => {
    scanned();
    painter.schedule();
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.sets).toBe(1);
    painter.schedule();
    nextFrame();
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.sets).toBe(1);
  });

  test('a paragraph added or removed is painted or unpainted at the next frame', () => {
    scanned();
    nextFrame();
    const late = document.createElement('p');
    late.textContent = 'Later, neoliberalism again.';
    document.body.append(late);
    markTerms(registry, TERMS, late);
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.sets).toBe(2);
    expect(highlights.texts(BACKGROUND).filter((text) => text === 'neoliberalism')).toHaveLength(2);

    document.getElementById('lead')?.remove();
    registry.removeDisconnected();
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.sets).toBe(3);
    expect(highlights.texts(BACKGROUND)).toEqual([
      'Keiko Fujimori',
      'Ollanta Humala',
      'Ollanta Humala',
      'Keiko Fujimori',
      'Fuerza Popular',
      'neoliberalism',
    ]);
  });

  test('during a scan, marks are painted at most about four times a second, and at once when it settles', () => {
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main') as HTMLElement;
    for (let step = 0; step < 50; step++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Part ${step}: neoliberalism.`;
      main.append(paragraph);
      markTerms(registry, TERMS, paragraph);
      painter.marksChanged('partial');
      vi.advanceTimersByTime(20);
    }
    // One second of scanning.
    expect(highlights.sets).toBeGreaterThanOrEqual(3);
    expect(highlights.sets).toBeLessThanOrEqual(5);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Last: neoliberalism.';
    main.append(paragraph);
    markTerms(registry, TERMS, paragraph);
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toHaveLength(51);
  });

  test('the visible area is painted in the next frame; the scan that goes on waits its turn to repaint', () => {
    document.body.innerHTML = ARTICLE;
    markTerms(registry, TERMS, document.getElementById('second') as Element);
    painter.marksChanged('visible');
    nextFrame();
    expect(highlights.sets).toBe(1);
    const visible = highlights.texts(BACKGROUND).length;
    expect(visible).toBeGreaterThan(0);
    // The scan goes on reading the rest: no repaint at each slice.
    markTerms(registry, TERMS);
    painter.marksChanged('partial');
    nextFrame();
    expect(highlights.sets).toBe(1);
    painter.marksChanged('settled');
    nextFrame();
    expect(highlights.sets).toBe(2);
    expect(highlights.texts(BACKGROUND)).toHaveLength(8);
    expect(visible).toBeLessThan(8);
  });
});

describe('TermPainter clearing', () => {
  test('clear takes every highlight away; the next paint brings the marks back', () => {
    scanned();
    nextFrame();
    painter.clear();
    expect(highlights.size).toBe(0);
    painter.schedule();
    nextFrame();
    expect(highlights.texts(BACKGROUND)).toHaveLength(8);
  });

  test('clear takes the underline highlight away too', () => {
    settings = { ...settings, highlightStyle: 'underline' };
    scanned();
    nextFrame();
    expect(highlights.has(UNDERLINE)).toBe(true);
    painter.clear();
    expect(highlights.size).toBe(0);
  });

  test('after dispose nothing is painted any more, whatever the scanner reports', () => {
    scanned();
    nextFrame();
    painter.dispose();
    expect(highlights.size).toBe(0);
    painter.marksChanged('settled');
    painter.marksChanged('visible');
    vi.advanceTimersByTime(1_000);
    expect(highlights.size).toBe(0);
  });
});

describe('TermPainter on a large page', () => {
  const PARAGRAPHS = 60;
  const MARKS_PER_PARAGRAPH = 10;
  const SPACING = 500;
  let viewport: ReturnType<typeof fakeViewport>;

  beforeEach(() => {
    viewport = fakeViewport({ height: 1_000, scrollY: 0, pageHeight: PARAGRAPHS * SPACING });
    vi.stubGlobal('requestIdleCallback', () => 1);
    vi.stubGlobal('cancelIdleCallback', () => {});
    document.body.innerHTML = '<main></main>';
    const main = document.querySelector('main') as HTMLElement;
    for (let index = 0; index < PARAGRAPHS; index++) {
      const paragraph = document.createElement('p');
      paragraph.id = `p${index}`;
      paragraph.textContent = 'neoliberalism, '.repeat(MARKS_PER_PARAGRAPH);
      main.append(paragraph);
      placeBlock(paragraph, index * SPACING, 400);
    }
    markTerms(registry, TERMS);
  });

  afterEach(() => {
    viewport.restore();
    vi.unstubAllGlobals();
  });

  /** Paragraph numbers with painted marks. */
  function paintedParagraphs(): number[] {
    const ranges = [...(highlights.get(BACKGROUND) ?? [])] as Range[];
    const ids = new Set(ranges.map((range) => Number(range.startContainer.parentElement?.id.slice(1))));
    return [...ids].sort((a, b) => a - b);
  }

  test(`above ${PAINT_EVERYWHERE_LIMIT} marks, only those within six screens are painted`, () => {
    expect(registry.size).toBeGreaterThan(PAINT_EVERYWHERE_LIMIT);
    painter.marksChanged('settled');
    nextFrame();
    // Paragraphs start every 500 px: those starting within 7,000 px of the top.
    expect(paintedParagraphs()).toEqual(Array.from({ length: 15 }, (_, index) => index));
    // Every mark the settings show is counted, painted yet or not.
    expect(painter.shownCount()).toBe(PARAGRAPHS * MARKS_PER_PARAGRAPH);
  });

  test('scrolling within the painted screens repaints nothing; scrolling further paints the marks there', () => {
    painter.marksChanged('settled');
    nextFrame();
    const sets = highlights.sets;
    viewport.scrollY = 1_500;
    window.dispatchEvent(new Event('scroll'));
    nextFrame();
    vi.advanceTimersByTime(200);
    expect(highlights.sets).toBe(sets);

    viewport.scrollY = 5_000;
    window.dispatchEvent(new Event('scroll'));
    nextFrame();
    expect(highlights.sets).toBe(sets + 1);
    const painted = paintedParagraphs();
    expect(painted).toContain(16);
    expect(painted).toContain(24);
    expect(painted).not.toContain(25);
  });

  test('opened at the end of the article, the marks there are painted, not those at the top', () => {
    viewport.scrollY = PARAGRAPHS * SPACING - 1_000;
    painter.marksChanged('settled');
    nextFrame();
    const painted = paintedParagraphs();
    expect(painted).toContain(PARAGRAPHS - 1);
    expect(painted).not.toContain(0);
  });

  test('below the limit again, the whole page is painted', () => {
    painter.marksChanged('settled');
    nextFrame();
    for (let index = 20; index < PARAGRAPHS; index++) document.getElementById(`p${index}`)?.remove();
    registry.removeDisconnected();
    expect(registry.size).toBeLessThanOrEqual(PAINT_EVERYWHERE_LIMIT);
    painter.marksChanged('settled');
    nextFrame();
    expect(paintedParagraphs()).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });

  test('dispose stops following the scroll', () => {
    painter.marksChanged('settled');
    nextFrame();
    painter.dispose();
    viewport.scrollY = 20_000;
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(500);
    expect(highlights.size).toBe(0);
  });
});
