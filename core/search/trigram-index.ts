/**
 * Candidate filter for fuzzy search: which documents share enough trigrams with a query to be worth
 * scoring. Fuzzy scoring every entry costs tens of milliseconds at a few thousand entries; scoring the
 * few dozen that share trigrams costs well under one.
 */

function trigramsOf(text: string): Set<string> {
  const padded = ` ${text} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return grams;
}

export class TrigramIndex {
  private readonly postings = new Map<string, number[]>();
  private documents = 0;

  /** Adds `text` (already folded) under document number `doc`. */
  add(doc: number, text: string): void {
    this.documents = Math.max(this.documents, doc + 1);
    for (const gram of trigramsOf(text)) {
      const list = this.postings.get(gram);
      if (!list) this.postings.set(gram, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }

  /**
   * Documents sharing at least `minShare` of the query's trigrams (a misspelling keeps most of them),
   * best first, at most `limit`.
   */
  candidates(query: string, limit: number, minShare = 0.3): number[] {
    const grams = [...trigramsOf(query)];
    // A trigram found in a quarter of all documents tells little and costs most: counted only when
    // the query has nothing rarer.
    const common = Math.max(50, this.documents / 4);
    const rare = grams.filter((gram) => (this.postings.get(gram)?.length ?? 0) <= common);
    const counted = rare.length > 0 ? rare : grams;
    const counts = new Map<number, number>();
    for (const gram of counted) {
      for (const doc of this.postings.get(gram) ?? []) counts.set(doc, (counts.get(doc) ?? 0) + 1);
    }
    const needed = Math.max(1, Math.floor(counted.length * minShare));
    return [...counts]
      .filter(([, count]) => count >= needed)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc]) => doc);
  }
}
