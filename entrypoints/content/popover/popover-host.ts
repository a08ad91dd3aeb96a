import { h, render } from 'preact';
import type { PopoverStrings } from '../../../components/strings/popover';
import type { ExplanationLanguage } from '../../../core/glossary/explanation';
import type { EntryView } from '../../../messaging/protocol';
import type { GlosaHost } from '../host/glosa-host';
import { followAnchor } from './follow-anchor';
import { PopoverView } from './PopoverView';

/** What the explanation needs of the page: its language, and the article's publication day. */
interface Explanation {
  language: ExplanationLanguage;
  articleDate: string | undefined;
}

export interface PopoverOptions {
  /** Glosa's element in the page; the popover renders inside its closed shadow root. */
  host: GlosaHost;
  loadEntry(entryId: string): Promise<EntryView | null>;
  strings: PopoverStrings;
  /** The explanation's language and the article's publication day (for "Since this article"). */
  explanation(): Promise<Explanation>;
  /** Offered as "Add note" when given (the side panel's notes take the passage). */
  onAddNote?(view: EntryView, anchor: Range): void;
}

/**
 * The in-page popover: a Preact view inside Glosa's closed shadow root (GlosaHost), shown in the top
 * layer (Popover API) so no page overlay covers it, and kept next to the term inside the viewport
 * (followAnchor).
 */
export class PopoverHost {
  private stack: EntryView[] = [];
  /**
   * The entries the opened mention may name, the one shown first: a surname several introduced people
   * share. The popover says which one it shows and switches to another in one click.
   */
  private choices: EntryView[] = [];
  private explanation: Explanation = { language: 'en', articleDate: undefined };
  private anchor: Range | undefined;
  private stopFollowing: (() => void) | undefined;
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

  /** True for Glosa's host element (events from inside its shadow root are retargeted to it). */
  contains(target: EventTarget | null): boolean {
    return this.options.host.contains(target);
  }

  setStrings(strings: PopoverStrings): void {
    this.strings = strings;
    if (this.isOpen) this.renderView();
  }

  async open(
    anchor: Range,
    entryId: string,
    { focus, alternatives = [] }: { focus: boolean; alternatives?: readonly string[] },
  ): Promise<boolean> {
    const request = ++this.requestId;
    // A failed load (the extension was reloaded) opens nothing, rather than rejecting into the page.
    const load = (id: string) => this.options.loadEntry(id).catch(() => null);
    const [explanation, view, ...others] = await Promise.all([
      this.options.explanation().catch(() => this.explanation),
      ...[entryId, ...alternatives].map(load),
    ]);
    if (!view || request !== this.requestId) return false;
    this.explanation = explanation;
    this.choices = [view, ...others.filter((other): other is EntryView => other !== null)];
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
    this.choices = [];
    this.anchor = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const layer = this.options.host.popoverLayer;
    render(null, layer);
    if (layer.matches(':popover-open')) layer.hidePopover();
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (restoreFocus && target instanceof HTMLElement && target.isConnected)
      target.focus({ preventScroll: true });
  }

  destroy(): void {
    this.close({ restoreFocus: false });
    render(null, this.options.host.popoverLayer);
  }

  private renderView(): void {
    const view = this.stack.at(-1);
    if (!view) return;
    render(
      h(PopoverView, {
        view,
        ...this.explanation,
        canGoBack: this.stack.length > 1,
        // Which of the entries sharing the name is shown, and the others: on the first card only.
        choices:
          this.stack.length === 1 && this.choices.length > 1
            ? this.choices.map((choice) => ({ entryId: choice.entry.id, term: choice.entry.term }))
            : [],
        onChoose: (chosenId: string) => {
          const chosen = this.choices.find((choice) => choice.entry.id === chosenId);
          if (!chosen) return;
          this.stack = [chosen];
          this.renderView();
          this.focusPanel();
        },
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
      this.options.host.popoverLayer,
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
    const panel = this.options.host.popoverLayer.querySelector<HTMLElement>('[role="dialog"]');
    panel?.focus({ preventScroll: true });
  }

  private show(focus: boolean): void {
    this.options.host.attach();
    const layer = this.options.host.popoverLayer;
    this.renderView();
    if (typeof layer.showPopover === 'function') {
      // Re-showing moves it above anything the page put in the top layer since.
      if (layer.matches(':popover-open')) layer.hidePopover();
      layer.showPopover();
    }
    this.stopFollowing?.();
    this.stopFollowing = this.anchor ? followAnchor(this.anchor, layer) : undefined;
    if (focus) this.focusPanel();
  }
}
