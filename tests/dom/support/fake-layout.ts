import { vi } from 'vitest';

/**
 * happy-dom lays nothing out. A stand-in monospace page: each non-blank text node of the body is a line
 * of its own, LINE_HEIGHT tall, one below the other, and each character is CHAR_WIDTH wide from x = 0.
 * Enough for what hit-testing asks the browser: the caret under a point and the boxes of a range.
 */
const CHAR_WIDTH = 10;
const LINE_HEIGHT = 20;

function lines(): Text[] {
  const found: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\S/.test((node as Text).data)) found.push(node as Text);
  }
  return found;
}

function boxesOf(range: Range): DOMRect[] {
  const boxes: DOMRect[] = [];
  lines().forEach((node, line) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to <= from) return;
    boxes.push(new DOMRect(from * CHAR_WIDTH, line * LINE_HEIGHT, (to - from) * CHAR_WIDTH, LINE_HEIGHT));
  });
  return boxes;
}

/** The middle of the first box of `range` (where a reader would point at it). */
export function centerOf(range: Range): { x: number; y: number } {
  const box = boxesOf(range)[0];
  if (!box) throw new Error(`"${range.toString()}" is not laid out`);
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** A point right of every line's end, on the line of `node`: a margin the caret snaps back from. */
export function marginBeside(node: Text): { x: number; y: number } {
  const line = lines().indexOf(node);
  return { x: 2_000, y: line * LINE_HEIGHT + LINE_HEIGHT / 2 };
}

/** Installs caretPositionFromPoint and Range#getClientRects for the stand-in page; returns the undo. */
export function installFakeLayout(): () => void {
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: (x: number, y: number) => {
      const node = lines()[Math.floor(y / LINE_HEIGHT)];
      if (!node || x < 0) return null;
      // A caret snaps to the nearest character boundary, even from the margin.
      return { offsetNode: node, offset: Math.min(node.length, Math.round(x / CHAR_WIDTH)) };
    },
  });
  const rects = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return boxesOf(this) as unknown as DOMRectList;
  });
  return () => {
    rects.mockRestore();
    delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  };
}
