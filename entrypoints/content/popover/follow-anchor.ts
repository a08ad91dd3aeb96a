import { type Box, linesOf, placePopover } from '../../../core/popover-placement';

/** The visible area in the coordinates of position: fixed (the visual viewport, past a pinch zoom). */
function viewportBox(view: Window): Box {
  const visual = view.visualViewport;
  const root = view.document.documentElement;
  const left = visual?.offsetLeft ?? 0;
  const top = visual?.offsetTop ?? 0;
  return {
    left,
    top,
    right: left + (visual?.width ?? root.clientWidth),
    bottom: top + (visual?.height ?? root.clientHeight),
  };
}

/** Places the popover layer beside the term now; the panel inside it takes the height it may use. */
function place(anchor: Range, layer: HTMLElement, view: Window): void {
  const panel = layer.firstElementChild as HTMLElement | null;
  // Measured at its natural height: the room on each side decides where it goes, then caps it.
  panel?.style.removeProperty('max-height');
  const { width, height } = layer.getBoundingClientRect();
  let lines = linesOf([...anchor.getClientRects()]);
  if (lines.length === 0) lines = linesOf([anchor.getBoundingClientRect()]);
  const placement = placePopover(lines, { width, height }, viewportBox(view));
  panel?.style.setProperty('max-height', `${placement.maxHeight}px`);
  layer.style.left = `${placement.left}px`;
  layer.style.top = `${placement.top}px`;
}

/**
 * Keeps the popover beside its term while the reader scrolls (the page or any box in it), resizes or
 * zooms, and while the popover's own content or the page's length changes: once per frame at most.
 * Returns the function that stops following.
 */
export function followAnchor(anchor: Range, layer: HTMLElement): () => void {
  const view = layer.ownerDocument.defaultView ?? window;
  let frame = 0;
  const update = () => {
    frame = 0;
    place(anchor, layer, view);
  };
  const schedule = () => {
    if (frame === 0) frame = view.requestAnimationFrame(update);
  };
  place(anchor, layer, view);
  const listening = { capture: true, passive: true };
  view.addEventListener('scroll', schedule, listening);
  view.addEventListener('resize', schedule, listening);
  view.visualViewport?.addEventListener('resize', schedule, listening);
  view.visualViewport?.addEventListener('scroll', schedule, listening);
  const resized = new ResizeObserver(schedule);
  resized.observe(layer);
  resized.observe(view.document.documentElement);
  return () => {
    view.removeEventListener('scroll', schedule, listening);
    view.removeEventListener('resize', schedule, listening);
    view.visualViewport?.removeEventListener('resize', schedule, listening);
    view.visualViewport?.removeEventListener('scroll', schedule, listening);
    resized.disconnect();
    if (frame !== 0) view.cancelAnimationFrame(frame);
  };
}
