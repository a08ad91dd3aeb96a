import { defineContentScript } from 'wxt/utils/define-content-script';
import { uiLanguage } from '../../components/strings/language';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { explanationLanguageFor } from '../../core/glossary/explanation';
import { countTermsInReadingOrder } from '../../core/marks/page-terms';
import { loadMatcher } from '../../core/matching/matcher';
import { unpackTerms } from '../../core/matching/packed-terms';
import { nameWord } from '../../core/names/mention-context';
import { matchReader } from '../../core/names/read-match';
import type { EntryFacts, NameFacts } from '../../core/names/read-mention';
import { type PageLanguage, pageLanguageFrom } from '../../core/page-facts/page-language';
import { isActiveOn, type Settings, withDefaults } from '../../core/settings';
import { isEntryId, isSelectionEntries } from '../../messaging/message-guards';
import { messenger, type TermIndex } from '../../messaging/protocol';
import { markForBench, measureForBench, onBenchRescan } from './bench-marks';
import { documentParsed, pauseWhileParsing } from './document-parsed';
import { untilFrameReady } from './frame-text';
import { GlosaHost } from './host/glosa-host';
import { HOST_TAG } from './host/host-tag';
import { PrivateMarks } from './host/private-marks';
import { Interactions } from './interact/interactions';
import { entryAtSelection } from './interact/selection-lookup';
import { startLifecycle } from './lifecycle';
import { wirePageNotes } from './notes/note-wiring';
import { pageArticleDate } from './page-facts/page-article-date';
import { readPageLanguageClues } from './page-facts/page-language-clues';
import { highlightsSupported } from './paint/highlights';
import { styleShadowRoot } from './paint/shadow-styles';
import highlightCss from './paint/style.css?inline';
import { TermPainter } from './paint/term-painter';
import { PopoverHost } from './popover/popover-host';
import { MarkRegistry } from './scan/mark-registry';
import { NameResolver } from './scan/name-resolver';
import { PageScanner } from './scan/page-scanner';
import { warmUp } from './scan/warm-up';
import { yieldToMain } from './scan/yield-to-main';
import { readSettings, watchSettings } from './settings-reader';
import { readTermIndex } from './term-index-reader';
import './paint/style.css';

/**
 * The parts of the term index the scanner uses, ready to use. Loaded as soon as storage answers: on a
 * long page that is while the page is still being parsed, in a task of its own. `pause` comes between
 * unpacking, building the matcher and reading the names' facts (each up to tens of milliseconds in a
 * cold engine on a busy page).
 */
async function loadIndex(index: TermIndex, pause: () => Promise<void> = async () => {}) {
  const unpacked = unpackTerms(index.terms);
  await pause();
  const matcher = loadMatcher(unpacked);
  await pause();
  const facts = new Map<string, EntryFacts>();
  for (const [id, { nameWords, ...rest }] of Object.entries(index.entryFacts))
    facts.set(id, { ...rest, nameWords: new Set(nameWords) });
  const countryWords = new Map(Object.entries(index.countryWords));
  const wordLists = new Map(Object.entries(index.wordLists).map(([list, words]) => [list, new Set(words)]));
  const names: NameFacts = {
    entry: (entryId) => facts.get(entryId),
    countryOf: (word) => countryWords.get(nameWord(word)),
    inList: (list, folded) => wordLists.get(list)?.has(folded) === true,
  };
  return { matcher, categoryOf: index.categoryOf, privateForms: new Set(index.privateForms), names };
}

/** Whether this script runs in the page itself rather than in one of its frames. */
const TOP_FRAME = window === window.top;

/**
 * A stretch of the page's start longer than this (a cold engine, a page busy laying itself out) is cut
 * in two at its next step: one task then holds up the page no longer than 50 ms. A shorter start stays
 * in one task, so that the top of the page is marked in the page's first frame. A frame (a player, an
 * ad: dozens on some pages, each with its own cold copy of Glosa) starts once the page is idle, with
 * no first frame to catch: it yields at every step.
 */
const START_STRETCH_MS = TOP_FRAME ? 20 : 0;

