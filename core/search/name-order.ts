/** Words that set two names apart: a time between them, a difference between them. */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set(['entre', 'between']);

/**
 * Between two names ("presidente entre vizcarra y sagasti"), `docs` in the order the query's `words`
 * name them (`nameWordsOf`: an entry's name words): the first is the one the time runs from. Otherwise
 * as they come.
 */
export function inQueryOrder(
  words: readonly string[],
  docs: readonly number[],
  nameWordsOf: (doc: number) => readonly string[],
): readonly number[] {
  if (!words.some((word) => BETWEEN_WORDS.has(word))) return docs;
  const at = (doc: number) => {
    const own = nameWordsOf(doc);
    const index = words.findIndex((word) => own.includes(word));
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  return [...new Set(docs)].sort((a, b) => at(a) - at(b));
}
