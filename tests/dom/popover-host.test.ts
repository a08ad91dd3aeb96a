import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { type EntryView, entryView } from '../../core/glossary/entry-view';
import type { GlossaryEntry } from '../../core/glossary/schema';
import { GlosaHost } from '../../entrypoints/content/host/glosa-host';
import { PopoverHost } from '../../entrypoints/content/popover/popover-host';
import { deferred, entry } from './support/entries';
import {
  focusedInPopover,
  popoverButton,
  popoverContent,
  popoverHosts,
  popoverName,
  popoverShown,
  popoverTheme,
} from './support/popover-view';

// happy-dom cannot make trusted events, and Glosa ignores untrusted ones (a page's script made them):
// here dispatched events play the reader's input. tests/dom/untrusted-input.test.ts checks the real rule.
vi.mock('../../entrypoints/content/interact/reader-gesture', () => ({ isReaderGesture: () => true }));

const GLOSSARY = new Map(
  [
    entry({
      id: 'gana-peru',
      term: 'Gana Perú',
      category: 'party',
      summary: 'Electoral alliance led by Ollanta Humala.',
      related: ['ollanta-humala', 'not-in-this-glossary'],
    }),
    entry({
      id: 'ollanta-humala',
      term: 'Ollanta Humala',
      category: 'person',
      summary: 'President of Peru from 2011 to 2016.',
      es: { summary: 'Presidente del Perú de 2011 a 2016.', details: 'Militar retirado.' },
      timeline: [
        { date: '2006-06-04', text: 'Loses the 2006 runoff.', es: 'Pierde la segunda vuelta de 2006.' },
        { date: '2011-06-05', text: 'Wins the 2011 runoff.', es: 'Gana la segunda vuelta de 2011.' },
        { date: '2016-07-28', text: 'Hands over the presidency.', es: 'Entrega la presidencia.' },
        { date: '2017-07', text: 'Placed in pre-trial detention.', es: 'Prisión preventiva.' },
        { date: '2025-04-15', text: 'Convicted and sentenced.', es: 'Condenado.' },
      ],
      related: ['gana-peru'],
    }),
    entry({ id: 'neoliberalism', term: 'neoliberalism', category: 'ideology' }),
  ].map((item) => [item.id, item]),
);

let loadEntry: ReturnType<typeof vi.fn<(entryId: string) => Promise<EntryView | null>>>;
let onAddNote: ReturnType<typeof vi.fn<(view: EntryView, anchor: Range) => void>>;
let host: GlosaHost;
let popover: PopoverHost;
let explanation: { language: 'en' | 'es'; articleDate: string | undefined };

beforeEach(() => {
  document.body.innerHTML = `<nav><a id="home" href="/">Home</a></nav>
    <p id="article">The alliance Gana Perú won in 2011, against neoliberalism.</p>`;
  loadEntry = vi.fn(async (entryId: string) => entryView(GLOSSARY, entryId));
  onAddNote = vi.fn();
  explanation = { language: 'en', articleDate: undefined };
  host = new GlosaHost(document);
  popover = new PopoverHost({
    host,
    loadEntry,
    strings: POPOVER_STRINGS.en,
    explanation: async () => explanation,
    onAddNote,
  });
});

afterEach(() => {
  popover.destroy();
  host.destroy();
});

