import { defineContentScript } from 'wxt/utils/define-content-script';
import { ENGLISH } from '../../components/messages';
import { compileMatcher } from '../../core/matcher';
import { isActiveOn, type Settings, withDefaults } from '../../core/settings';
import { visibleTerms } from '../../core/visible-terms';
import { settingsItem } from '../../data/settings-store';
import { messenger } from '../../messaging/protocol';
import { clearTerms, highlightsSupported, paintTerms } from './highlights';
import { Interactions } from './interactions';
import { MarkRegistry, type TermMark } from './mark-registry';
import { PageScanner, POPOVER_TAG } from './page-scanner';
import { PopoverHost } from './popover/popover-host';
import { styleShadowRoot } from './shadow-styles';
import highlightCss from './style.css?inline';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  async main(ctx) {
    if (!highlightsSupported() || !document.documentElement) return;
    // A predecessor that was unloaded without notice (Firefox ends old scripts outright) may have
    // left its popover host behind: it is Glosa's own node, so it goes.
    for (const stale of document.querySelectorAll(POPOVER_TAG)) stale.remove();
    const [index, stored] = await Promise.all([
      messenger.sendMessage('getTermIndex', undefined),
      settingsItem.getValue(),
    ]);
    if (ctx.isInvalid) return;
    let settings: Settings = withDefaults(stored);
    const matcher = compileMatcher(index.terms);
    const registry = new MarkRegistry();
    let visible = new Set<TermMark>();

    let paintPending = false;
    const paint = () => {
      paintPending = false;
      const shown = visibleTerms(registry.inReadingOrder(), settings);
      visible = new Set(shown);
      paintTerms(
        shown.map((mark) => mark.range),
        settings.highlightStyle,
      );
    };
    const schedulePaint = () => {
      if (paintPending) return;
      paintPending = true;
      requestAnimationFrame(paint);
    };

    const scanner = new PageScanner({
      registry,
      onMarksChanged: schedulePaint,
      onShadowRoot: (shadow) => styleShadowRoot(shadow, highlightCss),
    });
    const popover = new PopoverHost({
      loadEntry: (entryId) => messenger.sendMessage('getEntry', entryId),
      messages: ENGLISH,
    });
    const interactions = new Interactions({ registry, popover, isVisible: (mark) => visible.has(mark) });

    let active = false;
    const apply = (next: Settings) => {
      const wasActive = active;
      settings = next;
      active = isActiveOn(settings, location.hostname);
      popover.setTheme(settings.theme);
      if (active && !wasActive) scanner.start(document, matcher, index.categoryOf);
      if (!active && wasActive) {
        scanner.stop();
        popover.close({ restoreFocus: false });
        clearTerms();
        visible = new Set();
      }
      if (active) schedulePaint();
    };
    apply(settings);

    const unwatch = settingsItem.watch((value) => apply(withDefaults(value)));
    messenger.onMessage('showNextTerm', () => (active ? interactions.showNext() : false));
    ctx.addEventListener(window, 'wxt:locationchange', () => scanner.rescanAll(document));
    // WXT notices an updated, reloaded or disabled extension only when the context is checked, and
    // with the Navigation API nothing checks it; each tick of this interval does.
    ctx.setInterval(() => {}, 1_000);
    ctx.onInvalidated(() => {
      // Page first: once the extension is gone, any extension API below may throw.
      scanner.stop();
      interactions.dispose();
      popover.destroy();
      clearTerms();
      try {
        unwatch();
      } catch {
        // The storage listener died with the old extension context.
      }
    });
  },
});
