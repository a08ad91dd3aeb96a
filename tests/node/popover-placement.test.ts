import { describe, expect, it } from 'vitest';
import { type Box, GAP, linesOf, MARGIN, MIN_HEIGHT, placePopover } from '../../core/popover-placement';
import { Random } from './text-noise';

const VIEWPORT: Box = { left: 0, top: 0, right: 1000, bottom: 800 };
const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const CARD = { width: 360, height: 240 };

describe('placePopover', () => {
  it('goes below the term, starting where it starts, with a small gap', () => {
    expect(placePopover([box(100, 200, 80, 20)], CARD, VIEWPORT)).toEqual({
      left: 100,
      top: 220 + GAP,
      maxHeight: 800 - MARGIN - (220 + GAP),
      side: 'below',
    });
  });

  it('goes above the term when it fits only there, its bottom a gap from the term', () => {
    const placement = placePopover([box(100, 700, 80, 20)], CARD, VIEWPORT);
    expect(placement.side).toBe('above');
    expect(placement.top + CARD.height).toBe(700 - GAP);
  });

  it('where it fits on neither side, takes the roomier one and caps its height to it', () => {
    const tall = { width: 360, height: 900 };
    const low = placePopover([box(100, 600, 80, 20)], tall, VIEWPORT);
    expect(low).toMatchObject({ side: 'above', top: MARGIN, maxHeight: 600 - GAP - MARGIN });
    const high = placePopover([box(100, 150, 80, 20)], tall, VIEWPORT);
    expect(high).toMatchObject({ side: 'below', top: 170 + GAP, maxHeight: 800 - MARGIN - 170 - GAP });
  });

  it('is shifted back inside the window at its right edge, and never starts left of the margin', () => {
    expect(placePopover([box(900, 100, 80, 20)], CARD, VIEWPORT).left).toBe(1000 - MARGIN - CARD.width);
    expect(placePopover([box(2, 100, 80, 20)], CARD, VIEWPORT).left).toBe(MARGIN);
    // Wider than the window: its start stays visible.
    expect(placePopover([box(50, 100, 80, 20)], { width: 1200, height: 100 }, VIEWPORT).left).toBe(MARGIN);
  });

  it('under a term across two lines goes under the second line; above it, over the first', () => {
    const lines = [box(700, 300, 200, 20), box(20, 324, 90, 20)];
    expect(placePopover(lines, CARD, VIEWPORT)).toMatchObject({ left: 20, top: 344 + GAP, side: 'below' });
    const low = [box(700, 640, 200, 20), box(20, 664, 90, 20)];
    expect(placePopover(low, CARD, VIEWPORT)).toMatchObject({ left: 1000 - MARGIN - 360, side: 'above' });
    expect(placePopover(low, CARD, VIEWPORT).top + CARD.height).toBe(640 - GAP);
  });

  it('keeps a readable height even where the window leaves almost no room', () => {
    const squat: Box = { left: 0, top: 0, right: 600, bottom: 150 };
    expect(placePopover([box(10, 60, 50, 20)], CARD, squat).maxHeight).toBe(MIN_HEIGHT);
  });

  it('follows a visual viewport that is scrolled or pinch-zoomed (its origin is not 0, 0)', () => {
    const zoomed: Box = { left: 300, top: 500, right: 800, bottom: 900 };
    const placement = placePopover([box(310, 520, 60, 20)], CARD, zoomed);
    expect(placement).toMatchObject({ left: 310, top: 540 + GAP, side: 'below' });
    expect(placePopover([box(760, 520, 30, 20)], CARD, zoomed).left).toBe(800 - MARGIN - CARD.width);
  });

  it('seeded: inside the window when it fits there, never over the term’s line, beside it', () => {
    const random = new Random(20261204);
    for (let run = 0; run < 2000; run++) {
      const viewport = box(random.int(400), random.int(400), 320 + random.int(1500), 300 + random.int(1200));
      const width = 120 + random.int(500);
      const height = 40 + random.int(900);
      const lineCount = 1 + random.int(3);
      const lines: Box[] = [];
      let top = viewport.top + random.int(viewport.bottom - viewport.top - 30);
      for (let index = 0; index < lineCount; index++) {
        const left = viewport.left + random.int(viewport.right - viewport.left - 20);
        lines.push(box(left, top, 10 + random.int(Math.max(1, viewport.right - left - 10)), 18));
        top += 22;
      }
      const placement = placePopover(lines, { width, height }, viewport);
      const shown = Math.min(height, placement.maxHeight);
      const first = lines[0] as Box;
      const last = lines.at(-1) as Box;
      expect(placement.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
      if (placement.side === 'below') expect(placement.top).toBe(Math.round(last.bottom + GAP));
      else expect(placement.top + shown).toBeCloseTo(first.top - GAP, 0);
      if (width <= viewport.right - viewport.left - 2 * MARGIN) {
        expect(placement.left).toBeGreaterThanOrEqual(viewport.left + MARGIN);
        expect(placement.left + width).toBeLessThanOrEqual(viewport.right - MARGIN + 0.5);
      }
      const room =
        placement.side === 'below'
          ? viewport.bottom - MARGIN - placement.top
          : first.top - GAP - viewport.top - MARGIN;
      if (room >= MIN_HEIGHT) expect(shown).toBeLessThanOrEqual(room + 0.5);
    }
  });
});

describe('linesOf', () => {
  it('joins the pieces of one line (a term across an inline tag) and keeps lines apart', () => {
    expect(linesOf([box(10, 100, 60, 20), box(70, 101, 50, 19), box(5, 124, 40, 20)])).toEqual([
      box(10, 100, 110, 20),
      box(5, 124, 40, 20),
    ]);
  });

  it('skips the empty boxes a range reports at element boundaries', () => {
    expect(linesOf([box(10, 100, 0, 0), box(10, 100, 60, 20)])).toEqual([box(10, 100, 60, 20)]);
    expect(linesOf([])).toEqual([]);
  });
});
