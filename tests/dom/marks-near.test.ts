import { describe, expect, test } from 'vitest';
import { marksNear } from '../../entrypoints/content/paint/marks-near';

/**
 * A block with thousands of marks (a transcript in one paragraph) is painted only near the reader: the
 * near marks are found by measuring a few of them, not all.
 */
interface FakeMark {
  start: number;
  readWhole: boolean;
  top: number;
  range: { getBoundingClientRect(): DOMRect };
}

let measured = 0;

/** `count` marks in text order, `gap` px apart, the first at `firstTop` px from the viewport's top. */
function marksDown(count: number, gap: number, firstTop: number, readWhole = true): FakeMark[] {
  return Array.from({ length: count }, (_, index) => {
    const top = firstTop + index * gap;
    return {
      start: index * 40,
      readWhole,
      top,
      range: {
        getBoundingClientRect: () => {
          measured++;
          return { top, bottom: top + 18 } as DOMRect;
        },
      },
    };
  });
}

describe('marks of one block near the viewport', () => {
  test('of 10,000 marks over 160 screens, those within two screens, found by measuring about thirty', () => {
    const screen = window.innerHeight;
    const marks = marksDown(10_000, 12, -60_000);
    measured = 0;
    const near = marksNear(marks as never[], 2) as readonly FakeMark[];
    const expected = marks.filter((mark) => mark.top + 18 >= -2 * screen && mark.top <= 3 * screen);
    expect(near).toEqual(expected);
    expect(near.length).toBeGreaterThan(0);
    expect(measured).toBeLessThanOrEqual(30);
  });

  test('none when the block lies far away; all when it holds few marks', () => {
    expect(marksNear(marksDown(5_000, 12, 40 * window.innerHeight) as never[], 6)).toEqual([]);
    const few = marksDown(200, 12, -50_000);
    expect(marksNear(few as never[], 2)).toBe(few);
  });

  test('marks not in one text order, or not of one block read whole (several blocks), are all kept', () => {
    const marks = [...marksDown(300, 12, -50_000), ...marksDown(300, 12, 0)];
    expect(marksNear(marks as never[], 2)).toBe(marks);
    const ofSeveralBlocks = marksDown(5_000, 12, -30_000, false);
    expect(marksNear(ofSeveralBlocks as never[], 2)).toBe(ofSeveralBlocks);
  });
});
