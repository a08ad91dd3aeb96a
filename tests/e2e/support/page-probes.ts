/**
 * Functions evaluated inside test pages (main world). Each is self-contained: it is serialized and
 * sent to the browser, so it may use only its argument and page globals.
 */

export interface PopoverState {
  open: boolean;
  name: string | null;
  text: string;
  rect: { left: number; top: number; right: number; bottom: number } | null;
  /** Whether the popover is what a click at its centre would hit (nothing covers it). */
  onTop: boolean;
  focusedInside: boolean;
}

/** The centre of the first registered term range whose text is `text` (any glosa-term highlight). */
export function termCenter(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('glosa-term')) return;
    highlight.forEach((range) => {
      if (found || (range as Range).toString() !== text) return;
      const rect = (range as Range).getClientRects()[0];
      if (rect) found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
  });
  return found;
}

export function popoverState(): PopoverState {
  const host = document.querySelector('glosa-popover');
  const shadow = host?.shadowRoot;
  const dialog = shadow?.querySelector('[role="dialog"]') ?? null;
  const visible = Boolean(host && dialog && host.getBoundingClientRect().width > 0);
  if (!host || !shadow || !dialog || !visible) {
    return { open: false, name: null, text: '', rect: null, onTop: false, focusedInside: false };
  }
  const labelId = dialog.getAttribute('aria-labelledby');
  const name = labelId
    ? (shadow.getElementById(labelId)?.textContent ?? null)
    : dialog.getAttribute('aria-label');
  const box = dialog.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {
    open: true,
    name,
    text: dialog.textContent ?? '',
    rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    onTop: hit === host,
    focusedInside: document.activeElement === host && shadow.activeElement !== null,
  };
}

/** Clicks a button inside the popover by its visible text. */
export function clickPopoverButton(label: string): boolean {
  const shadow = document.querySelector('glosa-popover')?.shadowRoot;
  const button = [...(shadow?.querySelectorAll('button') ?? [])].find((candidate) =>
    candidate.textContent?.includes(label),
  );
  button?.click();
  return Boolean(button);
}

/** The page's DOM as markup, without Glosa's own host element. */
export function serializeWithoutGlosa(): string {
  const clone = document.documentElement.cloneNode(true) as Element;
  for (const host of clone.querySelectorAll('glosa-popover')) host.remove();
  return clone.outerHTML;
}

/**
 * Records every DOM mutation after the parser is done (content scripts run later still), except
 * those of Glosa's own host.
 */
export function recordMutations(): void {
  const log: string[] = [];
  (window as unknown as { glosaTestMutations: string[] }).glosaTestMutations = log;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      const own =
        (record.target as Element).localName === 'glosa-popover' ||
        (nodes.length > 0 && nodes.every((node) => node.nodeName === 'GLOSA-POPOVER'));
      if (!own) log.push(`${record.type} on ${record.target.nodeName} ${record.attributeName ?? ''}`);
    }
  });
  const start = () =>
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

export function recordedMutations(): string[] {
  return (window as unknown as { glosaTestMutations?: string[] }).glosaTestMutations ?? [];
}
