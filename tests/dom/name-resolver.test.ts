import { afterEach, describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../core/matching/matcher';
import { termsFromEntries } from '../../core/matching/terms';
import { countryTerms } from '../../core/names/countries';
import { nameFactsOf } from '../../core/names/entry-facts';
import { matchReader } from '../../core/names/read-match';
import type { PageLanguage } from '../../core/page-facts/page-language';
import { glossary } from '../../data/glossary';
import { entryAtSelection } from '../../entrypoints/content/interact/selection-lookup';
import { MarkRegistry, TermMark } from '../../entrypoints/content/scan/mark-registry';
import { NameResolver } from '../../entrypoints/content/scan/name-resolver';
import { PageScanner } from '../../entrypoints/content/scan/page-scanner';

const matcher = compileMatcher([...termsFromEntries(glossary), ...countryTerms()]);
const categoryOf = Object.fromEntries(glossary.map((entry) => [entry.id, entry.category]));
const entryFacts = nameFactsOf(glossary);

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

/** Scans the document as the content script does; `shown()` is what a reader sees marked, in reading order. */
function startScanner(language: PageLanguage = 'en') {
  const registry = new MarkRegistry();
  const resolver = new NameResolver(
    registry,
    () => categoryOf,
    () => entryFacts,
  );
  let changes = 0;
  scanner = new PageScanner({
    registry,
    onMarksChanged: () => {
      changes++;
      resolver.invalidate();
    },
  });
  scanner.start(document, matcher, categoryOf, new Set(), matchReader(matcher, language, entryFacts));
  return {
    registry,
    async shown(): Promise<string[]> {
      let seen = -1;
      while (seen !== changes) {
        seen = changes;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      resolver.update();
      return registry
        .inReadingOrder()
        .filter((mark) => mark.names)
        .map((mark) => `${mark.range.toString()}=${mark.entryId}`);
    },
  };
}

describe('NameResolver over a scanned page', () => {
  test('a headline surname is Keiko’s on a page about Keiko; the other Fujimori’s mention is not', async () => {
    document.body.innerHTML = `
      <h1>Fujimori vows a fourth run</h1>
      <p class="byline">By Ana García</p>
      <p>Keiko Fujimori said on Monday in Lima, Peru, that she would run again. Fujimori lost three runoffs.</p>
      <p>Her brother Kenji Fujimori did not attend.</p>`;
    const { shown } = startScanner();
    expect(await shown()).toEqual([
      'Fujimori=keiko-fujimori',
      'Keiko Fujimori=keiko-fujimori',
      'Fujimori=keiko-fujimori',
    ]);
  });

  test('a short form offers the other introduced candidate, nearest introduction first', async () => {
    document.body.innerHTML = `
      <p>Alberto Fujimori governed Peru in the 1990s. Fujimori closed Congress in 1992.</p>
      <p>Keiko Fujimori now leads Fuerza Popular. Fujimori says she will run.</p>`;
    const { registry, shown } = startScanner();
    await shown();
    const short = registry.inReadingOrder().filter((mark) => mark.range.toString() === 'Fujimori');
    expect(short.map((mark) => [mark.entryId, mark.alternatives])).toEqual([
      ['alberto-fujimori', ['keiko-fujimori']],
      ['keiko-fujimori', ['alberto-fujimori']],
    ]);
  });

  test('a paragraph added later that introduces the entry turns an earlier surname into a mark', async () => {
    document.body.innerHTML = '<main><p>Humala spoke to reporters outside the court.</p></main>';
    const { shown } = startScanner();
    expect(await shown()).toEqual([]);
    const later = document.createElement('p');
    later.textContent = 'Former president Ollanta Humala was sentenced in April 2025.';
    document.querySelector('main')?.append(later);
    expect(await shown()).toEqual(['Humala=ollanta-humala', 'Ollanta Humala=ollanta-humala']);
    later.remove();
    expect(await shown()).toEqual([]);
  });

  test('on a Spanish sports page nothing is marked: "gana Perú", a player called Castillo, a "golpe de cabeza"', async () => {
    document.body.innerHTML = `
      <h1>Perú gana y sueña con el Mundial</h1>
      <p>Hoy gana Perú o se despide. Castillo abrió el marcador con un golpe de cabeza en el minuto 12.</p>
      <p>La segunda vuelta del torneo empieza en agosto.</p>`;
    const { shown } = startScanner('es');
    expect(await shown()).toEqual([]);
  });
});

/** A range over the `nth` occurrence of `text` in the element with `id`: what the reader selected. */
function selected(id: string, text: string, nth = 0): Range {
  const node = document.getElementById(id)?.firstChild as Text;
  let start = -1;
  for (let seen = 0; seen <= nth; seen++) start = node.data.indexOf(text, start + 1);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

describe('Looking up a selection that several entries share as a name', () => {
  const FUJIMORIS = ['alberto-fujimori', 'keiko-fujimori'];

  test('on a page about Keiko, an unmarked "Fujimori" (another word order) opens Keiko, Alberto offered', async () => {
    document.body.innerHTML = `
      <p id="lead">Keiko Fujimori launched her campaign in Lima.</p>
      <p id="quote">"Fujimori-style politics is back," a rival said.</p>`;
    const { registry, shown } = startScanner();
    await shown();
    expect(entryAtSelection(selected('quote', 'Fujimori'), FUJIMORIS, registry.inReadingOrder())).toEqual({
      entryId: 'keiko-fujimori',
      alternatives: ['alberto-fujimori'],
    });
  });

  test('a selection over a resolved mark takes the mark’s reading', async () => {
    document.body.innerHTML = `
      <p id="one">Keiko Fujimori ran in 2021. Her father Alberto Fujimori ruled in the 1990s.</p>
      <p id="two">Fujimori conceded.</p>`;
    const { registry, shown } = startScanner();
    await shown();
    expect(entryAtSelection(selected('two', 'Fujimori'), FUJIMORIS, registry.inReadingOrder())).toEqual({
      entryId: 'keiko-fujimori',
      alternatives: ['alberto-fujimori'],
    });
  });

  test('with neither on the page, the closest entry opens first and the others are offered', async () => {
    document.body.innerHTML = '<p id="solo">Fujimori.</p>';
    const { registry, shown } = startScanner();
    await shown();
    expect(
      entryAtSelection(
        selected('solo', 'Fujimori'),
        ['keiko-fujimori', 'alberto-fujimori'],
        registry.inReadingOrder(),
      ),
    ).toEqual({ entryId: 'keiko-fujimori', alternatives: ['alberto-fujimori'] });
  });
});

/**
 * A page introducing Keiko Fujimori, then 2,100 paragraphs naming "Fujimori", read whole by a scanner;
 * the resolver's passes are counted. Resolves once the scan has settled (the resolver not told of it).
 */
async function longPageOfSurnames() {
  const paragraphs = Array.from({ length: 2_100 }, (_, index) => `<p>Item ${index}: Fujimori said more.</p>`);
  document.body.innerHTML = `<p>Keiko Fujimori spoke in Lima, Peru.</p>${paragraphs.join('')}`;
  const registry = new MarkRegistry();
  const counted = { passes: 0 };
  const resolver = new NameResolver(
    registry,
    () => categoryOf,
    () => entryFacts,
    () => counted.passes++,
  );
  let settled = false;
  scanner = new PageScanner({
    registry,
    onMarksChanged: (progress) => {
      settled = progress === 'settled';
    },
  });
  scanner.start(document, matcher, categoryOf, new Set(), matchReader(matcher, 'en', entryFacts));
  const readingEnds = () => vi.waitFor(() => expect(settled).toBe(true), { timeout: 10_000, interval: 50 });
  await readingEnds();
  const surnames = () => registry.inReadingOrder().filter((mark) => mark.range.toString() === 'Fujimori');
  /** Appends paragraphs at the end of the page and waits until they are read. */
  const append = async (html: string) => {
    settled = false;
    document.body.insertAdjacentHTML('beforeend', html);
    await readingEnds();
  };
  return { resolver, counted, surnames, append };
}

describe('NameResolver on a long page', () => {
  test('thousands of short forms are decided in slices that yield; the painter is asked to repaint once done', async () => {
    const { resolver, counted, surnames } = await longPageOfSurnames();
    expect(surnames()).toHaveLength(2_100);
    // A clock that moves 1 ms each time it is read: the slices end after the same work on every machine.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
    resolver.update();
    now.mockRestore();
    // Not in this task: the reader's page keeps running meanwhile.
    expect(surnames().every((mark) => mark.names)).toBe(false);
    expect(counted.passes).toBe(0);
    await vi.waitFor(() => expect(counted.passes).toBe(1), { timeout: 5_000 });
    expect(surnames().every((mark) => mark.names && mark.entryId === 'keiko-fujimori')).toBe(true);
  }, 20_000);

  test('while a long page is being read its pass waits for the end of the reading, then decides all at once', async () => {
    const { resolver, counted, surnames } = await longPageOfSurnames();
    // The first pass is due (nothing decided so far).
    resolver.update();
    await vi.waitFor(() => expect(counted.passes).toBe(1), { timeout: 5_000 });
    // A mid-reading change: no pass over the 2,100 marks yet.
    resolver.invalidate(true);
    resolver.update();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(counted.passes).toBe(1);
    // The reading ends: one pass for everything read meanwhile.
    resolver.invalidate();
    resolver.update();
    await vi.waitFor(() => expect(counted.passes).toBe(2), { timeout: 5_000 });
    expect(surnames().every((mark) => mark.names && mark.entryId === 'keiko-fujimori')).toBe(true);
  }, 20_000);

  test('a page that grows at its end: only the new marks are decided, unless they change what earlier ones mean', async () => {
    const { resolver, counted, surnames, append } = await longPageOfSurnames();
    resolver.update();
    await vi.waitFor(() => expect(counted.passes).toBe(1), { timeout: 5_000 });
    const decide = vi.spyOn(TermMark.prototype, 'decide');
    const pass = async (passes: number) => {
      decide.mockClear();
      resolver.invalidate();
      resolver.update();
      await vi.waitFor(() => expect(counted.passes).toBe(passes), { timeout: 5_000 });
      return decide.mock.calls.length;
    };
    // More of the same (an infinite scroll): 100 decisions, not 2,200.
    await append('<p>Later: Fujimori said more.</p>'.repeat(100));
    expect(await pass(2)).toBe(100);
    expect(surnames()).toHaveLength(2_200);
    expect(surnames().every((mark) => mark.names && mark.entryId === 'keiko-fujimori')).toBe(true);
    // New paragraphs that name a country after a surname of their own change nothing said before them:
    // only their own surnames are decided.
    await append('<p>Later: Fujimori spoke in Lima, Peru.</p>'.repeat(3));
    expect(await pass(3)).toBe(3);
    expect(surnames().at(-1)?.entryId).toBe('keiko-fujimori');
    // Her father introduced at the end: every earlier surname may now be his too, all decided again,
    // in slices (a clock that moves 1 ms per read: not all in the task that asked).
    await append('<p>Alberto Fujimori, her father, was also in Lima.</p><p>Fujimori left.</p>');
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
    decide.mockClear();
    resolver.invalidate();
    resolver.update();
    now.mockRestore();
    expect(counted.passes).toBe(3);
    await vi.waitFor(() => expect(counted.passes).toBe(4), { timeout: 5_000 });
    expect(decide.mock.calls.length).toBe(2_204);
    expect(surnames()[0]?.alternatives).toEqual(['alberto-fujimori']);
    // Named as often as she is, but after her: a surname a paragraph later is still the page's subject's.
    expect(surnames().at(-1)?.entryId).toBe('keiko-fujimori');
    expect(surnames().at(-1)?.alternatives).toEqual(['alberto-fujimori']);
    decide.mockRestore();
  }, 30_000);
});