/** A range over the first `text` in the article: the term the popover explains. */
function termRange(text: string): Range {
  const node = document.getElementById('article')?.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

/** Lets pending loads and renders finish. */
async function settle(): Promise<void> {
  for (let round = 0; round < 3; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('PopoverHost opening', () => {
  test('shows a dialog named by the entry’s term, with its summary, without taking focus on hover', async () => {
    const link = document.getElementById('home') as HTMLElement;
    link.focus();
    expect(await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false })).toBe(true);
    expect(popoverShown()).toBe(true);
    expect(popoverName()).toBe('Gana Perú');
    expect(popoverContent()?.textContent).toContain('Electoral alliance led by Ollanta Humala.');
    expect(popover.isOpen).toBe(true);
    expect(popover.currentEntryId).toBe('gana-peru');
    expect(document.activeElement).toBe(link);
  });

  test('from the keyboard, the dialog takes focus', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: true });
    expect(focusedInPopover()?.getAttribute('role')).toBe('dialog');
  });

  test('an unknown entry opens nothing', async () => {
    expect(await popover.open(termRange('Gana Perú'), 'no-such-entry', { focus: false })).toBe(false);
    expect(popover.isOpen).toBe(false);
    expect(popoverShown()).toBe(false);
  });

  test('one <glosa-popover> host only, however often it opens, outside the page’s body', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    await popover.open(termRange('neoliberalism'), 'neoliberalism', { focus: false });
    popover.close({ restoreFocus: false });
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: true });
    expect(popoverHosts()).toHaveLength(1);
    expect(popoverName()).toBe('Gana Perú');
    expect(popoverHosts()[0]?.parentElement).toBe(document.documentElement);
  });

  test('the host is the only element it counts as its own', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(popover.contains(popoverHosts()[0] ?? null)).toBe(true);
    expect(popover.contains(document.body)).toBe(false);
    expect(popover.contains(null)).toBe(false);
  });

  test('page CSS cannot restyle the host: its placement rules are important', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    const style = popoverHosts()[0]?.style;
    expect(style?.getPropertyValue('position')).toBe('fixed');
    expect(style?.getPropertyPriority('position')).toBe('important');
    expect(style?.getPropertyValue('z-index')).toBe('2147483647');
  });
});

describe('PopoverHost request ordering', () => {
  test('a second open supersedes a slow first one, whichever answers last', async () => {
    const slow = deferred<EntryView | null>();
    loadEntry.mockImplementationOnce(() => slow.promise);
    const first = popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(await popover.open(termRange('neoliberalism'), 'neoliberalism', { focus: false })).toBe(true);
    slow.resolve(entryView(GLOSSARY, 'gana-peru'));
    expect(await first).toBe(false);
    expect(popoverName()).toBe('neoliberalism');
    expect(popover.currentEntryId).toBe('neoliberalism');
  });

  test('closing while an entry loads keeps the popover closed', async () => {
    const slow = deferred<EntryView | null>();
    loadEntry.mockImplementationOnce(() => slow.promise);
    const opening = popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    popover.close({ restoreFocus: false });
    slow.resolve(entryView(GLOSSARY, 'gana-peru'));
    expect(await opening).toBe(false);
    expect(popoverShown()).toBe(false);
  });
});

describe('PopoverHost navigation and closing', () => {
  test('a related entry opens inside the popover; Back returns to the first', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(popoverButton('Back')).toBeUndefined();
    // Related ids missing from the reader's glossary are not offered.
    const related = [...(popoverContent()?.querySelectorAll('.term-card__related button') ?? [])];
    expect(related.map((button) => button.textContent)).toEqual(['Ollanta Humala']);
    popoverButton('Ollanta Humala')?.click();
    await settle();
    expect(popoverName()).toBe('Ollanta Humala');
    expect(popover.currentEntryId).toBe('ollanta-humala');
    expect(focusedInPopover()?.getAttribute('role')).toBe('dialog');
    popoverButton('Back')?.click();
    await settle();
    expect(popoverName()).toBe('Gana Perú');
    expect(popoverButton('Back')).toBeUndefined();
  });

  test('opening another term starts over: no Back to the previous one', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    popoverButton('Ollanta Humala')?.click();
    await settle();
    await popover.open(termRange('neoliberalism'), 'neoliberalism', { focus: false });
    expect(popoverName()).toBe('neoliberalism');
    expect(popoverButton('Back')).toBeUndefined();
  });

  test('Close hides it and gives focus back to where the reader was', async () => {
    const link = document.getElementById('home') as HTMLElement;
    link.focus();
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: true });
    expect(document.activeElement).not.toBe(link);
    popoverButton('Close')?.click();
    expect(popover.isOpen).toBe(false);
    expect(popoverShown()).toBe(false);
    expect(document.activeElement).toBe(link);
  });

  test('closing without restoring focus leaves focus alone', async () => {
    const link = document.getElementById('home') as HTMLElement;
    link.focus();
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: true });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    popover.close({ restoreFocus: false });
    expect(document.activeElement).toBe(button);
  });

  test('focus returns to where the reader was before the first open, not to the popover', async () => {
    const link = document.getElementById('home') as HTMLElement;
    link.focus();
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: true });
    // The keyboard command again, focus now inside the popover.
    await popover.open(termRange('neoliberalism'), 'neoliberalism', { focus: true });
    popover.close({ restoreFocus: true });
    expect(document.activeElement).toBe(link);
  });

  test('Add note hands the entry and the term’s range to the notes', async () => {
    const anchor = termRange('Gana Perú');
    await popover.open(anchor, 'gana-peru', { focus: false });
    popoverButton('Add note')?.click();
    expect(onAddNote).toHaveBeenCalledOnce();
    expect(onAddNote.mock.lastCall?.[0].entry.id).toBe('gana-peru');
    expect(onAddNote.mock.lastCall?.[1]).toBe(anchor);
  });

  test('without a notes handler there is no Add note button', async () => {
    popover.destroy();
    popover = new PopoverHost({
      host,
      loadEntry,
      strings: POPOVER_STRINGS.en,
      explanation: async () => ({ language: 'en', articleDate: undefined }),
    });
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(popoverButton('Add note')).toBeUndefined();
  });

  test('destroy closes it and leaves nothing rendered; the host goes with Glosa', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    popover.destroy();
    expect(popover.isOpen).toBe(false);
    expect(popoverShown()).toBe(false);
    host.destroy();
    expect(popoverHosts()).toHaveLength(0);
  });
});

