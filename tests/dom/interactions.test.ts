import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, Interactions } from '../../entrypoints/content/interact/interactions';
import type { PopoverHost } from '../../entrypoints/content/popover/popover-host';
import { MarkRegistry, type TermMark } from '../../entrypoints/content/scan/mark-registry';
import { centerOf, installFakeLayout, marginBeside } from './support/fake-layout';
import { markTerms, type TermSpec } from './support/marks';

// happy-dom cannot make trusted events, and Glosa ignores untrusted ones (a page's script made them):
// here dispatched events play the reader's input. tests/dom/untrusted-input.test.ts checks the real rule.
vi.mock('../../entrypoints/content/interact/reader-gesture', () => ({ isReaderGesture: () => true }));

const TERMS: Record<string, TermSpec> = {
  'Keiko Fujimori': { entryId: 'keiko-fujimori', category: 'person' },
  'Gana Perú': { entryId: 'gana-peru', category: 'party' },
  neoliberalism: { entryId: 'neoliberalism', category: 'ideology' },
};

/** Each text node is a line of the stand-in layout (see support/fake-layout). */
const ARTICLE = `<nav><a href="/">Home</a></nav>
<h1>Keiko Fujimori and Gana Perú</h1>
<p id="first">Critics of neoliberalism met Keiko Fujimori</p>
<p id="second">Gana Perú said neoliberalism had failed</p>`;

/** The popover as Interactions sees it: opens (after loading, async), closes, knows its host. */
class FakePopover {
  readonly host = document.createElement('glosa-popover');
  shown: { entryId: string; text: string; focus: boolean } | undefined;
  readonly open = vi.fn(async (anchor: Range, entryId: string, { focus }: { focus: boolean }) => {
    await Promise.resolve();
    this.shown = { entryId, text: anchor.toString(), focus };
    return true;
  });
  readonly close = vi.fn((_: { restoreFocus: boolean }) => {
    this.shown = undefined;
  });

  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }
}

let restoreLayout: () => void;
let registry: MarkRegistry;
let popover: FakePopover;
let hidden: Set<string>;
let interactions: Interactions;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = ARTICLE;
  restoreLayout = installFakeLayout();
  registry = new MarkRegistry();
  // Read out of order, as the scanner does (what the reader sees first): reading order must not care.
  markTerms(registry, TERMS, document.getElementById('second') as Element);
  markTerms(registry, TERMS);
  popover = new FakePopover();
  document.documentElement.append(popover.host);
  hidden = new Set();
  interactions = new Interactions({
    registry,
    popover: popover as unknown as PopoverHost,
    isVisible: (mark) => !hidden.has(mark.category),
  });
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
});

