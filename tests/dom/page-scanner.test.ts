import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { glossary } from '../../data/glossary';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { PageScanner } from '../../entrypoints/content/scan/page-scanner';

const matcher = compileMatcher(termsFromEntries(glossary));
const categoryOf = Object.fromEntries(glossary.map((entry) => [entry.id, entry.category]));

let scanner: PageScanner | undefined;
afterEach(() => {
  scanner?.stop();
  vi.restoreAllMocks();
});

/** Starts a scanner on the current document; resolves marks once its queue has drained. */
function startScanner(): { registry: MarkRegistry; settled(): Promise<string[]> } {
  const registry = new MarkRegistry();
  let changes = 0;
  let lastStep = '';
  scanner = new PageScanner({
    registry,
    onMarksChanged: (step) => {
      changes++;
      lastStep = step;
    },
  });
  scanner.start(document, matcher, categoryOf);
  return {
    registry,
    async settled() {
      // Mutation callbacks are microtasks and slices yield with timers: wait until the scanner says
      // it has settled and nothing moves (a busy machine may stretch the pauses between slices).
      let seen = -1;
      while (seen !== changes || lastStep !== 'settled') {
        seen = changes;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return registry.inReadingOrder().map((mark) => mark.range.toString());
    },
  };
}

/** Waits until `done()` holds; the test's own timeout ends a wait that never does. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** A page of a headline and 400 numbered paragraphs (ids p0 to p399), each with one term. */
function longPage(): void {
  const paragraphs = Array.from(
    { length: 400 },
    (_, index) => `<p id="p${index}">Note ${index}: neoliberalism.</p>`,
  );
  document.body.innerHTML = `<h1>Keiko Fujimori</h1>${paragraphs.join('')}`;
}

/** The viewport shows paragraphs `first` to `first + count - 1`: the grid's points land on them in turn. */
function viewportShows(first: number, count: number): void {
  let point = 0;
  vi.spyOn(document, 'elementFromPoint').mockImplementation(
    () => document.getElementById(`p${first + (point++ % count)}`) as Element,
  );
}

/** Frames are drawn only when the test says: the callbacks asked for so far. */
function heldFrames(): { draw(): void } {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
    frames.push(callback);
    return frames.length;
  });
  return {
    draw() {
      for (const callback of frames.splice(0)) callback(performance.now());
    },
  };
}

/**
 * Starts the scanner with a clock that stands still during the synchronous start: what the top read
 * covers must not depend on how busy the test machine is (a real page's top read stops at 8 ms).
 */
function startWithStillClock(registry: MarkRegistry, progress: string[]): void {
  const clock = vi.spyOn(performance, 'now').mockReturnValue(performance.now());
  scanner = new PageScanner({ registry, onMarksChanged: (step) => progress.push(step) });
  scanner.start(document, matcher, categoryOf);
  clock.mockRestore();
}