describe('PopoverHost under the reader’s settings', () => {
  test('a new interface language relabels the open popover; the explanation keeps its own language', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    popoverButton('Ollanta Humala')?.click();
    await settle();
    popover.setStrings(POPOVER_STRINGS.es);
    expect(popoverButton('Atrás')).toBeDefined();
    expect(popoverButton('Cerrar')).toBeDefined();
    expect(popoverContent()?.textContent).toContain('Person');
    expect(popoverContent()?.textContent).toContain('President of Peru from 2011 to 2016.');
  });

  test('a Spanish explanation: summary, details and category in Spanish, buttons in the interface’s language', async () => {
    explanation = { language: 'es', articleDate: undefined };
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    const text = popoverContent()?.textContent ?? '';
    expect(text).toContain('Presidente del Perú de 2011 a 2016.');
    expect(text).toContain('Persona');
    expect(text).not.toContain('President of Peru');
    popoverButton('More')?.click();
    await settle();
    expect(popoverContent()?.textContent).toContain('Militar retirado.');
  });
});

describe('PopoverHost: since the article', () => {
  const sinceText = () => popoverContent()?.querySelector('.term-card__since')?.textContent ?? null;

  test('on a dated page, the events after its day: what happened next and the latest, then all', async () => {
    explanation = { language: 'en', articleDate: '2011-04-14' };
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    expect(sinceText()).toBe(
      'Since this article (14 April 2011)' +
        '5 June 2011 Wins the 2011 runoff.' +
        'July 2017 Placed in pre-trial detention.' +
        '15 April 2025 Convicted and sentenced.' +
        'Show all 4',
    );
    expect(sinceText()).not.toContain('2006');
    popoverButton('Show all 4')?.click();
    await settle();
    expect(sinceText()).toContain('Hands over the presidency.');
    expect(popoverButton('Show fewer')?.getAttribute('aria-expanded')).toBe('true');
  });

  test('in Spanish, with the date written in Spanish', async () => {
    explanation = { language: 'es', articleDate: '2016-01-10' };
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    expect(sinceText()).toBe(
      'Desde este artículo (10 de enero de 2016)' +
        '28 de julio de 2016 Entrega la presidencia.' +
        'julio de 2017 Prisión preventiva.' +
        '15 de abril de 2025 Condenado.',
    );
  });

  test('nothing since: one line; an undated page or an entry without timeline: no section', async () => {
    explanation = { language: 'en', articleDate: '2026-01-01' };
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    expect(sinceText()).toBe(
      'Since this article (1 January 2026)Nothing in this entry’s timeline has happened since.',
    );
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(sinceText()).toBeNull();
    explanation = { language: 'en', articleDate: undefined };
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    expect(sinceText()).toBeNull();
  });
});

