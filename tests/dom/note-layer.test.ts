import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { NotePassage } from '../../core/notes/note-model';
import { passageAt } from '../../core/notes/quote-anchoring';
import { NoteLayer } from '../../entrypoints/content/notes/note-layer';
import { NotePageText } from '../../entrypoints/content/notes/note-page-text';
import type { PageNote } from '../../messaging/protocol';
import { type FakeHighlightRegistry, installFakeHighlights } from './support/fake-highlights';
import { centerOf, installFakeLayout } from './support/fake-layout';
import { FakePrivateMarks } from './support/fake-private-marks';

// happy-dom cannot make trusted events, and Glosa ignores untrusted ones (a page's script made them):
// here dispatched events play the reader's input. tests/dom/untrusted-input.test.ts checks the real rule.
vi.mock('../../entrypoints/content/interact/reader-gesture', () => ({ isReaderGesture: () => true }));

/** The background, as the content script reaches it: this page's notes, and what the page reports. */
const background = vi.hoisted(() => {
  const state = { notes: [] as PageNote[] | Error };
  const sendMessage = vi.fn(async (type: string, _data?: unknown): Promise<unknown> => {
    if (type !== 'getPageNotes') return undefined;
    if (state.notes instanceof Error) throw state.notes;
    return state.notes;
  });
  return { state, sendMessage };
});

vi.mock('../../messaging/protocol', () => ({ messenger: { sendMessage: background.sendMessage } }));

const ARTICLE = `<h1>Runoff in Peru</h1>
<p id="keiko">Keiko Fujimori ran on her fathers record. She lost by a narrow margin.</p>
<p id="humala">Ollanta Humala won the runoff in June. Then came the cabinet.</p>`;

let fake: ReturnType<typeof installFakeHighlights>;
let highlights: FakeHighlightRegistry;
let layer: NoteLayer;
let painted: FakePrivateMarks;

