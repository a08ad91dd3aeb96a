import { defineContentScript } from 'wxt/utils/define-content-script';
import { uiLanguage } from '../../components/strings/language';
import { POPOVER_STRINGS } from '../../components/strings/popover';
import { countTermsInReadingOrder } from '../../core/marks/page-terms';
import { loadMatcher } from '../../core/matching/matcher';
import { isActiveOn, type Settings, withDefaults } from '../../core/settings';
import { settingsItem } from '../../data/settings-store';
import { messenger } from '../../messaging/protocol';
import { markForBench, onBenchRescan } from './bench-marks';
import { Interactions } from './interact/interactions';
import { wirePageNotes } from './notes/note-wiring';
import { highlightsSupported } from './paint/highlights';
import { styleShadowRoot } from './paint/shadow-styles';
import highlightCss from './paint/style.css?inline';
import { TermPainter } from './paint/term-painter';
import { PopoverHost } from './popover/popover-host';
import { MarkRegistry } from './scan/mark-registry';
import { PageScanner, POPOVER_TAG } from './scan/page-scanner';
import './paint/style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    markForBench('glosa:start');
    // HTML documents only: SVG and XML documents have no prose to mark nor a place for the popover.
    if (!highlightsSupported() || !(document.documentElement instanceof HTMLElement)) return;
    // A predecessor that was unloaded without notice (Firefox ends old scripts outright) may have
    // left its popover host behind: it is Glosa's own node, so it goes.
    for (const stale of document.querySelectorAll(POPOVER_TAG)) stale.remove();
    const [index, stored] = await Promise.all([
      messenger.sendMessage('getTermIndex', undefined),
      settingsItem.getValue(),
    ]);
    if (ctx.isInvalid) return;
    let settings: Settings = withDefaults(stored);
    let matcher = loadMatcher(index.compiled);
    let categoryOf = index.categoryOf;
    const registry = new MarkRegistry();
    const painter = new TermPainter(registry, () => settings);

    const scanner = new PageScanner({
      registry,
      onMarksChanged: (progress) => painter.marksChanged(progress),
      onShadowRoot: (shadow) => styleShadowRoot(shadow, highlightCss),
    });
    const notes = wirePageNotes();
    const popover = new PopoverHost({
      loadEntry: (entryId) => messenger.sendMessage('getEntry', entryId),
      strings: POPOVER_STRINGS[uiLanguage(settings.language, navigator.language)],
      onAddNote: (view, anchor) => notes.addNote(view.entry.id, anchor),
    });
    const interactions = new Interactions({
      registry,
      popover,
      isVisible: (mark) => painter.isShown(mark),
    });

    let active = false;
    const apply = (next: Settings) => {
      const wasActive = active;
      settings = next;
      active = isActiveOn(settings, location.hostname);
      popover.setTheme(settings.theme);
      popover.setStrings(POPOVER_STRINGS[uiLanguage(settings.language, navigator.language)]);
      if (active && !wasActive) scanner.start(document, matcher, categoryOf);
      if (!active && wasActive) {
        scanner.stop();
        popover.close({ restoreFocus: false });
        painter.clear();
      }
      if (active) painter.schedule();
    };
    apply(settings);
    onBenchRescan(() => {
      if (active) scanner.start(document, matcher, categoryOf);
    });

    const unwatch = settingsItem.watch((value) => apply(withDefaults(value)));
    messenger.onMessage('showNextTerm', () => (active ? interactions.showNext() : false));
    // The reader added, changed or removed an own term: read the page again with the new list.
    messenger.onMessage('termIndexChanged', async () => {
      const next = await messenger.sendMessage('getTermIndex', undefined);
      matcher = loadMatcher(next.compiled);
      categoryOf = next.categoryOf;
      if (active) scanner.start(document, matcher, categoryOf);
    });
    // Questions about "the page" are the top frame's to answer; frames would answer them twice.
    if (window === window.top) {
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
      messenger.onMessage('showTermOnPage', ({ data: entryId }) =>
        active && typeof entryId === 'string' ? interactions.showNextOf(entryId) : false,
      );
      messenger.onMessage('showEntryAtSelection', ({ data: entryId }) => {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
        return popover.open(selection.getRangeAt(0).cloneRange(), entryId, { focus: true });
      });
    }
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescanAll(document));
    // WXT notices an updated, reloaded or disabled extension only when the context is checked, and
    // with the Navigation API nothing checks it; each tick of this interval does.
    ctx.setInterval(() => {}, 1_000);
    ctx.onInvalidated(() => {
      // Page first: once the extension is gone, any extension API below may throw.
      scanner.stop();
      interactions.dispose();
      popover.destroy();
      notes.dispose();
      painter.dispose();
      try {
        unwatch();
      } catch {
        // The storage listener died with the old extension context.
      }
    });
  },
});
