/**
 * What the reader sees of the in-page popover. Glosa's shadow root is closed (the page must not read
 * it); this is the one place that reaches into it, as a test's driver does: every shadow root attached
 * while a test runs is remembered here, as the browser's own devtools would see it.
 */
const attachedRoots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function rememberRoot(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  attachedRoots.set(this, root);
  return root;
};

export function popoverHosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('glosa-popover')];
}

/** The rendered popover content (the host's shadow root), or undefined when there is no host. */
export function popoverContent(): ShadowRoot | undefined {
  const host = popoverHosts()[0];
  return host ? attachedRoots.get(host) : undefined;
}

/** Whether the popover is on screen: a dialog rendered in Glosa's layer. */
export function popoverShown(): boolean {
  return Boolean(popoverContent()?.querySelector('[role="dialog"]'));
}

/** The theme the reader chose, as Glosa's layer carries it. */
export function popoverTheme(): string | undefined {
  return popoverContent()?.querySelector<HTMLElement>('.frame')?.dataset.theme;
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
