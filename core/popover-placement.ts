/**
 * Where the popover goes beside the term it explains: below the term's last line, or above its first
 * line when the popover fits there and not below, always inside the viewport's margins. Pure geometry,
 * so the rules are tested in Node; the content script measures and applies it.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The most the popover may be tall on its side (it scrolls inside beyond that). */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Room between the term and the popover, and between the popover and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;
/** A popover never shrinks below this, even where the viewport leaves less room on either side. */
export const MIN_HEIGHT = 120;

/**
 * The term's lines from its boxes as the browser gives them (one per piece of text, so a term across an
 * inline tag has two on one line): boxes that overlap vertically are one line. Empty boxes are skipped.
 */
export function linesOf(boxes: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const box of boxes) {
    if (box.right <= box.left && box.bottom <= box.top) continue;
    const line = lines.at(-1);
    if (line && box.top < line.bottom && box.bottom > line.top) {
      lines[lines.length - 1] = {
        left: Math.min(line.left, box.left),
        top: Math.min(line.top, box.top),
        right: Math.max(line.right, box.right),
        bottom: Math.max(line.bottom, box.bottom),
      };
    } else lines.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
  }
  return lines;
}

/**
 * lines: the term's boxes, one per line it spans, in reading order (a term can wrap). size: the
 * popover's own width and height, unclamped. viewport: the visible area, in the same coordinates.
 */
export function placePopover(
  lines: readonly Box[],
  size: { width: number; height: number },
  viewport: Box,
): Placement {
  const first = lines[0] ?? {
    left: viewport.left,
    top: viewport.top,
    right: viewport.left,
    bottom: viewport.top,
  };
  const last = lines.at(-1) ?? first;
  const roomBelow = viewport.bottom - MARGIN - (last.bottom + GAP);
  const roomAbove = first.top - GAP - (viewport.top + MARGIN);
  // Below unless only above has room for the whole popover, or neither has and above has more.
  const above = size.height > roomBelow && (size.height <= roomAbove || roomAbove > roomBelow);
  const line = above ? first : last;
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(above ? roomAbove : roomBelow));
  const height = Math.min(size.height, maxHeight);
  const top = above ? first.top - GAP - height : last.bottom + GAP;
  // Starts where the term starts, shifted back inside the margins; a popover wider than the viewport
  // keeps its start visible.
  const rightmost = viewport.right - MARGIN - size.width;
  const left = Math.max(viewport.left + MARGIN, Math.min(line.left, rightmost));
  return { left: Math.round(left), top: Math.round(top), maxHeight, side: above ? 'above' : 'below' };
}
