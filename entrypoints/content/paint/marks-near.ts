import type { TermMark } from '../scan/mark-registry';

/** Up to this many marks in one block, all are painted whenever the block is near the reader. */
const MARKS_TO_NARROW = 200;

type PlacedMark = Pick<TermMark, 'start' | 'range' | 'readWhole'>;

/** The first index in `marks` where `after` holds, `after` being false then true along the list. */
function firstWhere(marks: readonly PlacedMark[], after: (box: DOMRect) => boolean): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (after((marks[middle] as PlacedMark).range.getBoundingClientRect())) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The marks of one block element within `screens` screens of the viewport. A block can hold thousands
 * of marks over a hundred screens (a transcript in one paragraph): painting them all is a task of tens
 * of milliseconds for what the reader cannot see. Marks in the block's text order run down the page, so
 * the first and last near ones are found by halving, measuring a few dozen of them. Few marks, or marks
 * not of one block read whole (several blocks, read again one by one, need not be in order): all.
 */
export function marksNear<T extends PlacedMark>(marks: readonly T[], screens: number): readonly T[] {
  if (marks.length <= MARKS_TO_NARROW) return marks;
  // One block read whole holds them all (replaced together when read again), in its text's order.
  if (!(marks[0] as T).readWhole) return marks;
  for (let index = 1; index < marks.length; index++)
    if ((marks[index] as T).start < (marks[index - 1] as T).start) return marks;
  const screen = window.innerHeight;
  const first = firstWhere(marks, (box) => box.bottom >= -screens * screen);
  const end = firstWhere(marks, (box) => box.top > screen + screens * screen);
  return marks.slice(first, Math.max(first, end));
}
