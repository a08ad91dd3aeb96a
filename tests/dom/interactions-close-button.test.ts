import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { entryView } from '../../core/glossary/entry-view';
import { GlosaHost } from '../../entrypoints/content/host/glosa-host';
import { HOVER_OPEN_MS, Interactions } from '../../entrypoints/content/interact/interactions';
import { PopoverHost } from '../../entrypoints/content/popover/popover-host';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { entry } from './support/entries';
import { centerOf, installFakeLayout } from './support/fake-layout';
import { markTerms } from './support/marks';
import { popoverButton, popoverShown } from './support/popover-view';

// happy-dom cannot make trusted events, and Glosa ignores untrusted ones (a page's script made them):
// here dispatched events play the reader's input. tests/dom/untrusted-input.test.ts checks the real rule.
vi.mock('../../entrypoints/content/interact/reader-gesture', () => ({ isReaderGesture: () => true }));

/**
 * The popover's own Close button closes the PopoverHost directly; Interactions must not keep taking the
 * term as shown, or hovering that same term again would never reopen it.
 */
const GLOSSARY = new Map([entry({ id: 'gana-peru', term: 'Gana Perú' })].map((item) => [item.id, item]));

let restoreLayout: () => void;
let host: GlosaHost;
let popover: PopoverHost;
let interactions: Interactions;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Gana Perú won the runoff.</p><p>Nothing to see here.</p>';
  restoreLayout = installFakeLayout();
  const registry = new MarkRegistry();
  markTerms(registry, { 'Gana Perú': { entryId: 'gana-peru', category: 'party' } });
  host = new GlosaHost(document);
  popover = new PopoverHost({
    host,
    loadEntry: async (entryId) => entryView(GLOSSARY, entryId),
    strings: POPOVER_STRINGS.en,
    explanation: async () => ({ language: 'en', articleDate: undefined }),
  });
  interactions = new Interactions({ registry, popover, isVisible: () => true });
});

afterEach(() => {
  interactions.dispose();
  popover.destroy();
  host.destroy();
  restoreLayout();
  vi.useRealTimers();
});

function termPoint(): { x: number; y: number } {
  const text = document.querySelector('p')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 'Gana Perú'.length);
  return centerOf(range);
}

function pointerTo(point: { x: number; y: number }, target: EventTarget = document.body): void {
  target.dispatchEvent(
    new PointerEvent('pointermove', { clientX: point.x, clientY: point.y, bubbles: true }),
  );
}

describe('Interactions after the popover’s own Close button', () => {
  test('hovering the same term again opens it again', async () => {
    const term = termPoint();
    pointerTo(term);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: term.x, clientY: term.y, bubbles: true }));
    await vi.advanceTimersByTimeAsync(50);
    expect(popoverShown()).toBe(true);

    // The reader moves to the popover and closes it with its ✕ button.
    const host = document.querySelector('glosa-popover') as HTMLElement;
    pointerTo({ x: 0, y: 0 }, host);
    await vi.advanceTimersByTimeAsync(50);
    popoverButton('Close')?.click();
    expect(popoverShown()).toBe(false);

    // Later, the pointer leaves and comes back to rest on the same term.
    pointerTo({ x: 2_000, y: 5_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    pointerTo(term);
    await vi.advanceTimersByTimeAsync(HOVER_OPEN_MS + 100);
    expect(popoverShown()).toBe(true);
  });

  test('for comparison: after Escape (which goes through Interactions), hovering the term opens it again', async () => {
    const term = termPoint();
    pointerTo(term);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: term.x, clientY: term.y, bubbles: true }));
    await vi.advanceTimersByTimeAsync(50);
    expect(popoverShown()).toBe(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popoverShown()).toBe(false);

    pointerTo({ x: 2_000, y: 5_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    pointerTo(term);
    await vi.advanceTimersByTimeAsync(HOVER_OPEN_MS + 100);
    expect(popoverShown()).toBe(true);
  });
});