/** A note on the first `quote` of the page as it is now (what the side panel would have saved). */
function noteOn(id: string, quote: string): PageNote {
  const text = new NotePageText(document.body).text;
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not on the page`);
  return { id, passage: passageAt(text, start, start + quote.length) as NotePassage };
}

/** What the layer last reported to the background. */
function lastReport(): unknown {
  const reports = background.sendMessage.mock.calls.filter(([type]) => type === 'reportNoteAnchors');
  return reports.at(-1)?.[1];
}

function sent(type: string): unknown[] {
  return background.sendMessage.mock.calls.filter(([name]) => name === type).map(([, data]) => data);
}

beforeEach(() => {
  fake = installFakeHighlights();
  highlights = fake.highlights;
  background.state.notes = [];
  background.sendMessage.mockClear();
  document.title = 'Runoff';
  document.body.innerHTML = ARTICLE;
  painted = new FakePrivateMarks();
  layer = new NoteLayer(document, painted);
});

afterEach(() => {
  layer.dispose();
  fake.uninstall();
  document.getSelection()?.removeAllRanges();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('NoteLayer painting notes', () => {
  test('paints each passage found on the page and reports which were found and which were not', async () => {
    const humala = noteOn('n-humala', 'Ollanta Humala won the runoff');
    const keiko = noteOn('n-keiko', 'Keiko Fujimori ran on her fathers record.');
    const gone = noteOn('n-gone', 'Runoff in Peru');
    document.querySelector('h1')?.remove();
    background.state.notes = [humala, gone, keiko];
    await layer.refresh();
    // Out of the page's reach: nothing in CSS.highlights, which the page's scripts can enumerate.
    expect([...highlights.keys()]).toEqual([]);
    // In reading order, whatever the order of the notes.
    expect(painted.texts('notes')).toEqual([
      'Keiko Fujimori ran on her fathers record.',
      'Ollanta Humala won the runoff',
    ]);
    expect(lastReport()).toEqual({ anchored: ['n-keiko', 'n-humala'], orphaned: ['n-gone'] });
  });

  test('a lightly edited passage is still found, across the page’s new markup', async () => {
    background.state.notes = [noteOn('n-keiko', 'Keiko Fujimori ran on her fathers record.')];
    (document.getElementById('keiko') as HTMLElement).innerHTML =
      'Keiko Fujimori ran on her <em>father’s</em> record. She lost by a narrow margin.';
    await layer.refresh();
    expect(painted.texts('notes')).toEqual(['Keiko Fujimori ran on her father’s record.']);
    expect(lastReport()).toEqual({ anchored: ['n-keiko'], orphaned: [] });
  });

  test('a page without notes paints nothing, and notes deleted since take their highlight with them', async () => {
    background.state.notes = [noteOn('n-keiko', 'She lost by a narrow margin.')];
    await layer.refresh();
    expect(painted.texts('notes')).toEqual(['She lost by a narrow margin.']);
    background.state.notes = [];
    await layer.refresh();
    expect(painted.has('notes')).toBe(false);
    expect(lastReport()).toEqual({ anchored: [], orphaned: [] });
  });

  test('when the background cannot answer, the page is left as it is', async () => {
    background.state.notes = new Error('Extension context invalidated.');
    await expect(layer.refresh()).resolves.toBeUndefined();
    expect(painted.has('notes')).toBe(false);
  });

  test('scrolls to a found passage; a note not on the page says so', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const gone = noteOn('n-gone', 'Runoff in Peru');
    document.querySelector('h1')?.remove();
    background.state.notes = [noteOn('n-humala', 'Then came the cabinet.'), gone];
    await layer.refresh();
    expect(layer.scrollTo('n-humala')).toBe(true);
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('humala'));
    expect(layer.scrollTo('n-gone')).toBe(false);
    expect(layer.scrollTo('unknown')).toBe(false);
  });
});

describe('NoteLayer after page changes', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  test('passages are found again once the page has been quiet a moment', async () => {
    const note = noteOn('n-late', 'Then came the cabinet.');
    document.getElementById('humala')?.remove();
    background.state.notes = [note];
    await layer.refresh();
    expect(lastReport()).toEqual({ anchored: [], orphaned: ['n-late'] });

    // Late content, arriving in pieces.
    const late = document.createElement('p');
    document.body.append(late);
    await vi.advanceTimersByTimeAsync(300);
    late.textContent = 'Ollanta Humala won the runoff in June. Then came the cabinet.';
    await vi.advanceTimersByTimeAsync(500);
    expect(painted.has('notes')).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(painted.texts('notes')).toEqual(['Then came the cabinet.']);
    expect(lastReport()).toEqual({ anchored: ['n-late'], orphaned: [] });
    expect(sent('reportNoteAnchors')).toHaveLength(2);
  });

  test('a passage whose text went away is reported not found', async () => {
    background.state.notes = [noteOn('n-keiko', 'She lost by a narrow margin.')];
    await layer.refresh();
    document.getElementById('keiko')?.remove();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(painted.has('notes')).toBe(false);
    expect(lastReport()).toEqual({ anchored: [], orphaned: ['n-keiko'] });
  });

  test('changes inside Glosa’s own popover, or on a page without notes, read nothing again', async () => {
    await layer.refresh();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent('reportNoteAnchors')).toHaveLength(1);

    background.state.notes = [noteOn('n-keiko', 'She lost by a narrow margin.')];
    await layer.refresh();
    const host = document.createElement('glosa-popover');
    document.documentElement.append(host);
    await vi.advanceTimersByTimeAsync(1_000);
    const reports = sent('reportNoteAnchors').length;
    host.append(document.createElement('div'));
    host.setAttribute('style', 'display: none');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent('reportNoteAnchors')).toHaveLength(reports);
  });
});

describe('NoteLayer passage for a new note', () => {
  test('takes the reader’s selection, with the page title', () => {
    const text = document.querySelector('#humala')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 'Ollanta '.length);
    range.setEnd(text, 'Ollanta Humala won'.length);
    document.getSelection()?.addRange(range);
    const start = layer.passageForNote();
    expect(start.title).toBe('Runoff');
    expect(start.termIds).toEqual([]);
    expect(start.passage?.quote.exact).toBe('Humala won');
    expect(start.passage?.quote.prefix.endsWith('Ollanta ')).toBe(true);
  });

  test('without a selection, the sentence around the term', () => {
    const text = document.querySelector('#keiko')?.firstChild as Text;
    const term = document.createRange();
    const at = text.data.indexOf('narrow');
    term.setStart(text, at);
    term.setEnd(text, at + 'narrow'.length);
    expect(layer.passageForNote(term).passage?.quote.exact).toBe('She lost by a narrow margin.');
  });

  test('the selection wins over the term', () => {
    const text = document.querySelector('#keiko')?.firstChild as Text;
    const selected = document.createRange();
    selected.setStart(text, 0);
    selected.setEnd(text, 'Keiko Fujimori'.length);
    document.getSelection()?.addRange(selected);
    const term = document.createRange();
    term.setStart(text, text.data.indexOf('narrow'));
    term.setEnd(text, text.data.indexOf('narrow') + 6);
    expect(layer.passageForNote(term).passage?.quote.exact).toBe('Keiko Fujimori');
  });

  test('with neither, no passage: the note is about the page', () => {
    expect(layer.passageForNote()).toEqual({ passage: null, termIds: [], title: 'Runoff' });
  });
});

describe('NoteLayer clicks', () => {
  let restoreLayout: () => void;

  beforeEach(async () => {
    restoreLayout = installFakeLayout();
    background.state.notes = [noteOn('n-humala', 'Ollanta Humala won the runoff')];
    await layer.refresh();
  });

  afterEach(() => restoreLayout());

  function clickAt(point: { x: number; y: number }, target: EventTarget = document.body): void {
    target.dispatchEvent(new MouseEvent('click', { clientX: point.x, clientY: point.y, bubbles: true }));
  }

  function passage(): Range {
    const [range] = painted.ranges('notes');
    if (!range) throw new Error('no passage painted');
    return range;
  }

  test('a click on a painted passage opens its note', () => {
    clickAt(centerOf(passage()));
    expect(sent('openNote')).toEqual(['n-humala']);
  });

  test('a click beside it, on other text, opens nothing', () => {
    const text = document.querySelector('#humala')?.firstChild as Text;
    const rest = document.createRange();
    rest.setStart(text, text.data.indexOf('cabinet'));
    rest.setEnd(text, text.data.indexOf('cabinet') + 7);
    clickAt(centerOf(rest));
    clickAt({ x: 2_000, y: centerOf(passage()).y });
    expect(sent('openNote')).toEqual([]);
  });

  test('a click that ends a selection opens nothing: the reader is selecting', () => {
    const text = document.querySelector('#humala')?.firstChild as Text;
    const selected = document.createRange();
    selected.setStart(text, 0);
    selected.setEnd(text, 7);
    document.getSelection()?.addRange(selected);
    clickAt(centerOf(passage()));
    expect(sent('openNote')).toEqual([]);
  });

  test('a click on Glosa’s popover is the popover’s', () => {
    const host = document.createElement('glosa-popover');
    document.documentElement.append(host);
    clickAt(centerOf(passage()), host);
    host.remove();
    expect(sent('openNote')).toEqual([]);
  });

  test('after dispose, no highlight and no click is heard', () => {
    const point = centerOf(passage());
    layer.dispose();
    expect(painted.has('notes')).toBe(false);
    clickAt(point);
    expect(sent('openNote')).toEqual([]);
  });
});

describe('NoteLayer disposed while loading', () => {
  test('notes arriving after dispose are not painted', async () => {
    background.state.notes = [noteOn('n-keiko', 'She lost by a narrow margin.')];
    const refreshing = layer.refresh();
    layer.dispose();
    await refreshing;
    expect(painted.has('notes')).toBe(false);
    expect(sent('reportNoteAnchors')).toEqual([]);
  });
});
