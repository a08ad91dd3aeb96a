import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import type { PopoverStrings } from '../../../components/strings/popover';
import cardCss from '../../../components/term-card.css?inline';
import type { EntryView } from '../../../messaging/protocol';
import { POPOVER_TAG } from '../scan/page-scanner';
import { PopoverView } from './PopoverView';
import popoverCss from './popover.css?inline';

export interface PopoverOptions {
  loadEntry(entryId: string): Promise<EntryView | null>;
  strings: PopoverStrings;
  /** Offered as "Add note" when given (the side panel's notes take the passage). */
  onAddNote?(view: EntryView, anchor: Range): void;
}

/** Declarations on the host that page CSS must not override (it is a node in the page's tree). */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'max-content',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  'z-index': '2147483647',
  'pointer-events': 'auto',
};

/** The topmost open modal dialog: outside it, everything is inert, so the popover must live inside. */
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

/**
 * The in-page popover: a single <glosa-popover> host whose open shadow root holds a Preact view, shown
 * in the top layer (Popover API) so no page overlay covers it, and placed next to the term with
 * Floating UI so it always stays inside the viewport.
 */
export class PopoverHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private stack: EntryView[] = [];
  private anchor: Range | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private returnFocusTo: Element | null = null;
  private requestId = 0;
  private strings: PopoverStrings;

  constructor(private readonly options: PopoverOptions) {
    this.strings = options.strings;
  }

  get isOpen(): boolean {
    return this.stack.length > 0;
  }

  get currentEntryId(): string | undefined {
    return this.stack.at(-1)?.entry.id;
  }

  /** True for the host itself (events from inside a shadow root are retargeted to it). */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  setStrings(strings: PopoverStrings): void {
    this.strings = strings;
    if (this.isOpen) this.renderView();
  }

  setTheme(theme: 'auto' | 'light' | 'dark'): void {
    this.ensureHost().dataset.theme = theme;
  }

  async open(anchor: Range, entryId: string, { focus }: { focus: boolean }): Promise<boolean> {
    const request = ++this.requestId;
    // A failed load (the extension was reloaded) opens nothing, rather than rejecting into the page.
    const view = await this.options.loadEntry(entryId).catch(() => null);
    if (!view || request !== this.requestId) return false;
    if (!this.isOpen || focus) {
      const active = anchor.startContainer.ownerDocument?.activeElement ?? null;
      if (!this.contains(active)) this.returnFocusTo = active;
    }
    this.anchor = anchor;
    this.stack = [view];
    this.show(focus);
    return true;
  }

  close({ restoreFocus }: { restoreFocus: boolean }): void {
    this.requestId++;
    if (!this.isOpen) return;
    this.stack = [];
    this.anchor = undefined;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    const host = this.host;
    if (host && this.mount) render(null, this.mount);
    if (host?.matches(':popover-open')) host.hidePopover();
    if (host) host.style.setProperty('display', 'none', 'important');
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
  }

  destroy(): void {
    this.close({ restoreFocus: false });
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
    this.mount = undefined;
  }

  private ensureHost(): HTMLElement {
    if (this.host) return this.host;
    const host = document.createElement(POPOVER_TAG.toLowerCase());
    const shadow = host.attachShadow({ mode: 'open' });
    const css = `${popoverCss}\n${cardCss}`;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Firefox content scripts cannot adopt constructed sheets (bug 1770592); this <style> sits in
      // Glosa's own shadow root, not in the page's tree.
      const style = document.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    const mount = document.createElement('div');
    shadow.append(mount);
    for (const [property, value] of Object.entries(HOST_STYLE))
      host.style.setProperty(property, value, 'important');
    host.style.setProperty('display', 'none', 'important');
    if ('popover' in host) host.popover = 'manual';
    this.host = host;
    this.mount = mount;
    return host;
  }

  private attach(host: HTMLElement): void {
    const parent = topmostModalDialog(document) ?? document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  private renderView(): void {
    const view = this.stack.at(-1);
    if (!view || !this.mount) return;
    render(
      h(PopoverView, {
        view,
        canGoBack: this.stack.length > 1,
        strings: this.strings,
        onBack: () => {
          this.stack.pop();
          this.renderView();
          this.focusPanel();
        },
        onClose: () => this.close({ restoreFocus: true }),
        onOpenRelated: (entryId) => void this.pushRelated(entryId),
        onAddNote: this.options.onAddNote
          ? () => {
              if (this.anchor) this.options.onAddNote?.(view, this.anchor);
            }
          : undefined,
      }),
      this.mount,
    );
  }

  private async pushRelated(entryId: string): Promise<void> {
    // Like open(): only the latest request counts (another term opened meanwhile, or a double click).
    const request = ++this.requestId;
    const view = await this.options.loadEntry(entryId).catch(() => null);
    if (!view || !this.isOpen || request !== this.requestId) return;
    this.stack.push(view);
    this.renderView();
    this.focusPanel();
  }

  private focusPanel(): void {
    (this.mount?.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private show(focus: boolean): void {
    const host = this.ensureHost();
    this.attach(host);
    host.style.removeProperty('display');
    this.renderView();
    if (typeof host.showPopover === 'function') {
      // Re-showing moves it above anything the page put in the top layer since.
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    }
    this.stopAutoUpdate?.();
    const anchor = this.anchor;
    if (!anchor) return;
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, host, () => void this.position(reference, host));
    if (focus) this.focusPanel();
  }

  private async position(reference: VirtualElement, host: HTMLElement): Promise<void> {
    const panel = this.mount?.firstElementChild as HTMLElement | null;
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            panel?.style.setProperty('max-height', `${Math.max(120, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    });
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
  }
}