/**
 * Ends a stretch of Glosa's start begun at `since` if it ran past START_STRETCH_MS (measured for the
 * bench as `name`), letting the page run; returns when the next stretch begins.
 */
async function endLongStretch(name: string, since: number): Promise<number> {
  if (performance.now() - since <= START_STRETCH_MS) return since;
  measureForBench(name, since);
  await pause();
  return performance.now();
}

/** Lets the page run; a pause begun while it is parsed ends at DOMContentLoaded at the latest. */
function pause(): Promise<void> {
  return pauseWhileParsing(document, yieldToMain);
}

/** The loaded index with how its matches are read on a page in `language`. */
function forPage(loaded: Awaited<ReturnType<typeof loadIndex>>, language: PageLanguage) {
  return { ...loaded, readMatch: matchReader(loaded.matcher, language, loaded.names) };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Before the page is parsed: the settings and the term index are read from storage while it is, and
  // the top of the page is marked as soon as it is parsed, in the page's first frame.
  runAt: 'document_start',
  allFrames: true,
  // WXT's own context is replaced by a silent one (wxt.config.ts): nothing is posted to the page.
  async main() {
    markForBench('glosa:start');
    let stretch = performance.now();
    /** When the index was last loaded (benchmark builds measure the work around it). */
    let indexLoad = { from: 0, to: 0 };
    const read = () => {
      const load = async (index: TermIndex) => {
        let from = performance.now();
        const loaded = await loadIndex(index, async () => {
          from = await endLongStretch('index', from);
        });
        // Storage answered while the page is parsed (most long pages): the first read's code is compiled
        // now, rather than in the task that marks the top before the first frame. In the same stretch
        // when it is short: a pause while the page is parsed often lasts until it is (the parser's tasks
        // go first), and the top then compiles it after all.
        if (TOP_FRAME && document.readyState === 'loading') {
          from = await endLongStretch('index', from);
          if (document.readyState === 'loading') warmUp(loaded.matcher, loaded.names);
        }
        indexLoad = { from, to: performance.now() };
        measureForBench('index', from);
        return loaded;
      };
      // The settings first: a small read that must not wait behind the index's.
      const reads = { settings: readSettings(), index: readTermIndex().then(load) };
      // Read or not, nothing waits on them when the page is not one Glosa reads.
      reads.settings.catch(() => {});
      reads.index.catch(() => {});
      return reads;
    };
    // The page itself at once; a frame (players, ads, widgets, often dozens) once it has text to read.
    let reads = TOP_FRAME ? read() : undefined;
    measureForBench('start', stretch);
    await documentParsed(document);
    markForBench('glosa:parsed');
    stretch = performance.now();
    // HTML documents only: SVG and XML documents have no prose to mark nor a place for the popover.
    if (!highlightsSupported() || !(document.documentElement instanceof HTMLElement)) return;
    if (!reads) {
      measureForBench('start', stretch);
      await untilFrameReady(document);
      stretch = performance.now();
      reads = read();
    }
    const life = startLifecycle();
    // A predecessor that was unloaded without notice (Firefox ends old scripts outright) may have
    // left its element behind: it is Glosa's own node, so it goes.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    // While storage answers (if it has not yet): what needs neither.
    // Common nouns are names only on pages of their language (core/names/resolve.ts).
    const language = pageLanguageFrom(readPageLanguageClues(document));
    const host = new GlosaHost(document);
    const privateMarks = new PrivateMarks(host, document);
    const registry = new MarkRegistry();
    measureForBench('start', stretch);
    const [stored, loaded] = await Promise.all([reads.settings, reads.index]);
    if (life.ended) return host.destroy();
    markForBench('glosa:index-ready');
    // Storage answered after the page was parsed: the index was loaded in this same task, which began
    // there. A long load: the rest in a task of its own.
    stretch = await endLongStretch(
      'start',
      indexLoad.to > performance.now() - 1 ? indexLoad.from : performance.now(),
    );
    if (life.ended) return host.destroy();
    let settings: Settings = withDefaults(stored);
    let terms = forPage(loaded, language);
    const resolver = new NameResolver(
      registry,
      () => terms.categoryOf,
      () => terms.names,
      // A long page's names are decided in slices: paint what they decided.
      () => painter.schedule(),
    );
    const painter = new TermPainter(
      registry,
      () => settings,
      privateMarks,
      () => !life.ended,
      resolver,
    );

    const scanner = new PageScanner({
      registry,
      onMarksChanged: (progress) => painter.marksChanged(progress),
      onShadowRoot: (shadow) => styleShadowRoot(shadow, highlightCss),
    });
    const notes = wirePageNotes(privateMarks);
    const popover = new PopoverHost({
      host,
      loadEntry: (entryId) => messenger.sendMessage('getEntry', entryId),
      strings: POPOVER_STRINGS[uiLanguage(settings.language, navigator.language)],
      explanation: async () => ({
        language: explanationLanguageFor(settings.explanationLanguage, language),
        articleDate: await pageArticleDate(document),
      }),
      onAddNote: (view, anchor) => notes.addNote(view.entry.id, anchor),
    });
    const interactions = new Interactions({
      registry,
      popover,
      isVisible: (mark) => painter.isShown(mark),
    });

    let active = false;
    const startScan = () =>
      scanner.start(document, terms.matcher, terms.categoryOf, terms.privateForms, terms.readMatch);
    const apply = (next: Settings) => {
      const wasActive = active;
      settings = next;
      active = isActiveOn(settings, location.hostname);
      host.setTheme(settings.theme);
      popover.setStrings(POPOVER_STRINGS[uiLanguage(settings.language, navigator.language)]);
      if (active && !wasActive) startScan();
      if (!active && wasActive) {
        scanner.stop();
        popover.close({ restoreFocus: false });
        painter.clear();
      }
      if (active) painter.schedule();
    };
    apply(settings);
    onBenchRescan(() => {
      if (active) startScan();
    });

    const unwatch = watchSettings((value) => apply(withDefaults(value)));
    messenger.onMessage('showNextTerm', () => (active ? interactions.showNext() : false));
    // The reader added, changed or removed an own term: read the page again with the new list.
    messenger.onMessage('termIndexChanged', async () => {
      terms = forPage(await loadIndex(await readTermIndex(), yieldToMain), language);
      if (active) startScan();
    });
    // Questions about "the page" are the top frame's to answer; frames would answer them twice.
    if (TOP_FRAME) {
      messenger.onMessage('getPageStatus', () => ({
        hostname: location.hostname,
        active,
        termCount: painter.shownCount(),
      }));
      // The side panel's "Terms on this page": what the settings show, so counts match what the reader sees.
      messenger.onMessage('getPageTerms', () =>
        active
          ? countTermsInReadingOrder(registry.inReadingOrder().filter((mark) => painter.isShown(mark)))
          : [],
      );
      messenger.onMessage('showTermOnPage', ({ data }) => {
        return active && isEntryId(data) ? interactions.showNextOf(data) : false;
      });
      messenger.onMessage('showEntryAtSelection', ({ data }) => {
        const entryIds = isSelectionEntries(data) ? data : undefined;
        const selection = document.getSelection();
        if (entryIds === undefined || !selection || selection.rangeCount === 0 || selection.isCollapsed)
          return false;
        const range = selection.getRangeAt(0).cloneRange();
        resolver.update();
        const { entryId, alternatives } = entryAtSelection(range, entryIds, registry.inReadingOrder());
        return popover.open(range, entryId, { focus: true, alternatives });
      });
    }
    life.onNavigate(() => scanner.rescanAll(document));
    measureForBench('start', stretch);
    life.onEnd(() => {
      // Page first: once the extension is gone, any extension API below may throw.
      scanner.stop();
      interactions.dispose();
      popover.destroy();
      notes.dispose();
      painter.dispose();
      privateMarks.dispose();
      host.destroy();
      try {
        unwatch();
      } catch {
        // The storage listener died with the old extension context.
      }
    });
  },
});