afterEach(() => {
  interactions.dispose();
  popover.host.remove();
  restoreLayout();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** The mark of `text` in the element with id (or tag name) `where`. */
function mark(text: string, where: string): TermMark {
  const found = registry.inReadingOrder().find((candidate) => {
    const element = candidate.range.startContainer.parentElement;
    return candidate.range.toString() === text && (element?.id === where || element?.localName === where);
  });
  if (!found) throw new Error(`no mark "${text}" in ${where}`);
  return found;
}

function pointerTo(point: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(
    new PointerEvent('pointermove', { clientX: point.x, clientY: point.y, bubbles: true, composed: true }),
  );
}

function clickAt(point: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(new MouseEvent('click', { clientX: point.x, clientY: point.y, bubbles: true }));
}

/** Lets `ms` pass, frames, timers and the popover's loading included. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

const AWAY = { x: 2_000, y: 5_000 };

describe('Interactions: hit-testing', () => {
  test('finds the mark under a point, and none in the margin beside a term that ends a line', () => {
    const keiko = mark('Keiko Fujimori', 'first');
    expect(interactions.markAt(centerOf(keiko.range).x, centerOf(keiko.range).y)).toBe(keiko);
    // The caret snaps to the line's end, inside the term; the point is not on the term's boxes.
    const margin = marginBeside(keiko.range.endContainer as Text);
    expect(interactions.markAt(margin.x, margin.y)).toBeUndefined();
    expect(interactions.markAt(5, 5)).toBeUndefined(); // "Home"
  });
});

describe('Interactions: hover intent', () => {
  test('resting on a term opens it after the hover delay, without taking focus', async () => {
    pointerTo(centerOf(mark('neoliberalism', 'first').range));
    await wait(HOVER_OPEN_MS - 50);
    expect(popover.open).not.toHaveBeenCalled();
    await wait(100);
    expect(popover.shown).toEqual({ entryId: 'neoliberalism', text: 'neoliberalism', focus: false });
  });

  test('a pointer passing over a term opens nothing', async () => {
    pointerTo(centerOf(mark('neoliberalism', 'first').range));
    await wait(120);
    pointerTo(AWAY);
    await wait(1_000);
    expect(popover.open).not.toHaveBeenCalled();
  });

  test('moving from one term to another within the delay opens only the second', async () => {
    pointerTo(centerOf(mark('neoliberalism', 'first').range));
    await wait(200);
    pointerTo(centerOf(mark('Keiko Fujimori', 'first').range));
    await wait(HOVER_OPEN_MS + 50);
    expect(popover.open).toHaveBeenCalledTimes(1);
    expect(popover.shown?.entryId).toBe('keiko-fujimori');
  });

  test('a popover opened by hover closes once the pointer has left the term, without moving focus', async () => {
    pointerTo(centerOf(mark('Gana Perú', 'second').range));
    await wait(HOVER_OPEN_MS + 50);
    expect(popover.isOpen).toBe(true);
    pointerTo(AWAY);
    await wait(HOVER_CLOSE_MS - 50);
    expect(popover.close).not.toHaveBeenCalled();
    await wait(100);
    expect(popover.close).toHaveBeenCalledWith({ restoreFocus: false });
  });

  test('a popover whose entry loads slowly closes if the pointer left while it loaded', async () => {
    let loaded: () => void = () => {};
    popover.open.mockImplementationOnce(async (anchor: Range, entryId: string, { focus }) => {
      await new Promise<void>((resolve) => {
        loaded = resolve;
      });
      popover.shown = { entryId, text: anchor.toString(), focus };
      return true;
    });
    pointerTo(centerOf(mark('Gana Perú', 'second').range));
    await wait(HOVER_OPEN_MS + 50);
    expect(popover.open).toHaveBeenCalledTimes(1);
    // The pointer leaves before the entry arrives, and moves no more.
    pointerTo(AWAY);
    await wait(50);
    loaded();
    await wait(0);
    expect(popover.isOpen).toBe(true);
    await wait(HOVER_CLOSE_MS + 50);
    expect(popover.close).toHaveBeenCalledWith({ restoreFocus: false });
    expect(popover.isOpen).toBe(false);
  });

  test('moving onto the popover keeps it open; leaving it closes it', async () => {
    pointerTo(centerOf(mark('Gana Perú', 'second').range));
    await wait(HOVER_OPEN_MS + 50);
    pointerTo(AWAY);
    await wait(100);
    // On its way to the popover: events from inside its shadow root come from the host.
    pointerTo({ x: 400, y: 400 }, popover.host);
    await wait(1_000);
    expect(popover.close).not.toHaveBeenCalled();
    pointerTo(AWAY);
    await wait(HOVER_CLOSE_MS + 50);
    expect(popover.close).toHaveBeenCalledOnce();
  });

  test('coming back to the term before the delay keeps the popover open', async () => {
    const term = centerOf(mark('Gana Perú', 'second').range);
    pointerTo(term);
    await wait(HOVER_OPEN_MS + 50);
    pointerTo(AWAY);
    await wait(100);
    pointerTo(term);
    await wait(1_000);
    expect(popover.close).not.toHaveBeenCalled();
    expect(popover.open).toHaveBeenCalledOnce();
  });
});

describe('Interactions: click and keyboard', () => {
  test('a click opens the term pinned: it stays open when the pointer leaves', async () => {
    const term = centerOf(mark('Keiko Fujimori', 'h1').range);
    clickAt(term);
    await wait(0);
    expect(popover.shown).toEqual({ entryId: 'keiko-fujimori', text: 'Keiko Fujimori', focus: false });
    pointerTo(AWAY);
    await wait(2_000);
    expect(popover.close).not.toHaveBeenCalled();
  });

  test('a click elsewhere closes it; a click inside the popover does not', async () => {
    clickAt(centerOf(mark('Keiko Fujimori', 'h1').range));
    await wait(0);
    clickAt({ x: 10, y: 10 }, popover.host);
    expect(popover.close).not.toHaveBeenCalled();
    clickAt(AWAY);
    expect(popover.close).toHaveBeenCalledWith({ restoreFocus: false });
  });

  test('Escape closes an open popover and asks for focus back; with none open it is left to the page', async () => {
    const pageHandler = vi.fn();
    document.body.addEventListener('keydown', pageHandler);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pageHandler).toHaveBeenCalledOnce();
    expect(popover.close).not.toHaveBeenCalled();

    clickAt(centerOf(mark('Keiko Fujimori', 'h1').range));
    await wait(0);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.close).toHaveBeenCalledWith({ restoreFocus: true });
    // The page's own Escape handler (a modal, a video) does not also act on it.
    expect(pageHandler).toHaveBeenCalledOnce();
  });

  test('showNext walks the visible terms in reading order, taking focus, and wraps around', async () => {
    const seen: string[] = [];
    for (let step = 0; step < 7; step++) {
      expect(await interactions.showNext()).toBe(true);
      const element = popover.open.mock.lastCall?.[0].startContainer.parentElement;
      seen.push(`${popover.shown?.text} (${element?.id || element?.localName})`);
      expect(popover.shown?.focus).toBe(true);
    }
    expect(seen).toEqual([
      'Keiko Fujimori (h1)',
      'Gana Perú (h1)',
      'neoliberalism (first)',
      'Keiko Fujimori (first)',
      'Gana Perú (second)',
      'neoliberalism (second)',
      'Keiko Fujimori (h1)',
    ]);
    // Each is scrolled into view.
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(7);
  });

  test('showNext after a click goes on from the clicked term', async () => {
    clickAt(centerOf(mark('neoliberalism', 'first').range));
    await wait(0);
    await interactions.showNext();
    expect(popover.open.mock.lastCall?.[0]).toBe(mark('Keiko Fujimori', 'first').range);
  });

  test('showNextOf walks one entry’s terms, leaving focus where it is, and wraps around', async () => {
    const seen: Range[] = [];
    for (let step = 0; step < 3; step++) {
      expect(await interactions.showNextOf('neoliberalism')).toBe(true);
      seen.push(popover.open.mock.lastCall?.[0] as Range);
      expect(popover.shown?.focus).toBe(false);
    }
    expect(seen).toEqual([
      mark('neoliberalism', 'first').range,
      mark('neoliberalism', 'second').range,
      mark('neoliberalism', 'first').range,
    ]);
    expect(await interactions.showNextOf('not-on-this-page')).toBe(false);
  });

  test('asked twice before the first popover has opened (two quick clicks), it goes on to the next term', async () => {
    const first = interactions.showNextOf('neoliberalism');
    const second = interactions.showNextOf('neoliberalism');
    expect(await Promise.all([first, second])).toEqual([true, true]);
    expect(popover.open.mock.calls.map((call) => call[0])).toEqual([
      mark('neoliberalism', 'first').range,
      mark('neoliberalism', 'second').range,
    ]);
    expect(popover.shown?.text).toBe('neoliberalism');
    const shownIn = popover.open.mock.lastCall?.[0].startContainer.parentElement?.id;
    expect(shownIn).toBe('second');
  });

  test('a popover that could not open (unknown entry) is not taken as shown', async () => {
    popover.open.mockResolvedValueOnce(false);
    expect(await interactions.showNext()).toBe(false);
    await interactions.showNext();
    expect(popover.open.mock.lastCall?.[0]).toBe(mark('Keiko Fujimori', 'h1').range);
  });
});

describe('Interactions with marks the settings hide', () => {
  test('hidden marks do not respond to hover or click', async () => {
    hidden.add('ideology');
    const term = centerOf(mark('neoliberalism', 'first').range);
    pointerTo(term);
    await wait(1_000);
    clickAt(term);
    await wait(0);
    expect(popover.open).not.toHaveBeenCalled();
    expect(interactions.markAt(term.x, term.y)).toBeUndefined();
  });

  test('showNext and showNextOf skip them; with every term hidden there is nothing to show', async () => {
    hidden.add('person');
    const seen: string[] = [];
    for (let step = 0; step < 4; step++) {
      await interactions.showNext();
      seen.push(popover.shown?.text ?? '');
    }
    expect(seen).toEqual(['Gana Perú', 'neoliberalism', 'Gana Perú', 'neoliberalism']);
    expect(await interactions.showNextOf('keiko-fujimori')).toBe(false);
    hidden.add('party').add('ideology');
    expect(await interactions.showNext()).toBe(false);
  });
});

describe('Interactions after dispose', () => {
  test('a hover under way does not open, and clicks and Escape are ignored', async () => {
    const term = centerOf(mark('Gana Perú', 'second').range);
    pointerTo(term);
    await wait(100);
    interactions.dispose();
    await wait(1_000);
    clickAt(term);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await wait(0);
    expect(popover.open).not.toHaveBeenCalled();
    expect(popover.close).not.toHaveBeenCalled();
  });
});
