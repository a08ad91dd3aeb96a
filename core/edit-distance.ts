/**
 * Edit distance between `a` and `b`: insertions, deletions, substitutions, and two neighbouring
 * characters swapped, each one edit (optimal string alignment). A swap is the commonest slip of a
 * typing hand ("kieko", "fujimroi"), two edits to plain Levenshtein. With a `limit`, the answer is
 * `limit + 1` as soon as it must exceed it, so comparing a short query with long names stays cheap.
 * One implementation serves popup search (typo tolerance) and quote anchoring (how alike a passage's
 * context still is).
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    // No later row can fall below this one's minimum: a swap reaches back two rows, but the row before
    // this one was at most one edit cheaper, and the swap costs one.
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? 0;
}
