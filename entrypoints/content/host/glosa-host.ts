import cardCss from '../../../components/term-card.css?inline';
import popoverCss from '../popover/popover.css?inline';
import { HOST_TAG } from './host-tag';
import privateMarksCss from './private-marks.css?inline';

/**
 * Declarations on the host that page CSS must not override (it is a node in the page's tree): a fixed,
 * transparent, pointer-transparent layer over the viewport, the same on every page and at every moment,
 * so that the page learns from it only that Glosa runs.
 */
const HOST_STYLE: Record<string, string> = {
  display: 'block',
  position: 'fixed',
  inset: '0',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'auto',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  'min-width': '0',
  'min-height': '0',
  transform: 'none',
  filter: 'none',
  opacity: '1',
  visibility: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

/** The topmost open modal dialog: outside it, everything is inert, so Glosa's layer must live inside. */
function topmostModalDialog(doc: Document): HTMLDialogElement | undefined {
  const open = [...doc.querySelectorAll('dialog[open]')] as HTMLDialogElement[];
  return open.reverse().find((dialog) => {
    try {
      return dialog.matches(':modal');
    } catch {
      return false;
    }
  });
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt constructed sheets (bug 1770592); this <style> sits in
    // Glosa's own closed shadow root, not in the page's tree.
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/**
 * The single <glosa-popover> element and its CLOSED shadow root, which only this content script holds:
 * the page cannot read what is inside (an explanation, the reader's own terms, which passages carry a
 * note) nor reach its buttons. Inside: the layer that paints what is private to the reader (own-term
 * marks, note passages) and the popover, which enters the top layer from inside the shadow tree, so no
 * element the page can see changes when it opens, nor carries the reader's theme.
 */
export class GlosaHost {
  readonly element: HTMLElement;
  /** Carries the theme; holds both layers. */
  private readonly frame: HTMLElement;
  /** Private marks, positioned in viewport coordinates. */
  readonly markLayer: HTMLElement;
  /** The popover's box: enters the top layer when open. */
  readonly popoverLayer: HTMLElement;
  private readonly guard: MutationObserver;

  constructor(private readonly doc: Document) {
    const element = doc.createElement(HOST_TAG.toLowerCase());
    const root = element.attachShadow({ mode: 'closed' });
    adoptStyles(root, `${popoverCss}\n${cardCss}\n${privateMarksCss}`);
    this.frame = doc.createElement('div');
    this.frame.className = 'frame';
    this.markLayer = doc.createElement('div');
    this.markLayer.className = 'private-marks';
    this.popoverLayer = doc.createElement('div');
    this.popoverLayer.className = 'popover';
    if ('popover' in this.popoverLayer) this.popoverLayer.popover = 'manual';
    this.frame.append(this.markLayer, this.popoverLayer);
    root.append(this.frame);
    this.element = element;
    this.applyHostStyle();
    // The page may restyle or remove the host: its styles come back, and attach() puts it back.
    this.guard = new MutationObserver(() => this.applyHostStyle());
    this.guard.observe(element, { attributes: true });
    this.attach();
  }

  /** Puts the host where it is seen and usable: in the page, inside an open modal dialog if there is one. */
  attach(): void {
    const parent = topmostModalDialog(this.doc) ?? this.doc.documentElement;
    if (this.element.parentNode !== parent) parent.append(this.element);
  }

  setTheme(theme: 'auto' | 'light' | 'dark'): void {
    this.frame.dataset.theme = theme;
  }

  /** True for the host itself: events from inside the shadow root are retargeted to it. */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.element;
  }

  destroy(): void {
    this.guard.disconnect();
    this.element.remove();
  }

  private applyHostStyle(): void {
    const style = this.element.style;
    for (const [property, value] of Object.entries(HOST_STYLE)) {
      if (style.getPropertyValue(property) !== value || style.getPropertyPriority(property) !== 'important')
        style.setProperty(property, value, 'important');
    }
    for (const name of this.element.getAttributeNames())
      if (name !== 'style') this.element.removeAttribute(name);
  }
}
