import type { TermMark } from '../scan/mark-registry';

/** The entry a looked-up selection names here, and the others it may name (the popover offers them). */
export interface SelectionChoice {
  entryId: string;
  alternatives: string[];
}

/** Whether a's start is before b's end and a's end after b's start; false across documents or trees. */
function overlaps(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0
    );
  } catch {
    return false;
  }
}

/** Whether the mark ends before the range starts (false across documents or trees). */
function endsBefore(mark: TermMark, range: Range): boolean {
  try {
    return mark.range.compareBoundaryPoints(Range.END_TO_START, range) <= 0;
  } catch {
    return false;
  }
}

/**
 * Which of `candidates` (the entries that have the selected text as a name, closest first) the page
 * means at the selection, the way marks are resolved (core/names/resolve.ts): a mark under the
 * selection says it; else the entry the page names nearest before the selection, else first after.
 */
export function entryAtSelection(
  range: Range,
  candidates: readonly string[],
  inReadingOrder: readonly TermMark[],
): SelectionChoice {
  const named = inReadingOrder.filter((mark) => mark.names);
  const under = named.find(
    (mark) =>
      overlaps(mark.range, range) &&
      [mark.entryId, ...mark.alternatives].some((entryId) => candidates.includes(entryId)),
  );
  const others = (chosen: string, first: readonly string[] = []) => [
    ...new Set([...first, ...candidates].filter((entryId) => entryId !== chosen)),
  ];
  if (under) return { entryId: under.entryId, alternatives: others(under.entryId, under.alternatives) };
  let before: string | undefined;
  let after: string | undefined;
  for (const mark of named) {
    if (!candidates.includes(mark.entryId)) continue;
    if (endsBefore(mark, range)) before = mark.entryId;
    else after ??= mark.entryId;
  }
  const onPage = named.map((mark) => mark.entryId).filter((entryId) => candidates.includes(entryId));
  const entryId = before ?? after ?? (candidates[0] as string);
  return { entryId, alternatives: others(entryId, onPage) };
}
