import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { type EntryView, entryView } from '../../core/glossary/entry-view';
import { GlosaHost } from '../../entrypoints/content/host/glosa-host';
import { PopoverHost } from '../../entrypoints/content/popover/popover-host';
import { deferred, entry } from './support/entries';
import { popoverButton, popoverName } from './support/popover-view';

/**
 * Following a related entry obeys the same request order as opening a term: a slow related entry that
 * arrives after another term was opened, or after a second click, is not pushed on top of it.
 */
const GLOSSARY = new Map(
  [
    entry({ id: 'gana-peru', term: 'Gana Perú', related: ['ollanta-humala'] }),
    entry({ id: 'ollanta-humala', term: 'Ollanta Humala' }),
    entry({ id: 'neoliberalism', term: 'neoliberalism' }),
  ].map((item) => [item.id, item]),
);

let host: GlosaHost;
let popover: PopoverHost;
let loadEntry: ReturnType<typeof vi.fn<(entryId: string) => Promise<EntryView | null>>>;

beforeEach(() => {
  document.body.innerHTML = '<p id="article">Gana Perú and neoliberalism.</p>';
  loadEntry = vi.fn(async (entryId: string) => entryView(GLOSSARY, entryId));
  host = new GlosaHost(document);
  popover = new PopoverHost({
    host,
    loadEntry,
    strings: POPOVER_STRINGS.en,
    explanation: async () => ({ language: 'en', articleDate: undefined }),
  });
});

afterEach(() => {
  popover.destroy();
  host.destroy();
});

function termRange(text: string): Range {
  const node = document.getElementById('article')?.firstChild as Text;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  return range;
}

describe('PopoverHost request ordering for related entries', () => {
  test('a related entry that loads after another term was opened does not cover that term', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    const slow = deferred<EntryView | null>();
    loadEntry.mockImplementationOnce(() => slow.promise);
    popoverButton('Ollanta Humala')?.click();
    // Before it arrives, the reader opens another term on the page.
    await popover.open(termRange('neoliberalism'), 'neoliberalism', { focus: false });
    slow.resolve(entryView(GLOSSARY, 'ollanta-humala'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(popoverName()).toBe('neoliberalism');
    expect(popover.currentEntryId).toBe('neoliberalism');
  });

  test('a related entry clicked twice while it loads is stacked once: Back leads to the first term', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    const slow = deferred<EntryView | null>();
    loadEntry.mockImplementationOnce(() => slow.promise);
    popoverButton('Ollanta Humala')?.click();
    // A second click: this time the answer comes at once.
    popoverButton('Ollanta Humala')?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    slow.resolve(entryView(GLOSSARY, 'ollanta-humala'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One step back must lead to Gana Perú: the slow answer must not stack a second copy.
    popoverButton('Back')?.click();
    expect(popoverName()).toBe('Gana Perú');
  });
});
