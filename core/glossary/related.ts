/** An entry as its relations are read: its id and the ids the glossary relates it to. */
export interface RelatedEntry {
  id: string;
  related?: readonly string[] | undefined;
}

/**
 * Each entry's related entries, either way round ("Keiko relates to Alberto" relates him to her too),
 * among the entries given: ids that name none of them are left out, as is an entry's own id.
 */
export function relatedBothWays(entries: readonly RelatedEntry[]): Map<string, Set<string>> {
  const ids = new Set(entries.map((entry) => entry.id));
  const related = new Map<string, Set<string>>();
  const relate = (from: string, to: string) => {
    if (from === to || !ids.has(from) || !ids.has(to)) return;
    related.set(from, (related.get(from) ?? new Set<string>()).add(to));
  };
  for (const entry of entries) {
    for (const other of entry.related ?? []) {
      relate(entry.id, other);
      relate(other, entry.id);
    }
  }
  return related;
}
