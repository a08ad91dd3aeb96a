/**
 * Functions run on Glosa's CLOSED shadow root from the driver's side (GlosaPage.inGlosa): what the reader
 * sees, which the page itself cannot read. Each is self-contained (it is serialized and sent to the
 * browser): it may use only its arguments and page globals.
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

export const CLOSED_POPOVER: PopoverState = {
  open: false,
  name: null,
  text: '',
  rect: null,
  onTop: false,
  focusedInside: false,
};

export function popoverStateIn(root: ShadowRoot, _arg: null): PopoverState {
  const closed = { open: false, name: null, text: '', rect: null, onTop: false, focusedInside: false };
  const dialog = root.querySelector('[role="dialog"]');
  if (!dialog) return closed;
  const box = dialog.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return closed;
  const labelId = dialog.getAttribute('aria-labelledby');
  const name = labelId
    ? (root.getElementById(labelId)?.textContent ?? null)
    : dialog.getAttribute('aria-label');
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {
    open: true,
    name,
    text: dialog.textContent ?? '',
    rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
    onTop: hit === root.host,
    focusedInside: document.activeElement === root.host && root.activeElement !== null,
  };
}

/** The centre of the popover's button whose text contains `label` (or whose aria-label is it). */
export function buttonCenterIn(root: ShadowRoot, label: string): { x: number; y: number } | null {
  const buttons = Array.prototype.slice.call(root.querySelectorAll('button')) as HTMLButtonElement[];
  for (const button of buttons) {
    if (!(button.textContent ?? '').includes(label) && button.getAttribute('aria-label') !== label) continue;
    const box = button.getBoundingClientRect();
    if (box.width === 0) continue;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

export interface PrivateBox {
  style: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes Glosa paints for what is private to the reader (own-term marks, note passages). */
export function privateBoxesIn(root: ShadowRoot, _arg: null): PrivateBox[] {
  const boxes: PrivateBox[] = [];
  const layer = root.querySelector('.private-marks');
  for (const box of Array.prototype.slice.call(layer?.children ?? []) as HTMLElement[]) {
    const rect = box.getBoundingClientRect();
    boxes.push({
      style: box.className,
      left: rect.left,
      top: rect.top,
      width: rect.width,
      height: rect.height,
    });
  }
  return boxes;
}

/**
 * Runs axe-core (set up in the probe's own world beforehand) over the page and keeps what it found in
 * the popover: serious and critical violations, and how many of the popover's nodes its rules checked
 * (so an audit that could not see in would not pass). axe walks shadow trees through `shadowRoot`,
 * which a closed root hides: in the probe's world only (an expando is per world), the host is given it,
 * as the browser's devtools see it.
 */
export async function auditPopoverIn(
  root: ShadowRoot,
  _arg: null,
): Promise<{ violations: string[]; checked: number }> {
  type Result = { id: string; impact?: string | null; nodes: { target: unknown }[] };
  type Axe = { run(context: object, options: object): Promise<{ violations: Result[]; passes: Result[] }> };
  const axe = (window as unknown as { axe: Axe }).axe;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, value: root });
  const result = await axe.run(document, {});
  const inPopover = (node: { target: unknown }) => JSON.stringify(node.target).includes('glosa-popover');
  let checked = 0;
  for (const rule of [...result.passes, ...result.violations]) checked += rule.nodes.filter(inPopover).length;
  const violations = result.violations
    .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
    .filter((rule) => rule.nodes.some(inPopover))
    .map((rule) => `${rule.id} (${rule.nodes.filter(inPopover).length})`);
  return { violations, checked };
}

/** The popover's "Here: … · Or: …" line, as text, or null when it shows none. */
export function choicesIn(root: ShadowRoot, _arg: null): string | null {
  return root.querySelector('.choices')?.textContent ?? null;
}

/** The popover's "Since this article" section, as text, or null when it shows none. */
export function sinceIn(root: ShadowRoot, _arg: null): string | null {
  return root.querySelector('.term-card__since')?.textContent ?? null;
}
