/** Words to documents, searchable by prefix with a binary search over the sorted words. */
export class PrefixIndex {
  private readonly docsByWord = new Map<string, number[]>();
  private sorted: string[] | undefined;

  add(doc: number, text: string): void {
    for (const word of text.split(' ')) {
      if (word.length < 3) continue;
      const docs = this.docsByWord.get(word);
      if (!docs) this.docsByWord.set(word, [doc]);
      else if (docs[docs.length - 1] !== doc) docs.push(doc);
    }
    this.sorted = undefined;
  }

  /** Documents with a word that starts with `prefix`. */
  lookup(prefix: string): Set<number> {
    this.sorted ??= [...this.docsByWord.keys()].sort();
    const words = this.sorted;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const docs = new Set<number>();
    for (let index = low; index < words.length && (words[index] as string).startsWith(prefix); index++) {
      for (const doc of this.docsByWord.get(words[index] as string) ?? []) docs.add(doc);
    }
    return docs;
  }

  /** Documents with the whole word `word`. */
  lookupWord(word: string): readonly number[] {
    return this.docsByWord.get(word) ?? [];
  }

  /**
   * Documents with every word of `phrase`: the last as a prefix, the others whole ("land ref").
   * Words under three letters are left out: too common to narrow anything, too costly as prefixes.
   */
  lookupPhrase(phrase: string): Set<number> {
    const words = phrase.split(' ').filter((word) => word.length >= 3);
    const last = phrase.endsWith(' ') ? undefined : words.pop();
    let docs: Set<number> | undefined = last === undefined ? undefined : this.lookup(last);
    for (const word of words) {
      const whole = this.lookupWord(word);
      docs = docs ? new Set(whole.filter((doc) => docs?.has(doc))) : new Set(whole);
    }
    return docs ?? new Set();
  }
}