describe('PageScanner', () => {
  test('marks the page in reading order, with each mark’s entry and category', async () => {
    document.body.innerHTML = '<h1>Humala wins</h1><p>Against <i>neoliberalism</i>, said Keiko Fujimori.</p>';
    const { registry, settled } = startScanner();
    expect(await settled()).toEqual(['Humala', 'neoliberalism', 'Keiko Fujimori']);
    expect(registry.inReadingOrder().map((mark) => [mark.entryId, mark.category])).toEqual([
      ['ollanta-humala', 'person'],
      ['neoliberalism', 'ideology'],
      ['keiko-fujimori', 'person'],
    ]);
  });

  test('the top of the page is marked at once, before the scan first pauses; the rest follows in slices', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, index) => `<p>Note ${index}: neoliberalism.</p>`);
    document.body.innerHTML = `<h1>Keiko Fujimori</h1>${paragraphs.join('')}`;
    const progress: string[] = [];
    const registry = new MarkRegistry();
    startWithStillClock(registry, progress);
    // Synchronously, in document order: what a page just loaded shows, ready for its first frame.
    expect(progress).toEqual(['visible']);
    const atOnce = registry.inReadingOrder().map((mark) => mark.range.toString());
    expect(atOnce[0]).toBe('Keiko Fujimori');
    expect(atOnce.length).toBeGreaterThan(20);
    expect(atOnce.length).toBeLessThan(401);
    await until(() => progress.at(-1) === 'settled');
    expect(registry.size).toBe(401);
  });

  test('the rest waits for the frame that shows the top’s marks; a hidden page or a frame that never comes does not hold it', async () => {
    const frames = heldFrames();
    // Visible: the top's marks, then nothing more until a frame has been drawn (the scan's own
    // slices would go ahead of it and keep the reader waiting for the first marks).
    longPage();
    let registry = new MarkRegistry();
    startWithStillClock(registry, []);
    const top = registry.size;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(registry.size).toBe(top);
    frames.draw();
    await until(() => registry.size === 401);

    // A frame that never comes (a page busy elsewhere): the scan goes on after a short wait.
    scanner?.stop();
    registry = new MarkRegistry();
    startWithStillClock(registry, []);
    await until(() => registry.size === 401);

    // Hidden (a tab opened in the background draws no frames): read on without waiting for one,
    // nor for the wait's end (timers that long never fire here).
    scanner?.stop();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const timeout = globalThis.setTimeout;
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, delay?: number) =>
      delay !== undefined && delay >= 100 ? 0 : timeout(callback, delay)) as typeof setTimeout);
    registry = new MarkRegistry();
    startWithStillClock(registry, []);
    await until(() => registry.size === 401);
  });

  test('a page opened scrolled down: what the viewport shows is read after the first frame, before the page above it', async () => {
    longPage();
    viewportShows(300, 10);
    const frames = heldFrames();
    const registry = new MarkRegistry();
    const marked = (index: number) =>
      registry.marksIn(document.getElementById(`p${index}`) as Element).length > 0;
    const progress: string[] = [];
    const seen: { viewport: boolean; above: boolean }[] = [];
    const clock = vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    scanner = new PageScanner({
      registry,
      onMarksChanged: (step) => {
        progress.push(step);
        // Each report of the visible area (on a busy machine the pass takes several slices): were the
        // viewport's paragraphs read, and the ones above them?
        if (step === 'visible' && progress.length > 1)
          seen.push({ viewport: marked(300) && marked(309), above: marked(250) });
      },
    });
    scanner.start(document, matcher, categoryOf);
    clock.mockRestore();
    expect(marked(300)).toBe(false);
    frames.draw();
    await until(() => progress.at(-1) === 'settled');
    expect(seen.some(({ viewport, above }) => viewport && !above)).toBe(true);
    expect(registry.size).toBe(401);
  });

  test('a viewport full of unread text is read in slices, not in one task', async () => {
    longPage();
    viewportShows(300, 30);
    const frames = heldFrames();
    const registry = new MarkRegistry();
    const progress: string[] = [];
    startWithStillClock(registry, progress);
    // A slow engine: every look at the clock finds 3 ms more gone.
    let now = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3));
    frames.draw();
    await until(() => progress.at(-1) === 'settled');
    expect(progress.filter((step) => step === 'visible').length).toBeGreaterThan(2);
    expect(registry.size).toBe(401);
  });

  test('one huge paragraph (a transcript) is read in slices after the top, every mention marked', async () => {
    document.body.innerHTML = `<h1>Keiko Fujimori</h1><p>${'Ollanta Humala spoke again. '.repeat(4_000)}</p>`;
    const progress: string[] = [];
    const registry = new MarkRegistry();
    startWithStillClock(registry, progress);
    // The headline at once; the paragraph's 4,000 mentions are not read in the same task.
    expect(registry.inReadingOrder().map((mark) => mark.range.toString())).toEqual(['Keiko Fujimori']);
    await until(() => progress.at(-1) === 'settled');
    expect(registry.size).toBe(4_001);
  });

  test('a huge paragraph is matched piece by piece, never in one pass, with every mention marked', async () => {
    const sentence = 'Ollanta Humala spoke to Gana Perú again. ';
    document.body.innerHTML = `<h1>Keiko Fujimori</h1><p>${sentence.repeat(6_000)}</p>`;
    const find = vi.spyOn(matcher, 'find');
    const { settled } = startScanner();
    const marks = await settled();
    expect(marks).toHaveLength(12_001);
    expect(marks.slice(0, 3)).toEqual(['Keiko Fujimori', 'Ollanta Humala', 'Gana Perú']);
    const longest = Math.max(...find.mock.calls.map(([text]) => text.length));
    expect(longest).toBeLessThan(20_000);
    find.mockRestore();
  });

  test('appended paragraphs are read; removed ones leave no marks behind', async () => {
    document.body.innerHTML = '<main><p id="first">Alan García spoke.</p></main>';
    const { settled } = startScanner();
    expect(await settled()).toEqual(['Alan García']);
    const late = document.createElement('p');
    late.textContent = 'Then Evo Morales answered.';
    document.querySelector('main')?.append(late);
    expect(await settled()).toEqual(['Alan García', 'Evo Morales']);
    document.getElementById('first')?.remove();
    expect(await settled()).toEqual(['Evo Morales']);
  });

  test('text rewritten in place is re-read: a term appears, then disappears', async () => {
    document.body.innerHTML = '<p id="ticker">quiet</p>';
    const { settled } = startScanner();
    expect(await settled()).toEqual([]);
    const text = document.getElementById('ticker')?.firstChild as Text;
    text.data = 'Rafael Correa speaks';
    expect(await settled()).toEqual(['Rafael Correa']);
    text.data = 'quiet again';
    expect(await settled()).toEqual([]);
  });

  test('inline content added inside a block turns a short mark into the full split term', async () => {
    document.body.innerHTML = '<p>The war of Sendero <em id="slot"></em> began.</p>';
    const { settled } = startScanner();
    expect(await settled()).toEqual(['Sendero']);
    document.getElementById('slot')?.append('Luminoso');
    expect(await settled()).toEqual(['Sendero Luminoso']);
  });

  test('typing into an editor is never read', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="draft">x</p></div>';
    const { settled } = startScanner();
    (document.getElementById('draft')?.firstChild as Text).data = 'neoliberalism';
    expect(await settled()).toEqual([]);
  });

  test('stop() clears every mark and ignores later changes', async () => {
    document.body.innerHTML = '<p>neoliberalism</p>';
    const { registry, settled } = startScanner();
    expect(await settled()).toEqual(['neoliberalism']);
    scanner?.stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Evo Morales' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registry.size).toBe(0);
  });
});