describe('PopoverHost layout', () => {
  test('the actions come right after the summary, before related terms and sources', async () => {
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', { focus: false });
    const order = [...(popoverContent()?.querySelectorAll('.term-card > *') ?? [])].map(
      (element) => element.className,
    );
    expect(order.indexOf('term-card__actions')).toBe(order.indexOf('term-card__summary') + 1);
    expect(order.indexOf('term-card__actions')).toBeLessThan(order.indexOf('term-card__related'));
    expect(popoverButton('Add note')).toBeDefined();
  });
});

describe('PopoverHost theme', () => {
  test('the reader’s theme is set inside Glosa’s layer, not on the element the page sees', async () => {
    host.setTheme('dark');
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(popoverTheme()).toBe('dark');
    expect(host.element.getAttributeNames()).toEqual(['style']);
  });
});

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload=window.pwned=1>',
];

describe('PopoverHost shows entry text as text', () => {
  test.each(PAYLOADS)('an entry carrying %s', async (payload) => {
    const hostile: GlossaryEntry = entry({
      id: 'own-x',
      term: `Term ${payload}`,
      aliases: [`alias ${payload}`],
      summary: `Summary ${payload}`,
      details: `Details ${payload}`,
      period: payload,
      sources: [{ title: `Source ${payload}`, url: 'javascript:window.pwned=1' }],
    });
    loadEntry.mockResolvedValueOnce({ entry: hostile, related: [{ id: 'r', term: `Related ${payload}` }] });
    await popover.open(termRange('Gana Perú'), 'own-x', { focus: false });
    popoverButton('More')?.click();
    await settle();
    const content = popoverContent();
    expect(content?.querySelectorAll('img, script, svg, iframe, a').length).toBe(0);
    expect(popoverName()).toBe(`Term ${payload}`);
    expect(content?.textContent).toContain(`Details ${payload}`);
    expect(content?.textContent).toContain(`Related ${payload}`);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('PopoverHost with a name several introduced entries share', () => {
  test('says which entry it shows, and switches to another in one click, focus kept in the dialog', async () => {
    await popover.open(termRange('Gana Perú'), 'ollanta-humala', {
      focus: true,
      alternatives: ['gana-peru'],
    });
    const choices = popoverContent()?.querySelector('fieldset.choices');
    expect(choices?.getAttribute('aria-label')).toBe(POPOVER_STRINGS.en.choicesLabel);
    expect(choices?.textContent).toBe('Here:Ollanta Humala· Or:Gana Perú');
    expect(popoverName()).toBe('Ollanta Humala');
    popoverButton('Gana Perú')?.click();
    await settle();
    expect(popoverName()).toBe('Gana Perú');
    expect(popover.currentEntryId).toBe('gana-peru');
    expect(popoverContent()?.querySelector('fieldset.choices')?.textContent).toBe(
      'Here:Gana Perú· Or:Ollanta Humala',
    );
    expect(focusedInPopover()?.getAttribute('role')).toBe('dialog');
  });

  test('a mark with no alternatives shows no choice; one whose alternative is unknown neither', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', { focus: false });
    expect(popoverContent()?.querySelector('.choices')).toBeNull();
    await popover.open(termRange('Gana Perú'), 'gana-peru', {
      focus: false,
      alternatives: ['no-such-entry'],
    });
    expect(popoverContent()?.querySelector('.choices')).toBeNull();
    expect(popoverName()).toBe('Gana Perú');
  });

  test('a related entry opened from the card hides the choice; Back brings it again', async () => {
    await popover.open(termRange('Gana Perú'), 'gana-peru', {
      focus: false,
      alternatives: ['neoliberalism'],
    });
    popoverButton('Ollanta Humala')?.click();
    await settle();
    expect(popoverName()).toBe('Ollanta Humala');
    expect(popoverContent()?.querySelector('.choices')).toBeNull();
    popoverButton('Back')?.click();
    await settle();
    expect(popoverContent()?.querySelector('.choices')?.textContent).toContain('neoliberalism');
  });
});
