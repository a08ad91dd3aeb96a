/**
 * What the reader sees of the in-page popover. The host's shadow root is open today; this is the one
 * place that reaches into it, so a closed root later changes only this file.
 */
export function popoverHosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('glosa-popover')];
}

/** The rendered popover content (its shadow root), or undefined when there is no host. */
export function popoverContent(): ShadowRoot | undefined {
  return popoverHosts()[0]?.shadowRoot ?? undefined;
}

/** Whether the popover is on screen: a host that is not display: none, with a dialog in it. */
export function popoverShown(): boolean {
  const host = popoverHosts()[0];
  if (!host || host.style.getPropertyValue('display') === 'none') return false;
  return Boolean(popoverContent()?.querySelector('[role="dialog"]'));
}

function popoverDialog(): HTMLElement | undefined {
  return popoverContent()?.querySelector<HTMLElement>('[role="dialog"]') ?? undefined;
}

/** The dialog's accessible name: the text of the element its aria-labelledby names. */
export function popoverName(): string | undefined {
  const labelId = popoverDialog()?.getAttribute('aria-labelledby');
  if (!labelId) return undefined;
  return popoverContent()?.getElementById(labelId)?.textContent ?? undefined;
}

/** The popover's button with this text or accessible label, if shown. */
export function popoverButton(name: string): HTMLButtonElement | undefined {
  const buttons = [...(popoverContent()?.querySelectorAll('button') ?? [])];
  return buttons.find(
    (button) => button.getAttribute('aria-label') === name || button.textContent?.trim().endsWith(name),
  );
}

/** The element focused inside the popover, if any. */
export function focusedInPopover(): Element | null {
  return popoverContent()?.activeElement ?? null;
}
