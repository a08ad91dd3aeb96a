/**
 * Finds the highlighted term under the pointer. Highlights get no events, so: ask the browser which
 * text position is under the point, binary-search the ranges (sorted in document order) for the one
 * that contains it, then check the point really lies on that range's boxes (a caret snaps to the
 * nearest character even when the pointer is in a margin).
 */

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/** Index of the range (sorted, non-overlapping) containing the point, or -1. */
export function findRangeIndex(ranges: readonly Range[], point: CaretPoint): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) break;
    let position: number;
    try {
      position = range.comparePoint(point.node, point.offset);
    } catch {
      return -1; // the point is in another document or tree than the ranges
    }
    if (position === 0) return middle;
    if (position < 0) high = middle - 1;
    else low = middle + 1;
  }
  return -1;
}

export function pointIsOnRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
