import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { entryView } from '../../core/glossary/entry-view';
import type { NotePassage } from '../../core/notes/note-model';
import { passageAt } from '../../core/notes/quote-anchoring';
import { GlosaHost } from '../../entrypoints/content/host/glosa-host';
import { HOVER_OPEN_MS, Interactions } from '../../entrypoints/content/interact/interactions';
import { NoteLayer } from '../../entrypoints/content/notes/note-layer';
import { NotePageText } from '../../entrypoints/content/notes/note-page-text';
import { PopoverHost } from '../../entrypoints/content/popover/popover-host';
import { MarkRegistry } from '../../entrypoints/content/scan/mark-registry';
import { entry } from './support/entries';
import { centerOf, installFakeLayout } from './support/fake-layout';
import { FakePrivateMarks } from './support/fake-private-marks';
import { markTerms } from './support/marks';
import { popoverButton, popoverShown } from './support/popover-view';

/**
 * Only the reader drives Glosa. A page's scripts can dispatch pointer moves, clicks and key presses,
 * but never trusted ones (happy-dom's dispatched events are untrusted too, as a page's are): none of
 * them opens a popover, closes it, starts a note or opens one.
 */
const background = vi.hoisted(() => ({
  sendMessage: vi.fn(async (..._args: unknown[]): Promise<unknown> => []),
}));
vi.mock('../../messaging/protocol', () => ({ messenger: { sendMessage: background.sendMessage } }));

const GLOSSARY = new Map([entry({ id: 'gana-peru', term: 'Gana Perú' })].map((item) => [item.id, item]));

let restoreLayout: () => void;
let host: GlosaHost;
let popover: PopoverHost;
let interactions: Interactions;
let addNote: ReturnType<typeof vi.fn<(...args: unknown[]) => void>>;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Gana Perú won the runoff in June 2011.</p>';
  restoreLayout = installFakeLayout();
  const registry = new MarkRegistry();
  markTerms(registry, { 'Gana Perú': { entryId: 'gana-peru', category: 'party' } });
  host = new GlosaHost(document);
  addNote = vi.fn();
  popover = new PopoverHost({
    host,
    loadEntry: async (entryId) => entryView(GLOSSARY, entryId),
    strings: POPOVER_STRINGS.en,
    explanation: async () => ({ language: 'en', articleDate: undefined }),
    onAddNote: addNote,
  });
  interactions = new Interactions({ registry, popover, isVisible: () => true });
  background.sendMessage.mockClear();
});

afterEach(() => {
  interactions.dispose();
  popover.destroy();
  host.destroy();
  restoreLayout();
  vi.useRealTimers();
});

function termRange(): Range {
  const text = document.querySelector('p')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 'Gana Perú'.length);
  return range;
}

describe('events a page dispatches', () => {
  test('a dispatched hover or click on a term opens nothing', async () => {
    const { x, y } = centerOf(termRange());
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
    await vi.advanceTimersByTimeAsync(HOVER_OPEN_MS * 3);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(popover.isOpen).toBe(false);
    expect(popoverShown()).toBe(false);
  });

  test('a dispatched Escape does not close what the reader opened', async () => {
    await popover.open(termRange(), 'gana-peru', { focus: false });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popover.isOpen).toBe(true);
  });

  test('a dispatched click on Add note starts no note', async () => {
    await popover.open(termRange(), 'gana-peru', { focus: false });
    popoverButton('Add note')?.click();
    expect(popoverButton('Add note')).toBeDefined();
    expect(addNote).not.toHaveBeenCalled();
  });

  test('a dispatched click on a note’s passage opens no note', async () => {
    const text = new NotePageText(document.body).text;
    const start = text.indexOf('won the runoff');
    const passage = passageAt(text, start, start + 'won the runoff'.length) as NotePassage;
    background.sendMessage.mockImplementation(async (type: unknown) =>
      type === 'getPageNotes' ? [{ id: '0b7c3e1e-2f4a-4c1d-9a51-7d2f0c9e1a22', passage }] : undefined,
    );
    const painted = new FakePrivateMarks();
    const layer = new NoteLayer(document, painted);
    await layer.refresh();
    const [range] = painted.ranges('notes');
    expect(range?.toString()).toBe('won the runoff');
    const { x, y } = centerOf(range as Range);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    expect(background.sendMessage.mock.calls.map(([type]) => type)).not.toContain('openNote');
    layer.dispose();
  });
});
