import type { GlossaryEntry } from '../../../core/glossary/schema';

/** A glossary entry for tests: only what is given differs from a plain, valid entry. */
export function entry(fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'term'>): GlossaryEntry {
  return {
    aliases: [],
    category: 'concept',
    summary: `${fields.term} in one sentence.`,
    details: `${fields.term} at length.`,
    related: [],
    sources: [{ title: 'A source', url: 'https://example.org/source' }],
    ...fields,
  };
}

/** A promise with its resolve at hand: a slow answer the test decides when to give. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
